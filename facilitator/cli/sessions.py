"""Sessions: the home screen, the demo, and `list`."""

from __future__ import annotations

import argparse

from facilitator.cli.context import Context, printable
from facilitator.cli.output import print_json
from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
from facilitator.domain.text import clean_name
from facilitator.i18n import t, tp
from facilitator.i18n.labels import STATUSES
from facilitator.storage.damage import damage_text
from facilitator.storage.summaries import summaries as stored_summaries


def run_home(args: argparse.Namespace, context: Context) -> int:
    from facilitator.ui.app import run_app

    return run_app(context.writable_store(), context.lang)


def run_demo(args: argparse.Namespace, context: Context) -> int:
    from facilitator.domain.session import new_session
    from facilitator.ui.app import run_app

    supplier = clean_name(args.supplier) or DEMO_SUPPLIER
    session = new_session(demo_dialogue(), supplier)
    return run_app(context.writable_store(), context.lang, session=session)


def run_list(args: argparse.Namespace, context: Context) -> int:
    summaries = stored_summaries(context.index)
    lang = context.lang
    if args.json:
        rows = [
            {
                "id": s.id,
                "dialogue_id": s.dialogue_id,
                "title": s.title,
                "supplier": s.supplier,
                "status": "damaged" if s.damaged else s.status,
                "started": s.started,
                "ended": s.ended,
                **(
                    {"damaged": s.damaged, "problem": damage_text(s.damaged, lang)}
                    if s.damaged
                    else {}
                ),
            }
            for s in summaries
        ]
        print_json(context, rows)
        return 0
    from facilitator.cli.columns import output, print_columns, print_text

    out = output(context)
    path = str(context.data_dir.path)
    if not summaries:
        print_text(out, printable(t("No meetings in {path} yet.", lang, path=path)))
        return 0
    print_text(out, printable(t("Meetings in {path}", lang, path=path)))
    headers = [
        t("Id", lang),
        tp("sessions", "When", lang),
        t("Status", lang),
        t("Supplier", lang),
        t("Dialogue", lang),
    ]
    table: list[tuple[str, ...]] = []
    for s in summaries:
        status = "damaged" if s.damaged else (s.status or "planned")
        table.append((
            s.id,
            s.when(),
            t(STATUSES[status], lang),
            printable(s.supplier),
            printable(s.title if not s.damaged else damage_text(s.damaged, lang)),
        ))
    # Ids and times are copied into other commands: never cut.
    print_columns(out, headers, table, keep=frozenset({0, 1}))
    return 0

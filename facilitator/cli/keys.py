"""`keys`: every key of the app by id, for the user's keymap file."""

from __future__ import annotations

import argparse

from facilitator.cli.context import CliError, Context
from facilitator.cli.output import print_json
from facilitator.i18n import t


def run_keys(args: argparse.Namespace, context: Context) -> int:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from facilitator.storage.keymap import PROBLEMS, KeymapError, keymap_path, read_keymap
    from facilitator.ui.bindings import all_bindings, described

    lang = context.lang
    path = keymap_path()
    try:
        keymap = read_keymap(path)
    except KeymapError as error:
        reason = t(PROBLEMS[error.problem], lang, detail=error.detail)
        raise CliError(
            t("The keymap file {path} is not used: {reason}", lang, path=str(path), reason=reason)
        ) from error
    rows = [
        {
            "id": ident,
            "keys": keymap.get(ident, keys),
            "default": keys,
            "description": described(binding.description, lang) or binding.action,
        }
        for ident, (keys, binding) in sorted(all_bindings().items())
    ]
    if args.json:
        print_json(context, rows)
        return 0
    table = Table(
        title=Text(t("Your own keys are read from {path}", lang, path=str(path))),
        box=box.SIMPLE_HEAD,
    )
    table.add_column(t("id", lang), no_wrap=True)
    table.add_column(t("key", lang), no_wrap=True)
    table.add_column(t("does", lang))
    for row in rows:
        table.add_row(row["id"], row["keys"], Text(row["description"]))
    context.out.print(table)
    unknown = sorted(keymap.keys() - {row["id"] for row in rows})
    if unknown:
        context.error(
            t(
                "The keymap file {path} names unknown ids: {ids} (see “facilitator keys”).",
                lang,
                path=str(path),
                ids=", ".join(unknown),
            )
        )
        return 1
    return 0

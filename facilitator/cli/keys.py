"""`keys`: every key of the app by id, for the user's keymap file."""

from __future__ import annotations

import argparse
import json

from facilitator.cli.context import CliError, Context
from facilitator.i18n import has, t


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = subparsers.add_parser(
        "keys", help="list every key by id, with the keymap file that changes them"
    )
    keys.add_argument("--json", action="store_true", help="print JSON for scripts")
    keys.set_defaults(handler=run_keys)


def run_keys(args: argparse.Namespace, context: Context) -> int:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from facilitator.storage.keymap import KeymapError, keymap_path, read_keymap
    from facilitator.ui.bindings import all_bindings

    lang = context.lang
    path = keymap_path()
    try:
        keymap = read_keymap(path)
    except KeymapError as error:
        reason = t(f"setup.keymap.{error.problem}", lang, detail=error.detail)
        raise CliError(t("setup.keymap.damaged", lang, path=str(path), reason=reason)) from error
    rows = [
        {
            "id": ident,
            "keys": keymap.get(ident, keys),
            "default": keys,
            "description": t(binding.description, lang)
            if has(binding.description)
            else binding.description or binding.action,
        }
        for ident, (keys, binding) in sorted(all_bindings().items())
    ]
    if args.json:
        context.out.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    table = Table(title=Text(t("setup.keys.file", lang, path=str(path))), box=box.SIMPLE_HEAD)
    table.add_column(t("setup.keys.id", lang), no_wrap=True)
    table.add_column(t("setup.keys.key", lang), no_wrap=True)
    table.add_column(t("setup.keys.action", lang))
    for row in rows:
        table.add_row(row["id"], row["keys"], Text(row["description"]))
    context.out.print(table)
    unknown = sorted(keymap.keys() - {row["id"] for row in rows})
    if unknown:
        context.error(t("setup.keymap.unknown", lang, path=str(path), ids=", ".join(unknown)))
        return 1
    return 0

"""Key bindings: descriptions (ours, or Textual's own English words) shown in the
user's language, and the ids by which users remap keys in their keymap file."""

from __future__ import annotations

import dataclasses
import inspect
import pkgutil
import re
from collections.abc import Iterator
from importlib import import_module

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from facilitator.i18n import from_english, has, t


def binding_id(owner: type, action: str) -> str:
    """`meeting.next_question` for MeetingScreen's `next_question`, `meeting.quick_log_tip` for
    its `quick_log('tip')`, `tips_library.move_minus_1` for TipsLibraryScreen's `move(-1)`."""
    name = owner.__name__.lstrip("_").removesuffix("Screen")
    area = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    name = re.sub(r"\W+", "_", action.replace("-", "minus_")).strip("_")
    return f"{area}.{name}"


def described(description: str, lang: str) -> str:
    """A binding's description in `lang`: ours are messages of the catalog, and Textual's own
    ("Quit", "palette") are translated as Textual's words."""
    if has(description):
        return t(description, lang)
    return from_english("textual", description, lang) if description else description


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Give each binding its id, and put each description in `lang`."""

    def local(binding: Binding) -> Binding:
        description = described(binding.description, lang)
        ident = binding.id or binding_id(type(node), binding.action)
        return dataclasses.replace(binding, description=description, id=ident)

    node._bindings = BindingsMap.from_keys(
        {key: [local(b) for b in group] for key, group in node._bindings.key_to_bindings.items()}
    )


def key_display(node: DOMNode, action: str) -> str:
    """The key that does `action` for `node` (its own binding or an ancestor's, as the user's
    keymap file changes it), written as the Footer and the help write it: hints name the keys
    from the bindings, never from their own text."""
    keymap = node.app._keymap
    for owner in node.ancestors_with_self:
        bindings = owner._bindings.copy()
        if keymap:
            bindings.apply_keymap(keymap)
        for group in bindings.key_to_bindings.values():
            for binding in group:
                if binding.action == action:
                    return node.app.get_key_display(binding)
    raise LookupError(f"no key does {action!r} for {node!r}")


def described_bindings(node: DOMNode) -> Iterator[Binding]:
    """The node's bindings that have a description, one per action."""
    seen: set[str] = set()
    for group in node._bindings.key_to_bindings.values():
        for binding in group:
            if binding.description and binding.action not in seen:
                seen.add(binding.action)
                yield binding


def all_bindings() -> dict[str, tuple[str, Binding]]:
    """Every screen's and widget's own bindings by id, with their keys: what a keymap file may
    change. A binding a form inherits gets the form's id (`participant_form.save`)."""
    found: dict[str, tuple[str, Binding]] = {}
    for package in ("facilitator.ui.screens", "facilitator.ui.widgets"):
        for module_info in pkgutil.iter_modules(import_module(package).__path__):
            module = import_module(f"{package}.{module_info.name}")
            for name, owner in inspect.getmembers(module, inspect.isclass):
                if owner.__module__ != module.__name__ or name.startswith("_"):
                    continue
                for base in reversed(owner.__mro__):
                    if not base.__module__.startswith("facilitator.") or "BINDINGS" not in vars(
                        base
                    ):
                        continue
                    for key, group in BindingsMap(vars(base)["BINDINGS"]).key_to_bindings.items():
                        for binding in group:
                            ident = binding.id or binding_id(owner, binding.action)
                            keys = f"{found[ident][0]},{key}" if ident in found else key
                            found[ident] = (keys, binding)
    return found

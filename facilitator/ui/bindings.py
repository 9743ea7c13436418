"""Key bindings: descriptions (ours, or Textual's own English words) shown in the
user's language, and the ids by which users remap keys in their keymap file."""

from __future__ import annotations

import dataclasses
import inspect
import pkgutil
import re
from collections.abc import Iterator
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, cast

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.keys import format_key

from facilitator.i18n import from_english, has, t, tp

if TYPE_CHECKING:
    from facilitator.ui.app import FacilitatorApp


def binding_id(owner: type, action: str) -> str:
    """`meeting.next_question` for MeetingScreen's `next_question`, `meeting.quick_log_tip` for
    its `quick_log('tip')`, `tips_library.move_minus_1` for TipsLibraryScreen's `move(-1)`."""
    name = owner.__name__.lstrip("_").removesuffix("Screen")
    area = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    name = re.sub(r"\W+", "_", action.replace("-", "minus_")).strip("_")
    return f"{area}.{name}"


def described(description: str, lang: str) -> str:
    """A binding's description in `lang`: ours are messages of the catalog, and Textual's own
    ("Quit", "palette") are translated as Textual's words. None stays none: an empty message id
    would be the catalog's header."""
    if not description:
        return description
    if has(description):
        return t(description, lang)
    return from_english("textual", description, lang)


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Give each binding its id, and put each description in `lang`."""

    def local(binding: Binding) -> Binding:
        description = described(binding.description, lang)
        ident = binding.id or binding_id(type(node), binding.action)
        return dataclasses.replace(binding, description=description, id=ident)

    node._bindings = BindingsMap.from_keys(
        {key: [local(b) for b in group] for key, group in node._bindings.key_to_bindings.items()}
    )


#: Keys the hints name with a word, where the Footer writes a sign or an abbreviation.
_KEY_NAMES = {"escape": "Esc", "enter": "Enter", "delete": "Delete", "tab": "Tab"}


def key_name(binding: Binding, lang: str) -> str:
    """The key of `binding` as a hint writes it: "ctrl+s", "Esc", "f1", "alt+j", "space"."""
    if binding.key_display:
        return binding.key_display
    modifiers, key = binding.parse_key()
    if key == "space":
        name = tp("key", "space", lang)
    else:
        name = _KEY_NAMES.get(key) or format_key(key)
    return "+".join([*modifiers, name])


def key_display(node: DOMNode, action: str, *, most: int = 1) -> str:
    """The key that does `action` for `node` (its own binding or an ancestor's, as the user's
    keymap file changes it), as hints write keys: hints name the keys from the bindings, never
    from their own text. With `most`, up to that many of its keys: "Esc or f1"."""
    app = node.app
    lang = cast("FacilitatorApp", app).lang
    for owner in node.ancestors_with_self:
        bindings = owner._bindings.copy()
        if app._keymap:
            bindings.apply_keymap(app._keymap)
        keys = [
            key_name(binding, lang)
            for group in bindings.key_to_bindings.values()
            for binding in group
            if binding.action == action
        ]
        if keys:
            keys = list(dict.fromkeys(keys))[:most]
            if len(keys) == 1:
                return keys[0]
            return t("{keys} or {last}", lang, keys=", ".join(keys[:-1]), last=keys[-1])
    raise LookupError(f"no key does {action!r} for {node!r}")


def key_of(app: App[object], owner: type[DOMNode], action: str) -> str:
    """The key of `owner`'s binding for `action` as the keymap file leaves it, as hints write
    keys: for a hint that names a key of a screen that is not open."""
    for key, group in BindingsMap(owner.BINDINGS).key_to_bindings.items():
        for binding in group:
            if binding.action == action:
                keys = app._keymap.get(binding.id or binding_id(owner, action)) or key
                return key_name(Binding(keys.split(",")[0], ""), cast("FacilitatorApp", app).lang)
    raise LookupError(f"{owner.__name__} has no key for {action!r}")


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
    for module in _binding_modules():
        for name, owner in inspect.getmembers(module, inspect.isclass):
            if owner.__module__ != module.__name__ or name.startswith("_"):
                continue
            for base in reversed(owner.__mro__):
                if not base.__module__.startswith("facilitator.") or "BINDINGS" not in vars(base):
                    continue
                for key, group in BindingsMap(vars(base)["BINDINGS"]).key_to_bindings.items():
                    for binding in group:
                        ident = binding.id or binding_id(owner, binding.action)
                        keys = f"{found[ident][0]},{key}" if ident in found else key
                        found[ident] = (keys, binding)
    return found


def _binding_modules() -> Iterator[ModuleType]:
    """The app's module (its own keys: help, quit, …) and every screen's and widget's."""
    yield import_module("facilitator.ui.app")
    for package in ("facilitator.ui.screens", "facilitator.ui.widgets"):
        for module_info in pkgutil.iter_modules(import_module(package).__path__):
            yield import_module(f"{package}.{module_info.name}")

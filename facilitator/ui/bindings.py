"""Key bindings whose descriptions are i18n keys (or Textual's own English words), shown in the
user's language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from facilitator.i18n import from_english, has, t


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Replace each binding description that is an i18n key, or one of Textual's own ("Quit",
    "palette"), by its text in `lang`."""

    def local(binding: Binding) -> Binding:
        description = binding.description
        if has(description):
            return dataclasses.replace(binding, description=t(description, lang))
        if description:
            return dataclasses.replace(
                binding, description=from_english("textual", description, lang)
            )
        return binding

    node._bindings = BindingsMap.from_keys(
        {key: [local(b) for b in group] for key, group in node._bindings.key_to_bindings.items()}
    )


def described_bindings(node: DOMNode) -> Iterator[Binding]:
    """The node's bindings that have a description, one per action."""
    seen: set[str] = set()
    for group in node._bindings.key_to_bindings.values():
        for binding in group:
            if binding.description and binding.action not in seen:
                seen.add(binding.action)
                yield binding

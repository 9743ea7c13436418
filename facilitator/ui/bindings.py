"""Key bindings whose descriptions are i18n keys, shown in the user's language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from facilitator.i18n import has, t


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Replace each binding description that is an i18n key by its text in `lang`."""

    def local(binding: Binding) -> Binding:
        if not has(binding.description):
            return binding
        return dataclasses.replace(binding, description=t(binding.description, lang))

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

"""The team's standard tips for suppliers new to public procurement.

A tip given in a meeting is logged as a `LogEntry` of kind TIP; one taken from the library keeps
the library tip's id, so the tips given most can be counted across sessions.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from facilitator.domain.dialogue import new_id
from facilitator.domain.editing import move_by_id
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session


@dataclass
class Tip:
    text: str
    #: "sv" or "en"; empty for a tip meant for either.
    lang: str = ""
    id: str = field(default_factory=new_id)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _subsequence(short: str, word: str) -> bool:
    letters = iter(word)
    return all(char in letters for char in short)


def _matches(query: str, text: str) -> bool:
    """Each query word is in the text, or is a word of it with letters left out (a typo)."""
    words = text.split()
    return all(
        part in text
        or (any(w[:1] == part[:1] and _subsequence(part, w) for w in words) and len(part) >= 3)
        for part in query.split()
    )


@dataclass
class TipLibrary:
    tips: list[Tip] = field(default_factory=list)

    def tip(self, tip_id: str | None) -> Tip | None:
        return next((t for t in self.tips if t.id == tip_id), None)

    def in_lang(self, lang: str) -> list[Tip]:
        return [t for t in self.tips if t.lang in ("", lang)]

    def filter(self, query: str, lang: str | None = None) -> list[Tip]:
        """Tips matching `query` ignoring case and accents: word matches first, then fuzzy ones."""
        tips = self.in_lang(lang) if lang else list(self.tips)
        folded = _fold(query).strip()
        if not folded:
            return tips
        exact = [t for t in tips if folded in _fold(t.text)]
        loose = [t for t in tips if t not in exact and _matches(folded, _fold(t.text))]
        return exact + loose

    def add(self, text: str, lang: str = "") -> Tip:
        tip = Tip(text=text.strip(), lang=lang)
        self.tips.append(tip)
        return tip

    def update(self, tip_id: str, text: str) -> None:
        tip = self.tip(tip_id)
        if tip is not None:
            tip.text = text.strip()

    def remove(self, tip_id: str) -> None:
        self.tips = [t for t in self.tips if t.id != tip_id]

    def move(self, tip_id: str, delta: int) -> None:
        move_by_id(self.tips, tip_id, delta)


def most_given(sessions: Iterable[Session]) -> list[tuple[str, int]]:
    """Library tip ids and how many times each was given, most given first."""
    counts: Counter[str] = Counter()
    for session in sessions:
        counts.update(
            e.tip_id for e in session.entries if e.kind is EntryKind.TIP and e.tip_id is not None
        )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


_STARTERS_SV = (
    (
        "sv-bevaka",
        "Bevaka upphandlingar: sätt upp en bevakning i en annonsdatabas och på "
        "kommunens webbplats, så att du ser när upphandlingen annonseras.",
    ),
    (
        "sv-registrera",
        "Registrera ditt företag på upphandlingsplattformen i god tid, så att du "
        "får frågor, svar och ändringar under anbudstiden.",
    ),
    (
        "sv-las-allt",
        "Läs hela upphandlingsdokumentet, även bilagor och avtalsvillkor, innan du "
        "börjar skriva anbudet.",
    ),
    (
        "sv-fragor",
        "Ställ frågor under frågetiden om något är oklart; svaren publiceras för alla "
        "leverantörer samtidigt.",
    ),
    (
        "sv-skakrav",
        "Kontrollera att du uppfyller varje ska-krav; ett enda missat krav kan göra "
        "att anbudet förkastas.",
    ),
    (
        "sv-espd",
        "Fyll i ESPD (europeiskt upphandlingsdokument) noggrant; det är en egen "
        "försäkran om att företaget uppfyller kraven.",
    ),
    (
        "sv-intyg",
        "Ha intyg och certifikat redo (skatter, försäkringar, miljö- och "
        "kvalitetscertifikat) och kontrollera att de är giltiga.",
    ),
    (
        "sv-underleverantorer",
        "Ange underleverantörer du tänker använda, och deras kapacitet om du åberopar den.",
    ),
    (
        "sv-sekretess",
        "Markera affärshemligheter i anbudet och motivera vilken skada det skulle "
        "orsaka om uppgifterna lämnades ut.",
    ),
)
_STARTERS_EN = (
    (
        "en-watch",
        "Watch for procurements: set up alerts in a tender database and on the "
        "municipality's website so you see when the procurement is published.",
    ),
    (
        "en-register",
        "Register your company on the procurement platform early, so you get "
        "questions, answers and changes during the tender period.",
    ),
    (
        "en-read-all",
        "Read the whole procurement document, including annexes and contract "
        "terms, before you start writing the tender.",
    ),
    (
        "en-questions",
        "Ask questions during the question period if anything is unclear; the "
        "answers are published to all suppliers at the same time.",
    ),
    (
        "en-mandatory",
        "Check that you meet every mandatory requirement; a single missed "
        "requirement can get the tender rejected.",
    ),
    (
        "en-espd",
        "Fill in the ESPD (European Single Procurement Document) carefully; it is "
        "your own declaration that the company meets the requirements.",
    ),
    (
        "en-certificates",
        "Have certificates ready (tax, insurance, environmental and quality "
        "certificates) and check that they are valid.",
    ),
    (
        "en-subcontractors",
        "Name the subcontractors you intend to use, and their capacity if you rely on it.",
    ),
    (
        "en-secrets",
        "Mark business secrets in the tender and explain what harm disclosure would cause.",
    ),
)


def starter_tips() -> TipLibrary:
    """The built-in library, in Swedish and English (fixed ids, so counts survive edits)."""
    return TipLibrary(
        [Tip(text, "sv", tip_id) for tip_id, text in _STARTERS_SV]
        + [Tip(text, "en", tip_id) for tip_id, text in _STARTERS_EN]
    )

"""The built-in demo dialogue: a framework agreement for craft services."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.domain.dialogue import Dialogue

DEMO_DIALOGUE_ID = "demo-hantverk"
DEMO_SUPPLIER = "Exempel Bygg AB"


def demo_dialogue() -> Dialogue:
    """The Swedish demo dialogue "Ramavtal hantverkstjänster": six openers, 45 minutes."""
    # The models are loaded here, so that the command line names the demo's supplier without.
    from facilitator.domain.dialogue import Dialogue, Question, Theme
    from facilitator.domain.participants import Participant, Role

    return Dialogue(
        id=DEMO_DIALOGUE_ID,
        title="Ramavtal hantverkstjänster",
        reference="KS 2026/0142",
        purpose=(
            "Förstå hur marknaden för hantverkstjänster ser ut och hur kommunens behov av "
            "snickeri, el, VVS och måleri i egna fastigheter bäst kan mötas, inför en "
            "upphandling av ramavtal."
        ),
        organisation="Exempelby kommun",
        planned_minutes=45,
        participants=[
            Participant("Josefine Upphandlare", "Exempelby kommun", Role.PROCURER),
            Participant("Karin Fastighetschef", "Exempelby kommun", Role.ORDERING_DEPARTMENT),
        ],
        questions=[
            Question(
                id="q1",
                theme=Theme.NEEDS,
                text="Hur ser ni på våra behov av hantverkstjänster i kommunens fastigheter?",
                follow_ups=[
                    "Vilka uppdrag passar er bäst: akuta småjobb eller planerat underhåll?",
                    "Vad saknar ni i hur vi beskriver behoven i dag?",
                ],
                timebox=8,
            ),
            Question(
                id="q2",
                theme=Theme.NEEDS,
                text="Hur snabbt kan ni rycka ut vid akuta fel, och vad krävs för det?",
                follow_ups=["Jour dygnet runt eller kontorstid?"],
                timebox=6,
            ),
            Question(
                id="q3",
                theme=Theme.MARKET,
                text=(
                    "Hur ser konkurrensen ut i vår region, och vad får fler att vilja lämna anbud?"
                ),
                follow_ups=[
                    "Finns det osund konkurrens, prisdumpning eller tveksam fakturering?",
                    "Hur många företag av er storlek finns i närområdet?",
                ],
                timebox=8,
            ),
            Question(
                id="q4",
                theme=Theme.MARKET,
                text="Vilka förändringar ser ni i branschen de närmaste åren?",
                follow_ups=["Kompetensförsörjning, material, hållbarhet?"],
                timebox=6,
            ),
            Question(
                id="q5",
                theme=Theme.CONDITIONS,
                text="Vad tycker ni om fasta prisnivåer där vi utvärderar på kvalitet?",
                follow_ups=["Vilka kvalitetskriterier är rimliga att visa i ett anbud?"],
                timebox=8,
            ),
            Question(
                id="q6",
                theme=Theme.CONDITIONS,
                text="Vilka avtalsvillkor gör det svårt eller lätt för er att delta?",
                follow_ups=[
                    "Avtalstid, volymer, geografiska områden, underleverantörer?",
                    "Hur vill ni fakturera?",
                ],
                timebox=7,
            ),
        ],
    )

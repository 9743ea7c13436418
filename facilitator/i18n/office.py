"""Strings for Word documents, Teams transcripts and Outlook drafts: importing a .docx, attaching
a transcript, the minutes as an e-mail draft and a meeting's join link."""

STRINGS: dict[str, tuple[str, str]] = {
    # Importing questions
    "office.import.left_out_one": (
        "1 rad såg ut som en fråga men togs inte med: {lines}",
        "1 line looked like a question but was left out: {lines}",
    ),
    "office.import.left_out": (
        "{count} rader såg ut som frågor men togs inte med: {lines}",
        "{count} lines looked like questions but were left out: {lines}",
    ),
    "office.import.is_transcript": (
        "Det här är en transkribering, inte en frågelista. Koppla den till ett möte med "
        "facilitator transcript MÖTE FIL (eller tangenten i sammanfattningen efter mötet).",
        "This is a transcript, not a question list. Attach it to a meeting with "
        "facilitator transcript SESSION FILE (or the key in the wrap-up after the meeting).",
    ),
    "office.import.odt": (
        "OpenDocument-filer (.odt) kan inte importeras direkt. Spara dokumentet som Word "
        "(.docx) eller webbsida (HTML) och importera den filen.",
        "OpenDocument files (.odt) cannot be imported directly. Save the document as Word "
        "(.docx) or a web page (HTML) and import that file.",
    ),
    "office.import.bad_docx": (
        "Filen ser ut som ett Word-dokument men kan inte läsas (den kan vara skadad eller "
        "lösenordsskyddad).",
        "The file looks like a Word document but cannot be read (it may be damaged or "
        "password protected).",
    ),
    # Transcripts
    "office.transcript.too_large": (
        "{path} är för stor för att vara en transkribering.",
        "{path} is too large to be a transcript.",
    ),
    "office.transcript.not_transcript": (
        "{name} är ingen Teams-transkribering. Ladda ner transkriberingen från Teams som "
        ".vtt eller .docx.",
        "{name} is not a Teams transcript. Download the transcript from Teams as .vtt or .docx.",
    ),
    "office.transcript.empty": (
        "Inga repliker hittades i {name}.",
        "No lines were found in {name}.",
    ),
    "office.transcript.ask_consent": (
        "Har {supplier} samtyckt till att mötet spelades in och transkriberades?",
        "Did {supplier} consent to the meeting being recorded and transcribed?",
    ),
    "office.transcript.no_consent": (
        "Transkriberingen kopplades inte: leverantörens samtycke saknas.",
        "The transcript was not attached: the supplier's consent is missing.",
    ),
    "office.transcript.attached": (
        "Transkriberingen kopplades till mötet: {count} repliker, {placed} under frågorna; "
        "{matched} av {speakers} talare känns igen bland deltagarna.",
        "The transcript was attached to the meeting: {count} lines, {placed} under the "
        "questions; {matched} of {speakers} speakers are known participants.",
    ),
    "office.transcript.unmatched": (
        "Talare som inte finns bland deltagarna: {names}",
        "Speakers who are not among the participants: {names}",
    ),
    "office.transcript.bad_start": (
        "Inspelningens start {value} kan inte läsas; skriv den som TT:MM, till exempel 14:03.",
        "The recording start {value} cannot be read; write it as HH:MM, for example 14:03.",
    ),
    "office.transcript.not_started": (
        "Mötet har ingen starttid, så replikerna kunde inte placeras under frågorna.",
        "The meeting has no start time, so the lines could not be placed under the questions.",
    ),
    # Minutes
    "office.minutes.transcript": ("Transkribering", "Transcript"),
    "office.minutes.transcript_consented": (
        "Mötet spelades in och transkriberades med leverantörens samtycke. Transkriberingen "
        "ingår inte i minnesanteckningarna.",
        "The meeting was recorded and transcribed with the supplier's consent. The transcript "
        "is not part of the minutes.",
    ),
    # Wrap-up
    "office.key.transcript": ("Transkribering", "Transcript"),
    "office.key.copy_line": ("Till anteckn.", "To notes"),
    "office.wrapup.transcript": ("Transkribering ({count})", "Transcript ({count})"),
    "office.wrapup.email": ("E-post (för minnesanteckningarna)", "E-mail (for the minutes)"),
    "office.wrapup.outside": ("{count} utanför frågorna", "{count} outside the questions"),
    "office.wrapup.consent": (
        "Leverantören har samtyckt till att mötet spelas in och transkriberas",
        "The supplier consented to the meeting being recorded and transcribed",
    ),
    "office.wrapup.ask_path": (
        "Transkriberingen från Teams (.vtt eller .docx):",
        "The transcript from Teams (.vtt or .docx):",
    ),
    "office.wrapup.attached": (
        "Transkriberingen kopplades: {count} repliker, {placed} under frågorna.",
        "The transcript was attached: {count} lines, {placed} under the questions.",
    ),
    "office.wrapup.no_line": (
        "Ingen replik vald: frågan har inga repliker i transkriberingen.",
        "No line chosen: the question has no lines in the transcript.",
    ),
    # E-mail draft
    "office.key.email": ("E-post", "E-mail"),
    "office.email.subject": (
        "Minnesanteckningar: {dialogue} – {supplier}",
        "Minutes: {dialogue} – {supplier}",
    ),
    "office.email.body": (
        "Hej,\n\nTack för dialogmötet. Här är minnesanteckningarna från mötet med {supplier}, "
        "nedan och som bifogat Word-dokument. Hör av er om något behöver rättas.\n\n"
        "Med vänliga hälsningar",
        "Hello,\n\nThank you for the dialogue meeting. Here are the minutes of the meeting "
        "with {supplier}, below and as the attached Word document. Let us know if anything "
        "needs correcting.\n\nKind regards",
    ),
    "office.email.written": (
        "E-postutkastet skrevs till {path} (öppna det i Outlook för att skicka; inget har "
        "skickats).",
        "The e-mail draft was written to {path} (open it in Outlook to send it; nothing has "
        "been sent).",
    ),
    "office.email.no_address": (
        "Ingen e-postadress känd för: {names}. Lägg till dem i utkastet innan det skickas.",
        "No e-mail address known for: {names}. Add them to the draft before sending it.",
    ),
    # Join link
    "office.key.copy_link": ("Kopiera möteslänk", "Copy join link"),
    "office.key.open_link": ("Öppna möteslänk", "Open join link"),
    "office.meeting.no_link": (
        "Mötet har ingen möteslänk (den kommer från bokningens Teams-inbjudan).",
        "The meeting has no join link (it comes from the booking's Teams invite).",
    ),
    "office.meeting.link_copied": (
        "Möteslänken kopierades (om terminalen tillåter det): {link}",
        "The join link was copied (if the terminal allows it): {link}",
    ),
    "office.meeting.not_opened": (
        "Möteslänken kunde inte öppnas ({reason}). Kopiera den med alt+j.",
        "The join link could not be opened ({reason}). Copy it with alt+j.",
    ),
}

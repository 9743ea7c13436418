"""Words about who was in a meeting, dates, the files written and the data folder's health."""

STRINGS: dict[str, tuple[str, str]] = {
    # booking from an invite
    "records.invite.people": (
        "Från inbjudan – egen organisation: {own}; leverantören: {supplier}.",
        "From the invite – own organisation: {own}; the supplier: {supplier}.",
    ),
    "records.invite.nobody": ("ingen", "nobody"),
    "records.invite.guessed": (
        "Namnet {name} är gjort av adressen {email}; kontrollera det.",
        "The name {name} was made from the address {email}; check it.",
    ),
    "records.booking.own": ("Egna", "Own staff"),
    "records.people.check": ("kontrollera namnet", "check the name"),
    # writing minutes
    "records.minutes.binary_to_terminal": (
        "{format} är ett binärt format och skrivs inte till terminalen; ange en fil med -o FIL "
        "eller skicka utdata vidare (> fil).",
        "{format} is a binary format and is not written to the terminal; name a file with "
        "-o FILE or redirect the output (> file).",
    ),
    "records.minutes.exists": (
        "{path} finns redan och ersätts inte; ange --force för att ersätta den, eller en annan "
        "fil med -o.",
        "{path} exists already and is not replaced; give --force to replace it, or another "
        "file with -o.",
    ),
    # a data file that cannot be read (storage.damage.KINDS)
    "records.damage.unreadable": (
        "filen kan inte läsas (behörighet eller disk)",
        "the file cannot be read (permissions or disk)",
    ),
    "records.damage.empty": ("filen är tom", "the file is empty"),
    "records.damage.not_json": (
        "filen är trasig (inte läsbar som data)",
        "the file is broken (not readable as data)",
    ),
    "records.damage.wrong_kind": (
        "filen är inte en facilitator-fil av rätt slag",
        "the file is not a facilitator file of the right kind",
    ),
    "records.damage.newer_version": (
        "filen är skriven av en nyare version av facilitator; uppdatera programmet",
        "the file was written by a newer version of facilitator; update the program",
    ),
    "records.damage.bad_content": (
        "filen har oväntat innehåll",
        "the file has unexpected content",
    ),
    "records.damage.session": (
        "Mötet {id} kan inte öppnas: {problem}. Se facilitator doctor.",
        "Session {id} cannot be opened: {problem}. See facilitator doctor.",
    ),
    # forget --person
    "records.forget.removed": ("borttagen", "removed"),
    # dates that are likely slips (domain.time)
    "records.date.past": ("{date} har redan passerat.", "{date} has already passed."),
    "records.date.far": ("{date} är mer än två år bort.", "{date} is more than two years away."),
    "records.date.again": (
        "Tryck Enter igen för att spara ändå.",
        "Press Enter again to save it anyway.",
    ),
    "records.booking.past": (
        "Mötet {date} ligger redan bakåt i tiden. Spara igen (Enter eller ctrl+s) om det är rätt.",
        "The meeting {date} is already in the past. Save again (Enter or ctrl+s) if that is right.",
    ),
    "records.booking.far": (
        "Mötet {date} ligger mer än två år fram. Spara igen (Enter eller ctrl+s) om det är rätt.",
        "The meeting {date} is more than two years ahead. Save again (Enter or ctrl+s) if that "
        "is right.",
    ),
    "records.booking.warn_past": (
        "Obs: mötet {date} ligger redan bakåt i tiden.",
        "Note: the meeting {date} is already in the past.",
    ),
    "records.booking.warn_far": (
        "Obs: mötet {date} ligger mer än två år fram.",
        "Note: the meeting {date} is more than two years ahead.",
    ),
    "records.booking.need_time": (
        "Ett bokat möte behöver datum och tid.",
        "A booked meeting needs a date and a time.",
    ),
    "records.booking.date_hint": ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "records.booking.time_hint": ("tt:mm", "hh:mm"),
    "records.cli.need_time": (
        "Ange mötets datum och tid med --at, t.ex. --at 2026-03-12T10:00 (eller --ics FIL).",
        "Give the meeting's date and time with --at, e.g. --at 2026-03-12T10:00 (or --ics FILE).",
    ),
    "records.cli.need_clock": (
        "\u201d{value}\u201d saknar klockslag; skriv t.ex. {value}T10:00.",
        "\u201c{value}\u201d has no time of day; write e.g. {value}T10:00.",
    ),
    "records.home.start_booking": (
        "Starta mötet med {supplier} ({when}) nu?",
        "Start the meeting with {supplier} ({when}) now?",
    ),
}

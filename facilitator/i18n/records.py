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
    # writing minutes
    "records.minutes.binary_to_terminal": (
        "{format} är ett binärt format och skrivs inte till terminalen; ange en fil med -o FIL "
        "eller skicka utdata vidare (> fil).",
        "{format} is a binary format and is not written to the terminal; name a file with "
        "-o FILE or redirect the output (> file).",
    ),
}

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
}

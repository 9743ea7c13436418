"""A meeting invite (.ics, as Outlook and Teams send it): when, who, where and the join link.

A small reader of RFC 5545: folded lines are unfolded (as bytes, since a fold may split a
character), parameters (quoted or not) are split off, text values are unescaped. Only the first
VEVENT is read; a recurring meeting gives its first occurrence and a warning. Windows time-zone
names ("W. Europe Standard Time") are mapped to IANA zones; an unknown zone is read as Swedish
time, with a warning.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.domain.booking import Booking
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import DEFAULT_TIMEZONE, MeetingFormat
from facilitator.domain.text import clean_name
from facilitator.importers.encoding import decode, read_limited
from facilitator.importers.outline import ImportProblem, Notice

MAX_BYTES = 5 * 1024 * 1024
#: Windows zone names Outlook writes, for the zones a Swedish unit meets people in.
_WINDOWS_ZONES = {
    "w. europe standard time": "Europe/Stockholm",
    "central europe standard time": "Europe/Budapest",
    "central european standard time": "Europe/Warsaw",
    "romance standard time": "Europe/Paris",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "Atlantic/Reykjavik",
    "fle standard time": "Europe/Helsinki",
    "e. europe standard time": "Europe/Chisinau",
    "utc": "UTC",
    "coordinated universal time": "UTC",
}
_FOLD = re.compile(rb"\r?\n[ \t]")
_URL = re.compile(r"https://[^\s<>\"']+")
_MEETING_HOSTS = (
    "teams.microsoft.com",
    "teams.live.com",
    "zoom.us",
    "meet.google.com",
    "webex.com",
)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


@dataclass
class Invitee:
    """The organiser or an attendee, as the invite names them."""

    #: In reading order ("Svensson, Per" becomes "Per Svensson").
    name: str
    email: str = ""
    #: The invite gave only an address; the name was made from it and should be checked.
    guessed: bool = False

    @property
    def domain(self) -> str:
        """The e-mail domain, in lower case ("" without an address)."""
        return self.email.rpartition("@")[2].casefold() if "@" in self.email else ""


@dataclass
class Invite:
    """What a meeting invite says."""

    start: datetime
    end: datetime | None = None
    summary: str = ""
    organizer: Invitee | None = None
    attendees: list[Invitee] = field(default_factory=list)
    location: str = ""
    join_link: str = ""
    warnings: list[Notice] = field(default_factory=list)
    #: Exchange marked it a Teams meeting (X-MICROSOFT-SKYPETEAMS...), with or without a link.
    teams: bool = False

    @property
    def format(self) -> MeetingFormat:
        return MeetingFormat.TEAMS if self.join_link or self.teams else MeetingFormat.IN_PERSON

    @property
    def minutes(self) -> int | None:
        if self.end is None or self.end <= self.start:
            return None
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class _Line:
    name: str
    params: dict[str, str]
    value: str


def read_invite(path: Path | str) -> Invite:
    """The first event in the .ics file at `path`; `ImportProblem` if there is none."""
    return parse_invite(read_limited(Path(path), MAX_BYTES, "prep.error.ics_too_large"))


def parse_invite(data: bytes) -> Invite:
    # Unfolded before decoding: a fold may split a UTF-8 character (RFC 5545 folds octets).
    wide = data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    try:
        text = decode(data if wide else _FOLD.sub(b"", data)).text
    except ImportProblem as problem:
        if problem.notice.key.startswith("prep.error.binary"):  # a document, image or program
            raise ImportProblem("prep.error.ics_not_calendar") from problem
        raise
    if wide:
        text = re.sub(r"\r?\n[ \t]", "", text)
    parsed = (_parse_line(raw) for raw in text.splitlines() if raw.strip())
    lines = [line for line in parsed if line is not None]
    if not any(line.name == "BEGIN" and line.value.upper() == "VCALENDAR" for line in lines):
        raise ImportProblem("prep.error.ics_not_calendar")
    events = _components(lines, "VEVENT")
    if not events:
        raise ImportProblem("prep.error.ics_no_event")
    event = events[0]
    warnings: list[Notice] = []
    if len(events) > 1:
        warnings.append(Notice.of("prep.warn.ics_several", count=len(events)))
    props: dict[str, _Line] = {}
    attendees: list[Invitee] = []
    for line in event:
        if line.name == "ATTENDEE":
            attendees.append(_person(line))
        props.setdefault(line.name, line)
    if "DTSTART" not in props:
        raise ImportProblem("prep.error.ics_no_start")
    start = _datetime(props["DTSTART"], warnings)
    end = _datetime(props["DTEND"], warnings) if "DTEND" in props else None
    if end is None and "DURATION" in props:
        end = start + _duration(props["DURATION"].value)
    if "RRULE" in props or "RDATE" in props:
        warnings.append(Notice.of("prep.warn.ics_recurring"))
    if any(line.name == "METHOD" and line.value.upper() == "CANCEL" for line in lines):
        warnings.append(Notice.of("prep.warn.ics_cancelled"))
    fields: dict[str, str] = {
        name: _text(props[name].value)
        for name in ("SUMMARY", "LOCATION", "DESCRIPTION")
        if name in props
    }
    organizer = _person(props["ORGANIZER"]) if "ORGANIZER" in props else None
    if organizer is not None:
        attendees = [a for a in attendees if not _same_person(a, organizer)]
    return Invite(
        start=start,
        end=end,
        summary=fields.get("SUMMARY", ""),
        organizer=organizer,
        attendees=attendees,
        location=fields.get("LOCATION", ""),
        join_link=_join_link(props, fields),
        warnings=[w for i, w in enumerate(warnings) if w not in warnings[:i]],
        teams=any(name.startswith("X-MICROSOFT-SKYPETEAMS") for name in props),
    )


def _parse_line(raw: str) -> _Line | None:
    """NAME;PARAM=VALUE;PARAM="QUOTED:VALUE":VALUE, or None if it is not a content line."""
    in_quotes = False
    for index, char in enumerate(raw):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = raw[:index], raw[index + 1 :]
            break
    else:
        return None
    name, *params = re.findall(r'(?:[^;"]|"[^"]*")+', head) or [""]
    parsed = {}
    for param in params:
        key, _, val = param.partition("=")
        parsed[key.strip().upper()] = val.strip().strip('"')
    return _Line(name.strip().upper(), parsed, value)


def _components(lines: list[_Line], kind: str) -> list[list[_Line]]:
    """The content lines of each `kind` component (nested components left out)."""
    found: list[list[_Line]] = []
    depth = 0
    for line in lines:
        if line.name == "BEGIN":
            if line.value.upper() == kind and depth == 0:
                found.append([])
                depth = 1
            elif depth:
                depth += 1
        elif line.name == "END" and depth:
            depth -= 1
        elif depth == 1:
            found[-1].append(line)
    return found


def _text(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value).strip()


def _person(line: _Line) -> Invitee:
    email = re.sub(r"^mailto:", "", line.value.strip(), flags=re.IGNORECASE)
    email = email or line.params.get("EMAIL", "").strip()
    name = clean_name(line.params.get("CN", ""))
    if not name or "@" in name:
        return Invitee(name_from_address(email or name), email, guessed=True)
    return Invitee(reading_order(name), email)


def _same_person(one: Invitee, other: Invitee) -> bool:
    if one.email and other.email:
        return one.email.casefold() == other.email.casefold()
    return one.name.casefold() == other.name.casefold()


def reading_order(name: str) -> str:
    """"Svensson, Per" as "Per Svensson" (a directory's order turned round); other names as
    they are."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip() and "," not in given:
        return f"{given.strip()} {family.strip()}"
    return name


def name_from_address(email: str) -> str:
    """A name made from an address: kalle@… gives "Kalle", anna.nilsson@… "Anna Nilsson"."""
    local = email.partition("@")[0]
    parts = [p for p in re.split(r"[._\-+]+", local) if p and not p.isdigit()]
    words = [f"{p.upper()}." if len(p) == 1 else p[:1].upper() + p[1:] for p in parts]
    return " ".join(words) or email


def _zone(tzid: str, warnings: list[Notice]) -> ZoneInfo:
    name = tzid.strip().strip('"').lstrip("/")
    name = _WINDOWS_ZONES.get(name.lower(), name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        warnings.append(Notice.of("prep.warn.ics_zone", zone=tzid, default=DEFAULT_TIMEZONE))
        return ZoneInfo(DEFAULT_TIMEZONE)


def _datetime(line: _Line, warnings: list[Notice]) -> datetime:
    value = line.value.strip()
    try:
        if len(value) == 8 or line.params.get("VALUE", "").upper() == "DATE":
            day = date(int(value[:4]), int(value[4:6]), int(value[6:8]))
            warnings.append(Notice.of("prep.warn.ics_all_day"))
            return datetime.combine(day, time(9, 0), ZoneInfo(DEFAULT_TIMEZONE))
        naive = datetime.strptime(value.rstrip("Zz"), "%Y%m%dT%H%M%S")
    except ValueError as error:
        raise ImportProblem("prep.error.ics_bad_time", value=value) from error
    if value[-1:] in ("Z", "z"):
        return naive.replace(tzinfo=timezone.utc)
    tzid = line.params.get("TZID")
    zone = _zone(tzid, warnings) if tzid else ZoneInfo(DEFAULT_TIMEZONE)
    return naive.replace(tzinfo=zone)


def _duration(value: str) -> timedelta:
    """An RFC 5545 duration such as PT1H30M or P1D; zero if it cannot be read."""
    match = re.fullmatch(
        r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", value.strip()
    )
    if not match:
        return timedelta(0)
    sign = -1 if match.group(1) == "-" else 1
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    return sign * timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _join_link(props: dict[str, _Line], text: dict[str, str]) -> str:
    """The online meeting's address: Teams' own property, else a meeting link in the text."""
    for name in ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK"):
        if name in props and props[name].value.strip().startswith("https://"):
            return props[name].value.strip()
    for name in ("DESCRIPTION", "LOCATION", "URL"):
        source = text.get(name) or (props[name].value if name in props else "")
        urls: list[str] = _URL.findall(source)
        for url in urls:
            if any(host in url for host in _MEETING_HOSTS):
                return url.rstrip(".,;)")
    return ""


def fill_booking(booking: Booking, invite: Invite, buying_side: list[Participant]) -> None:
    """Take a booking's time, format, join link and people from an invite.

    The organiser and the attendees on the organisation's side (see `supplier_domains`) become
    the booking's own people; the others its supplier contacts. Anyone already in the booking
    or among the dialogue's standard participants (`buying_side`, matched by name) is left out.
    """
    booking.scheduled_at = invite.start
    booking.format = invite.format
    booking.join_link = invite.join_link or booking.join_link
    known = {p.name.casefold() for p in [*buying_side, *booking.own_people, *booking.contacts]}
    theirs = supplier_domains(invite, booking.supplier)
    people = [invite.organizer] if invite.organizer is not None else []
    for person in people + invite.attendees:
        if person.name.casefold() in known:
            continue
        known.add(person.name.casefold())
        if person is not invite.organizer and _domain_in(person.domain, theirs):
            booking.contacts.append(
                Participant(
                    person.name, booking.supplier, Role.SUPPLIER, person.guessed, person.email
                )
            )
        else:
            booking.own_people.append(
                Participant(person.name, "", Role.PROCURER, person.guessed, person.email)
            )


def supplier_domains(invite: Invite, supplier: str) -> set[str]:
    """The e-mail domains of the supplier's people in an invite.

    A domain named like the supplier ("exempelbygg.se" for "Exempel Bygg AB") is theirs, and then
    every other domain is the organisation's side (a consultant, another office). Without such a
    domain, every domain but the organiser's is taken to be the supplier's. Subdomains count as
    their parent ("it.kommun.se" is "kommun.se").
    """
    own = _base(invite.organizer.domain) if invite.organizer else ""
    domains = {_base(a.domain) for a in invite.attendees if a.domain} - {own, ""}
    named = {d for d in domains if _named_after(d, supplier)}
    return named or domains


def _base(domain: str) -> str:
    return ".".join(domain.split(".")[-2:])


def _domain_in(domain: str, domains: set[str]) -> bool:
    return bool(domain) and _base(domain) in domains


_COMPANY_FORMS = re.compile(r"\b(ab|aktiebolag|hb|kb|ek\.? ?för|oy|as|a/s|gmbh|ltd|inc|llc)\b\.?")


def _named_after(domain: str, supplier: str) -> bool:
    """Whether a domain's name is the supplier's name, ignoring spaces, accents, case and "AB"."""
    wanted = _letters(_COMPANY_FORMS.sub("", supplier.casefold()))
    label = _letters(domain.rsplit(".", 1)[0])
    return len(label) >= 3 and label == wanted


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))

"""The sync protocol, shared by the desktop client and the central server. Pure: pydantic models and constants only.

One round: the device pushes its outbox in batches (idempotent by device id + sequence number), then pulls by cursor
in pages. Records travel as plain dicts of JSON fields; the server merges them per field against the revision each
change was based on, and answers a clash on the same field with a `Conflict` instead of overwriting.

A change the server cannot accept (a field name outside the grammar below, a value it cannot hold, a kind of record it
does not know, a record this device may not write) is refused by itself (`Weigering`); the rest of its batch is
applied, so a device's outbox never wedges. Only a request that cannot be read as a whole is refused whole.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .namen import NOOIT_NAAR_DOCENT, OBSERVATIE_SOORTEN, VERWIJDERD, Rol, Soort  # noqa: F401  (protocol)

# 2: a change the server cannot accept is refused by itself with a code the client may not know yet (any string);
# intake answers ("sectie.vraag") are valid field names. A protocol-1 client still gets such a batch refused whole,
# because it cannot read the new codes.
# 3: the device names its own token at enrolment, so a retry after a lost answer gets the same device; a device fetches
# records again (POST /v1/ophalen) after the server refused a change to them, so both hold the same.
# 4: a pull says where access stands (`PullResponse.toegang`); when that moved, the device asks which of the records it
# holds the server would no longer give it (POST /v1/vergeten) and forgets them.
PROTOCOL_VERSION = 4
MIN_PROTOCOL_VERSION = 1          # the oldest client protocol the server still serves
PROTOCOL_HEADER = "X-Koers-Protocol"
CLOCK_HEADER = "X-Koers-Clock"    # the device's clock (ISO 8601, UTC) when it sent the request
MAX_BATCH = 500                   # changes per push
MAX_PAGE = 1000                   # records per pull page
MAX_BODY_BYTES = 4 * 1024 * 1024  # larger request bodies are refused with 413
MAX_CLOCK_SKEW = dt.timedelta(minutes=15)
MAX_NUMBER = 2**62                # sequence numbers and revisions fit a PostgreSQL bigint

ROLLEN = tuple(Rol)
ENTITEITEN = frozenset(Soort)
OBSERVATIE_ENTITEITEN = OBSERVATIE_SOORTEN
# What a docent gets of an inburgeraar: the name and date of birth, nothing else.
DOCENT_INBURGERAAR_VELDEN = ("voornamen", "achternaam", "naam_eigen_schrift", "geboortedatum")

# Attachments travel beside the records, content-addressed: a field holds "sha256:<hex>" and the bytes go in chunks.
BIJLAGE_PATTERN = r"^sha256:[0-9a-f]{64}$"
CHUNK_SIZE = 512 * 1024
MAX_BIJLAGE = 50 * 1024 * 1024
# The code of a 413 on an upload when the device's room for attachments no record refers to yet is full: the device
# then pushes the records that refer to what it sent, which makes room.
QUOTUM = "quotum"

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$"

# The field-name grammar: every name a record field may have, on the device, on the wire and on the server.
#
#     veldnaam = deel *( "." deel )          at most MAX_VELDNAAM characters in all
#     deel     = ( letter / "_" ) *( letter / cijfer / "_" )          letters and digits: ASCII only
#
# A record's own fields are one part (`telefoon`, `inburgeraar_id`, `form_version`); an intake answer is
# "sectie.vraag" (`warme_overdracht.locatie`, see desktop_app.core.intake). A repeat group is ONE field whose value
# is a list of row dicts, so rows never appear in a name. Not allowed: spaces, control characters, other
# punctuation, empty parts (`a..b`, `.a`, `a.`), a part starting with a digit, more than MAX_VELDNAAM characters.
FIELD_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$"
MAX_VELDNAAM = 64                 # the server keeps a conflict's field name in 64 characters
_VELDNAAM = re.compile(FIELD_PATTERN)


def is_veldnaam(naam: Any) -> bool:
    """Does `naam` follow the field-name grammar?"""
    return isinstance(naam, str) and len(naam) <= MAX_VELDNAAM and _VELDNAAM.fullmatch(naam) is not None


# Field values are JSON. Beyond that the server accepts a value only when it can keep and hand it back unchanged:
MAX_DIEPTE = 20                   # lists/objects inside one value (a repeat group is 2 deep, archived answers 4)
MAX_WAARDE_BYTES = 256 * 1024     # one value as UTF-8 JSON; text of every script fits easily, attachments go apart
MAX_GEBRUIKERSNAAM = 200          # a user's name (klantmanager, docenten) as the server keeps it
# Fields the server copies out of the record to decide need-to-know: record ids (or empty), user names, and the day a
# placement ends (a date, or empty: it runs on).
VERWIJZINGEN = {"inburgeraar_id": Soort.INBURGERAAR, "groep_id": Soort.STARTKLASGROEP}   # field → the kind it names
ID_VELDEN = tuple(VERWIJZINGEN)
GEBRUIKER_VELDEN = ("klantmanager",)
GEBRUIKERSLIJST_VELDEN = ("docenten",)
PLAATSING_EINDE = "tot"           # of a plaatsing: its last day (ISO date); from the day after it has ended

# Who may see a record follows from the person it belongs to (the klantmanager's caseload; for a docent, the cursist's
# placement in one of their groups that has not ended) and from its group: never from who created it. These fields
# name them, per kind. A change that creates a record must carry them, and what they name must exist; a record never
# loses them. An observatiemoment without inburgeraar_id is the group's lesson day; with one, a cursist's observation.
TOEGANGSVELDEN: dict[Soort, tuple[str, ...]] = {
    Soort.INBURGERAAR: (), Soort.STARTKLASGROEP: (),
    Soort.CONTACTPERSOON: ("inburgeraar_id",), Soort.INTAKE: ("inburgeraar_id",),
    Soort.INTAKE_BIJZONDER: ("inburgeraar_id",), Soort.PIP: ("inburgeraar_id",),
    Soort.PLAATSING: ("inburgeraar_id", "groep_id"), Soort.EINDSCORE: ("inburgeraar_id", "groep_id"),
    Soort.TRAJECTADVIES: ("inburgeraar_id", "groep_id"), Soort.OBSERVATIEMOMENT: ("groep_id",),
}


class _Strict(BaseModel):
    # Unknown fields are an error, not silently dropped: an old server must not lose what a newer client meant.
    model_config = ConfigDict(extra="forbid")


Veldnaam = Annotated[str, StringConstraints(pattern=FIELD_PATTERN, max_length=MAX_VELDNAAM)]


class Change(_Strict):
    seq: int = Field(ge=1, le=MAX_NUMBER, strict=True,
                     description="the device's sequence number for this change (its outbox number)")
    entity: Soort
    id: str = Field(pattern=ID_PATTERN)
    fields: dict[Veldnaam, Any] = Field(default_factory=dict, description="the changed fields with their new values "
                                        f"(each at most {MAX_DIEPTE} deep and {MAX_WAARDE_BYTES} bytes as JSON)")
    # Strict: `false` is no revision and `1` no deletion.
    deleted: bool = Field(default=False, strict=True)
    base_rev: int = Field(ge=0, le=MAX_NUMBER, strict=True,
                          description="the server revision of the record this edit was based on")
    at: dt.datetime = Field(description="when the edit was made on the device")
    te_groot: int = Field(default=0, ge=0, strict=True, description=(
        "when above 0: the change's size in bytes. It cannot go in any request (MAX_BODY_BYTES), so the device sent it "
        "without its fields; the server refuses it by itself (te_groot) and the device keeps it whole"))


class PushRequest(_Strict):
    """The body of POST /v1/push. Only the batch as a whole must be readable (JSON, a `changes` list, a readable
    `seq` in each, consecutive numbers); everything else is checked per change (see `Weigering`)."""
    changes: list[Change] = Field(min_length=1, max_length=MAX_BATCH)


class Conflict(_Strict):
    id: int
    entity: str
    record_id: str
    field: str
    mine: Any = Field(description="the value this device pushed")
    theirs: Any = Field(description="the value on the server, kept there")
    theirs_by: str = Field(description="the user whose change is on the server")
    rev: int = Field(description="the record's server revision that holds 'theirs'")


# Why a single change was refused while the rest of its batch was applied. A change is refused by itself when the
# device may not (or no longer) write it, or when the server cannot accept it; it must not block the device's outbox.
# Only a request that cannot be read as a whole (not JSON, no `changes` list, a `seq` that cannot be read, a sequence
# gap, a reused number) is refused whole with a 4xx and nothing applied. New codes may come: a client keeps a refusal
# with a code it does not know like any other.
NIET_MEER_ZICHTBAAR = "niet_meer_zichtbaar"   # the record, its inburgeraar or its group is not this device's (any more)
NIET_TOEGESTAAN = "niet_toegestaan"           # this role may never write this kind of record
ONGELDIGE_VELDNAAM = "ongeldige_veldnaam"     # a field name outside the grammar (FIELD_PATTERN, MAX_VELDNAAM)
ONGELDIGE_WAARDE = "ongeldige_waarde"         # a value the server cannot keep (MAX_DIEPTE, MAX_WAARDE_BYTES, ID_VELDEN…)
ONBEKENDE_SOORT = "onbekende_soort"           # an entity outside ENTITEITEN
ONGELDIGE_WIJZIGING = "ongeldige_wijziging"   # the change itself is incomplete or has parts the server does not know
TE_GROOT = "te_groot"                         # the change is larger than a request may be (see Change.te_groot)


class Weigering(_Strict):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", description=(
        "stable code for programs: niet_meer_zichtbaar, niet_toegestaan, ongeldige_veldnaam, ongeldige_waarde, "
        "onbekende_soort, ongeldige_wijziging, te_groot; a client accepts codes it does not know yet"))
    detail: str = Field(description="Dutch message for the user: what was refused, why, and what to do")


class ChangeResult(_Strict):
    seq: int
    status: Literal["toegepast", "conflict", "al_ontvangen", "geweigerd"]
    rev: int = Field(description="the record's server revision after this change (0 when the change was refused)")
    conflicts: list[Conflict] = Field(default_factory=list)
    # Set when status is "geweigerd": nothing of this change was applied; the device keeps it for the person to see.
    # A retry of the same (device, seq) gets the same refusal again.
    weigering: Weigering | None = None
    # True when the record on the server is exactly the device's own state at `rev` (nobody else changed it since
    # the change's base): the device may take `rev` as its base without pulling the record back.
    schoon: bool = False


class PushResponse(_Strict):
    results: list[ChangeResult]
    last_seq: int


class RemoteRecord(_Strict):
    entity: str
    id: str
    rev: int
    deleted: bool
    fields: dict[str, Any]
    by: str


class PullResponse(_Strict):
    records: list[RemoteRecord]
    cursor: int
    more: bool
    toegang: str | None = Field(default=None, description=(
        "where access stands for this device: changes whenever a write may have taken a record from it (a caseload "
        "moved, a placement or a group's docenten changed, a record moved to another person or group) and, for a "
        "docent, every day (a placement ends by date). When it differs from the value at the device's last "
        "POST /v1/vergeten, the device asks again. Sent to protocol 4 and later"))


class RecordSleutel(_Strict):
    entity: str = Field(max_length=40)
    id: str = Field(pattern=ID_PATTERN)


class Ophalen(_Strict):
    """The body of POST /v1/ophalen: records this device wants again as the server has them (after a refusal)."""
    records: list[RecordSleutel] = Field(min_length=1, max_length=MAX_PAGE)


class Opgehaald(_Strict):
    records: list[RemoteRecord] = Field(description="as a pull would send them")
    onbekend: list[RecordSleutel] = Field(description=(
        "records the server has not, or not for this device; the same answer for both, so no device can learn "
        "what exists in another caseload"))


class Gehouden(_Strict):
    """The body of POST /v1/vergeten: records this device holds, by kind and id only (never their content)."""
    records: list[RecordSleutel] = Field(min_length=1, max_length=MAX_PAGE)


class Vergeten(_Strict):
    vergeten: list[RecordSleutel] = Field(description=(
        "of the records sent, those the server would not give this device now (not, or no longer, its to see; or "
        "unknown: the same answer for both). The device removes them"))


class EnrollRequest(_Strict):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")
    start_seq: int = Field(default=0, ge=0, le=MAX_NUMBER,
                           description="the device's outbox number before its first change to push")
    token: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$", description=(
        "the token the device will use (random, 256 bits, hex): a retry of the same request after a lost answer "
        "then gets the same device instead of a used code. Without it the server makes one (protocol 1 and 2)"))


class EnrollResponse(_Strict):
    device_id: str
    token: str
    user: str
    role: str
    gemeente: str
    protocol: int = PROTOCOL_VERSION


class Resolve(_Strict):
    keuze: Literal["mijn", "hun", "bewerkt"]


class ProtocolInfo(_Strict):
    min: int
    max: int
    server_time: dt.datetime


class BijlageStatus(_Strict):
    sha256: str
    grootte: int
    ontvangen: list[int] = Field(description="the chunk numbers the server holds")
    compleet: bool


def bijlage_refs(value: Any) -> set[str]:
    """Every attachment reference ("sha256:<hex>") in a field value or a dict of fields, also inside lists."""
    if isinstance(value, str):
        return {value} if re.match(BIJLAGE_PATTERN, value) else set()
    if isinstance(value, dict):
        return set().union(*(bijlage_refs(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(bijlage_refs(v) for v in value)) if value else set()
    return set()


class Problem(BaseModel):
    """Every refusal: a Dutch message that says what is wrong and what to do, plus a stable code for programs."""
    detail: str
    code: str

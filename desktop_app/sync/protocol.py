"""The sync protocol, shared by the desktop client and the central server. Pure: pydantic models and constants only.

One round: the device pushes its outbox in batches (idempotent by device id + sequence number), then pulls by cursor
in pages. Records travel as plain dicts of JSON fields; the server merges them per field against the revision each
change was based on, and answers a clash on the same field with a `Conflict` instead of overwriting.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1          # the oldest client protocol the server still serves
PROTOCOL_HEADER = "X-Koers-Protocol"
CLOCK_HEADER = "X-Koers-Clock"    # the device's clock (ISO 8601, UTC) when it sent the request
MAX_BATCH = 500                   # changes per push
MAX_PAGE = 1000                   # records per pull page
MAX_BODY_BYTES = 4 * 1024 * 1024  # larger request bodies are refused with 413
MAX_CLOCK_SKEW = dt.timedelta(minutes=15)
MAX_NUMBER = 2**62                # sequence numbers and revisions fit a PostgreSQL bigint

ROLLEN = ("consultant", "docent", "beheerder")
# Entities a docent may receive and push (when their groep_id is one of the docent's groups).
OBSERVATIE_ENTITEITEN = frozenset({"observatiemoment", "eindscore", "trajectadvies"})
# Never on a docent's device: the intake, its special-category part (health, art. 9 AVG) and the PIP.
NOOIT_NAAR_DOCENT = frozenset({"intake", "intake_bijzonder", "pip"})
# What a docent gets of an inburgeraar: the name and date of birth, nothing else.
DOCENT_INBURGERAAR_VELDEN = ("voornamen", "achternaam", "naam_eigen_schrift", "geboortedatum")
VERWIJDERD = "(verwijderd)"       # the "field" of a conflict between a deletion and an edit

# Attachments travel beside the records, content-addressed: a field holds "sha256:<hex>" and the bytes go in chunks.
BIJLAGE_PATTERN = r"^sha256:[0-9a-f]{64}$"
CHUNK_SIZE = 512 * 1024
MAX_BIJLAGE = 50 * 1024 * 1024

ENTITY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$"
FIELD_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"


class _Strict(BaseModel):
    # Unknown fields are an error, not silently dropped: an old server must not lose what a newer client meant.
    model_config = ConfigDict(extra="forbid")


class Change(_Strict):
    seq: int = Field(ge=1, le=MAX_NUMBER, description="the device's sequence number for this change (its outbox number)")
    entity: str = Field(pattern=ENTITY_PATTERN)
    id: str = Field(pattern=ID_PATTERN)
    fields: dict[str, Any] = Field(default_factory=dict, description="the changed fields with their new values")
    deleted: bool = False
    base_rev: int = Field(ge=0, le=MAX_NUMBER, description="the server revision of the record this edit was based on")
    at: dt.datetime = Field(description="when the edit was made on the device")

    @field_validator("fields")
    @classmethod
    def _veldnamen(cls, fields: dict[str, Any]) -> dict[str, Any]:
        fout = [k for k in fields if not re.match(FIELD_PATTERN, k)]
        if fout:
            raise ValueError(f"ongeldige veldnaam {fout[0]!r}: alleen letters, cijfers en _ (hoogstens 64 tekens)")
        return fields


class PushRequest(_Strict):
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


# Why a single change was refused while the rest of its batch was applied. Only need-to-know refusals are per change
# (the device may no longer write this record: its caseload moved, the docent left the group, or the role may never
# write this kind); they must not block the device's outbox. A malformed batch (invalid JSON or values, a sequence gap,
# a reused number) is still refused whole with a 4xx and nothing applied.
NIET_MEER_ZICHTBAAR = "niet_meer_zichtbaar"   # the record, its inburgeraar or its group is not this device's (any more)
NIET_TOEGESTAAN = "niet_toegestaan"           # this role may never write this kind of record


class Weigering(_Strict):
    code: Literal["niet_meer_zichtbaar", "niet_toegestaan"]
    detail: str = Field(description="Dutch message for the user: what was refused and why")


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


class EnrollRequest(_Strict):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$")
    start_seq: int = Field(default=0, ge=0, le=MAX_NUMBER, description="the device's outbox number before its first change to push")


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

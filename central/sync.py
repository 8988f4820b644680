"""The server's side of sync: read a batch, judge each change, authorise, merge per field (three-way), hand out
revisions, and decide per device what it may receive (need-to-know). Every function runs inside one database
transaction; a `Refused` raised anywhere rolls the whole batch back, so a batch that cannot be read is applied not
at all.

A change the server cannot accept (a field name outside the protocol's grammar, a value it cannot keep, an unknown
kind of record) or that the device may not (or no longer) write is NOT a reason to refuse its batch: then one such
change would block the device's whole outbox for ever. It is answered by itself with status "geweigerd" and a
`Weigering` (stable code + Dutch message), nothing of it is applied, and the rest of the batch is applied as usual.
The refusal is remembered under (device, seq) like any result, so a retry gets the same answer."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
import re
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, bindparam, delete, false, insert, or_, select, tuple_, update
from sqlalchemy.engine import Connection

from koers_protocol.sync import (DOCENT_INBURGERAAR_VELDEN, ENTITEITEN, GEBRUIKER_VELDEN, GEBRUIKERSLIJST_VELDEN,
                                 ID_PATTERN, ID_VELDEN, MAX_BATCH, MAX_BODY_BYTES, MAX_DIEPTE, MAX_GEBRUIKERSNAAM,
                                 MAX_NUMBER, MAX_VELDNAAM, MAX_WAARDE_BYTES, NIET_MEER_ZICHTBAAR, NIET_TOEGESTAAN,
                                 OBSERVATIE_ENTITEITEN, ONBEKENDE_SOORT, ONGELDIGE_VELDNAAM, ONGELDIGE_WAARDE,
                                 ONGELDIGE_WIJZIGING, PLAATSING_EINDE, PROTOCOL_VERSION, TE_GROOT, TOEGANGSVELDEN,
                                 VERWIJDERD, VERWIJZINGEN, Change, ChangeResult, Conflict, Opgehaald, PullResponse,
                                 PushResponse, RecordSleutel, RemoteRecord, Rol, Soort, Vergeten, Weigering,
                                 bijlage_refs, is_veldnaam)

from . import db
from .db import now
from .schema import apparaat, bijlage, conflict, gemeente, groep_docent, ontvangen, record


class Refused(Exception):
    def __init__(self, status: int, code: str, detail: str):
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


class Geweigerd(Exception):
    """One change the device may not write: refused by itself, the rest of the batch goes on."""
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


@dataclasses.dataclass(frozen=True)
class Device:
    id: str
    user: str
    role: str
    gemeente_id: int
    gemeente: str


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def change_hash(change: Change) -> str:
    return hashlib.sha256(_json(change.model_dump(mode="json")).encode()).hexdigest()


def _ruwe_hash(raw: dict) -> str:
    """Of a change as sent, for one the server could not accept (it may hold text that is no valid UTF-8)."""
    return hashlib.sha256(_json(raw).encode("utf-8", "surrogatepass")).hexdigest()


# -- reading a batch and judging each change ------------------------------------------------------------------------
def lees_portie(body: bytes) -> list[dict]:
    """The changes of a push body, as sent. Only what makes the batch unreadable as a whole is refused here (nothing
    is applied): not JSON, no `changes` list, a change whose `seq` cannot be read, numbers that do not follow each
    other. Everything else is judged per change (`beoordeel`)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise _onleesbaar("de inhoud is geen geldige JSON") from None
    if not isinstance(data, dict):
        raise _onleesbaar("de inhoud moet een object met 'changes' zijn")
    onbekend = sorted(str(k) for k in data if k != "changes")
    if onbekend:
        raise _onleesbaar(f"onbekend veld {_noem(onbekend[0])}")
    changes = data.get("changes")
    if not isinstance(changes, list) or not changes:
        raise _onleesbaar("'changes' ontbreekt of is leeg (een lijst van wijzigingen)")
    if len(changes) > MAX_BATCH:
        raise _onleesbaar(f"'changes' is te lang (hoogstens {MAX_BATCH} wijzigingen per portie)")
    for i, change in enumerate(changes):
        seq = change.get("seq") if isinstance(change, dict) else None
        if type(seq) is not int or not 1 <= seq <= MAX_NUMBER:
            raise _onleesbaar(f"'changes.{i}.seq': het volgnummer ontbreekt of is geen geheel getal van 1 tot en met "
                              f"{MAX_NUMBER}")
    seqs = [c["seq"] for c in changes]
    if any(b != a + 1 for a, b in zip(seqs, seqs[1:])):
        raise Refused(422, "volgorde", f"De wijzigingen in een portie moeten opeenvolgende nummers hebben; "
                                       f"ontvangen: {_kort(seqs)}. Er is niets verwerkt.")
    return changes


_ID = re.compile(ID_PATTERN)
NIET_VERWERKT = "Deze wijziging is niet verwerkt; de rest wel."
AAN_BEHEERDER = "Kopieer haar en geef haar aan de beheerder"
GEEN_UNICODE = "bevat tekst die geen geldige Unicode is"


def beoordeel(raw: dict) -> Change | Weigering:
    """One change as sent: the Change to apply, or why the server cannot accept it (it is then refused by itself)."""
    wat = f"Wijziging {raw['seq']}"
    entity = raw.get("entity")
    if not isinstance(entity, str) or entity not in ENTITEITEN:
        return _weiger(ONBEKENDE_SOORT, f"{wat}: de server kent de soort gegevens {_noem(entity)} niet",
                       f"Is Koers op dit apparaat nieuwer dan de server? Vraag de beheerder dan de server bij te "
                       f"werken. {AAN_BEHEERDER} anders.")
    if isinstance(raw.get("id"), str) and _ID.fullmatch(raw["id"]):
        wat += f" ({entity} {raw['id']})"
    grootte = raw.get("te_groot")
    if type(grootte) is int and grootte > 0:
        return _weiger(TE_GROOT, f"{wat} is te groot om te versturen ({grootte / 2**20:.1f} MB; een portie mag "
                       f"hoogstens {MAX_BODY_BYTES // 2**20} MB zijn)", "Maak de lange tekst op dit apparaat korter, "
                       "of kopieer de wijziging en geef haar aan de beheerder.")
    fields = raw.get("fields")
    for naam in fields if isinstance(fields, dict) else ():
        if not is_veldnaam(naam):
            return _weiger(ONGELDIGE_VELDNAAM, f"{wat}: de veldnaam {_noem(naam)} is niet geldig (een veldnaam bestaat "
                           f"uit letters, cijfers en _, in delen gescheiden door een punt, zoals "
                           f"'warme_overdracht.locatie', hoogstens {MAX_VELDNAAM} tekens)",
                           f"{AAN_BEHEERDER}: het formulier of Koers zelf moet verbeterd worden.")
    try:
        change = Change.model_validate(raw)
    except ValidationError as fout:
        return _weiger(ONGELDIGE_WIJZIGING, f"{wat} is onvolledig of onleesbaar: {beschrijf(fout.errors())}",
                       f"{AAN_BEHEERDER}.")
    for naam, waarde in change.fields.items():
        reden = _waarde_fout(naam, waarde)
        if not reden and change.entity == Soort.PLAATSING and naam == PLAATSING_EINDE and not _datum_of_leeg(waarde):
            reden = "moet een datum zijn (JJJJ-MM-DD) of leeg"
        if reden:
            return _weiger(ONGELDIGE_WAARDE, f"{wat}: de waarde van '{naam}' {reden}",
                           "Vul de waarde op dit apparaat opnieuw in, of kopieer de wijziging en geef haar aan de "
                           "beheerder.")
    return change


def _weiger(code: str, oorzaak: str, advies: str) -> Weigering:
    """What was refused and why, that the rest went on, and what to do."""
    return Weigering(code=code, detail=f"{oorzaak}. {NIET_VERWERKT} {advies}")


def _waarde_fout(naam: str, waarde: Any) -> str | None:
    """Why the server cannot keep this value (and hand it back unchanged), or None."""
    if naam in ID_VELDEN and waarde not in (None, "") and not (isinstance(waarde, str) and _ID.fullmatch(waarde)):
        return "moet de id van een record zijn (letters, cijfers en _.:-, hoogstens 80 tekens) of leeg"
    if naam in GEBRUIKER_VELDEN and waarde is not None and not _gebruikersnaam(waarde):
        return f"moet een naam zijn: tekst van hoogstens {MAX_GEBRUIKERSNAAM} tekens op één regel, of leeg"
    if naam in GEBRUIKERSLIJST_VELDEN and waarde is not None and not (
            isinstance(waarde, list) and all(_gebruikersnaam(w) for w in waarde)):
        return f"moet een lijst van namen zijn (elk hoogstens {MAX_GEBRUIKERSNAAM} tekens op één regel)"
    # As JSON a character takes at most six bytes (an escape): the exact size is measured only when that could pass
    # the bound. Most answers are a short text.
    if isinstance(waarde, str) and len(waarde) * 6 <= MAX_WAARDE_BYTES:
        return None if _unicode(waarde) else GEEN_UNICODE
    grootte, stapel = 0, [(waarde, 1)]
    while stapel:  # not recursive: a hostile value must not exhaust the stack
        w, diepte = stapel.pop()
        if isinstance(w, str):
            if not _unicode(w):
                return GEEN_UNICODE
            grootte += len(w) + 2
        elif isinstance(w, (dict, list)):
            if diepte > MAX_DIEPTE:
                return f"is te diep genest (meer dan {MAX_DIEPTE} lagen lijsten en objecten)"
            if isinstance(w, dict):
                stapel.extend((k, diepte) for k in w)
                w = w.values()
            stapel.extend((v, diepte + 1) for v in w)
        elif isinstance(w, float) and not math.isfinite(w):
            return "is geen getal (NaN of oneindig)"
        else:
            grootte += len(str(w))
    if grootte * 6 > MAX_WAARDE_BYTES:
        grootte = len(json.dumps(waarde, ensure_ascii=False).encode())
        if grootte > MAX_WAARDE_BYTES:
            return f"is te groot ({grootte // 1024} kB; hoogstens {MAX_WAARDE_BYTES // 1024} kB)"
    return None


def _datum_of_leeg(waarde: Any) -> bool:
    if waarde in (None, ""):
        return True
    try:
        return isinstance(waarde, str) and dt.date.fromisoformat(waarde).isoformat() == waarde
    except ValueError:
        return False


def _unicode(tekst: str) -> bool:
    try:
        tekst.encode()
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in JSON): no database can keep it
        return False
    return True


def _gebruikersnaam(waarde: Any) -> bool:
    return (isinstance(waarde, str) and len(waarde) <= MAX_GEBRUIKERSNAAM and _unicode(waarde)
            and not any(ord(c) < 32 or c == "\x7f" for c in waarde))


_SOORTEN = {"string_type": "moet tekst zijn", "string_pattern_mismatch": "heeft niet de juiste vorm",
            "string_unicode": "bevat tekst die geen geldige Unicode is",
            "int_type": "moet een geheel getal zijn", "int_parsing": "moet een geheel getal zijn",
            "int_from_float": "moet een geheel getal zijn", "bool_type": "moet true of false zijn",
            "bool_parsing": "moet true of false zijn", "dict_type": "moet een object zijn",
            "model_type": "moet een object zijn", "model_attributes_type": "moet een object zijn",
            "list_type": "moet een lijst zijn", "literal_error": "heeft geen van de toegestane waarden",
            "enum": "heeft geen van de toegestane waarden"}


def beschrijf(fouten: list[dict]) -> str:
    """pydantic's errors in Dutch, the first five."""
    delen = []
    for fout in fouten[:5]:
        plek = ".".join(str(p) for p in fout.get("loc", ()) if p != "body") or "verzoek"
        soort, ctx = fout.get("type", ""), fout.get("ctx", {})
        if soort == "extra_forbidden":
            delen.append(f"onbekend veld '{plek}'")
        elif soort == "missing":
            delen.append(f"'{plek}' ontbreekt")
        elif soort == "json_invalid":
            delen.append("de inhoud is geen geldige JSON")
        elif soort in ("too_long", "string_too_long"):
            delen.append(f"'{plek}' is te lang (hoogstens {ctx.get('max_length')})")
        elif soort in ("too_short", "string_too_short"):
            delen.append(f"'{plek}' is te kort (minstens {ctx.get('min_length')})")
        elif soort in ("greater_than_equal", "less_than_equal"):
            grens = ctx.get("ge", ctx.get("le"))
            delen.append(f"'{plek}' moet {'minstens' if soort == 'greater_than_equal' else 'hoogstens'} {grens} zijn")
        elif soort.startswith(("datetime", "timezone")):
            delen.append(f"'{plek}' moet een tijd zijn (ISO 8601)")
        elif soort in _SOORTEN:
            delen.append(f"'{plek}' {_SOORTEN[soort]}")
        else:
            delen.append(f"'{plek}' is ongeldig")
    return "; ".join(delen)


def _onleesbaar(tekst: str) -> Refused:
    return Refused(422, "ongeldig_verzoek", f"Ongeldig verzoek: {tekst}. Er is niets verwerkt.")


def _noem(waarde: Any) -> str:
    """A value from the request, safe and short inside a message."""
    tekst = repr(waarde)
    return tekst if len(tekst) <= 60 else tekst[:57] + "…"


def _kort(seqs: list[int]) -> str:
    return ", ".join(map(str, seqs[:5])) + (" …" if len(seqs) > 5 else "")


# -- push ---------------------------------------------------------------------------------------------------------
def push(conn: Connection, device: Device, aangeboden: list[dict], protocol: int = PROTOCOL_VERSION) -> PushResponse:
    """Apply a batch read by `lees_portie`. `protocol` is the client's: a protocol-1 client cannot keep a refusal with
    a code it does not know, so for it a batch with a change the server cannot accept is refused whole, as before."""
    beoordeeld = [(raw, beoordeel(raw)) for raw in aangeboden]
    if protocol < 2:
        for raw, beoordeling in beoordeeld:
            if isinstance(beoordeling, Weigering):
                oorzaak = beoordeling.detail.partition(f". {NIET_VERWERKT}")[0]
                raise Refused(422, "ongeldig_verzoek",
                              f"Ongeldig verzoek: {oorzaak}. Er is niets verwerkt. Werk Koers op dit apparaat bij: "
                              f"dan wordt zo'n wijziging apart bewaard, met de reden, en gaat de rest gewoon mee.")
    # Locking the device row serialises two pushes of the same device (a retry racing the original).
    last_seq = conn.execute(select(apparaat.c.last_seq).where(apparaat.c.id == device.id)
                            .with_for_update()).scalar()
    results: list[ChangeResult] = []
    oud = [(raw, b) for raw, b in beoordeeld if raw["seq"] <= last_seq]
    nieuw = [(raw, b) for raw, b in beoordeeld if raw["seq"] > last_seq]
    if oud:
        stored = {r.seq: r for r in conn.execute(select(ontvangen.c.seq, ontvangen.c.hash, ontvangen.c.resultaat).where(
            ontvangen.c.apparaat_id == device.id, ontvangen.c.seq.in_([raw["seq"] for raw, _ in oud])))}
        for raw, beoordeling in oud:
            row = stored.get(raw["seq"])
            # A change is known by the hash of what was applied, or of what was sent when it could not be accepted.
            if row is None or row.hash not in {_ruwe_hash(raw), _hash(raw, beoordeling)}:
                raise Refused(409, "volgnummer_hergebruikt",
                              f"Wijziging {raw['seq']} van dit apparaat is al ontvangen, maar met een andere inhoud. "
                              f"Er is niets verwerkt. Dit wijst op een beschadigde wachtrij: neem contact op met de "
                              f"beheerder.")
            eerder = json.loads(row.resultaat)
            if eerder["status"] != "geweigerd":  # a refusal stays a refusal, so a device that missed it still hears
                eerder["status"] = "al_ontvangen"
            results.append(ChangeResult.model_validate(eerder))
    if nieuw and nieuw[0][0]["seq"] != last_seq + 1:
        raise Refused(409, "volgnummer_gat",
                      f"Wijziging {last_seq + 1} van dit apparaat ontbreekt (ontvangen t/m {last_seq}, nu aangeboden "
                      f"vanaf {nieuw[0][0]['seq']}). Er is niets verwerkt; synchroniseer opnieuw, dan stuurt Koers de "
                      f"wijzigingen op volgorde.")
    if nieuw:
        batch = _Batch(conn, device, [b for _, b in nieuw if isinstance(b, Change)])
        ontvangst = []
        for raw, beoordeling in nieuw:
            if isinstance(beoordeling, Change):
                result = batch.apply(beoordeling)
            else:
                result = ChangeResult(seq=raw["seq"], status="geweigerd", rev=0, weigering=beoordeling)
            results.append(result)
            ontvangst.append({"apparaat_id": device.id, "seq": raw["seq"], "hash": _hash(raw, beoordeling),
                              "resultaat": result.model_dump_json(), "at": now()})
        batch.flush()
        conn.execute(insert(ontvangen), ontvangst)
        last_seq = nieuw[-1][0]["seq"]
        conn.execute(update(apparaat).where(apparaat.c.id == device.id).values(last_seq=last_seq))
    return PushResponse(results=results, last_seq=last_seq)


def _hash(raw: dict, beoordeling: Change | Weigering) -> str:
    return change_hash(beoordeling) if isinstance(beoordeling, Change) else _ruwe_hash(raw)



Key = tuple[str, str]
_COLUMNS = ("data", "field_revs", "deleted", "rev", "by", "created_by", "inburgeraar_id", "groep_id", "klantmanager",
            "einde", "updated_at")


class _Batch:
    """A batch of changes applied in memory against the records it touches (read in one query), then written in
    bulk. Each change sees the effect of the changes before it in the batch."""

    def __init__(self, conn: Connection, device: Device, changes: list[Change]):
        self.conn, self.device = conn, device
        self.g = device.gemeente_id
        # The tenant's revision counter, locked from here until commit (see schema.gemeente).
        self.rev = conn.execute(select(gemeente.c.rev).where(gemeente.c.id == self.g).with_for_update()).scalar()
        self.start_rev = self.rev
        self.rows: dict[Key, dict | None] = {}
        self.new: set[Key] = set()
        self.dirty: set[Key] = set()
        self.touches: list = []
        self.toegang = False   # a write here may take a record from a device (see _after_write)
        keys = {(c.entity, c.id) for c in changes}
        keys |= {(soort, c.fields[veld]) for c in changes for veld, soort in VERWIJZINGEN.items()
                 if isinstance(c.fields.get(veld), str) and c.fields[veld]}
        self._load(keys)
        self._load({(Soort.INBURGERAAR, r["inburgeraar_id"]) for r in list(self.rows.values())
                    if r and r["inburgeraar_id"]})
        self.groepen: set[str] = set()
        self.geplaatst: set[tuple[str, str]] = set()
        if device.role == Rol.DOCENT:
            self.groepen = set(conn.execute(_my_groups(device)).scalars())
            self.geplaatst = {tuple(r) for r in conn.execute(_lopende_plaatsingen(device))}
        self._caseloadgroepen: set[str] | None = None

    def _load(self, keys: set[Key]) -> None:
        per_entity: dict[str, list[str]] = {}
        for entity, record_id in keys:
            if (entity, record_id) not in self.rows:
                per_entity.setdefault(entity, []).append(record_id)
        for entity, ids in per_entity.items():  # by entity: the primary key (gemeente, entity, id) does the lookup
            for r in self.conn.execute(select(record).where(record.c.gemeente_id == self.g, record.c.entity == entity,
                                                            record.c.id.in_(ids))).mappings():
                self.rows[(r["entity"], r["id"])] = {**r, "data": json.loads(r["data"]),
                                                     "field_revs": json.loads(r["field_revs"])}
            for record_id in ids:
                self.rows.setdefault((entity, record_id), None)

    def next_rev(self) -> int:
        self.rev += 1
        return self.rev

    def apply(self, change: Change) -> ChangeResult:
        row = self.rows.get((change.entity, change.id))
        try:
            self._authorise(change, row)  # before anything is changed: a refused change leaves no trace
            return self._maak(change) if row is None else self._voeg_samen(change, row)
        except Geweigerd as weigering:
            return ChangeResult(seq=change.seq, status="geweigerd", rev=0,
                                weigering=Weigering(code=weigering.code, detail=weigering.detail))

    def _maak(self, change: Change) -> ChangeResult:
        """A record the server does not have yet."""
        if change.deleted:  # the deletion of a record that never arrived (its creation was refused): nothing to keep
            return ChangeResult(seq=change.seq, status="toegepast", rev=0)
        data = dict(change.fields)
        aangevuld = self._vul_aan(change.entity, data)
        rev = self.next_rev()
        device = self.device
        self.rows[(change.entity, change.id)] = {
            "data": data, "field_revs": {f: [rev, device.id] for f in data}, "deleted": False, "rev": rev,
            "by": device.user, "created_by": device.user, "updated_at": now(),
            **_need_to_know(change.entity, change.id, data)}
        self.new.add((change.entity, change.id))
        self._after_write(change.entity, change.id, {}, data)
        return ChangeResult(seq=change.seq, status="toegepast", rev=rev, schoon=not aangevuld)

    def _voeg_samen(self, change: Change, row: dict) -> ChangeResult:
        """Merge per field against the revision the change was based on; the same field changed elsewhere since is a
        conflict (both values kept), never overwritten."""
        key = (change.entity, change.id)
        device = self.device
        data, field_revs = row["data"], row["field_revs"]

        def elders_gewijzigd(field: str) -> bool:
            rev_device = field_revs.get(field)
            return bool(rev_device) and rev_device[0] > change.base_rev and rev_device[1] != device.id

        botsingen: list[tuple[str, Any, Any]] = []
        toepassen: dict[str, Any] = {}
        deleted, herleefd = row["deleted"], False
        if change.deleted:
            if not row["deleted"]:
                if any(elders_gewijzigd(f) for f in data):
                    botsingen.append((VERWIJDERD, True, False))  # someone else edited what this device deletes
                else:
                    deleted = True
        elif row["deleted"]:
            if elders_gewijzigd(VERWIJDERD):
                botsingen.append((VERWIJDERD, dict(change.fields), True))  # this device edited what was deleted
            else:
                deleted, herleefd, toepassen = False, True, dict(change.fields)  # back, with what the change holds
        else:
            for field, value in change.fields.items():
                if elders_gewijzigd(field) and data.get(field) != value:
                    botsingen.append((field, value, data.get(field)))
                else:
                    toepassen[field] = value
        aangevuld = herleefd and self._vul_aan(change.entity, toepassen)
        nieuw = toepassen if herleefd else {**data, **toepassen}
        if not deleted and (toepassen or herleefd):
            self._volledig(change, nieuw, nieuw=herleefd)

        theirs_by = row["by"]
        if botsingen and not toepassen and deleted == row["deleted"]:
            # Nothing applied: still give the record a new revision, so the pushing device pulls the server's values
            # (its cursor may already be past the record's old revision) and both sides show the same until resolved.
            row["rev"] = self.next_rev()
            self.dirty.add(key)
        elif toepassen or deleted != row["deleted"]:
            rev = self.next_rev()
            oud = dict(data)
            for field in toepassen:
                field_revs[field] = [rev, device.id]
            if deleted != row["deleted"]:
                field_revs[VERWIJDERD] = [rev, device.id]
            row.update(data=nieuw, deleted=deleted, rev=rev, by=device.user, updated_at=now(),
                       **_need_to_know(change.entity, change.id, nieuw))
            self.dirty.add(key)
            self._after_write(change.entity, change.id, oud, nieuw)
        conflicts = []
        for field, mine, theirs in botsingen:
            cid = self.conn.execute(insert(conflict).values(
                gemeente_id=self.g, apparaat_id=device.id, entity=change.entity, record_id=change.id, field=field,
                mine=_json(mine), theirs=_json(theirs), theirs_by=theirs_by, rev=row["rev"])
                .returning(conflict.c.id)).scalar()
            conflicts.append(Conflict(id=cid, entity=change.entity, record_id=change.id, field=field, mine=mine,
                                      theirs=theirs, theirs_by=theirs_by, rev=row["rev"]))
        # Based on revision 0 the device did not know the server's record: its copy may hold less than the server's.
        schoon = (change.base_rev > 0 and not conflicts and not aangevuld
                  and all(rd[1] == device.id for rd in field_revs.values() if rd[0] > change.base_rev))
        return ChangeResult(seq=change.seq, status="conflict" if conflicts else "toegepast", rev=row["rev"],
                            conflicts=conflicts, schoon=schoon)

    def _vul_aan(self, entity: str, velden: dict) -> bool:
        """A new inburgeraar without a klantmanager joins the caseload of the consultant who makes it. Returns
        whether the server added to what the device sent (the device then pulls the record back)."""
        if entity == Soort.INBURGERAAR and self.device.role == Rol.CONSULTANT and not velden.get("klantmanager"):
            velden["klantmanager"] = self.device.user
            return True
        return False

    def _volledig(self, change: Change, data: dict, nieuw: bool) -> None:
        """The server keeps no record that nobody's access follows from."""
        ontbreekt = [f for f in TOEGANGSVELDEN[change.entity] if not (isinstance(data.get(f), str) and data[f])]
        if not ontbreekt:
            return
        wat = f"Wijziging {change.seq} ({change.entity} {change.id})"
        velden = " en ".join(ontbreekt)
        if nieuw:
            oorzaak = (f"{wat}: de server heeft dit record niet, en de wijziging zegt niet bij wie het hoort ({velden} "
                       f"ontbreekt)")
            advies = "Meestal is het aanmaken van dit record eerder niet geaccepteerd: kijk bij die wijziging."
        else:
            oorzaak = f"{wat}: {velden} mag niet leeg worden, want dan hoort het record bij niemand"
            advies = "Vul het op dit apparaat opnieuw in."
        raise Geweigerd(ONGELDIGE_WIJZIGING, f"{oorzaak}. {NIET_VERWERKT} {advies}")

    def _after_write(self, entity: str, record_id: str, oud: dict, nieuw: dict) -> None:
        """When a write changes who may see what, the records concerned get a new revision (at flush), so that
        devices which are now entitled to them receive them on their next pull (a pull only sends what changed after
        its cursor). When it may take records from a device (a placement written, a caseload or a group's docenten
        changed, a record moved to another person or group), where access stands moves on: every device then asks
        which of its records it may still have (`vergeten`)."""
        g, r = self.g, record.c
        if oud and (entity == Soort.PLAATSING or any(oud.get(veld) != nieuw.get(veld)
                                                     for veld in (*GEBRUIKER_VELDEN, *GEBRUIKERSLIJST_VELDEN,
                                                                  *ID_VELDEN))):
            self.toegang = True
        if entity == Soort.INBURGERAAR and oud and oud.get("klantmanager") != nieuw.get("klantmanager"):
            # the new klantmanager: everything of the person, and the lesson days of the person's groups
            p = record.alias().c
            groepen = select(p.groep_id).where(p.gemeente_id == g, p.entity == Soort.PLAATSING,
                                               p.inburgeraar_id == record_id)
            self.touches.append(and_(r.gemeente_id == g, or_(
                and_(r.inburgeraar_id == record_id, r.entity != Soort.INBURGERAAR),
                and_(r.entity == Soort.OBSERVATIEMOMENT, r.inburgeraar_id.is_(None), r.groep_id.in_(groepen)))))
        elif entity == Soort.PLAATSING:
            ib, groep = nieuw.get("inburgeraar_id"), nieuw.get("groep_id")
            if isinstance(ib, str) and isinstance(groep, str):
                # the group's docenten: the cursist's name and records in the group; the klantmanager: its lesson days
                self.touches.append(and_(r.gemeente_id == g, or_(
                    and_(r.entity == Soort.INBURGERAAR, r.id == ib),
                    and_(r.inburgeraar_id == ib, r.groep_id == groep, r.entity != Soort.PLAATSING),
                    and_(r.entity == Soort.OBSERVATIEMOMENT, r.inburgeraar_id.is_(None), r.groep_id == groep))))
        elif entity == Soort.STARTKLASGROEP and oud.get("docenten") != nieuw.get("docenten"):
            self.conn.execute(delete(groep_docent).where(groep_docent.c.gemeente_id == g,
                                                         groep_docent.c.groep_id == record_id))
            docenten = nieuw.get("docenten") if isinstance(nieuw.get("docenten"), list) else []
            docenten = sorted({d for d in docenten if isinstance(d, str) and d})
            if docenten:
                self.conn.execute(insert(groep_docent), [{"gemeente_id": g, "groep_id": record_id, "docent": d}
                                                         for d in docenten])
            p = record.alias().c
            geplaatst = select(p.inburgeraar_id).where(p.gemeente_id == g, p.entity == Soort.PLAATSING,
                                                       p.groep_id == record_id)
            self.touches.append(and_(r.gemeente_id == g, or_(
                and_(r.groep_id == record_id, r.entity != Soort.STARTKLASGROEP),
                and_(r.entity == Soort.INBURGERAAR, r.id.in_(geplaatst)))))

    def flush(self) -> None:
        verwezen: set[str] = set()   # attachments the written records refer to

        def values(key: Key) -> dict:
            row = self.rows[key]
            data = _json(row["data"])
            if "sha256:" in data:
                verwezen.update(bijlage_refs(row["data"]))
            return {**{c: row[c] for c in _COLUMNS}, "data": data, "field_revs": _json(row["field_revs"])}
        if self.new:
            self.conn.execute(insert(record), [{"gemeente_id": self.g, "entity": k[0], "id": k[1], **values(k)}
                                               for k in sorted(self.new, key=lambda k: self.rows[k]["rev"])])
        bestaand = self.dirty - self.new
        if bestaand:
            self.conn.execute(update(record).where(record.c.gemeente_id == self.g,
                                                   record.c.entity == bindparam("k_entity"),
                                                   record.c.id == bindparam("k_id")),
                              [{"k_entity": k[0], "k_id": k[1], **values(k)} for k in bestaand])
        for where in self.touches:
            keys = self.conn.execute(select(record.c.entity, record.c.id).where(where).order_by(record.c.rev)).all()
            for entity, record_id in keys:
                self.conn.execute(update(record).where(record.c.gemeente_id == self.g, record.c.entity == entity,
                                                       record.c.id == record_id).values(rev=self.next_rev()))
        if self.rev != self.start_rev:
            self.conn.execute(update(gemeente).where(gemeente.c.id == self.g).values(
                rev=self.rev, **({"toegang_rev": self.rev} if self.toegang else {})))
        if verwezen:  # referred to by a record now: no longer counted against the uploader's room, never cleaned
            self.conn.execute(update(bijlage).where(bijlage.c.gemeente_id == self.g, bijlage.c.verwezen == false(),
                                                    bijlage.c.sha256.in_(sorted(r[7:] for r in verwezen)))
                              .values(verwezen=True))

    # -- authorisation --------------------------------------------------------------------------------------------
    def _authorise(self, change: Change, row: dict | None) -> None:
        """May this device write this record, as it is (if it exists) and as it will be? Access follows the person's
        caseload and, for a docent, the cursist's running placement in one of their groups; never who created it."""
        device = self.device
        if device.role == Rol.DOCENT and change.entity not in OBSERVATIE_ENTITEITEN:
            raise Geweigerd(NIET_TOEGESTAAN,
                            f"Een docent mag alleen observaties, eindscores en trajectadviezen van de eigen "
                            f"groepen versturen, geen '{change.entity}' (wijziging {change.seq}). Deze wijziging "
                            f"is niet verwerkt.")
        for veld, soort in VERWIJZINGEN.items():   # what the change points at must exist
            waarde = change.fields.get(veld)
            if change.entity != soort and isinstance(waarde, str) and waarde and not self._bestaat(soort, waarde):
                raise self._niet_zichtbaar(change, {"inburgeraar_id": waarde} if veld == "inburgeraar_id"
                                           else {"groep_id": waarde})
        if row is None and not change.deleted:
            self._volledig(change, change.fields, nieuw=True)
        if device.role == Rol.BEHEERDER:
            return
        if row is not None and not self._mag(change.entity, row):
            raise self._niet_zichtbaar(change, row)
        if change.deleted or (row is not None and change.entity == Soort.INBURGERAAR):
            return   # a klantmanager may hand their own inburgeraar over to a colleague
        basis = row["data"] if row is not None and not row["deleted"] else {}
        straks = _need_to_know(change.entity, change.id, {**basis, **change.fields})
        if change.entity == Soort.INBURGERAAR and not straks["klantmanager"]:
            return   # a new inburgeraar without a klantmanager joins the maker's caseload (_vul_aan)
        if change.entity != Soort.INBURGERAAR and not self._mag(change.entity, straks):
            raise self._niet_zichtbaar(change, straks)

    def _bestaat(self, soort: str, record_id: str) -> bool:
        rij = self.rows.get((soort, record_id))
        return rij is not None and not rij["deleted"]

    def _mag(self, entity: str, staat: dict) -> bool:
        """Is a record with these need-to-know columns this device's to write?"""
        device = self.device
        ib, groep = staat["inburgeraar_id"], staat["groep_id"]
        if device.role == Rol.DOCENT:
            return (ib, groep) in self.geplaatst if ib else groep in self.groepen
        if entity == Soort.INBURGERAAR:
            return staat["klantmanager"] == device.user
        if entity == Soort.STARTKLASGROEP:
            return True   # the groups are the municipality's: every consultant places cursisten in them
        if entity == Soort.OBSERVATIEMOMENT and not ib:
            return groep in self._caseload_groepen()
        persoon = self.rows.get((Soort.INBURGERAAR, ib)) if ib else None
        return persoon is not None and persoon["klantmanager"] == device.user

    def _caseload_groepen(self) -> set[str]:
        """The groups where someone of this consultant's caseload is placed (also by this batch)."""
        if self._caseloadgroepen is None:
            self._caseloadgroepen = set(self.conn.execute(_groepen_van_caseload(self.device)).scalars())
        eigen = {r["groep_id"] for (e, _), r in self.rows.items()
                 if e == Soort.PLAATSING and r and not r["deleted"] and self._mag(Soort.PLAATSING, r)}
        return self._caseloadgroepen | eigen

    def _niet_zichtbaar(self, change: Change, staat: dict) -> Geweigerd:
        device = self.device
        ib, groep = staat.get("inburgeraar_id"), staat.get("groep_id")
        if device.role == Rol.DOCENT and ib and groep in self.groepen:
            tekst = (f"Wijziging {change.seq} ({change.entity}): cursist {ib} is niet (meer) geplaatst in groep "
                     f"{groep}, of de plaatsing is afgelopen")
        elif device.role == Rol.DOCENT:
            tekst = (f"Wijziging {change.seq} ({change.entity}) hoort bij groep {groep or '(geen groep)'}, niet "
                     f"(meer) bij een groep van {device.user}")
        elif change.entity == Soort.INBURGERAAR or not ib:
            tekst = (f"'{change.entity}' {change.id} hoort niet (meer) bij de caseload van {device.user} (wijziging "
                     f"{change.seq})")
        else:
            tekst = (f"Inburgeraar {ib} hoort niet (meer) bij de caseload van {device.user}, of bestaat niet "
                     f"(wijziging {change.seq})")
        return Geweigerd(NIET_MEER_ZICHTBAAR, f"{tekst}. Deze wijziging is niet verwerkt.")


def _need_to_know(entity: str, record_id: str, data: dict) -> dict:
    def tekst(value):
        return value if isinstance(value, str) and value else None
    return {"inburgeraar_id": record_id if entity == Soort.INBURGERAAR else tekst(data.get("inburgeraar_id")),
            "groep_id": record_id if entity == Soort.STARTKLASGROEP else tekst(data.get("groep_id")),
            "klantmanager": tekst(data.get("klantmanager")) if entity == Soort.INBURGERAAR else None,
            "einde": tekst(data.get(PLAATSING_EINDE)) if entity == Soort.PLAATSING else None}


def _my_groups(device: Device):
    return select(groep_docent.c.groep_id).where(groep_docent.c.gemeente_id == device.gemeente_id,
                                                 groep_docent.c.docent == device.user)


def _lopende_plaatsingen(device: Device):
    """(inburgeraar_id, groep_id) of every placement in the docent's groups that has not ended."""
    p = record.alias().c
    return select(p.inburgeraar_id, p.groep_id).where(
        p.gemeente_id == device.gemeente_id, p.entity == Soort.PLAATSING, p.deleted == false(),
        p.groep_id.in_(_my_groups(device)), or_(p.einde.is_(None), p.einde >= db.vandaag().isoformat()))


def _caseload(device: Device):
    i = record.alias().c
    return select(i.id).where(i.gemeente_id == device.gemeente_id, i.entity == Soort.INBURGERAAR,
                              i.klantmanager == device.user)


def _groepen_van_caseload(device: Device):
    p = record.alias().c
    return select(p.groep_id).where(p.gemeente_id == device.gemeente_id, p.entity == Soort.PLAATSING,
                                    p.deleted == false(), p.inburgeraar_id.in_(_caseload(device)))


# -- pull ---------------------------------------------------------------------------------------------------------
def visible(device: Device):
    """The SQL condition for the records this device may receive: a consultant, their caseload (and the groups, and
    the lesson days of groups their people are placed in); a docent, their groups, the placements in them, and of
    each cursist whose placement runs the name and the records in that group."""
    r = record.c
    tenant = r.gemeente_id == device.gemeente_id
    if device.role == Rol.BEHEERDER:
        return tenant
    if device.role == Rol.CONSULTANT:
        return and_(tenant, or_(r.inburgeraar_id.in_(_caseload(device)), r.entity == Soort.STARTKLASGROEP,
                                and_(r.entity == Soort.OBSERVATIEMOMENT, r.inburgeraar_id.is_(None),
                                     r.groep_id.in_(_groepen_van_caseload(device)))))
    groepen, geplaatst = _my_groups(device), _lopende_plaatsingen(device)
    observatie = r.entity.in_(sorted(OBSERVATIE_ENTITEITEN))
    return and_(tenant, or_(and_(r.entity == Soort.STARTKLASGROEP, r.id.in_(groepen)),
                            and_(r.entity == Soort.PLAATSING, r.groep_id.in_(groepen)),
                            and_(r.entity == Soort.INBURGERAAR,
                                 r.id.in_(geplaatst.with_only_columns(geplaatst.selected_columns[0]))),
                            and_(observatie, r.inburgeraar_id.is_(None), r.groep_id.in_(groepen)),
                            and_(observatie, tuple_(r.inburgeraar_id, r.groep_id).in_(geplaatst))))


def fields_for(device: Device, entity: str, data: dict) -> dict:
    """What of a visible record this device may have: a docent gets only the name fields of an inburgeraar."""
    if device.role == Rol.DOCENT and entity == Soort.INBURGERAAR:
        return {k: v for k, v in data.items() if k in DOCENT_INBURGERAAR_VELDEN}
    return data


def _remote(device: Device, row) -> RemoteRecord:
    fields = {} if row.deleted else fields_for(device, row.entity, json.loads(row.data))
    return RemoteRecord(entity=row.entity, id=row.id, rev=row.rev, deleted=row.deleted, fields=fields, by=row.by)


_GEZIEN = (record.c.entity, record.c.id, record.c.rev, record.c.deleted, record.c.data, record.c.by)


def pull(conn: Connection, device: Device, cursor: int, limit: int) -> PullResponse:
    rows = conn.execute(select(*_GEZIEN).where(visible(device), record.c.rev > cursor)
                        .order_by(record.c.rev).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return PullResponse(records=[_remote(device, row) for row in rows], cursor=rows[-1].rev if rows else cursor,
                        more=more, toegang=toegang(conn, device))


def toegang(conn: Connection, device: Device) -> str:
    """Where access stands for this device: the revision of the last write that may have taken a record from a
    device in its gemeente, and for a docent also the day (a placement ends by date, without a write). A beheerder
    sees the whole gemeente: nothing is ever taken from that device, so it never needs to ask."""
    if device.role == Rol.BEHEERDER:
        return "gemeente"
    rev = conn.execute(select(gemeente.c.toegang_rev).where(gemeente.c.id == device.gemeente_id)).scalar()
    return f"{rev}:{db.vandaag().isoformat()}" if device.role == Rol.DOCENT else str(rev)


def ophalen(conn: Connection, device: Device, sleutels: list[RecordSleutel]) -> Opgehaald:
    """Records again as this device may have them (after a refusal). What the server has not, or not for this
    device, is `onbekend`: the same answer for both."""
    gevraagd = sorted({(s.entity, s.id) for s in sleutels})
    rows = conn.execute(select(*_GEZIEN).where(visible(device), _een_van(gevraagd))).all()
    gevonden = {(row.entity, row.id) for row in rows}
    return Opgehaald(records=[_remote(device, row) for row in rows],
                     onbekend=[RecordSleutel(entity=e, id=i) for e, i in gevraagd if (e, i) not in gevonden])


def vergeten(conn: Connection, device: Device, sleutels: list[RecordSleutel]) -> Vergeten:
    """Of the records a device holds (kind and id only), those the server would not give it now: not, or no longer,
    its to see, or unknown (the same answer for both, so no device learns what exists beyond its own)."""
    gevraagd = sorted({(s.entity, s.id) for s in sleutels})
    gevonden = set(conn.execute(select(record.c.entity, record.c.id).where(visible(device), _een_van(gevraagd))).all())
    return Vergeten(vergeten=[RecordSleutel(entity=e, id=i) for e, i in gevraagd if (e, i) not in gevonden])


def _een_van(sleutels: list[Key]):
    """The records with these (entity, id), per kind: each kind's ids are looked up in the primary key."""
    per_soort: dict[str, list[str]] = {}
    for entity, record_id in sleutels:
        per_soort.setdefault(entity, []).append(record_id)
    return or_(*(and_(record.c.entity == entity, record.c.id.in_(ids)) for entity, ids in per_soort.items()))

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
import hashlib
import json
import math
import re
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, bindparam, delete, false, insert, or_, select, update
from sqlalchemy.engine import Connection

from koers_protocol.sync import (DOCENT_INBURGERAAR_VELDEN, ENTITEITEN, GEBRUIKER_VELDEN,
                                       GEBRUIKERSLIJST_VELDEN, ID_PATTERN, ID_VELDEN, MAX_BATCH, MAX_BODY_BYTES,
                                       MAX_DIEPTE, MAX_GEBRUIKERSNAAM, MAX_NUMBER, MAX_VELDNAAM, MAX_WAARDE_BYTES,
                                       NIET_MEER_ZICHTBAAR, NIET_TOEGESTAAN, OBSERVATIE_ENTITEITEN, ONBEKENDE_SOORT,
                                       ONGELDIGE_VELDNAAM, ONGELDIGE_WAARDE, ONGELDIGE_WIJZIGING, PROTOCOL_VERSION,
                                       TE_GROOT, VERWIJDERD, Change, ChangeResult, Conflict, PushResponse,
                                       RemoteRecord, Weigering, is_veldnaam)

from .db import now
from .schema import apparaat, conflict, gemeente, groep_docent, ontvangen, record


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
        if reden:
            return _weiger(ONGELDIGE_WAARDE, f"{wat}: de waarde van '{naam}' {reden}",
                           f"Vul de waarde op dit apparaat opnieuw in, of kopieer de wijziging en geef haar aan de "
                           f"beheerder.")
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
            "int_type": "moet een geheel getal zijn", "int_parsing": "moet een geheel getal zijn",
            "int_from_float": "moet een geheel getal zijn", "bool_type": "moet true of false zijn",
            "bool_parsing": "moet true of false zijn", "dict_type": "moet een object zijn",
            "list_type": "moet een lijst zijn", "literal_error": "heeft geen van de toegestane waarden"}


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
        elif soort == "too_long":
            delen.append(f"'{plek}' is te lang (hoogstens {ctx.get('max_length')})")
        elif soort in ("greater_than_equal", "less_than_equal"):
            grens = ctx.get("ge", ctx.get("le"))
            delen.append(f"'{plek}' moet {'minstens' if soort == 'greater_than_equal' else 'hoogstens'} {grens} zijn")
        elif soort.startswith(("datetime", "timezone")):
            delen.append(f"'{plek}' moet een tijd zijn (ISO 8601)")
        elif soort in _SOORTEN:
            delen.append(f"'{plek}' {_SOORTEN[soort]}")
        else:
            delen.append(f"'{plek}' is ongeldig ({fout.get('msg')})")
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
            "updated_at")


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
        keys = {(c.entity, c.id) for c in changes}
        keys |= {("inburgeraar", c.fields["inburgeraar_id"]) for c in changes
                 if isinstance(c.fields.get("inburgeraar_id"), str)}
        self._load(keys)
        self._load({("inburgeraar", r["inburgeraar_id"]) for r in list(self.rows.values())
                    if r and r["inburgeraar_id"]})
        self.groepen = (set(conn.execute(_my_groups(device)).scalars()) if device.role == "docent" else set())

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
        key = (change.entity, change.id)
        row = self.rows.get(key)
        try:
            self._authorise(change, row)  # before anything is changed: a refused change leaves no trace
        except Geweigerd as weigering:
            return ChangeResult(seq=change.seq, status="geweigerd", rev=0,
                                weigering=Weigering(code=weigering.code, detail=weigering.detail))
        device = self.device
        if row is None:
            rev = self.next_rev()
            data = {} if change.deleted else dict(change.fields)
            field_revs = {f: [rev, device.id] for f in data}
            if change.deleted:
                field_revs[VERWIJDERD] = [rev, device.id]
            self.rows[key] = {"data": data, "field_revs": field_revs, "deleted": change.deleted, "rev": rev,
                              "by": device.user, "created_by": device.user, "updated_at": now(),
                              **_need_to_know(change.entity, change.id, data)}
            self.new.add(key)
            self._after_write(change.entity, change.id, {}, data)
            return ChangeResult(seq=change.seq, status="toegepast", rev=rev, schoon=True)

        data, field_revs = row["data"], row["field_revs"]

        def elders_gewijzigd(field: str) -> bool:
            rev_device = field_revs.get(field)
            return bool(rev_device) and rev_device[0] > change.base_rev and rev_device[1] != device.id

        botsingen: list[tuple[str, Any, Any]] = []
        toepassen: dict[str, Any] = {}
        deleted = row["deleted"]
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
                deleted, data, toepassen = False, {}, dict(change.fields)
        else:
            for field, value in change.fields.items():
                if elders_gewijzigd(field) and data.get(field) != value:
                    botsingen.append((field, value, data.get(field)))
                else:
                    toepassen[field] = value

        theirs_by = row["by"]
        if botsingen and not toepassen and deleted == row["deleted"]:
            # Nothing applied: still give the record a new revision, so the pushing device pulls the server's values
            # (its cursor may already be past the record's old revision) and both sides show the same until resolved.
            row["rev"] = self.next_rev()
            self.dirty.add(key)
        elif toepassen or deleted != row["deleted"]:
            rev = self.next_rev()
            oud = dict(data)
            data = {**data, **toepassen}
            for field in toepassen:
                field_revs[field] = [rev, device.id]
            if deleted != row["deleted"]:
                field_revs[VERWIJDERD] = [rev, device.id]
            row.update(data=data, deleted=deleted, rev=rev, by=device.user, updated_at=now(),
                       **_need_to_know(change.entity, change.id, data))
            self.dirty.add(key)
            self._after_write(change.entity, change.id, oud, data)
        conflicts = []
        for field, mine, theirs in botsingen:
            cid = self.conn.execute(insert(conflict).values(
                gemeente_id=self.g, apparaat_id=device.id, entity=change.entity, record_id=change.id, field=field,
                mine=_json(mine), theirs=_json(theirs), theirs_by=theirs_by, rev=row["rev"])
                .returning(conflict.c.id)).scalar()
            conflicts.append(Conflict(id=cid, entity=change.entity, record_id=change.id, field=field, mine=mine,
                                      theirs=theirs, theirs_by=theirs_by, rev=row["rev"]))
        schoon = not conflicts and all(rd[1] == device.id for rd in field_revs.values() if rd[0] > change.base_rev)
        return ChangeResult(seq=change.seq, status="conflict" if conflicts else "toegepast", rev=row["rev"],
                            conflicts=conflicts, schoon=schoon)

    def _after_write(self, entity: str, record_id: str, oud: dict, nieuw: dict) -> None:
        """When a write changes who may see what, the records concerned get a new revision (at flush), so that
        devices which are now entitled to them receive them on their next pull (a pull only sends what changed after
        its cursor)."""
        g = self.g
        r = record.c
        if entity == "inburgeraar" and oud.get("klantmanager") != nieuw.get("klantmanager") and oud:
            self.touches.append(and_(r.gemeente_id == g, r.inburgeraar_id == record_id, r.entity != "inburgeraar"))
        elif entity == "plaatsing" and (oud.get("groep_id"), oud.get("inburgeraar_id")) != (
                nieuw.get("groep_id"), nieuw.get("inburgeraar_id")) and isinstance(nieuw.get("inburgeraar_id"), str):
            self.touches.append(and_(r.gemeente_id == g, r.entity == "inburgeraar", r.id == nieuw["inburgeraar_id"]))
        elif entity == "startklasgroep" and oud.get("docenten") != nieuw.get("docenten"):
            self.conn.execute(delete(groep_docent).where(groep_docent.c.gemeente_id == g,
                                                         groep_docent.c.groep_id == record_id))
            docenten = nieuw.get("docenten") if isinstance(nieuw.get("docenten"), list) else []
            docenten = sorted({d for d in docenten if isinstance(d, str) and d})
            if docenten:
                self.conn.execute(insert(groep_docent), [{"gemeente_id": g, "groep_id": record_id, "docent": d}
                                                         for d in docenten])
            geplaatst = select(r.inburgeraar_id).where(r.gemeente_id == g, r.entity == "plaatsing",
                                                        r.groep_id == record_id).scalar_subquery()
            self.touches.append(and_(r.gemeente_id == g, or_(
                and_(r.groep_id == record_id, r.entity != "startklasgroep"),
                and_(r.entity == "inburgeraar", r.id.in_(geplaatst)))))

    def flush(self) -> None:
        def values(key: Key) -> dict:
            row = self.rows[key]
            return {**{c: row[c] for c in _COLUMNS}, "data": _json(row["data"]),
                    "field_revs": _json(row["field_revs"])}
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
            self.conn.execute(update(gemeente).where(gemeente.c.id == self.g).values(rev=self.rev))

    # -- authorisation --------------------------------------------------------------------------------------------
    def _authorise(self, change: Change, row: dict | None) -> None:
        device = self.device
        if device.role == "beheerder":
            return
        if device.role == "docent":
            if change.entity not in OBSERVATIE_ENTITEITEN:
                raise Geweigerd(NIET_TOEGESTAAN,
                                f"Een docent mag alleen observaties, eindscores en trajectadviezen van de eigen "
                                f"groepen versturen, geen '{change.entity}' (wijziging {change.seq}). Deze wijziging "
                                f"is niet verwerkt.")
            groepen = {change.fields.get("groep_id")} if "groep_id" in change.fields else set()
            if row is not None:
                groepen.add(row["groep_id"])
            elif not change.fields.get("groep_id"):
                groepen.add(None)
            vreemd = [g for g in groepen if g not in self.groepen]
            if vreemd:
                raise Geweigerd(NIET_MEER_ZICHTBAAR,
                                f"Wijziging {change.seq} ({change.entity}) hoort bij groep "
                                f"{vreemd[0] or '(geen groep)'}, niet (meer) bij een groep van {device.user}. Deze "
                                f"wijziging is niet verwerkt.")
            return
        # consultant: only their own caseload, and what they created themselves
        if row is not None and not self._zichtbaar(row):
            raise Geweigerd(NIET_MEER_ZICHTBAAR,
                            f"'{change.entity}' {change.id} hoort niet (meer) bij de caseload van {device.user} "
                            f"(wijziging {change.seq}). Deze wijziging is niet verwerkt.")
        ib = change.fields.get("inburgeraar_id")
        if isinstance(ib, str) and ib and change.entity != "inburgeraar":
            eigenaar = self.rows.get(("inburgeraar", ib))
            if eigenaar is not None and device.user not in (eigenaar["klantmanager"], eigenaar["created_by"]):
                raise Geweigerd(NIET_MEER_ZICHTBAAR,
                                f"Inburgeraar {ib} hoort niet (meer) bij de caseload van {device.user} (wijziging "
                                f"{change.seq}). Deze wijziging is niet verwerkt.")

    def _zichtbaar(self, row: dict) -> bool:
        if self.device.user in (row["created_by"], row["klantmanager"]):
            return True
        if not row["inburgeraar_id"]:
            return False
        ib = self.rows.get(("inburgeraar", row["inburgeraar_id"]))
        return ib is not None and ib["klantmanager"] == self.device.user


def _need_to_know(entity: str, record_id: str, data: dict) -> dict:
    def tekst(value):
        return value if isinstance(value, str) and value else None
    return {"inburgeraar_id": record_id if entity == "inburgeraar" else tekst(data.get("inburgeraar_id")),
            "groep_id": record_id if entity == "startklasgroep" else tekst(data.get("groep_id")),
            "klantmanager": tekst(data.get("klantmanager")) if entity == "inburgeraar" else None}


def _my_groups(device: Device):
    return select(groep_docent.c.groep_id).where(groep_docent.c.gemeente_id == device.gemeente_id,
                                                 groep_docent.c.docent == device.user)


# -- pull ---------------------------------------------------------------------------------------------------------
def visible(device: Device):
    """The SQL condition for the records this device may receive."""
    r = record.c
    tenant = r.gemeente_id == device.gemeente_id
    if device.role == "beheerder":
        return tenant
    other = record.alias("r2")
    if device.role == "consultant":
        caseload = select(other.c.id).where(other.c.gemeente_id == device.gemeente_id,
                                            other.c.entity == "inburgeraar", other.c.klantmanager == device.user)
        return and_(tenant, or_(r.created_by == device.user, r.inburgeraar_id.in_(caseload)))
    groepen = _my_groups(device)
    geplaatst = select(other.c.inburgeraar_id).where(other.c.gemeente_id == device.gemeente_id,
                                                     other.c.entity == "plaatsing", other.c.deleted == false(),
                                                     other.c.groep_id.in_(groepen))
    return and_(tenant, or_(and_(r.entity == "startklasgroep", r.id.in_(groepen)),
                            and_(r.entity == "plaatsing", r.groep_id.in_(groepen)),
                            and_(r.entity == "inburgeraar", r.id.in_(geplaatst)),
                            and_(r.entity.in_(sorted(OBSERVATIE_ENTITEITEN)), r.groep_id.in_(groepen))))


def fields_for(device: Device, entity: str, data: dict) -> dict:
    """What of a visible record this device may have: a docent gets only the name fields of an inburgeraar."""
    if device.role == "docent" and entity == "inburgeraar":
        return {k: v for k, v in data.items() if k in DOCENT_INBURGERAAR_VELDEN}
    return data


def pull(conn: Connection, device: Device, cursor: int, limit: int) -> tuple[list[RemoteRecord], int, bool]:
    rows = conn.execute(select(record.c.entity, record.c.id, record.c.rev, record.c.deleted, record.c.data,
                               record.c.by).where(visible(device), record.c.rev > cursor)
                        .order_by(record.c.rev).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    uit = []
    for row in rows:
        fields = {} if row.deleted else fields_for(device, row.entity, json.loads(row.data))
        uit.append(RemoteRecord(entity=row.entity, id=row.id, rev=row.rev, deleted=row.deleted, fields=fields,
                                by=row.by))
    new_cursor = rows[-1].rev if rows else cursor
    return uit, new_cursor, more

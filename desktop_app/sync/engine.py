"""One sync round of a local store with the central server: push the outbox, pull by cursor, bring refused records
in step. The local database is reached only through the store's methods (desktop_app.store.synchronisatie).

- Push: outbox entries after the last acknowledged number, in batches; the server answers each (device, number) once
  and the same again on a retry, so a broken connection is resumed by simply pushing again.
- Pull: pages after the cursor, each applied in ONE local transaction together with the new cursor. A remote change is
  audited with user "sync:<who>" and never enters the outbox. Fields with a local edit that is not yet pushed keep the
  local value (the server merges them per field when they arrive).
- Conflicts reported by the server are kept until the person resolves them (`resolve`).
- A change the server refuses by itself (need-to-know: the caseload moved, the placement ended; or a field name, value
  or kind of record the server cannot accept) leaves the outbox, so the rest keeps syncing, and is kept whole with the
  server's code (also one this version does not know) and the reason until the person exports or discards it
  (`export_refused`, `discard_refused`, both audited). The record it was about is then fetched again (POST
  /v1/ophalen) and the device takes the server's copy, or removes the record when the server has none for this
  device: device and server agree on every record once nobody edits any more.
- Forget what access no longer allows: a pull says where access stands (`toegang`). When that differs from the
  value at the last complete check, the device sends the keys (never the content) of every record it holds with a
  server revision, a page at a time (POST /v1/vergeten), and forgets those answered (store.vergeet). Only when every
  page succeeded is the new value kept: a round cut off half-way asks again the next time.
- A round reports what it changed on this device (`SyncReport.wijzigingen`), so open screens can reload.
"""
from __future__ import annotations

import dataclasses
import json
import secrets
from typing import Any, Callable

from desktop_app.core.wijzigingen import GEEN, Wijzigingen
from desktop_app.store.synchronisatie import (CA_BUNDLE, CURSOR, DEVICE, GEMEENTE, GEWEIGERD, INGETROKKEN,  # noqa: F401
                                              LAATST, PROXY, PUSHED, ROLE, SERVER, TOEGANG, TOEGANG_INGETROKKEN,
                                              TOKEN, USER, OpenConflict, RefusedChange)
from koers_protocol.sync import (MAX_BATCH, MAX_BODY_BYTES, MAX_PAGE, PROTOCOL_VERSION, EnrollResponse, Opgehaald,
                                 ProtocolInfo, PullResponse, PushResponse, Vergeten)

from . import bijlagen
from .client import Client, DeviceRevoked, SyncError, VersionMismatch, als_json

Progress = Callable[[int, int, str], None]
PAGE = 500
MAX_PORTIE_BYTES = MAX_BODY_BYTES - 4096   # a push body, with room for the envelope


@dataclasses.dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    geweigerd: int = 0      # changes the server refused in this round (kept locally, see refused_changes)
    wijzigingen: Wijzigingen = GEEN   # what this round wrote on this device (pulled, fetched again, removed)


# -- settings and enrollment ----------------------------------------------------------------------------------------
def is_enrolled(store) -> bool:
    return bool(store.get_meta(TOKEN))


def client_for(store, **kwargs) -> Client:
    if not is_enrolled(store):
        raise SyncError("Dit apparaat is nog niet aangemeld bij de centrale server. Meld het aan met de server-URL "
                        "en de code van de beheerder.", "niet_aangemeld")
    return Client(store.get_meta(SERVER), store.get_meta(TOKEN), ca_bundle=store.get_meta(CA_BUNDLE) or None,
                  proxy=store.get_meta(PROXY) or None, **kwargs)


def check_protocol(client: Client) -> None:
    info = ProtocolInfo.model_validate(client.request("GET", "/v1/protocol"))
    if PROTOCOL_VERSION < info.min:
        raise VersionMismatch(f"Deze versie van Koers is te oud voor de server (protocol {PROTOCOL_VERSION}, de server "
                              f"vraagt minstens {info.min}). Installeer de nieuwste versie; uw gegevens blijven "
                              f"bewaard.", "client_te_oud")
    if PROTOCOL_VERSION > info.max:
        raise VersionMismatch(f"De server is ouder dan deze Koers (kent protocol tot en met {info.max}). Vraag de "
                              f"beheerder de server bij te werken. Uw wijzigingen blijven bewaard op dit apparaat en "
                              f"gaan mee zodra de server is bijgewerkt.", "server_te_oud")


def enroll(store, server: str, code: str, *, ca_bundle: str | None = None, proxy: str | None = None,
           device_name: str = "", **client_kwargs) -> EnrollResponse:
    """Exchange the one-time code for a device token and remember the server. The device names its own token, so a
    retry after a lost answer gets the same device. Local edits made before enrolling are pushed at the first sync."""
    if not server.startswith(("https://", "http://")):
        raise SyncError("De server-URL moet beginnen met https:// (bijvoorbeeld https://koers.gemeente.nl).", "url")
    with Client(server, ca_bundle=ca_bundle, proxy=proxy, **client_kwargs) as client:
        check_protocol(client)
        eerste, laatste = store.outbox_grenzen()
        start = eerste - 1 if eerste else laatste
        antwoord = EnrollResponse.model_validate(client.request(
            "POST", "/v1/enroll", json={"code": code.strip(), "device_name": device_name, "start_seq": start,
                                        "token": secrets.token_hex(32)}))
    store.zet_meta({SERVER: server.rstrip("/"), TOKEN: antwoord.token, DEVICE: antwoord.device_id,
                    USER: antwoord.user, ROLE: antwoord.role, GEMEENTE: antwoord.gemeente, CURSOR: "0",
                    PUSHED: str(start), INGETROKKEN: "", TOEGANG: "", CA_BUNDLE: ca_bundle or "", PROXY: proxy or ""})
    return antwoord


# -- one round ------------------------------------------------------------------------------------------------------
def sync(store, client: Client | None = None, progress: Progress | None = None, *, batch: int = MAX_BATCH,
         page: int = PAGE) -> SyncReport:
    """Push, pull, bring refused records in step, forget what access no longer allows. Raises SyncError
    (DeviceRevoked, VersionMismatch, Unreachable) with a message for the user; whatever was acknowledged before the
    error stays acknowledged, and the next round resumes from there."""
    eigen = client is None
    client = client or client_for(store)
    progress = progress or (lambda done, total, text="": None)
    report = SyncReport()
    try:
        check_protocol(client)
        _report_resolutions(store, client)
        # Attachments go before the records that refer to them; when the server's room for attachments no record
        # refers to yet is full, the records go first and make room.
        while bijlagen.upload(store, client) and _push(store, client, progress, report, batch):
            pass
        _push(store, client, progress, report, batch)
        toegang = _pull(store, client, progress, report, page)
        _herstel(store, client, report)
        _vergeet(store, client, report, toegang)
        bijlagen.download(store, client)
    except DeviceRevoked:
        store.stempel(INGETROKKEN)
        raise
    finally:
        if eigen:
            client.close()
    store.stempel(LAATST)
    return report


def pending_count(store) -> int:
    return store.aantal_uitgaand()


def next_batch(store, limit: int = MAX_BATCH, after: int | None = None) -> list[dict]:
    """The next outbox entries to push, as protocol changes (JSON-ready): at most `limit`, and no more than fit in
    one request. A change that fits in no request goes without its fields (`te_groot`): the server refuses it by
    itself and the device keeps it whole, so it cannot hold up the rest."""
    changes, grootte = [], 0
    for u in store.uitgaand(limit, after):
        change = {"seq": u.seq, "entity": u.entity, "id": u.record_id, "fields": u.fields, "deleted": u.deleted,
                  "base_rev": u.base_rev, "at": u.at}
        n = len(als_json(change)) + 1
        if n > MAX_PORTIE_BYTES:
            change = {**change, "fields": {}, "te_groot": n}
            n = len(als_json(change)) + 1
        if changes and grootte + n > MAX_PORTIE_BYTES:
            break
        changes.append(change)
        grootte += n
    return changes


def _push(store, client: Client, progress: Progress, report: SyncReport, batch: int) -> int:
    """Push the outbox; returns the number of changes pushed."""
    totaal, voor = pending_count(store), report.pushed
    while True:
        changes = next_batch(store, batch)
        if not changes:
            return report.pushed - voor
        antwoord = PushResponse.model_validate(client.request("POST", "/v1/push", json={"changes": changes}))
        results = sorted(antwoord.results, key=lambda r: r.seq)
        conflicten, weigeringen = store.verwerk_push(
            changes[-1]["seq"], [c for r in results for c in r.conflicts],
            {r.seq: (r.weigering.code, r.weigering.detail) for r in results if r.status == "geweigerd"},
            {(c["entity"], c["id"]): r.rev for c, r in zip(changes, results) if r.schoon})
        report.conflicts += conflicten
        report.geweigerd += weigeringen
        report.pushed += len(changes)
        progress(report.pushed - voor, totaal, "Wijzigingen versturen")


def _pull(store, client: Client, progress: Progress, report: SyncReport, page: int) -> str | None:
    """Pull every page; returns where access stands, as the last page said."""
    while True:
        cursor = int(store.get_meta(CURSOR, "0"))
        antwoord = PullResponse.model_validate(client.request("GET", "/v1/pull",
                                                              params={"after": cursor, "limit": page}))
        gewijzigd = store.pas_pagina_toe(antwoord.records, cursor, antwoord.cursor)
        if gewijzigd is None:
            continue  # another round moved on meanwhile; ask again from there
        report.wijzigingen |= gewijzigd
        report.pulled += len(antwoord.records)
        progress(report.pulled, report.pulled + (page if antwoord.more else 0), "Wijzigingen ophalen")
        if not antwoord.more:
            return antwoord.toegang


def _herstel(store, client: Client, report: SyncReport) -> None:
    """The records whose local copy holds a change the server refused: fetched again, and brought in step."""
    sleutels = store.op_te_halen()
    for i in range(0, len(sleutels), MAX_PAGE):
        deel = [{"entity": e, "id": r} for e, r in sleutels[i:i + MAX_PAGE]]
        antwoord = Opgehaald.model_validate(client.request("POST", "/v1/ophalen", json={"records": deel}))
        report.wijzigingen |= store.herstel(antwoord.records, [(s.entity, s.id) for s in antwoord.onbekend])


def _vergeet(store, client: Client, report: SyncReport, toegang: str | None) -> None:
    """When access moved since the last check: ask which of the records held here the server would not give this
    device now, and forget those."""
    if toegang is None or toegang == store.get_meta(TOEGANG, ""):
        return
    gehouden = store.gehouden()
    sleutels = sorted(gehouden)
    for i in range(0, len(sleutels), MAX_PAGE):
        deel = [{"entity": e, "id": r} for e, r in sleutels[i:i + MAX_PAGE]]
        antwoord = Vergeten.model_validate(client.request("POST", "/v1/vergeten", json={"records": deel}))
        report.wijzigingen |= store.vergeet({(s.entity, s.id): gehouden[(s.entity, s.id)]
                                             for s in antwoord.vergeten if (s.entity, s.id) in gehouden})
    store.set_meta(TOEGANG, toegang)


# -- changes the server refused --------------------------------------------------------------------------------------
def refused_changes(store) -> list[RefusedChange]:
    """The refused changes the person has not discarded yet, oldest first."""
    return store.geweigerde_wijzigingen()


def export_refused(store, seqs: list[int] | None = None) -> str:
    """The refused changes (all, or these numbers) as JSON text to copy or save; the export is audited."""
    keuze = [c for c in refused_changes(store) if seqs is None or c.seq in seqs]
    store.noteer_export(keuze)
    return json.dumps([c.as_dict() for c in keuze], ensure_ascii=False, indent=2)


def discard_refused(store, seq: int) -> None:
    """The person's explicit decision to drop a refused change from the queue: audited with its values. The local
    record is not touched."""
    change = next((c for c in refused_changes(store) if c.seq == seq), None)
    if change is None:
        raise SyncError(f"Geweigerde wijziging {seq} is al verwijderd of bestaat niet.", "onbekende_weigering")
    store.verwijder_geweigerd(change)


# -- conflicts ------------------------------------------------------------------------------------------------------
def open_conflicts(store) -> list[OpenConflict]:
    return store.open_conflicten()


def resolve(store, conflict_id: int, keuze: str, value: Any = None) -> Wijzigingen:
    """The person's decision: 'mijn' (keep my value), 'hun' (keep the server's) or 'bewerkt' (this value). The value
    that stays is an ordinary edit (audited, into the outbox, pushed at the next sync); the decision itself is
    audited. Returns what changed on this device."""
    if keuze not in ("mijn", "hun", "bewerkt"):
        raise ValueError(keuze)
    conflict = next((c for c in open_conflicts(store) if c.id == conflict_id), None)
    if conflict is None:
        raise SyncError(f"Conflict {conflict_id} is al opgelost of bestaat niet.", "onbekend_conflict")
    return store.los_conflict_op(conflict, keuze, value)


def _report_resolutions(store, client: Client) -> None:
    for conflict_id, keuze in store.te_melden_oplossingen():
        try:
            client.request("POST", f"/v1/conflicts/{conflict_id}/resolve", json={"keuze": keuze})
        except SyncError as fout:
            if fout.status != 404:
                raise
        store.oplossing_gemeld(conflict_id)


def status(store) -> dict[str, Any]:
    """What the status area shows: enrolled to where, as whom, last success, pending changes, open conflicts,
    changes the server refused."""
    return {"aangemeld": is_enrolled(store), "server": store.get_meta(SERVER, ""), "gebruiker": store.get_meta(USER, ""),
            "rol": store.get_meta(ROLE, ""), "gemeente": store.get_meta(GEMEENTE, ""),
            "laatste": store.get_meta(LAATST, ""), "ingetrokken": store.get_meta(INGETROKKEN, ""),
            "wachtend": pending_count(store), "conflicten": len(open_conflicts(store)),
            "geweigerd": len(refused_changes(store))}

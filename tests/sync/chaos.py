"""A chaos run: devices of every role (two consultants, one of them on two laptops, a docent, a beheerder, and a
consultant of a second gemeente) work offline and sync through a fault-injecting loopback proxy to the real server
(a `koers-central serve` process) on PostgreSQL. The proxy cuts requests half-way, drops answers the server already
gave, delays, sends a request twice at the same moment and replays old pushes; the server is killed (SIGKILL) and
restarted in the middle of a push. Meanwhile caseloads move, placements end, docenten leave and rejoin their group,
so the server refuses changes and reports conflicts. Then everyone syncs until quiet, and the run counts:

- lost: an edit the server acknowledged (applied) whose field the server no longer holds, unless a later edit or a
  deletion replaced it; and an outbox entry that never reached the server;
- duplicated: a change applied more than once, or a conflict recorded twice;
- diverged: a record where a device and the server disagree (tests/sync/synchelp.py `diverged`), among them
  a copy the server would no longer give that device (access moved: it must have left the device);
- not surfaced: a conflict or refusal on the server that the device it belongs to does not show;
- 5xx: any answer of the server in the 500s.

Seeded: the same seed makes the same operations and faults, so a failure replays.

    python -m tests.sync.chaos --ops 5000 --seed 7

tests/sync/test_sync_chaos.py runs a bounded run in the suite.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import json
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from central.db import make_engine  # noqa: E402
from central import db as central_db  # noqa: E402
from desktop_app.store import vault  # noqa: E402
from desktop_app.store.store import Store  # noqa: E402
from desktop_app.sync import engine as sync_engine  # noqa: E402
from desktop_app.sync.client import Client, SyncError  # noqa: E402
from koers_protocol.sync import VERWIJDERD  # noqa: E402
from synchelp import diverged  # noqa: E402
from tests.devpg import free_port  # noqa: E402
from tests.journeys.mensen import inburgeraar  # noqa: E402
from tests.realistisch import antwoorden  # noqa: E402

PASSPHRASE = "correct paard batterij nietje"
KM1, KM2 = "K. de Vries", "P. Jansen"
VANDAAG = dt.date.today()
GEZONDHEID = ("fysieke_gezondheid.", "mentale_gezondheid.")
FOUT = ("verloren", "dubbel", "uiteen", "kopieën niet meer zichtbaar", "niet gemeld", "5xx")   # each must be 0
FOUTEN = {"knip": 0.04, "verlies": 0.05, "vertraag": 0.08, "dubbel": 0.04, "herhaal": 0.03}


class ServerProces:
    """`koers-central serve` as its own process on a loopback port: killed and started again on the same port."""

    def __init__(self, db_url: str):
        self.db_url, self.port = db_url, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.engine = make_engine(db_url)
        self.herstarts = 0
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "central.cli", "serve", "--db", self.db_url, "--port",
                                      str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("de server startte niet")

    def herstart(self) -> None:
        self.proc.kill()   # SIGKILL: no graceful end of the push under way
        self.proc.wait(10)
        self.herstarts += 1
        self.start()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        self.engine.dispose()


class ChaosProxy:
    """An HTTP proxy on 127.0.0.1 between the devices and the server, one request per connection, that injects the
    faults of FOUTEN (chosen by its own seeded generator) and kills the server at the pushes numbered in
    `herstart_bij`. Every status the server answers is counted."""

    def __init__(self, server: ServerProces, seed: int, herstart_bij: set[int]):
        self.server, self.rng, self.herstart_bij = server, random.Random(seed), herstart_bij
        self.fouten: collections.Counter = collections.Counter()
        self.statussen: collections.Counter = collections.Counter()
        self.pushes = 0
        self.oude_pushes: list[bytes] = []
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._dien, args=(client,), daemon=True).start()

    def _dien(self, client: socket.socket) -> None:
        with client:
            verzoek = _lees_verzoek(client)
            if verzoek is None:
                return
            push = verzoek.startswith(b"POST /v1/push")
            with self.lock:   # decided in request order: the same seed, the same faults
                if push:
                    self.pushes += 1
                herstart = push and self.pushes in self.herstart_bij
                fout = None if herstart else next((f for f, kans in FOUTEN.items() if self.rng.random() < kans), None)
                vertraging, oud = self.rng.uniform(0, 0.03), None
                if fout == "herhaal" and self.oude_pushes:
                    oud = self.rng.choice(self.oude_pushes)
            if herstart:
                self.fouten["herstart"] += 1
                threading.Thread(target=self._stuur, args=(verzoek,), daemon=True).start()
                time.sleep(vertraging)
                self.server.herstart()   # mid-push; the device never hears, and tries again
                return
            if fout:
                self.fouten[fout] += 1
            if fout == "knip":
                with socket.create_connection(("127.0.0.1", self.server.port)) as up:
                    up.sendall(verzoek[:len(verzoek) // 2])
                return
            if fout == "vertraag":
                time.sleep(vertraging)
            if fout == "dubbel":   # the same request twice at the same moment
                tweede = threading.Thread(target=self._stuur, args=(verzoek,))
                tweede.start()
            antwoord = self._stuur(verzoek)
            if fout == "dubbel":
                tweede.join()
            if fout == "herhaal" and oud is not None:
                self._stuur(oud)
            if push and antwoord:
                with self.lock:
                    self.oude_pushes = (self.oude_pushes + [verzoek])[-20:]
            if antwoord and fout != "verlies":
                client.sendall(antwoord)

    def _stuur(self, verzoek: bytes) -> bytes | None:
        try:
            with socket.create_connection(("127.0.0.1", self.server.port), timeout=60) as up:
                up.sendall(verzoek)
                antwoord = b""
                while deel := up.recv(65536):
                    antwoord += deel
        except OSError:
            return None
        if antwoord.startswith(b"HTTP/1.1 "):
            with self.lock:
                self.statussen[int(antwoord[9:12])] += 1
        return antwoord or None

    def close(self) -> None:
        self.listener.close()


def _lees_verzoek(client: socket.socket) -> bytes | None:
    """One whole request, with `Connection: close` so each connection carries one."""
    data = b""
    while b"\r\n\r\n" not in data:
        deel = client.recv(65536)
        if not deel:
            return None
        data += deel
    kop, body = data.split(b"\r\n\r\n", 1)
    regels = [r for r in kop.split(b"\r\n") if not r.lower().startswith(b"connection:")]
    lengte = next((int(r.split(b":")[1]) for r in regels if r.lower().startswith(b"content-length:")), 0)
    while len(body) < lengte:
        deel = client.recv(65536)
        if not deel:
            return None
        body += deel
    return b"\r\n".join(regels + [b"Connection: close"]) + b"\r\n\r\n" + body


class ChaosClient(Client):
    """The app's client, remembering every change it pushed (to check afterwards that none was lost)."""

    def __init__(self, *args, verzonden: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.verzonden = verzonden

    def request(self, method, path, *, json=None, **kwargs):
        if path == "/v1/push":
            for change in json["changes"]:
                self.verzonden[change["seq"]] = change
        return super().request(method, path, json=json, **kwargs)


@dataclasses.dataclass
class Apparaat:
    naam: str
    store: Store
    user: str
    rol: str
    gemeente: str
    start: int = 0
    verzonden: dict = dataclasses.field(default_factory=dict)


class Uitslag(dict):
    """The numbers of a run."""

    def regels(self) -> str:
        return "\n".join(f"{k:<34} {v}" for k, v in self.items())


class Chaos:
    def __init__(self, pg, werk: Path, seed: int, ops: int, herstarts: int = 1):
        self.rng, self.ops, self.werk = random.Random(seed), ops, werk
        self.server = ServerProces(pg.new_database())
        herstart_bij = set(self.rng.sample(range(3, max(herstarts, ops // 10) + 4), herstarts))
        self.proxy = ChaosProxy(self.server, seed + 1, herstart_bij)
        self.tellers: collections.Counter = collections.Counter()
        self.waarde = 0
        self.apparaten = [self._apparaat(*a) for a in (
            ("km1-laptop", KM1, "consultant", "Utrecht"), ("km1-tweede", KM1, "consultant", "Utrecht"),
            ("km2", KM2, "consultant", "Utrecht"), ("docent", "J. Bakker", "docent", "Utrecht"),
            ("beheer", "Beheer", "beheerder", "Utrecht"), ("zeist", "Z. Consulent", "consultant", "Zeist"))]
        beheer = self._naam("beheer")
        beheer.store.put("startklasgroep", "g-1", {"naam": "Startklas Dalfsen najaar (ma/wo)",
                                                   "docenten": ["J. Bakker"], "startdatum": "2026-09-01"})
        self._sync(beheer)

    def _apparaat(self, naam, user, rol, gemeente) -> Apparaat:
        store = Store.create(self.werk / naam, PASSPHRASE, user=user, role=rol, kdf=vault.FAST_KDF_FOR_TESTS)
        code = central_db.enroll(self.server.engine, user, rol, gemeente)
        sync_engine.enroll(store, self.proxy.url, code, backoff=0.01, retries=8)   # through the faults too
        return Apparaat(naam, store, user, rol, gemeente, int(store.get_meta(sync_engine.PUSHED)))

    def _naam(self, naam: str) -> Apparaat:
        return next(a for a in self.apparaten if a.naam == naam)

    def _nieuw(self, a: Apparaat) -> str:
        self.waarde += 1
        return f"{a.naam}-{self.waarde}"

    # -- what people do -------------------------------------------------------------------------------------------
    def _sync(self, a: Apparaat) -> sync_engine.SyncReport | None:
        client = ChaosClient(self.proxy.url, a.store.get_meta(sync_engine.TOKEN), backoff=0.01, retries=8,
                             verzonden=a.verzonden)
        try:
            with client:
                report = sync_engine.sync(a.store, client)
        except SyncError:
            self.tellers["sync mislukt (opnieuw)"] += 1
            return None
        self.tellers["sync"] += 1
        self.tellers["conflicten gemeld"] += report.conflicts
        self.tellers["weigeringen gemeld"] += report.geweigerd
        return report

    def _los_op(self, a: Apparaat) -> None:
        for c in sync_engine.open_conflicts(a.store):
            keuze = self.rng.choice(("mijn", "hun", "bewerkt"))
            waarde = self._nieuw(a) if keuze == "bewerkt" and c.field != VERWIJDERD else None
            sync_engine.resolve(a.store, c.id, "mijn" if keuze == "bewerkt" and waarde is None else keuze, waarde)
            self.tellers["conflicten opgelost"] += 1

    def _mensen(self, a: Apparaat) -> list[str]:
        return sorted(i for i, _ in a.store.all("inburgeraar"))

    def stap(self) -> None:
        a = self.rng.choice(self.apparaten)
        mensen = self._mensen(a)
        keuzes = ["sync", "sync"]
        if a.rol == "consultant":
            keuzes += ["persoon"] * 2 + (["bewerk", "intake", "intake", "bijzonder", "contact", "plaats",
                                           "verhuis", "verwijder"] if mensen else [])
        elif a.rol == "beheerder":
            keuzes += ["groep"] + (["bewerk", "verhuis", "plaats"] if mensen else [])
        elif mensen:
            keuzes += ["observeer", "observeer", "eindscore"]
        if sync_engine.open_conflicts(a.store):
            keuzes.append("los_op")
        wat = self.rng.choice(keuzes)
        self.tellers[f"stap {wat}"] += 1
        # half the time one of the first three people: two devices then meet on the same record now and then
        s, ib = a.store, (self.rng.choice(mensen[:3] if self.rng.random() < 0.5 else mensen) if mensen else None)
        if wat == "sync":
            self._sync(a)
        elif wat == "los_op":
            self._los_op(a)
        elif wat == "persoon":   # ids from the seed too, so that a run replays
            persoon = dataclasses.replace(inburgeraar(self.rng.randrange(4), VANDAAG, a.user),
                                          id=f"ib-{self._nieuw(a)}")
            s.save(persoon)
            s.put("intake", persoon.id, {"inburgeraar_id": persoon.id, "form_id": "brede_intake", "form_version": 2})
        elif wat == "bewerk":
            s.put("inburgeraar", ib, {self.rng.choice(("telefoon", "adres")): self._nieuw(a)})
        elif wat in ("intake", "bijzonder"):   # a few answers, so that two devices meet on the same one
            pad, waarde = self.rng.choice([(p, w) for p, w in antwoorden(VANDAAG).items()
                                           if p.startswith(GEZONDHEID) == (wat == "bijzonder")][:4])
            soort = "intake_bijzonder" if wat == "bijzonder" else "intake"
            s.put(soort, ib, {"inburgeraar_id": ib, pad: f"{waarde} ({self._nieuw(a)})"})
        elif wat == "contact":
            s.put("contactpersoon", f"cp-{ib}", {"inburgeraar_id": ib, "naam": "Tolk Fictief",
                                                 "telefoon": self._nieuw(a)})
        elif wat == "verwijder" and s.get("contactpersoon", f"cp-{ib}") is not None:
            s.delete("contactpersoon", f"cp-{ib}")
        elif wat == "verhuis" and a.gemeente == "Utrecht":
            s.put("inburgeraar", ib, {"klantmanager": self.rng.choice((KM1, KM2))})
        elif wat == "plaats" and a.gemeente == "Utrecht":
            tot = self.rng.choice((None, None, (VANDAAG - dt.timedelta(days=1)).isoformat()))
            s.put("plaatsing", f"pl-{ib}", {"inburgeraar_id": ib, "groep_id": "g-1", "van": "2026-09-01",
                                            "tot": tot})
        elif wat == "groep":
            groep = s.get("startklasgroep", "g-1") or {}
            s.put("startklasgroep", "g-1", {"docenten": [] if groep.get("docenten") else ["J. Bakker"]})
        elif wat == "observeer":
            moment = f"m-{self.rng.randrange(8)}"
            s.put("observatiemoment", f"{moment}:{ib}", {
                "soort": "cursist", "moment_id": moment, "inburgeraar_id": ib, "groep_id": "g-1",
                "scores": {"concentratie": self.rng.randrange(1, 6)}, "notities": {"concentratie": self._nieuw(a)}})
        elif wat == "eindscore":
            s.put("eindscore", f"g-1:{ib}", {"inburgeraar_id": ib, "groep_id": "g-1",
                                             "scores": {"concentratie": self.rng.randrange(1, 6)},
                                             "vastgesteld_door": self._nieuw(a)})

    def tot_het_stil_is(self, rondes: int = 40) -> int:
        """Everyone syncs (and resolves what they are shown) until a whole round changes nothing anywhere."""
        for ronde in range(1, rondes + 1):
            stil = True
            for a in self.apparaten:
                if sync_engine.open_conflicts(a.store):
                    self._los_op(a)
                    stil = False
                report = self._sync(a)
                if report is None or report.pushed or report.pulled or report.wijzigingen:
                    stil = False
            if stil and all(not sync_engine.pending_count(a.store) and not sync_engine.open_conflicts(a.store)
                            for a in self.apparaten):
                return ronde
        raise AssertionError(f"na {rondes} rondes nog niet stil")

    # -- what the run checks --------------------------------------------------------------------------------------
    def uitslag(self, rondes: int, duur: float) -> Uitslag:
        engine = self.server.engine
        with engine.begin() as conn:
            ontvangen = {(r.apparaat_id, r.seq): json.loads(r.resultaat) for r in conn.exec_driver_sql(
                "SELECT apparaat_id, seq, resultaat FROM ontvangen")}
            conflictrijen = conn.exec_driver_sql("SELECT id, apparaat_id FROM conflict").all()
            rijen = {(r.gemeente_id, r.entity, r.id): r for r in conn.exec_driver_sql(
                "SELECT gemeente_id, entity, id, data, field_revs, deleted FROM record")}
            gemeenten = dict(conn.exec_driver_sql("SELECT naam, id FROM gemeente").all())
        per_apparaat = {a.store.get_meta(sync_engine.DEVICE): a for a in self.apparaten}
        verloren = dubbel = niet_gemeld = 0
        for a in self.apparaten:
            eigen = {seq: r for (dev, seq), r in ontvangen.items() if dev == a.store.get_meta(sync_engine.DEVICE)}
            gepusht = int(a.store.get_meta(sync_engine.PUSHED)) - a.start
            verloren += max(0, gepusht - len(eigen)) + sync_engine.pending_count(a.store)
            dubbel += max(0, len(eigen) - gepusht)
            with a.store.transaction() as conn:
                hier_conflicten = set(conn.exec_driver_sql("SELECT id FROM sync_conflict").scalars())
                hier_weigeringen = set(conn.exec_driver_sql("SELECT seq FROM sync_geweigerd").scalars())
            daar_conflicten = {c.id for c in conflictrijen if per_apparaat.get(c.apparaat_id) is a}
            daar_weigeringen = {seq for seq, r in eigen.items() if r["status"] == "geweigerd"}
            niet_gemeld += len(daar_conflicten - hier_conflicten) + len(daar_weigeringen - hier_weigeringen)
            for seq, r in eigen.items():
                verloren += self._verloren(a, a.verzonden.get(seq), r, rijen, gemeenten[a.gemeente])
        in_resultaten = sum(len(r["conflicts"]) for r in ontvangen.values())
        dubbel += len(conflictrijen) - in_resultaten
        uiteen = {a.naam: diverged(a.store, self.server) for a in self.apparaten}
        oud = sum(daar is None for verschil in uiteen.values() for _, daar in verschil.values())
        return Uitslag({
            "operaties": self.ops, "apparaten": len(self.apparaten), "duur (s)": round(duur, 1),
            "verzoeken aan de server": sum(self.proxy.statussen.values()),
            "fouten ingebracht": dict(self.proxy.fouten), "server-herstarts midden in een push": self.server.herstarts,
            "statussen": dict(sorted(self.proxy.statussen.items())),
            "wijzigingen ontvangen (server)": len(ontvangen),
            "waarvan geweigerd": sum(r["status"] == "geweigerd" for r in ontvangen.values()),
            "conflicten (server)": len(conflictrijen), **{k: v for k, v in sorted(self.tellers.items())},
            "rondes tot stil": rondes, "records op de server": len(rijen),
            "kopieën niet meer zichtbaar": oud,
            "verloren": verloren, "dubbel": dubbel, "uiteen": sum(len(v) for v in uiteen.values()),
            "niet gemeld": niet_gemeld, "5xx": sum(n for s, n in self.proxy.statussen.items() if s >= 500),
            "uiteen per apparaat": {k: v for k, v in uiteen.items() if v}})

    @staticmethod
    def _verloren(a: Apparaat, change: dict | None, resultaat: dict, rijen: dict, gemeente_id: int) -> int:
        """1 when an applied change's field is not on the server and no later edit or deletion replaced it."""
        if resultaat["status"] not in ("toegepast", "conflict") or not resultaat["rev"]:
            return 0
        if change is None:
            return 1   # acknowledged, but this device never sent it
        rij = rijen.get((gemeente_id, change["entity"], change["id"]))
        if rij is None:
            return 1
        rev, data, revs = resultaat["rev"], json.loads(rij.data), json.loads(rij.field_revs)
        later_weg = revs.get(VERWIJDERD, [0])[0] > rev
        botsend = {c["field"] for c in resultaat["conflicts"]}
        velden = [VERWIJDERD] if change["deleted"] else [f for f in change["fields"] if f not in botsend]
        for veld in velden:
            gezet = revs.get(veld, [0])[0]
            if gezet < rev and veld not in botsend:
                return 1
            if gezet == rev and veld != VERWIJDERD and not later_weg and data.get(veld) != change["fields"][veld]:
                return 1
        return 0

    def sluit(self) -> None:
        for a in self.apparaten:
            a.store.close()
        self.proxy.close()
        self.server.stop()


def draai(pg, seed: int, ops: int, herstarts: int = 1) -> Uitslag:
    werk = Path(tempfile.mkdtemp(prefix="koers-chaos-"))
    chaos = None
    try:
        begin = time.monotonic()
        chaos = Chaos(pg, werk, seed, ops, herstarts)
        for _ in range(ops):
            chaos.stap()
        rondes = chaos.tot_het_stil_is()
        return chaos.uitslag(rondes, time.monotonic() - begin)
    finally:
        if chaos is not None:
            chaos.sluit()
        shutil.rmtree(werk, ignore_errors=True)


def main(argv=None) -> int:
    from tests.devpg import TempPostgres
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    parser.add_argument("--herstarts", type=int, default=10)
    args = parser.parse_args(argv)
    pg = TempPostgres()
    try:
        uitslag = draai(pg, args.seed, args.ops, args.herstarts)
    finally:
        pg.stop()
    print(f"seed {args.seed}")
    print(uitslag.regels())
    return 0 if not any(uitslag[k] for k in FOUT) else 1


if __name__ == "__main__":
    sys.exit(main())

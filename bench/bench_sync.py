"""Sync throughput on loopback PostgreSQL 15 (fsync on), with the central server as its own process on 127.0.0.1, on
real intake records: a complete brede intake filled through the form engine (tests/realistisch.py) gives the two
records the engine stores ("intake" with 127 fields, "intake_bijzonder" with 21, answers named "sectie.vraag", long
Arabic and Tigrinya text); 500 people get them.

1. Push + pull of those 1,000 records (one device pushes, a second device of the same consultant pulls) against the
   floor: a bulk insert of the same rows into the server's record table, one transaction. Both are measured alike, on
   the same server and database: one warm-up pair, then five runs each, interleaved, every run with new records (a new
   consultant for the figure, new ids for the floor); the medians are compared (target: ratio <= 3x, >= 1,000
   records/s).
2. 20 devices syncing at once, each autosaving five intake answers through the form engine between its syncs:
   requests/s and the p95 latency per request (information).

Run: python -m bench.bench_sync
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import at_least, interleaved, per_second, percentile, ratio_at_most, report, seconds

N_PERSONS = 500                    # two intake records each
N_RECORDS = 2 * N_PERSONS
REPEAT = 5
N_DEVICES = 20
ROUNDS = 5
EDITS_PER_ROUND = 5
PASSPHRASE = "correct paard batterij nietje"
GEMEENTE = "Utrecht"
VANDAAG = dt.date.today()          # the form checks dates against today


class Server:
    def __init__(self, db_url: str):
        from tests.devpg import free_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "central.cli", "serve", "--db", db_url, "--port",
                                      str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import httpx
        for _ in range(300):
            try:
                httpx.get(self.url + "/v1/protocol", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("de server startte niet")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _store(directory: Path, name: str, user: str):
    from desktop_app.store import vault
    from desktop_app.store.store import Store
    return Store.create(directory / name, PASSPHRASE, user=user, kdf=vault.FAST_KDF_FOR_TESTS)


def _enroll(engine, server: Server, store, user: str) -> None:
    from central import db as central_db
    from desktop_app.sync import engine as sync_engine
    sync_engine.enroll(store, server.url, central_db.enroll(engine, user, "consultant", GEMEENTE))


def intake_records(tmp: Path) -> dict[str, dict]:
    """The records the form engine stores for one complete brede intake: {entity: fields}."""
    from tests.journeys.mensen import inburgeraar
    from tests.realistisch import vul_brede_intake
    store = _store(tmp, "sjabloon", "K. de Vries")
    ib = inburgeraar(0, VANDAAG)
    store.save(ib)
    vul_brede_intake(store, ib.id, VANDAAG)
    records = {entity: store.get(entity, ib.id) for entity in ("intake", "intake_bijzonder")}
    store.close()
    return records


def push_pull(pg, tmp: Path, sjabloon: dict[str, dict]) -> tuple[list[float], list[float], list[float], list[float]]:
    """Times of push+pull, push, pull and the floor, each REPEAT runs interleaved after one warm-up pair."""
    from sqlalchemy import insert

    from central.db import make_engine, migrate
    from central.schema import gemeente, record
    from desktop_app.sync import engine as sync_engine
    url = pg.new_database()
    engine = make_engine(url)
    migrate(engine)
    with engine.begin() as conn:   # the floor's rows go to a municipality of their own
        vloer_gemeente = conn.execute(insert(gemeente).values(naam="Vloer").returning(gemeente.c.id)).scalar()
    data = {entity: json.dumps(fields, ensure_ascii=False, sort_keys=True) for entity, fields in sjabloon.items()}
    revs = {entity: json.dumps({f: [1, "d"] for f in fields}) for entity, fields in sjabloon.items()}
    server = Server(url)
    runs = itertools.count()
    devices: list = []
    push_times, pull_times = [], []

    def before() -> None:
        """Untimed: two new devices of a new consultant, both with the 500 people (the server refuses an intake of
        a person it does not have), the first with the 1,000 intake records waiting to be pushed."""
        for store in devices:
            store.close()
        run = next(runs)
        user = f"Consulent {run}"
        devices[:] = [_store(tmp, f"r{run}-{name}", user) for name in ("a", "b")]
        for store in devices:
            _enroll(engine, server, store, user)
        with devices[0].transaction() as conn:
            for p in range(N_PERSONS):
                devices[0].put("inburgeraar", f"r{run}-ib-{p}", {"voornamen": f"Persoon {p}", "klantmanager": user},
                               conn=conn)
        for store in devices:
            sync_engine.sync(store)
        with devices[0].transaction() as conn:
            for p in range(N_PERSONS):
                ib = f"r{run}-ib-{p}"
                for entity, fields in sjabloon.items():
                    devices[0].put(entity, ib, {**fields, "inburgeraar_id": ib}, conn=conn)

    def figure() -> None:
        a, b = devices
        start = time.perf_counter()
        pushed = sync_engine.sync(a)
        midden = time.perf_counter()
        pulled = sync_engine.sync(b)
        push_times.append(midden - start)
        pull_times.append(time.perf_counter() - midden)
        assert pushed.pushed == N_RECORDS and pulled.pulled == N_RECORDS and b.count("intake") == N_PERSONS

    floor_runs = itertools.count()

    def floor() -> None:
        run = next(floor_runs)
        rows = [{"gemeente_id": vloer_gemeente, "entity": entity, "id": f"v{run}-{p}", "data": data[entity],
                 "field_revs": revs[entity], "deleted": False, "rev": 2 * p + 1, "by": "K. de Vries",
                 "created_by": "K. de Vries", "inburgeraar_id": f"v{run}-{p}", "groep_id": None, "klantmanager": None,
                 "updated_at": "2026-11-22T00:00:00+00:00"} for p in range(N_PERSONS) for entity in sjabloon]
        with engine.begin() as conn:
            conn.execute(insert(record), rows)

    try:
        totals, floors = interleaved(figure, floor, REPEAT, warmup=1, before=before)
        return totals, push_times[1:], pull_times[1:], floors   # the first push and pull were the warm-up
    finally:
        for store in devices:
            store.close()
        server.stop()
        engine.dispose()


def many_devices(pg, tmp: Path) -> tuple[int, float, list[float]]:
    from central.db import make_engine, migrate
    from desktop_app.diensten import Diensten
    from desktop_app.sync import engine as sync_engine
    from desktop_app.sync.client import Client
    from tests.journeys.mensen import inburgeraar
    from tests.realistisch import antwoorden
    url = pg.new_database()
    engine = make_engine(url)
    migrate(engine)
    server = Server(url)
    latencies: list[float] = []
    lock = threading.Lock()
    answers = list(antwoorden(VANDAAG).items())

    class TimedClient(Client):
        def request(self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return super().request(*args, **kwargs)
            finally:
                with lock:
                    latencies.append(time.perf_counter() - start)

    try:
        stores, intakes = [], []
        for i in range(N_DEVICES):
            user = f"Consulent {i}"
            store = _store(tmp, f"dev{i}", user)
            _enroll(engine, server, store, user)
            ib = inburgeraar(i % 4, VANDAAG, user)
            store.save(ib)
            opslag = Diensten(store, vandaag=VANDAAG).intake
            stores.append(store)
            intakes.append((opslag, opslag.laad(ib.id)))
        errors: list[Exception] = []

        def device(i: int, store) -> None:
            try:
                opslag, intake = intakes[i]
                client = TimedClient(server.url, store.get_meta("sync.token"))
                for r in range(ROUNDS):
                    for pad, waarde in answers[r * EDITS_PER_ROUND:(r + 1) * EDITS_PER_ROUND]:
                        opslag.zet(intake, pad, waarde)
                    sync_engine.sync(store, client)
                client.close()
            except Exception as fout:  # reported after the run
                errors.append(fout)

        threads = [threading.Thread(target=device, args=(i, s)) for i, s in enumerate(stores)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        if errors:
            raise errors[0]
        for s in stores:
            s.close()
        return len(latencies), wall, latencies
    finally:
        server.stop()
        engine.dispose()


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t * 1000:.0f}" for t in times) + " ms"


def main() -> None:
    from tests.devpg import TempPostgres
    pg = TempPostgres(fsync=True)
    tmp = Path(tempfile.mkdtemp(prefix="koers-bench-sync-"))
    try:
        totals, pushes, pulls, floors = push_pull(pg, tmp, intake_records(tmp))
        print(f"push+pull runs: {_runs(totals)}; bulk insert runs: {_runs(floors)}", file=sys.stderr)
        total = statistics.median(totals)
        report(f"sync push+pull {N_RECORDS} intake records (median of {REPEAT})", seconds(total),
               seconds(statistics.median(floors), f"bulk insert, median of {REPEAT}"), ratio_at_most(3))
        report(f"sync push {N_RECORDS} intake records", seconds(statistics.median(pushes)))
        report(f"sync pull {N_RECORDS} intake records", seconds(statistics.median(pulls)))
        report("sync intake records/s (push+pull)", per_second(N_RECORDS / total), None,
               at_least(per_second(1000)))
        n, wall, latencies = many_devices(pg, tmp)
        report(f"sync {N_DEVICES} devices at once: requests/s", per_second(n / wall))
        report(f"sync {N_DEVICES} devices at once: p95 latency", seconds(percentile(latencies, 95)),
               seconds(statistics.median(latencies), "median"))
    finally:
        pg.stop()
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

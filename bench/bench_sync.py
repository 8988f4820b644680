"""Sync throughput on loopback PostgreSQL 15, with the central server as its own process on 127.0.0.1.

1. Push + pull of 1,000 changed records (one device pushes, another pulls) vs a bulk insert of the same rows into the
   server's table in the same run (target: ratio <= 3x and >= 1,000 records/s).
2. 20 devices syncing at once, a few rounds each: requests/s and p95 latency per request.

Run: python -m bench.bench_sync
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import at_least, per_second, percentile, ratio_at_most, report, seconds

N_RECORDS = 1000
N_DEVICES = 20
ROUNDS = 5
EDITS_PER_ROUND = 5
PASSPHRASE = "correct paard batterij nietje"


def _fields(i: int) -> dict:
    return {"voornamen": f"Voornaam {i}", "achternaam": f"Achternaam {i}", "naam_eigen_schrift": "أمل",
            "geboortedatum": "1990-01-01", "doelgroep": "asielstatushouder", "gemeente": "Utrecht",
            "v_nummer": f"{1000000000 + i}", "telefoon": "0612345678", "email": f"n{i}@example.org",
            "adres": f"Laan {i}", "klantmanager": "K. de Vries", "taal": "ar"}


class Server:
    def __init__(self, db_url: str):
        from central.devpg import free_port
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


def _store(directory: Path, name: str):
    from desktop_app.store import vault
    from desktop_app.store.store import Store
    return Store.create(directory / name, PASSPHRASE, user="K. de Vries", kdf=vault.FAST_KDF_FOR_TESTS)


def _enroll(engine, server: Server, store) -> None:
    from central import db as central_db
    from desktop_app.sync import engine as sync_engine
    sync_engine.enroll(store, server.url, central_db.enroll(engine, "K. de Vries", "consultant", "Utrecht"))


def bulk_insert_floor(pg) -> float:
    """The same 1,000 rows inserted straight into the server's record table, one transaction."""
    from central.db import make_engine, migrate
    from central.schema import gemeente, record
    from sqlalchemy import delete, insert
    engine = make_engine(pg.new_database())
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(insert(gemeente).values(id=1, naam="Utrecht", rev=0))
    rows = [{"gemeente_id": 1, "entity": "inburgeraar", "id": f"ib-{i}", "data": json.dumps(_fields(i)),
             "field_revs": json.dumps({f: [i + 1, "d"] for f in _fields(i)}), "deleted": False, "rev": i + 1,
             "by": "K. de Vries", "created_by": "K. de Vries", "inburgeraar_id": f"ib-{i}", "groep_id": None,
             "klantmanager": "K. de Vries", "updated_at": "2026-11-22T00:00:00+00:00"} for i in range(N_RECORDS)]
    times = []
    for _ in range(5):
        with engine.begin() as conn:
            conn.execute(delete(record))
        start = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(insert(record), rows)
        times.append(time.perf_counter() - start)
    engine.dispose()
    return statistics.median(times)


def push_pull(pg, tmp: Path) -> tuple[float, float, float]:
    from central.db import make_engine, migrate
    from desktop_app.sync import engine as sync_engine
    url = pg.new_database()
    engine = make_engine(url)
    migrate(engine)
    server = Server(url)
    try:
        a, b = _store(tmp, "a"), _store(tmp, "b")
        _enroll(engine, server, a), _enroll(engine, server, b)
        with a.transaction() as conn:
            for i in range(N_RECORDS):
                a.put("inburgeraar", f"ib-{i}", _fields(i), conn=conn)
        start = time.perf_counter()
        pushed = sync_engine.sync(a)
        t_push = time.perf_counter() - start
        start = time.perf_counter()
        pulled = sync_engine.sync(b)
        t_pull = time.perf_counter() - start
        assert pushed.pushed == N_RECORDS and pulled.pulled == N_RECORDS and b.count("inburgeraar") == N_RECORDS
        a.close(), b.close()
        return t_push, t_pull, t_push + t_pull
    finally:
        server.stop()
        engine.dispose()


def many_devices(pg, tmp: Path) -> tuple[int, float, list[float]]:
    from central.db import make_engine, migrate
    from desktop_app.sync import engine as sync_engine
    from desktop_app.sync.client import Client
    url = pg.new_database()
    engine = make_engine(url)
    migrate(engine)
    server = Server(url)
    latencies: list[float] = []
    lock = threading.Lock()

    class TimedClient(Client):
        def request(self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return super().request(*args, **kwargs)
            finally:
                with lock:
                    latencies.append(time.perf_counter() - start)

    try:
        stores = [_store(tmp, f"dev{i}") for i in range(N_DEVICES)]
        for s in stores:
            _enroll(engine, server, s)
        errors: list[Exception] = []

        def device(i: int, store) -> None:
            try:
                client = TimedClient(server.url, store.get_meta("sync.token"))
                for r in range(ROUNDS):
                    for e in range(EDITS_PER_ROUND):
                        store.put("inburgeraar", f"ib-{i}-{e}", {"telefoon": f"06{r:02d}{e:06d}",
                                                                 "klantmanager": "K. de Vries"})
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


def main() -> None:
    from central.devpg import TempPostgres
    pg = TempPostgres(fsync=True)
    tmp = Path(tempfile.mkdtemp(prefix="koers-bench-sync-"))
    try:
        floor = bulk_insert_floor(pg)
        t_push, t_pull, total = push_pull(pg, tmp)
        rate = N_RECORDS / total
        report("sync push+pull 1000 records", seconds(total), seconds(floor, "bulk insert"), ratio_at_most(3))
        report("sync push 1000 records", seconds(t_push))
        report("sync pull 1000 records", seconds(t_pull))
        report("sync records/s (push+pull)", per_second(rate), None, at_least(per_second(1000)))
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

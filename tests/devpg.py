"""A throwaway PostgreSQL cluster for tests and benchmarks: Debian's PostgreSQL 15 (`postgresql-15`) in a temp
directory on a free loopback port. PostgreSQL refuses to run as root, so as root (CI) it runs as the `postgres`
system user (created when missing)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("KOERS_PG_BIN", "/usr/lib/postgresql/15/bin"))


_WATCHDOG = """
import json, os, shutil, subprocess, sys, time
parent, prefix, pg_ctl, data, base = int(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
while os.path.isdir(data):
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        subprocess.run(prefix + [pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
        break
    time.sleep(1)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    def __init__(self, *, fsync: bool = False):
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 ontbreekt ({PG_BIN}/initdb): installeer het Debian-pakket "
                               f"postgresql-15 (apt-get install postgresql-15).")
        self.base = Path(tempfile.mkdtemp(prefix="koers-pg-", dir="/tmp"))
        self.port = free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            if subprocess.run(["id", "-u", "postgres"], capture_output=True).returncode != 0:
                subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                                "postgres"], check=True)
            shutil.chown(self.base, "postgres")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.base, 0o700)
        self.data = self.base / "data"
        self._run(PG_BIN / "initdb", "-D", self.data, "-U", "koers", "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        options = f"-p {self.port} -h 127.0.0.1 -k {self.base} -c max_connections=200"
        if not fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.base / "postgres.log", "-w", "-o", options,
                  "start")
        self._n = 0
        # A watchdog stops the cluster if this process dies without `stop()` (a crash, a kill -9 in CI).
        subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), json.dumps(self.prefix),
                          str(PG_BIN / "pg_ctl"), str(self.data), str(self.base)],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)

    def _run(self, *args) -> None:
        result = subprocess.run(self.prefix + [str(a) for a in args], capture_output=True, text=True,
                                cwd=self.base)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(str(args[0])).name} faalde: {result.stderr or result.stdout}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://koers@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg
        self._n += 1
        name = f"koers_{self._n}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=koers dbname=postgres", autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

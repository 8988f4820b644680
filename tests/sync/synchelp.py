"""Helpers for the sync tests (imported by the tests; the fixtures live in conftest.py)."""
from __future__ import annotations

import threading
import time

import uvicorn

from central import db as central_db
from central.app import create_app
from tests.devpg import free_port
from desktop_app.store.store import Store
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import Client

PASSPHRASE = "correct paard batterij nietje"


class LiveServer:
    """The central server in-process under uvicorn on a loopback port; can be stopped and started again (restart)."""

    def __init__(self, db_url: str, port: int | None = None):
        self.db_url = db_url
        self.app = create_app(db_url)
        self.engine = self.app.state.engine
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self.start()

    def start(self) -> None:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
                                access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn startte niet")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None

    def restart(self) -> None:
        """A new server process: a new app and engine on the same database and port."""
        self.stop()
        self.engine.dispose()
        self.app = create_app(self.db_url)
        self.engine = self.app.state.engine
        self.start()

    def enroll(self, store: Store, user: str, role: str = "consultant", gemeente: str = "Utrecht", **kwargs):
        code = central_db.enroll(self.engine, user, role, gemeente)
        return sync_engine.enroll(store, self.url, code, backoff=0.01, **kwargs)


def fast_client(store: Store, **kwargs) -> Client:
    kwargs.setdefault("backoff", 0.01)
    return sync_engine.client_for(store, **kwargs)


def do_sync(store: Store, **kwargs) -> sync_engine.SyncReport:
    with fast_client(store, **kwargs) as client:
        return sync_engine.sync(store, client)


def records(store: Store, *entities: str) -> dict:
    """Everything live in a store, for convergence checks: {(entity, id): fields}."""
    uit = {}
    for entity in entities or ("inburgeraar", "contactpersoon", "intake", "intake_bijzonder", "pip",
                               "startklasgroep", "plaatsing", "observatiemoment", "eindscore", "trajectadvies"):
        for record_id, fields in store.all(entity):
            uit[(entity, record_id)] = fields
    return uit


class FaultProxy:
    """A TCP proxy on 127.0.0.1 between client and server that injects faults into push requests:
    - `drop_push_responses`: forward the push to the server, then cut the connection before the answer arrives
      (the server applied it, the device never heard);
    - `cut_push_requests`: forward only the first half of the push request, then cut (the server never got it);
    - `drop_pull_responses`: cut the connection while a pull page is on its way;
    - `drop_enroll_responses`: the server enrols the device, the device never hears it;
    - `cut_chunk_uploads`: cut an attachment chunk upload half-way."""

    def __init__(self, upstream_port: int):
        import socket
        self.upstream_port = upstream_port
        self.drop_push_responses = 0
        self.cut_push_requests = 0
        self.drop_pull_responses = 0
        self.drop_enroll_responses = 0
        self.cut_chunk_uploads = 0
        self.request_lines: list[str] = []
        self.faults = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _take(self, name: str) -> bool:
        with self._lock:
            if getattr(self, name) > 0:
                setattr(self, name, getattr(self, name) - 1)
                self.faults += 1
                return True
        return False

    def _accept(self) -> None:
        import socket
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            state = {"push": False, "drop": False}
            threading.Thread(target=self._up, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client, state), daemon=True).start()

    @staticmethod
    def _pipe(source, target) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        FaultProxy._close(source, target)

    @staticmethod
    def _close(*socks) -> None:
        import socket
        for s in socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def _up(self, client, upstream, state) -> None:
        try:
            while data := client.recv(65536):
                if data[:4] in (b"GET ", b"PUT ", b"POST"):
                    self.request_lines.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                if data.startswith(b"PUT /v1/bijlagen/") and self._take("cut_chunk_uploads"):
                    upstream.sendall(data[: len(data) // 2])
                    time.sleep(0.05)
                    return self._close(client, upstream)
                if data.startswith(b"POST /v1/push"):
                    state["push"] = True
                    if self._take("cut_push_requests"):
                        upstream.sendall(data[: len(data) // 2])
                        time.sleep(0.05)
                        return self._close(client, upstream)
                    state["drop"] = self._take("drop_push_responses")
                elif data.startswith(b"GET /v1/pull"):
                    state["drop"] = self._take("drop_pull_responses")
                elif data.startswith(b"POST /v1/enroll"):
                    state["drop"] = self._take("drop_enroll_responses")
                upstream.sendall(data)
        except OSError:
            pass
        self._close(client, upstream)

    def _down(self, upstream, client, state) -> None:
        try:
            while data := upstream.recv(65536):
                if state["drop"]:
                    return self._close(client, upstream)  # the server answered; the device never hears it
                client.sendall(data)
        except OSError:
            pass
        self._close(client, upstream)

    def close(self) -> None:
        self._listener.close()


def server_state(engine) -> dict:
    """Live records on the server: {(entity, id): fields}."""
    import json
    from sqlalchemy import select
    from central.schema import record
    with engine.begin() as conn:
        rows = conn.execute(select(record.c.entity, record.c.id, record.c.data).where(record.c.deleted.is_(False)))
        return {(r.entity, r.id): json.loads(r.data) for r in rows}


def received_count(engine) -> int:
    from sqlalchemy import func, select
    from central.schema import ontvangen
    with engine.begin() as conn:
        return conn.execute(select(func.count()).select_from(ontvangen)).scalar()


class HttpProxy:
    """A minimal forward proxy for plain http on 127.0.0.1 (what a municipal proxy does for the client): it turns
    the absolute request line into a path and relays to the target. Counts the requests it carried."""

    def __init__(self):
        import socket
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client) -> None:
        import re
        import socket
        absolute = re.compile(rb"^([A-Z]+) http://([^/\s]+)")
        upstream = None
        try:
            while data := client.recv(65536):
                match = absolute.match(data)
                if match:
                    self.requests += 1
                    if upstream is None:
                        host, _, port = match.group(2).decode().partition(":")
                        upstream = socket.create_connection((host, int(port or 80)))
                        threading.Thread(target=FaultProxy._pipe, args=(upstream, client), daemon=True).start()
                    data = match.group(1) + b" " + data[match.end():]
                upstream.sendall(data)
        except OSError:
            pass
        FaultProxy._close(*(s for s in (client, upstream) if s is not None))

    def close(self) -> None:
        self._listener.close()


def server_view(server_url: str, token: str) -> dict:
    """What the server gives this device from the start: {(entity, id): fields} of its live records."""
    import datetime as dt
    import httpx
    from koers_protocol.sync import CLOCK_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION
    uit, cursor, meer = {}, 0, True
    with httpx.Client(base_url=server_url) as http:
        while meer:
            antwoord = http.get("/v1/pull", params={"after": cursor, "limit": 1000}, headers={
                "Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}).json()
            for r in antwoord["records"]:
                uit.pop((r["entity"], r["id"]), None)
                if not r["deleted"]:
                    uit[(r["entity"], r["id"])] = r["fields"]
            cursor, meer = antwoord["cursor"], antwoord["more"]
    return uit


def diverged(store, server) -> dict:
    """Where a device and the server disagree: {(entity, id): (the device's copy, the server's)}. Every record the
    server gives the device must be on it as the server has it, and every record on the device must be one the server
    gives it (a record the device may no longer see leaves it at its next sync: then the server's side is None)."""
    lokaal = records(store)
    daar = server_view(server.url, store.get_meta("sync.token"))
    uit = {k: (lokaal.get(k), v) for k, v in daar.items() if lokaal.get(k) != v}
    uit.update({k: (v, None) for k, v in lokaal.items() if k not in daar})
    return uit

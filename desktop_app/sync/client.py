"""HTTP to the central server: TLS verified against the system's or a configured CA bundle (municipal PKI), proxy
settings honoured (explicit, or HTTPS_PROXY from the environment), retries with backoff on a broken connection or a
server that is briefly away. Refusals become `SyncError`s with the server's Dutch message."""
from __future__ import annotations

import datetime as dt
import functools
import json as jsonlib
import random
import ssl
import time
from typing import Any, Callable

import httpx

from koers_protocol.sync import CLOCK_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION

RETRY_STATUS = {502, 503, 504}


class SyncError(Exception):
    """Sync did not complete. The message is for the user: what went wrong and what to do. Local data is kept."""

    def __init__(self, message: str, code: str = "fout", status: int | None = None):
        super().__init__(message)
        self.code, self.status = code, status


class DeviceRevoked(SyncError):
    pass


class VersionMismatch(SyncError):
    pass


class Unreachable(SyncError):
    pass


class Client:
    def __init__(self, server: str, token: str | None = None, *, ca_bundle: str | None = None,
                 proxy: str | None = None, timeout: float = 30, retries: int = 4, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None):
        self.server = server.rstrip("/")
        self.token = token
        self.retries, self.backoff, self.sleep = retries, backoff, sleep
        try:
            verify = _tls_context(ca_bundle or None)
        except (OSError, ssl.SSLError) as fout:
            raise SyncError(f"Het CA-bestand {ca_bundle} is niet te lezen ({fout}). Kies het PEM-bestand met het "
                            f"basiscertificaat van de gemeente.", "ca_bundle") from None
        self.http = httpx.Client(base_url=self.server, verify=verify, proxy=proxy or None, timeout=timeout,
                                 trust_env=True, transport=transport)

    def close(self) -> None:
        self.http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def request(self, method: str, path: str, *, json: Any = None, params: dict | None = None,
                content: bytes | None = None, raw: bool = False) -> Any:
        """JSON in, JSON out (or the raw bytes with raw=True); `content` sends raw bytes."""
        poging = 0
        while True:
            headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                       CLOCK_HEADER: dt.datetime.now(dt.timezone.utc).isoformat()}
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            try:
                body = content
                if content is not None:
                    headers["Content-Type"] = "application/octet-stream"
                elif json is not None:
                    # Encoded here, not by httpx (which refuses NaN): a value the server cannot accept must reach it,
                    # to be refused by itself and set aside, instead of stopping every push on this device.
                    body = als_json(json)
                    headers["Content-Type"] = "application/json"
                response = self.http.request(method, path, params=params, content=body, headers=headers)
            except httpx.HTTPError as fout:
                if isinstance(fout, (httpx.ConnectError, httpx.ProxyError)) and _tls_probleem(fout):
                    raise SyncError(f"De server {self.server} kon niet worden geverifieerd (TLS-certificaat). Stel "
                                    f"bij Synchroniseren het CA-bestand van de gemeente in, of vraag de beheerder.",
                                    "tls") from None
                if poging >= self.retries:
                    raise Unreachable(f"De server {self.server} is niet bereikbaar ({type(fout).__name__}). Uw "
                                      f"wijzigingen blijven bewaard en gaan mee bij de volgende synchronisatie. "
                                      f"Controleer de internetverbinding of de proxy-instelling.", "onbereikbaar")
                poging += 1
                self.sleep(self._wacht(poging))
                continue
            if response.status_code in RETRY_STATUS and poging < self.retries:
                poging += 1
                self.sleep(self._wacht(poging))
                continue
            return _antwoord(response, self.server, raw)

    def _wacht(self, poging: int) -> float:
        # Exponential backoff with jitter, so twenty devices that lost the server do not return in lockstep.
        return min(30.0, self.backoff * 2 ** (poging - 1)) * (0.5 + random.random() / 2)


def als_json(waarde: Any) -> bytes:
    """JSON as this client sends it (so a batch can be sized before it is sent)."""
    return jsonlib.dumps(waarde, ensure_ascii=False, separators=(",", ":")).encode()


@functools.lru_cache(maxsize=4)
def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Certificates are always verified: against the system's CAs (where a municipality installs its own root), or
    against the configured bundle. Built once per process: loading the CA store costs tens of milliseconds."""
    return ssl.create_default_context(cafile=ca_bundle) if ca_bundle else ssl.create_default_context()


def _tls_probleem(fout: Exception) -> bool:
    oorzaak = fout
    while oorzaak is not None:
        if isinstance(oorzaak, ssl.SSLError):
            return True
        oorzaak = oorzaak.__cause__ or oorzaak.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(fout)


def _antwoord(response: httpx.Response, server: str, raw: bool = False) -> Any:
    if response.status_code < 400:
        return response.content if raw else response.json()
    try:
        body = response.json()
        detail, code = body.get("detail"), body.get("code", "fout")
        if not isinstance(detail, str):
            detail = None
    except ValueError:
        detail, code = None, "fout"
    detail = detail or f"De server {server} weigerde het verzoek (HTTP {response.status_code})."
    if code in ("apparaat_ingetrokken", "onbekend_token"):
        raise DeviceRevoked(detail, code, response.status_code)
    if response.status_code == 426 or code in ("client_te_oud", "server_te_oud"):
        raise VersionMismatch(detail, code, response.status_code)
    if response.status_code >= 500:
        raise Unreachable(detail + " Uw wijzigingen blijven bewaard.", code, response.status_code)
    raise SyncError(detail, code, response.status_code)

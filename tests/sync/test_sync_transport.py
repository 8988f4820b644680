"""The client's transport: TLS verified against the municipality's own CA bundle (and refused without it), a proxy
honoured, and the embedded SQLite server for a trial."""
from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from central import db as central_db
from central.app import create_app
from tests.devpg import free_port
from desktop_app.sync import engine as sync_engine
from desktop_app.sync.client import SyncError
from synchelp import HttpProxy, LiveServer, do_sync, records, server_state


def _pki(directory):
    """A municipal CA and a server certificate for 127.0.0.1 signed by it."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Gemeente Utrecht test-CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "koers")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {name: directory / f"{name}.pem" for name in ("ca", "cert", "key")}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_server(pg_url, tmp_path):
    paths = _pki(tmp_path)
    app = create_app(pg_url)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                           ssl_certfile=str(paths["cert"]), ssl_keyfile=str(paths["key"])))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", app.state.engine, paths["ca"]
    server.should_exit = True
    thread.join(10)
    app.state.engine.dispose()


def test_tls_with_the_municipal_ca_bundle(tls_server, make_store):
    url, engine, ca = tls_server
    store = make_store("a")
    store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    with pytest.raises(SyncError) as fout:  # the system's CAs do not know the municipal CA: refused, not ignored
        sync_engine.enroll(store, url, central_db.enroll(engine, "K. de Vries", "consultant"), backoff=0.01)
    assert fout.value.code == "tls" and "CA-bestand" in str(fout.value)
    assert not sync_engine.is_enrolled(store)

    sync_engine.enroll(store, url, central_db.enroll(engine, "K. de Vries", "consultant"), ca_bundle=str(ca))
    assert do_sync(store).pushed == 1
    assert server_state(engine) == records(store)


def test_unreadable_ca_bundle_says_so(make_store, tmp_path):
    store = make_store("a")
    (tmp_path / "leeg.pem").write_text("geen certificaat")
    with pytest.raises(SyncError) as fout:
        sync_engine.enroll(store, "https://127.0.0.1:1", "ABCDE-FGHJK", ca_bundle=str(tmp_path / "leeg.pem"))
    assert "CA-bestand" in str(fout.value) and "niet te lezen" in str(fout.value)


def test_proxy_setting_is_honoured(server, make_store):
    proxy = HttpProxy()
    try:
        store = make_store("a")
        store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
        server.enroll(store, "K. de Vries", proxy=proxy.url)
        assert store.get_meta("sync.proxy") == proxy.url
        na_aanmelden = proxy.requests
        assert na_aanmelden >= 2  # protocol check + enroll went through the proxy
        do_sync(store)
        assert proxy.requests > na_aanmelden
        assert server_state(server.engine) == records(store)
    finally:
        proxy.close()


def test_embedded_sqlite_server_for_a_trial(tmp_path, make_store):
    server = LiveServer(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        a, b = make_store("a"), make_store("b")
        server.enroll(a, "K. de Vries"), server.enroll(b, "K. de Vries")
        a.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
        b.put("inburgeraar", "ib-2", {"voornamen": "Yonas", "klantmanager": "K. de Vries"})
        do_sync(a), do_sync(b), do_sync(a)
        assert records(a) == records(b) == server_state(server.engine)
        assert len(records(a)) == 2
    finally:
        server.stop()
        server.engine.dispose()

"""`koers enroll` and `koers sync` from a terminal, against the live server."""
from __future__ import annotations

import subprocess
import sys

from central import db as central_db
from synchelp import PASSPHRASE, server_state


def koers(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *args], capture_output=True, text=True)


def test_enroll_and_sync_from_the_terminal(server, make_store, tmp_path):
    store = make_store("a")
    store.put("inburgeraar", "ib-1", {"voornamen": "Amal", "klantmanager": "K. de Vries"})
    directory = store.directory
    store.close()
    wachtwoord = tmp_path / "pw"
    wachtwoord.write_text(PASSPHRASE + "\n")
    code = central_db.enroll(server.engine, "K. de Vries", "consultant", "Utrecht")

    bad = koers("enroll", "--store", str(directory), "--passphrase-file", str(wachtwoord), "--server", server.url,
                "--code", "FOUT0-FOUT0")
    assert bad.returncode == 1 and "onbekend of al gebruikt" in bad.stderr

    ok = koers("enroll", "--store", str(directory), "--passphrase-file", str(wachtwoord), "--server", server.url,
               "--code", code.lower())
    assert ok.returncode == 0, ok.stderr
    assert "Aangemeld bij" in ok.stdout and "K. de Vries (consultant, Utrecht)" in ok.stdout

    run = koers("sync", "--store", str(directory), "--passphrase-file", str(wachtwoord))
    assert run.returncode == 0, run.stderr
    assert "Gesynchroniseerd: 1 verstuurd, 1 ontvangen." in run.stdout
    assert server_state(server.engine) == {("inburgeraar", "ib-1"): {"voornamen": "Amal",
                                                                     "klantmanager": "K. de Vries"}}

    server.stop()
    down = koers("sync", "--store", str(directory), "--passphrase-file", str(wachtwoord))
    assert down.returncode == 1 and "niet bereikbaar" in down.stderr


def test_sync_before_enrolling_says_what_to_do(make_store, tmp_path):
    store = make_store("a")
    directory = store.directory
    store.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    r = koers("sync", "--store", str(directory), "--passphrase-file", str(tmp_path / "pw"))
    assert r.returncode == 1 and "nog niet aangemeld" in r.stderr


def test_server_and_sync_client_never_import_qt():
    code = ("import sys, central.app, central.cli, central.sync, desktop_app.sync.engine, desktop_app.cli.synchronisatie; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert uit.strip() == "[]"

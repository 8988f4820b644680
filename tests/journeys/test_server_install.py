"""Journey: a municipality installs the central server on a fresh machine, from the server's own hashed lock and the
wheel. It runs without Qt, SQLCipher or ReportLab: they are not even installed."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from tests.devpg import free_port

from .test_fresh_install import ROOT, _run

NIET_OP_DE_SERVER = ("PySide6", "sqlcipher3", "reportlab", "pypdfium2", "argon2")


def test_server_installs_and_runs_without_the_app(koers_wheel, tmp_path):
    venv = tmp_path / "server-venv"
    _run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "-q", "--require-hashes", "-r", ROOT / "requirements-server.lock"])
    _run([python, "-m", "pip", "install", "-q", "--no-deps", koers_wheel])
    _run([python, "-m", "pip", "check"])
    aanwezig = _run([python, "-c", "import importlib.util as u; print([m for m in %r if u.find_spec(m)])"
                     % (NIET_OP_DE_SERVER,)]).stdout.strip()
    assert aanwezig == "[]"
    grootte = sum(p.stat().st_size for p in venv.rglob("*") if p.is_file()) / 2**20
    print(f"server venv: {grootte:.0f} MB")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    db = f"sqlite:///{tmp_path / 'central.db'}"
    central = venv / "bin" / "koers-central"
    code = _run([central, "enroll", "--db", db, "--user", "K. de Vries", "--role", "consultant",
                 "--gemeente", "Amersfoort"], cwd=tmp_path, env=env).stdout.splitlines()[-1]
    assert len(code) == 11 and code[5] == "-"

    poort = free_port()
    server = subprocess.Popen([central, "serve", "--db", db, "--port", str(poort)], cwd=tmp_path, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120   # bounds a hang only: the loop ends when the server answers
        while True:
            try:
                antwoord = httpx.get(f"http://127.0.0.1:{poort}/v1/protocol", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "koers-central serve gaf geen antwoord"
                time.sleep(0.1)
        assert antwoord.status_code == 200 and antwoord.json()["max"] >= 1
    finally:
        server.terminate()
        server.wait(30)

    # the app's command is there too (one wheel), and says in one line what to install
    r = subprocess.run([venv / "bin" / "koers", "list"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 1 and "pip install 'koers[desktop]'" in r.stderr and "Traceback" not in r.stderr

"""Start an installed Koers (the bundle, or `koers` from a fresh venv) offscreen and wait until it shows a screen.

The app logs the screen on view to stderr when KOERS_LOG=INFO (desktop_app/gui/lock_screen.py); this reads stderr
until the line comes. No fixed sleep: the wait ends when the screen is there.
"""
from __future__ import annotations

import queue
import subprocess
import threading
import time

# A cold start of the bundle on a loaded 2-core CI machine takes seconds; this only bounds a hang.
TIMEOUT = 180


def toont_scherm(command: list[str], scherm: str, *, env: dict[str, str], cwd) -> str:
    """Run `command` until it logs the first screen it shows, then stop it; return what it wrote to stderr.
    Fails with that stderr when that screen is another one, the process ends first, or no screen comes."""
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "KOERS_LOG": "INFO"}
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    regels: queue.Queue[str | None] = queue.Queue()

    def lees():
        for regel in proc.stderr:
            regels.put(regel)
        regels.put(None)

    threading.Thread(target=lees, daemon=True).start()
    gezien: list[str] = []

    def fout(reden: str) -> AssertionError:
        return AssertionError(f"{reden}; stderr:\n{''.join(gezien)[-3000:]}")

    einde = time.monotonic() + TIMEOUT
    try:
        while True:
            try:
                regel = regels.get(timeout=max(0.0, einde - time.monotonic()))
            except queue.Empty:
                raise fout(f"scherm {scherm!r} niet getoond binnen {TIMEOUT} s") from None
            if regel is None:
                raise fout(f"gestopt (code {proc.wait()}) voor scherm {scherm!r}")
            gezien.append(regel)
            if regel.startswith("koers.scherm: "):
                getoond = regel.strip().removeprefix("koers.scherm: ")
                if getoond != scherm:
                    raise fout(f"scherm {getoond!r} getoond, niet {scherm!r}")
                return "".join(gezien)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

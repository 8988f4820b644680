"""Helpers for the store tests: the `koers` command as a user runs it."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def koers(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, input=stdin, timeout=120)


@pytest.fixture
def pwfile(tmp_path, passphrase):
    pad = tmp_path / "pw"
    pad.write_text(passphrase + "\n")
    return pad

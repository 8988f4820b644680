"""Issue 12.6: SQLCipher wipes the memory it frees, and `koers` starts without core dumps and not dumpable."""
import subprocess
import sys

from .conftest import ROOT


def test_sqlcipher_memory_security_is_on(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"


def test_the_koers_command_starts_with_core_dumps_off_and_not_dumpable(tmp_path):
    code = ("import ctypes, resource\n"
            "from desktop_app.cli import main\n"
            f"main(['list', '--store', {str(tmp_path / 'geen')!r}])\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.stdout.strip() == "(0, 0) 0", r.stderr

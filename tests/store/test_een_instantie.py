"""Issue 12.9: one Koers per store. A second instance (app or command) gets a clear message and changes nothing; the
lock goes with the process, also when it is killed."""
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop_app.store.errors import StoreInUse
from desktop_app.store.store import Store

from .conftest import ROOT, koers

HOUDER = textwrap.dedent("""
    import sys
    from desktop_app.store.store import Store
    store = Store.open(sys.argv[1], sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()          # holds the store until the test closes our stdin (or kills us)
""")


@pytest.fixture
def andere_koers(store, store_dir, passphrase):
    store.close()
    houder = subprocess.Popen([sys.executable, "-c", HOUDER, str(store_dir), passphrase], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert houder.stdout.readline().strip() == "open"
    yield houder
    if houder.poll() is None:
        houder.kill()
    houder.wait()


def test_a_second_instance_is_refused_with_a_clear_message(andere_koers, store_dir, passphrase, pwfile):
    with pytest.raises(StoreInUse, match=f"al geopend.*proces {andere_koers.pid}"):
        Store.open(store_dir, passphrase)
    r = koers("list", "--store", store_dir, "--passphrase-file", pwfile)
    assert r.returncode == 1 and "al geopend in een ander Koers-venster" in r.stderr
    r = koers("list", "--store", store_dir, stdin="")      # said before a passphrase is asked for
    assert r.returncode == 1 and "al geopend" in r.stderr


def test_the_lock_is_released_when_the_holder_is_killed(andere_koers, store_dir, passphrase):
    andere_koers.send_signal(signal.SIGKILL)
    andere_koers.wait()
    Store.open(store_dir, passphrase).close()


def test_the_app_window_says_so_in_the_second_instance(qtbot, andere_koers, store_dir):
    from desktop_app.gui.lock_screen import InUseScreen
    from desktop_app.gui.main_window import MainWindow
    window = MainWindow(store_dir)
    qtbot.addWidget(window)
    scherm = window.stack.currentWidget()
    assert isinstance(scherm, InUseScreen) and "al geopend" in scherm.melding.text()
    assert not window.actie_slot.isEnabled()

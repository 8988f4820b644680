"""Issue 12.4: changing the passphrase gives the database a new key and re-encrypts every backup, so the old
passphrase opens nothing current: not the store, not a backup, not the live database with a backup's key file. From
the command line (`koers passphrase`); a change cut short is finished at the next unlock."""
import datetime as dt

import pytest

from desktop_app.core.demo import demo_inburgeraars
from desktop_app.core.model import Inburgeraar
from desktop_app.store import herstel, vault, wachtwoord
from desktop_app.store.errors import WrongPassphrase
from desktop_app.store.layout import DB_FILE, KEY_CHANGE_FILE, KEY_FILE
from desktop_app.store.store import Store
from desktop_app.store.verbinding import leesbaar

from .conftest import koers

NIEUW = "zeven gouden ganzen boven Dalfsen"


def _opent(pad, db_key):
    return leesbaar(pad / DB_FILE, db_key)


def test_the_old_passphrase_opens_nothing_current_after_a_change(store, store_dir, passphrase):
    for ib in demo_inburgeraars(6, dt.date(2026, 11, 22)):
        store.save(ib)
    store.dagelijkse_backup()
    store.backup("test")
    oude_sleutel = store.db_key
    store.change_passphrase(passphrase, NIEUW, vault.FAST_KDF_FOR_TESTS)
    store.save(Inburgeraar(voornamen="Na", achternaam="de wijziging"))
    assert store.db_key != oude_sleutel
    store.close()

    with pytest.raises(WrongPassphrase):
        Store.open(store_dir, passphrase)
    for kopie in herstel.kopieen(store_dir):
        assert vault.lees(kopie.pad / KEY_FILE).ontsleutel(passphrase) is None     # old passphrase: no key
        assert not _opent(kopie.pad, oude_sleutel)                                  # old key: no backup
    assert not _opent(store_dir, oude_sleutel)                                      # … and not the live database
    s = Store.open(store_dir, NIEUW)
    assert s.count("inburgeraar") == 7
    s.close()
    for kopie in herstel.kopieen(store_dir):
        assert herstel.bekijk(kopie.pad, NIEUW).aantallen == {"inburgeraar": 6}    # backups still usable


def test_the_wrong_current_passphrase_changes_nothing(store, store_dir):
    sleutel = (store_dir / KEY_FILE).read_bytes()
    with pytest.raises(WrongPassphrase, match="huidige wachtwoord klopt niet"):
        store.change_passphrase("niet het goede", NIEUW, vault.FAST_KDF_FOR_TESTS)
    assert (store_dir / KEY_FILE).read_bytes() == sleutel and not (store_dir / KEY_CHANGE_FILE).exists()


@pytest.mark.parametrize("stap", ["voor_rekey", "na_rekey", "na_een_kopie"])
def test_a_change_cut_short_is_finished_with_the_new_passphrase(store, store_dir, passphrase, monkeypatch, stap):
    """A crash after the journal was written: before the database was re-keyed, after it, or halfway the backups."""
    store.save(Inburgeraar(voornamen="Sara"))
    for i in range(2):
        store.backup(f"test{i}")
    oude = store.db_key
    echt = wachtwoord.rekey
    gedaan = []

    def rekey_met_crash(pad, oud, nieuw):
        if (stap == "voor_rekey") or (stap == "na_een_kopie" and len(gedaan) == 2):
            raise KeyboardInterrupt("stroom weg")
        echt(pad, oud, nieuw)
        gedaan.append(pad)
        if stap == "na_rekey":
            raise KeyboardInterrupt("stroom weg")
    monkeypatch.setattr(wachtwoord, "rekey", rekey_met_crash)
    with pytest.raises(KeyboardInterrupt):
        store.change_passphrase(passphrase, NIEUW, vault.FAST_KDF_FOR_TESTS)
    store.close()
    monkeypatch.setattr(wachtwoord, "rekey", echt)
    assert (store_dir / KEY_CHANGE_FILE).exists()
    if stap != "voor_rekey":      # the database has the new key: the old passphrase is refused
        with pytest.raises(WrongPassphrase, match="gewijzigd"):
            Store.open(store_dir, passphrase)
    s = Store.open(store_dir, NIEUW)
    assert s.load_all(Inburgeraar)[0].voornamen == "Sara"
    s.close()
    assert not (store_dir / KEY_CHANGE_FILE).exists()
    for kopie in herstel.kopieen(store_dir):
        assert not _opent(kopie.pad, oude) and herstel.bekijk(kopie.pad, NIEUW).intact


def test_with_the_old_passphrase_a_change_that_never_reached_the_database_is_dropped(store, store_dir, passphrase,
                                                                                     monkeypatch):
    monkeypatch.setattr(wachtwoord, "rekey", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        store.change_passphrase(passphrase, NIEUW, vault.FAST_KDF_FOR_TESTS)
    store.close()
    Store.open(store_dir, passphrase).close()
    assert not (store_dir / KEY_CHANGE_FILE).exists()


def test_koers_passphrase_from_the_command_line(store, store_dir, passphrase, pwfile, tmp_path):
    store.dagelijkse_backup()
    store.close()
    zwak = tmp_path / "zwak"
    zwak.write_text("Welkom01!\n")
    r = koers("passphrase", "--store", store_dir, "--passphrase-file", pwfile, "--new-passphrase-file", zwak)
    assert r.returncode == 1 and "te zwak" in r.stderr and "niets gewijzigd" in r.stderr
    nieuw = tmp_path / "nieuw"
    nieuw.write_text(NIEUW + "\n")
    r = koers("passphrase", "--store", store_dir, "--passphrase-file", pwfile, "--new-passphrase-file", nieuw)
    assert r.returncode == 0, r.stderr
    assert "oude wachtwoord opent ze niet meer" in r.stdout
    assert koers("list", "--store", store_dir, "--passphrase-file", pwfile).returncode == 2
    assert koers("list", "--store", store_dir, "--passphrase-file", nieuw).returncode == 0

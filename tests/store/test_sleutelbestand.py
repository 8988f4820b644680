"""Issue 12.8: a damaged key file is not a wrong passphrase. Every single flipped bit, every truncation and structural
damage is reported as a damaged key file, with what to do, without back-off and without a traceback; `koers restore
--key-only` brings the key file back from a backup and the data stays as it is."""
import json

import pytest

from desktop_app.core.model import Inburgeraar
from desktop_app.store import vault
from desktop_app.store.errors import KeyFileDamaged, WrongPassphrase
from desktop_app.store.layout import KEY_FILE
from desktop_app.store.store import Store

from .conftest import koers


def _beschadigingen(goed: bytes):
    for i in range(len(goed)):
        for bit in range(8):
            kapot = bytearray(goed)
            kapot[i] ^= 1 << bit
            yield f"bit {bit} van byte {i}", bytes(kapot)
    for lengte in range(len(goed)):
        yield f"afgekapt op {lengte}", goed[:lengte]
    data = json.loads(goed)
    yield "een lijst", b"[1, 2]"
    yield "zonder zout", json.dumps({k: v for k, v in data.items() if k != "salt"}).encode()
    yield "zout is een getal", json.dumps({**data, "salt": 5}).encode()
    yield "kdf is tekst", json.dumps({**data, "kdf": "argon2id"}).encode()
    yield "geen base64", json.dumps({**data, "nonce": "!!!"}).encode()


def test_every_flipped_bit_and_truncation_is_a_damaged_key_file_not_a_wrong_passphrase(store, store_dir, passphrase):
    store.close()
    goed = (store_dir / KEY_FILE).read_bytes()
    for wat, kapot in _beschadigingen(goed):
        (store_dir / KEY_FILE).write_bytes(kapot)
        with pytest.raises(KeyFileDamaged, match="beschadigd.*koers restore --store .* --key-only") as fout:
            Store.open(store_dir, passphrase)
        assert "wachtwoord is dus niet het probleem" in str(fout.value), wat
    assert vault._failures(store_dir) == 0                 # no back-off for damage
    (store_dir / KEY_FILE).write_bytes(goed)
    with pytest.raises(WrongPassphrase):                   # a wrong passphrase is still that
        Store.open(store_dir, "verkeerd maar onbeschadigd")
    Store.open(store_dir, passphrase).close()


def test_a_key_file_without_checksum_still_opens_and_gets_one(store, store_dir, passphrase):
    store.close()
    data = json.loads((store_dir / KEY_FILE).read_text())
    oud = {k: v for k, v in data.items() if k != "controle"} | {"format": 1}
    (store_dir / KEY_FILE).write_text(json.dumps(oud))
    Store.open(store_dir, passphrase).close()
    assert json.loads((store_dir / KEY_FILE).read_text())["format"] == vault.FORMAT


def test_koers_restore_key_only_brings_the_key_file_back_and_keeps_the_data(store, store_dir, passphrase, pwfile):
    store.save(Inburgeraar(voornamen="Yonas"))
    store.dagelijkse_backup()
    store.save(Inburgeraar(voornamen="Na", achternaam="de kopie"))
    store.close()
    kapot = bytearray((store_dir / KEY_FILE).read_bytes())
    kapot[40] ^= 4
    (store_dir / KEY_FILE).write_bytes(bytes(kapot))
    r = koers("list", "--store", store_dir, "--passphrase-file", pwfile)
    assert r.returncode == 1 and "sleutelbestand" in r.stderr and "--key-only" in r.stderr
    assert "Traceback" not in r.stderr
    r = koers("restore", "--store", store_dir, "--passphrase-file", pwfile, "--key-only")
    assert r.returncode == 0, r.stderr
    r = koers("list", "--store", store_dir, "--passphrase-file", pwfile)
    assert r.returncode == 0 and "Na de kopie" in r.stdout and "Yonas" in r.stdout

"""What every `koers` command shares: the exit codes, the refusal every command raises, the store arguments and how
a store is opened (passphrase from a prompt or a file; wrong passphrase exit 2, with the growing wait)."""
from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

EXIT_REFUSED, EXIT_WRONG_PASSPHRASE = 1, 2


def default_store_dir() -> Path:
    from platformdirs import user_data_dir
    return Path(os.environ.get("KOERS_STORE") or Path(user_data_dir("Koers", appauthor=False)) / "store")


class CommandError(Exception):
    def __init__(self, message: str, code: int = EXIT_REFUSED):
        super().__init__(message)
        self.code = code


def read_passphrase(args, *, confirm: bool = False, prompt: str = "Wachtwoord: ") -> str:
    if getattr(args, "passphrase_file", None):
        try:
            lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
        except OSError as fout:
            raise CommandError(f"Wachtwoordbestand niet te lezen: {fout.strerror} ({args.passphrase_file}).")
        if not lines or not lines[0]:
            raise CommandError(f"Het wachtwoordbestand {args.passphrase_file} is leeg.")
        return lines[0]
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError("Geen wachtwoord: geef --passphrase-file BESTAND, of start koers in een terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nogmaals: ") != first:
        raise CommandError("De twee wachtwoorden verschillen; er is niets aangemaakt.")
    return first


def open_store(args, passphrase: str | None = None):
    """Open the store named by --store with `passphrase`, or the one from the prompt or --passphrase-file."""
    from desktop_app.store import instantie
    from desktop_app.store.errors import StoreError, WrongPassphrase
    from desktop_app.store.store import Store
    directory = Path(args.store)
    try:
        Store.controleer_aanwezig(directory)     # before the passphrase is asked for
        with instantie.vast(directory):          # and so is "already open elsewhere"
            return Store.open(directory, passphrase or read_passphrase(args))
    except WrongPassphrase as fout:
        wacht = f" Volgende poging pas na {fout.wacht_seconden:.0f} s." if fout.wacht_seconden else ""
        raise CommandError(str(fout) + wacht, EXIT_WRONG_PASSPHRASE) from None
    except StoreError as fout:
        raise CommandError(str(fout)) from None


@contextlib.contextmanager
def diensten(args, passphrase: str | None = None):
    """`with diensten(args) as d:` the services of the store named by --store, closed afterwards."""
    from desktop_app.diensten import Diensten
    store = open_store(args, passphrase)
    try:
        yield Diensten(store)
    finally:
        store.close()


def add_store_args(parser: argparse.ArgumentParser) -> None:
    # no default here: `koers --store MAP demo` must not fall back to the default store (the main parser has it)
    parser.add_argument("--store", type=Path, default=argparse.SUPPRESS, help="map van de opslag")
    parser.add_argument("--passphrase-file", help="eerste regel van dit bestand is het wachtwoord")

"""The `koers` command. Without a subcommand it opens the app.

Exit codes: 0 done · 1 refused (bad input, store problem; the message says what to do) · 2 wrong passphrase.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import importlib
import os
import sys
from pathlib import Path

# Modules that add subcommands: each has register(subparsers, add_store_args).
COMMAND_MODULES: tuple[str, ...] = ("desktop_app.printing.commands", "desktop_app.sync.commands",
                                     "desktop_app.store.commands")

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


def add_store_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=default_store_dir(), help="map van de opslag")
    parser.add_argument("--passphrase-file", help="eerste regel van dit bestand is het wachtwoord")


# -- commands ---------------------------------------------------------------------------------------------------------
def _maak_opslag(args, user: str, role: str):
    """A new store, open, with a passphrase asked twice and refused when too weak."""
    from desktop_app.core.passphrase import beoordeel
    from desktop_app.store.errors import StoreError
    from desktop_app.store.store import Store
    passphrase = read_passphrase(args, confirm=True)
    oordeel = beoordeel(passphrase, [user, role])
    if not oordeel.voldoende:
        raise CommandError(f"Wachtwoord te zwak: {oordeel.advies}")
    try:
        return Store.create(args.store, passphrase, user=user, role=role)
    except StoreError as fout:
        raise CommandError(str(fout)) from None


def cmd_init(args) -> None:
    _maak_opslag(args, args.user, args.role).close()
    print(f"Opslag aangemaakt in {args.store} (rol: {args.role}).")


def cmd_demo(args) -> None:
    from desktop_app.core.demo import demo_contacten, demo_inburgeraars
    from desktop_app.store.store import Store
    store = open_store(args) if Store.exists(args.store) else _maak_opslag(args, "demo", "consultant")
    try:
        mensen = demo_inburgeraars(args.clients, dt.date.today(), seed=store.count("inburgeraar"))
        with store.transaction() as conn:
            for ib in mensen:
                store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn, reason="demo")
                for contact in demo_contacten(ib):
                    store.put(contact.ENTITY, contact.id, contact.to_fields(), conn=conn, reason="demo")
        if args.clients >= 8 and store.role != "docent":
            _demo_startklas(store, mensen)
        print(f"{len(mensen)} fictieve inburgeraars toegevoegd aan {args.store}.")
    finally:
        store.close()


def _demo_startklas(store, mensen) -> None:
    """A demo group with a few weeks of observations, so every module of the app has something to show."""
    from desktop_app.core.demo import demo_startklas
    from desktop_app.store import startklas as sk
    vandaag = dt.date.today()
    kandidaten = [ib for ib in mensen if ib.doelgroep in ("asielstatushouder", "nareiziger")]
    groep, plaatsingen, momenten = demo_startklas(kandidaten, store.user, vandaag,
                                                  sk.instrumenten()["koers-tovii-stijl"], seed=len(mensen))
    sk.bewaar_groep(store, groep)
    for plaatsing in plaatsingen:
        sk.plaats(store, plaatsing)
    for moment, observaties in momenten:
        sk.bewaar_moment(store, moment, observaties, vandaag)
    print(f"Startklas '{groep.naam}' met {len(plaatsingen)} cursisten en {len(momenten)} observatiemomenten.")


def cmd_list(args) -> None:
    from desktop_app.core.model import Inburgeraar
    store = open_store(args)
    try:
        for ib in sorted(store.load_all(Inburgeraar), key=lambda i: i.sorteernaam):
            print(f"{ib.id}\t{ib.naam}")
    finally:
        store.close()


def cmd_info(args) -> None:
    from desktop_app.store.migrate import current_revision
    store = open_store(args)
    try:
        print(f"opslag: {args.store}")
        print(f"schemaversie: {current_revision(store)}")
        print(f"rol: {store.role}")
        for entity, aantal in sorted(store.aantallen().items()):
            print(f"{entity}: {aantal}")
        print(f"back-ups: {len(store.backups())}")
    finally:
        store.close()


def cmd_import(args) -> None:
    """Two passes over the file, one line at a time (bounded memory): check every row, then import the good ones."""
    from desktop_app.core.importeren import ImportFout, OnleesbaarBestand, decodeer, lees_csv
    from desktop_app.core.model import Inburgeraar
    vandaag = dt.date.today()

    def rijen(bestaande):
        try:
            with open(args.file, "rb") as fh:
                yield from lees_csv(decodeer(fh), vandaag, bestaande)
        except OSError as fout:
            raise CommandError(f"Bestand niet te lezen: {fout.strerror} ({args.file}).") from None
        except OnleesbaarBestand as fout:
            raise CommandError(str(fout)) from None

    store = open_store(args)
    try:
        bestaande = [Inburgeraar.from_fields(i, d) for i, d in store.all(Inburgeraar.ENTITY)]
        fouten = goed = 0
        for rij in rijen(bestaande):
            if isinstance(rij, ImportFout):
                fouten += 1
                print(f"{args.file}: {rij}", file=sys.stderr)
            else:
                goed += 1
        if fouten and not args.skip_bad:
            raise CommandError(f"{fouten} regel(s) afgekeurd; er is niets geïmporteerd. Verbeter ze, of importeer "
                               f"alleen de goede regels met --skip-bad.")
        with store.transaction() as conn:
            for rij in rijen(bestaande):
                if not isinstance(rij, ImportFout):
                    store.put(rij.ENTITY, rij.id, rij.to_fields(), conn=conn, reason=f"import {Path(args.file).name}")
    finally:
        store.close()
    print(f"{goed} inburgeraar(s) geïmporteerd" + (f", {fouten} regel(s) overgeslagen." if fouten else "."))


def cmd_gui(args) -> int:
    from desktop_app.gui.app import run
    return run(store_dir=args.store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koers", description="Koers: brede intake, startklas en welkomstpakket.")
    parser.add_argument("--store", type=Path, default=default_store_dir(), help="map van de opslag (voor de app)")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")

    p = sub.add_parser("init", help="maak een nieuwe versleutelde opslag")
    add_store_args(p)
    p.add_argument("--user", default=getpass.getuser(), help="naam van de gebruiker (voor het auditlog)")
    p.add_argument("--role", choices=["consultant", "docent", "beheerder"], default="consultant")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="voeg fictieve inburgeraars toe (maakt de opslag zo nodig aan)")
    add_store_args(p)
    p.add_argument("--clients", type=int, default=40)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="één regel per inburgeraar: id<TAB>naam")
    add_store_args(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("info", help="aantallen en schemaversie (geen persoonsgegevens)")
    add_store_args(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("import", help="importeer nieuw gekoppelde inburgeraars uit een UTF-8 CSV")
    add_store_args(p)
    p.add_argument("file", type=Path)
    p.add_argument("--skip-bad", action="store_true", help="importeer de goede regels, sla foute over")
    p.set_defaults(func=cmd_import)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, add_store_args)
    return parser


def main(argv: list[str] | None = None) -> int:
    from desktop_app.proces import geen_geheugendumps
    geen_geheugendumps()
    args = build_parser().parse_args(argv)
    if not getattr(args, "func", None):
        return cmd_gui(args)
    try:
        result = args.func(args)
    except CommandError as fout:
        print(f"koers: {fout}", file=sys.stderr)
        return fout.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `koers list | head`
        sys.stderr.close()
        return 0
    return result or 0


if __name__ == "__main__":
    sys.exit(main())

"""`koers restore` and `koers passphrase`: putting a backup back and changing the passphrase, from a terminal."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers, add_store_args) -> None:
    p = subparsers.add_parser("restore", help="zet een back-up terug (zonder BACKUP: toon de back-ups)")
    add_store_args(p)
    p.add_argument("backup", nargs="?", help="naam van de back-upmap (zie de lijst zonder deze naam)")
    p.add_argument("--key-only", action="store_true",
                   help="alleen het sleutelbestand terugzetten (uit de nieuwste back-up); de gegevens blijven")
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser("passphrase", help="wijzig het wachtwoord (de database krijgt een nieuwe sleutel)")
    add_store_args(p)
    p.add_argument("--new-passphrase-file", help="eerste regel van dit bestand is het nieuwe wachtwoord")
    p.set_defaults(func=cmd_passphrase)


def cmd_restore(args) -> None:
    from desktop_app.cli import CommandError, read_passphrase
    from desktop_app.store import herstel, instantie
    from desktop_app.store.errors import StoreError
    directory = Path(args.store)
    if not directory.is_dir():
        raise CommandError(f"De map {directory} bestaat niet.")
    try:
        with instantie.vast(directory):
            if args.key_only:
                kopie = herstel.zet_sleutel_terug(directory, read_passphrase(args))
                print(f"Sleutelbestand teruggezet uit back-up {kopie.naam}; de gegevens zijn niet veranderd.")
                return
            kopieen = herstel.kopieen(directory)
            if not kopieen:
                raise CommandError(f"Er zijn geen back-ups in {directory / 'backups'}.")
            passphrase = read_passphrase(args)
            if not args.backup:
                for kopie in kopieen:
                    inhoud = herstel.bekijk(kopie.pad, passphrase)
                    print(f"{kopie.naam}\t{kopie.gemaakt:%d-%m-%Y %H:%M}\t{kopie.reden}\t{inhoud.beschrijving}")
                print(f"Zet er een terug met: koers restore --store {directory} NAAM", file=sys.stderr)
                return
            kopie = herstel.kies(directory, args.backup)
            opzij = herstel.zet_terug(directory, kopie.pad, passphrase)
            inhoud = herstel.bekijk(kopie.pad, passphrase)
    except StoreError as fout:
        raise CommandError(str(fout)) from None
    print(f"Back-up {kopie.naam} van {kopie.gemaakt:%d-%m-%Y %H:%M} teruggezet ({inhoud.beschrijving}).")
    if opzij:
        print(f"De toestand van daarvoor staat in {opzij}; die is net zo terug te zetten.")


def cmd_passphrase(args) -> None:
    from desktop_app.cli import CommandError, open_store, read_passphrase
    from desktop_app.core.passphrase import beoordeel
    from desktop_app.store import instantie
    from desktop_app.store.errors import StoreError
    from desktop_app.store.store import Store
    try:
        Store.controleer_aanwezig(Path(args.store))
        with instantie.vast(Path(args.store)):
            oud = read_passphrase(args, prompt="Huidig wachtwoord: ")
            store = open_store(args, oud)
    except StoreError as fout:
        raise CommandError(str(fout)) from None
    try:
        nieuw_args = argparse.Namespace(passphrase_file=args.new_passphrase_file)
        nieuw = read_passphrase(nieuw_args, confirm=True, prompt="Nieuw wachtwoord: ")
        oordeel = beoordeel(nieuw, [store.user, store.role])
        if not oordeel.voldoende:
            raise CommandError(f"Nieuw wachtwoord te zwak: {oordeel.advies} Er is niets gewijzigd.")
        store.change_passphrase(oud, nieuw)
    except StoreError as fout:
        raise CommandError(str(fout)) from None
    finally:
        store.close()
    print("Wachtwoord gewijzigd. De opslag en alle back-ups hebben een nieuwe sleutel; het oude wachtwoord opent ze "
          "niet meer.")

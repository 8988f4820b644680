"""`koers init|demo|list|info|import|restore|passphrase`: the store and the caseload from a terminal."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop_app.core.model import Rol

from .basis import CommandError, add_store_args, diensten, read_passphrase


def register(sub) -> None:
    p = sub.add_parser("init", help="maak een nieuwe versleutelde opslag")
    add_store_args(p)
    p.add_argument("--user", default=getpass.getuser(), help="naam van de gebruiker (voor het auditlog)")
    p.add_argument("--role", choices=[r.value for r in Rol], default=Rol.CONSULTANT)
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

    p = sub.add_parser("restore", help="zet een back-up terug (zonder BACKUP: toon de back-ups)")
    add_store_args(p)
    p.add_argument("backup", nargs="?", help="naam van de back-upmap (zie de lijst zonder deze naam)")
    p.add_argument("--key-only", action="store_true",
                   help="alleen het sleutelbestand terugzetten (uit de nieuwste back-up); de gegevens blijven")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passphrase", help="wijzig het wachtwoord (de database krijgt een nieuwe sleutel)")
    add_store_args(p)
    p.add_argument("--new-passphrase-file", help="eerste regel van dit bestand is het nieuwe wachtwoord")
    p.set_defaults(func=cmd_passphrase)


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
    from desktop_app.core.demo import KLANTMANAGER
    from desktop_app.diensten import Diensten, demo
    from desktop_app.store.store import Store
    if Store.exists(args.store):
        with diensten(args) as d:
            print("\n".join(demo.vul(d, args.clients)))
        return
    store = _maak_opslag(args, KLANTMANAGER[0], Rol.CONSULTANT)   # a new demo store is the demo caseload's klantmanager's
    try:
        print("\n".join(demo.vul(Diensten(store), args.clients)))
    finally:
        store.close()


def cmd_list(args) -> None:
    with diensten(args) as d:
        for ib in sorted(d.inburgeraars.alle(), key=lambda i: i.sorteernaam):
            print(f"{ib.id}\t{ib.naam}")


def cmd_info(args) -> None:
    from desktop_app.store.migrate import current_revision
    with diensten(args) as d:
        print(f"opslag: {args.store}")
        print(f"schemaversie: {current_revision(d.store)}")
        print(f"rol: {d.rol}")
        for entity, aantal in sorted(d.store.aantallen().items()):
            print(f"{entity}: {aantal}")
        print(f"back-ups: {len(d.store.backups())}")


def cmd_import(args) -> None:
    """Two passes over the file, one line at a time (bounded memory): check every row, then import the good ones."""
    from desktop_app.core.importeren import ImportFout, OnleesbaarBestand
    with diensten(args) as d:
        try:
            fouten = goed = 0
            for rij in d.inburgeraars.controleer_import(args.file):
                if isinstance(rij, ImportFout):
                    fouten += 1
                    print(f"{args.file}: {rij}", file=sys.stderr)
                else:
                    goed += 1
            if fouten and not args.skip_bad:
                raise CommandError(f"{fouten} regel(s) afgekeurd; er is niets geïmporteerd. Verbeter ze, of "
                                   f"importeer alleen de goede regels met --skip-bad.")
            d.inburgeraars.importeer(args.file)
        except OSError as fout:
            raise CommandError(f"Bestand niet te lezen: {fout.strerror} ({args.file}).") from None
        except OnleesbaarBestand as fout:
            raise CommandError(str(fout)) from None
    print(f"{goed} inburgeraar(s) geïmporteerd" + (f", {fouten} regel(s) overgeslagen." if fouten else "."))


def cmd_restore(args) -> None:
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
    from desktop_app.core.passphrase import beoordeel
    from desktop_app.store import instantie
    from desktop_app.store.errors import StoreError
    from desktop_app.store.store import Store
    try:
        Store.controleer_aanwezig(Path(args.store))
        with instantie.vast(Path(args.store)):
            oud = read_passphrase(args, prompt="Huidig wachtwoord: ")
            with diensten(args, oud) as d:
                nieuw = read_passphrase(argparse.Namespace(passphrase_file=args.new_passphrase_file), confirm=True,
                                        prompt="Nieuw wachtwoord: ")
                oordeel = beoordeel(nieuw, [d.gebruiker, d.rol])
                if not oordeel.voldoende:
                    raise CommandError(f"Nieuw wachtwoord te zwak: {oordeel.advies} Er is niets gewijzigd.")
                d.store.change_passphrase(oud, nieuw)
    except StoreError as fout:
        raise CommandError(str(fout)) from None
    print("Wachtwoord gewijzigd. De opslag en alle back-ups hebben een nieuwe sleutel; het oude wachtwoord opent ze "
          "niet meer.")

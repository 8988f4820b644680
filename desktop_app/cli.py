"""The `koers` command. Without a subcommand it opens the app.

Exit codes: 0 done · 1 refused (bad input, store problem; the message says what to do) · 2 wrong passphrase.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import getpass
import importlib
import os
import random
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
    from desktop_app.core.demo import KLANTMANAGER
    from desktop_app.store.store import Store
    # a new demo store belongs to the klantmanager of the demo caseload
    store = open_store(args) if Store.exists(args.store) else _maak_opslag(args, KLANTMANAGER[0], "consultant")
    try:
        if store.role == "docent":
            _demo_docent(store, args.clients)
        else:
            _demo_consultant(store, args.clients)
    finally:
        store.close()


def _demo_consultant(store, aantal: int) -> None:
    """Fictional people at every step of the klantreis, each written the way the app writes it: intakes through the
    form engine, the startklas through its own store functions, the PIP drafted from the intake."""
    from desktop_app.core import demo
    from desktop_app.core.model import ContactRol
    from desktop_app.core.termijnen import Status
    from desktop_app.forms.opslag import IntakeOpslag, concept_pip_uit_intake
    vandaag = dt.date.today()
    al = store.count("inburgeraar")
    mensen = demo.demo_mensen(aantal, vandaag, seed=al, eerste=al)
    contacten = collections.Counter()
    with store.transaction() as conn:
        for mens in mensen:
            ib = mens.inburgeraar
            store.put(ib.ENTITY, ib.id, ib.to_fields(), conn=conn, reason="demo")
            for contact in demo.demo_contacten(ib):
                store.put(contact.ENTITY, contact.id, contact.to_fields(), conn=conn, reason="demo")
                contacten[contact.rol] += 1
    opslag = IntakeOpslag(store)
    for mens in mensen:
        if mens.intake:
            _vul_intake(opslag, mens, vandaag)
    cursisten = [m.inburgeraar for m in mensen if m.startklas]
    startklas = _demo_startklas(store, cursisten, demo.DOCENT, vandaag) if cursisten else "geen startklas"
    pips = collections.Counter()
    for mens in mensen:
        if mens.fase in (demo.PIP_CONCEPT, demo.TERMIJN):
            pip = concept_pip_uit_intake(opslag, mens.inburgeraar.id, vandaag)
            pip = dataclasses.replace(pip, **demo.demo_pip_aanpassingen(mens, pip.leerroute))
            store.save(pip, reason="demo")
            pips[pip.status] += 1
    fasen = collections.Counter(m.fase for m in mensen)
    intakes = collections.Counter(m.intake for m in mensen if m.intake)
    status = collections.Counter(demo.caseload_status(m.inburgeraar, vandaag) for m in mensen)
    print(f"{len(mensen)} fictieve inburgeraars toegevoegd aan {store.directory}:")
    print(f"  brede intake: {intakes[demo.GESTART]} gestart, {intakes[demo.HALF]} half, {intakes[demo.COMPLEET]} "
          f"compleet; {fasen[demo.GEKOPPELD]} nog niet begonnen")
    print(f"  PIP: {pips['concept']} concept, {pips['vastgesteld']} vastgesteld")
    rollen = [f"{contacten[rol]} {rol.label if rol.label.isupper() else rol.label.lower()}" for rol in ContactRol
              if contacten[rol]]
    print("  contactpersonen: " + ", ".join(rollen))
    print(f"  {startklas}")
    print(f"  termijnen vandaag: {status[Status.OP_TIJD]} op tijd, {status[Status.BINNENKORT]} binnenkort, "
          f"{status[Status.VERLOPEN]} verlopen")


def _vul_intake(opslag, mens, vandaag: dt.date) -> None:
    """Answer by answer through the form engine, with the GUI's own calls (so every value passes its validation),
    then saved at once: one transaction per intake instead of one per answer."""
    from desktop_app.core.demo import TERMIJN, demo_antwoorden
    from desktop_app.core.intake import GESPREKKEN
    intake = opslag.laad(mens.inburgeraar.id, vandaag)
    for pad, waarde in demo_antwoorden(mens, vandaag):
        if intake.definitie.vraag(pad).type == "herhaling":
            for rij in waarde:
                index = intake.voeg_rij_toe(pad)
                for vraag, antwoord in rij.items():
                    intake.zet_rij(pad, index, vraag, antwoord)
        else:
            intake.zet(pad, waarde)
    opslag.bewaar_alles(intake, reden="demo")
    if mens.fase == TERMIJN:           # the PIP is vastgesteld: the intake was closed after its last conversation
        opslag.sluit_af(intake, op=max(dt.date.fromisoformat(r["datum"]) for r in intake.rijen(GESPREKKEN)))


def _demo_docent(store, aantal: int) -> None:
    """What a docent's installation holds: the cursisten's names and dates of birth, the group, its observations and
    final scores. Nothing of the intake or the PIP."""
    from desktop_app.core.demo import STARTKLAS_MAX, demo_inburgeraars
    from koers_protocol.sync import DOCENT_INBURGERAAR_VELDEN
    vandaag = dt.date.today()
    al = store.count("inburgeraar")
    cursisten = demo_inburgeraars(min(aantal, STARTKLAS_MAX), vandaag, seed=al, eerste=al)
    with store.transaction() as conn:
        for ib in cursisten:
            velden = {k: v for k, v in ib.to_fields().items() if k in DOCENT_INBURGERAAR_VELDEN}
            store.put(ib.ENTITY, ib.id, velden, conn=conn, reason="demo")
    startklas = _demo_startklas(store, cursisten, store.user, vandaag)
    print(f"{len(cursisten)} fictieve cursisten toegevoegd aan {store.directory} (alleen naam en geboortedatum).")
    print(f"  {startklas}")


def _demo_startklas(store, cursisten, docent: str, vandaag: dt.date) -> str:
    """A group with seven weeks of observations and the docent's final scores; on a consultant's installation also
    the trajectadvies, with the written argument where it differs from the leerbaarheidstoets."""
    from desktop_app.core.demo import argumentatie, demo_eindscore, demo_startklas
    from desktop_app.store import startklas as sk
    instrument = sk.instrumenten()["koers-tovii-stijl"]
    groep, plaatsingen, momenten = demo_startklas(cursisten, docent, vandaag, instrument, seed=len(cursisten))
    sk.bewaar_groep(store, groep)
    for plaatsing in plaatsingen:
        sk.plaats(store, plaatsing)
    for moment, observaties in momenten:
        sk.bewaar_moment(store, moment, observaties, vandaag)
    rng = random.Random(groep.naam)
    for plaatsing in plaatsingen:
        voorstel = sk.eindscore(store, groep, plaatsing.inburgeraar_id).voorstel
        sk.bewaar_eindscore(store, groep, plaatsing.inburgeraar_id, demo_eindscore(voorstel, instrument, rng))
        if store.role != "docent":
            advies = sk.werk_trajectadvies_bij(store, groep, plaatsing.inburgeraar_id)
            if advies.wijkt_af_van_toets:
                sk.bewaar_argumentatie(store, groep, plaatsing.inburgeraar_id,
                                       argumentatie(advies.route, advies.toets))
    advies = "" if store.role == "docent" else " en trajectadvies"
    return (f"startklas '{groep.naam}': {len(plaatsingen)} cursisten, {len(momenten)} observatiemomenten, "
            f"eindscores{advies}")


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
    from importlib.util import find_spec
    if not all(find_spec(m) for m in ("PySide6", "sqlcipher3")):   # a server-only install has koers-central only
        print("koers: de app is hier niet geïnstalleerd (alleen de server). Installeer haar met: "
              "pip install 'koers[desktop]'", file=sys.stderr)
        return EXIT_REFUSED
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

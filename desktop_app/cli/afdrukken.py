"""`koers print welkomstpakket|wegwijzer|pip|observatie`: printed material as a PDF file the user names.

ReportLab is imported inside the handler: `koers` must start fast for every other command.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .basis import CommandError, add_store_args, diensten

DOCUMENTEN = ("welkomstpakket", "wegwijzer", "pip", "observatie")


def register(sub) -> None:
    p = sub.add_parser("print", help="drukwerk als PDF: welkomstpakket, wegwijzer, concept-PIP, observatie")
    p.add_argument("document", choices=DOCUMENTEN)
    add_store_args(p)
    p.add_argument("--client", help="id van de inburgeraar (wegwijzer: weglaten geeft de algemene versie)")
    p.add_argument("--lang", help="taal van het drukwerk, bv. nl, en, ar, ti, fa (standaard: taal van de inburgeraar)")
    p.add_argument("--out", type=Path, required=True, help="PDF-bestand dat wordt geschreven")
    p.add_argument("--gemeente", type=Path,
                   help="gemeenteconfiguratie (JSON); standaard die uit de instellingen, anders het voorbeeld")
    p.add_argument("--tweetalig", action="store_true", help="eigen taal met Nederlands ernaast")
    p.add_argument("--zonder-vertaalwaarschuwing", action="store_true",
                   help="geen regel 'vertaling niet gecontroleerd' onderaan de pagina's")
    p.add_argument("--boekje", action="store_true", help="wegwijzer als A4-boekje (2 per vel, vouwen)")
    p.add_argument("--versie", type=int, help="pip: een eerder vastgestelde versie (standaard: het huidige PIP)")
    p.set_defaults(func=cmd_print)


def cmd_print(args: argparse.Namespace) -> None:
    from desktop_app.printing.inhoud import OnbekendeTaal, beschikbare_talen

    if args.lang and args.lang not in beschikbare_talen():
        raise CommandError(str(OnbekendeTaal(args.lang)))
    if not args.client and args.document != "wegwijzer":
        raise CommandError(f"Geef --client ID: een {args.document} hoort bij één inburgeraar "
                           f"(zie 'koers list' voor de ids).")
    if args.out.suffix.lower() != ".pdf":
        raise CommandError(f"{args.out} eindigt niet op .pdf; geef een bestandsnaam als welkomstpakket.pdf.")
    if not args.out.parent.is_dir():
        raise CommandError(f"De map {args.out.parent} bestaat niet; kies een bestaande map voor --out.")

    from desktop_app.diensten.drukwerk import ClientOntbreekt
    from desktop_app.printing.documenten import GeenGegevens, PrintOpties
    from desktop_app.printing.maken import Gegevens, bouw
    opties = PrintOpties(taal=args.lang or "", tweetalig=args.tweetalig, boekje=args.boekje,
                         voetregel_niet_gecontroleerd=not args.zonder_vertaalwaarschuwing)
    try:
        if args.document == "wegwijzer" and not args.client:   # the generic booklet: no store, no passphrase
            drukwerk = bouw(args.document, Gegevens(), opties, args.gemeente)
        else:
            with diensten(args) as d:
                drukwerk = d.drukwerk.maak(args.document, args.client, opties, gemeente_pad=args.gemeente,
                                           pip_versie=args.versie)
    except (ClientOntbreekt, GeenGegevens, OnbekendeTaal) as fout:
        raise CommandError(str(fout)) from None
    for waarschuwing in drukwerk.waarschuwingen:
        print(f"let op: {waarschuwing}", file=sys.stderr)
    try:
        args.out.write_bytes(drukwerk.pdf)
    except OSError as fout:
        raise CommandError(f"{args.out} niet te schrijven: {fout.strerror}.") from None
    print(f"{args.document} geschreven naar {args.out} ({drukwerk.paginas} pagina's).")

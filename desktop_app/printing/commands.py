"""`koers print welkomstpakket|wegwijzer|pip|observatie`: printed material as a PDF file the user names.

ReportLab is imported inside the handlers: `koers` must start fast for every other command.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DOCUMENTEN = ("welkomstpakket", "wegwijzer", "pip", "observatie")


_cli = None   # the running cli module (it is __main__ under `python -m desktop_app.cli`): its CommandError counts


def register(subparsers, add_store_args) -> None:
    global _cli
    _cli = sys.modules[add_store_args.__module__]
    p = subparsers.add_parser("print", help="drukwerk als PDF: welkomstpakket, wegwijzer, concept-PIP, observatie")
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
    p.set_defaults(func=cmd_print)


def cmd_print(args: argparse.Namespace) -> None:
    CommandError, open_store = _cli.CommandError, _cli.open_store
    from .inhoud import OnbekendeTaal, beschikbare_talen

    if args.lang and args.lang not in beschikbare_talen():
        raise CommandError(str(OnbekendeTaal(args.lang)))
    if not args.client and args.document != "wegwijzer":
        raise CommandError(f"Geef --client ID: een {args.document} hoort bij één inburgeraar "
                           f"(zie 'koers list' voor de ids).")
    if args.out.suffix.lower() != ".pdf":
        raise CommandError(f"{args.out} eindigt niet op .pdf; geef een bestandsnaam als welkomstpakket.pdf.")
    if not args.out.parent.is_dir():
        raise CommandError(f"De map {args.out.parent} bestaat niet; kies een bestaande map voor --out.")

    if args.document == "wegwijzer" and not args.client:
        store = None
    else:
        store = open_store(args)
    try:
        from .maken import ClientOntbreekt, GeenGegevens, maak_drukwerk
        from .documenten import PrintOpties
        opties = PrintOpties(taal=args.lang or "", tweetalig=args.tweetalig, boekje=args.boekje,
                             voetregel_niet_gecontroleerd=not args.zonder_vertaalwaarschuwing)
        try:
            drukwerk = maak_drukwerk(args.document, store, args.client, opties, gemeente_pad=args.gemeente)
        except (ClientOntbreekt, GeenGegevens, OnbekendeTaal) as fout:
            raise CommandError(str(fout)) from None
    finally:
        if store is not None:
            store.close()
    for waarschuwing in drukwerk.waarschuwingen:
        print(f"let op: {waarschuwing}", file=sys.stderr)
    try:
        args.out.write_bytes(drukwerk.pdf)
    except OSError as fout:
        raise CommandError(f"{args.out} niet te schrijven: {fout.strerror}.") from None
    print(f"{args.document} geschreven naar {args.out} ({drukwerk.paginas} pagina's).")

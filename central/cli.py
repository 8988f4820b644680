"""`koers-central`: run the central sync server and do the administrator's tasks. Never imports Qt.

Exit codes: 0 done · 1 refused (the message says what to do).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys

from sqlalchemy import select

from koers_protocol.namen import Rol, Soort

EXPORT_ENTITEITEN = (Soort.INBURGERAAR, Soort.INTAKE, Soort.TRAJECTADVIES, Soort.PIP)
# The person goes along so the back office can link each intake, advice and PIP to its case (name, BSN, V-nummer, key
# dates); the contact details stay out: the zaaksysteem has them from the BRP.
NIET_EXPORTEREN = {Soort.INBURGERAAR: frozenset({"adres", "telefoon", "email"})}
# The ground and parts of an ontheffing can tell of health (a medical ground, a visual impairment): like
# intake_bijzonder, only with --met-bijzondere-gegevens. The date and the scope go along (the case needs them).
BIJZONDER = {Soort.INBURGERAAR: frozenset({"ontheffing_grond", "ontheffing_onderdelen"})}


def _engine(args):
    from .db import make_engine, migrate
    engine = make_engine(args.db)
    migrate(engine)
    return engine


def cmd_serve(args) -> None:
    import uvicorn
    from .app import create_app
    ssl = {"ssl_certfile": args.ssl_certfile, "ssl_keyfile": args.ssl_keyfile} if args.ssl_certfile else {}
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, proxy_headers=True,
                forwarded_allow_ips=args.proxy_adressen, **ssl)


def cmd_enroll(args) -> None:
    from .db import enroll
    code = enroll(_engine(args), args.user, args.role, args.gemeente)
    print(f"Aanmeldcode voor {args.user} ({args.role}, {args.gemeente}); eenmalig, 7 dagen geldig:")
    print(code)


def cmd_revoke(args) -> None:
    from .db import revoke
    revoke(_engine(args), args.device)
    print(f"Apparaat {args.device} is ingetrokken; het kan niet meer synchroniseren.")


def cmd_devices(args) -> None:
    from .db import devices
    for d in devices(_engine(args)):
        status = f"ingetrokken {d['ingetrokken']}" if d["ingetrokken"] else "actief"
        print(f"{d['id']}\t{d['gemeente']}\t{d['gebruiker']}\t{d['rol']}\t{d['naam']}\t{status}")


def export_rows(engine, met_bijzonder: bool = False):
    """Live records of the exported kinds, per municipality: (gemeente, entity, id, rev, fields)."""
    from .schema import gemeente, record
    entiteiten = EXPORT_ENTITEITEN + ((Soort.INTAKE_BIJZONDER,) if met_bijzonder else ())
    with engine.begin() as conn:
        rows = conn.execute(select(gemeente.c.naam, record.c.entity, record.c.id, record.c.rev, record.c.data)
                            .join(gemeente, gemeente.c.id == record.c.gemeente_id)
                            .where(record.c.entity.in_(entiteiten), record.c.deleted.is_(False))
                            .order_by(gemeente.c.naam, record.c.entity, record.c.id)).all()
    uit = []
    for r in rows:
        weg = NIET_EXPORTEREN.get(r.entity, frozenset()) | (frozenset() if met_bijzonder
                                                            else BIJZONDER.get(r.entity, frozenset()))
        uit.append((r.naam, r.entity, r.id, r.rev, {k: v for k, v in json.loads(r.data).items() if k not in weg}))
    return uit


def cmd_export(args) -> None:
    rows = export_rows(_engine(args), args.met_bijzondere_gegevens)
    if args.format == "json":
        uit: dict = {}
        for gem, entity, rid, rev, fields in rows:
            uit.setdefault(gem, {}).setdefault(entity, []).append({"id": rid, "rev": rev, "velden": fields})
        json.dump(uit, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
        print()
    else:  # long format: one row per field, so any case system can import it without knowing our fields
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["gemeente", "soort", "id", "rev", "veld", "waarde"])
        for gem, entity, rid, rev, fields in rows:
            for veld, waarde in sorted(fields.items()):
                tekst = waarde if isinstance(waarde, str) else json.dumps(waarde, ensure_ascii=False)
                writer.writerow([gem, entity, rid, rev, veld, tekst])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koers-central", description="De centrale synchronisatieserver van Koers.")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO", required=True)

    def db(p):
        p.add_argument("--db", required=True, help="SQLAlchemy-URL: sqlite:///PAD of postgresql+psycopg://...")

    p = sub.add_parser("serve", help="start de server")
    db(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--ssl-certfile", help="TLS-certificaat (PEM) als de server zelf TLS doet")
    p.add_argument("--ssl-keyfile", help="sleutel bij het certificaat")
    p.add_argument("--proxy-adressen", default="127.0.0.1", metavar="ADRESSEN",
                   help="de reverse proxy's (komma's ertussen) waarvan de server X-Forwarded-For gelooft: daaraan "
                        "herkent hij een apparaat voor de grens op mislukte aanmeldingen (standaard 127.0.0.1)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("enroll", help="maak een eenmalige aanmeldcode voor een apparaat (laatste regel)")
    db(p)
    p.add_argument("--user", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Rol])
    p.add_argument("--gemeente", default="Gemeente", help="de gemeente (tenant) van de gebruiker")
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("revoke", help="trek de toegang van een apparaat in")
    db(p)
    p.add_argument("--device", required=True)
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("devices", help="toon de aangemelde apparaten")
    db(p)
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("export", help="inburgeraars (zonder contactgegevens), intakes, trajectadviezen en PIP's "
                                      "per gemeente naar stdout")
    db(p)
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.add_argument("--met-bijzondere-gegevens", action="store_true",
                   help="neem ook intake_bijzonder en de grond van een ontheffing mee (gezondheid, art. 9 AVG): "
                        "alleen met een grondslag")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy.exc import SQLAlchemyError
    from .db import Weigering
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except Weigering as fout:
        print(f"koers-central: {fout}", file=sys.stderr)
        return 1
    except SQLAlchemyError as fout:
        print(f"koers-central: de database is niet bereikbaar of weigert ({type(getattr(fout, 'orig', None) or fout).__name__}). "
              f"Controleer --db.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

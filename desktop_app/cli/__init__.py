"""The `koers` command. Without a subcommand it opens the app.

Every command works through the services (desktop_app.diensten), as the app does.
Exit codes: 0 done · 1 refused (bad input, store problem; the message says what to do) · 2 wrong passphrase.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import afdrukken, opslag, synchronisatie
from .basis import EXIT_REFUSED, CommandError, default_store_dir


def cmd_gui(args) -> int:
    from desktop_app.gui.app import run
    return run(store_dir=args.store)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koers", description="Koers: brede intake, startklas en welkomstpakket.")
    parser.add_argument("--store", type=Path, default=default_store_dir(), help="map van de opslag")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")
    for module in (opslag, afdrukken, synchronisatie):
        module.register(sub)
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

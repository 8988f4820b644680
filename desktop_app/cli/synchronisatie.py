"""`koers enroll` and `koers sync`: the same sync as the app's button, from a terminal or a scheduled task."""
from __future__ import annotations

import sys

from .basis import CommandError, add_store_args, diensten


def register(sub) -> None:
    p = sub.add_parser("enroll", help="meld dit apparaat aan bij de centrale server (eenmalige code)")
    add_store_args(p)
    p.add_argument("--server", required=True, help="adres van de server, bijvoorbeeld https://koers.gemeente.nl")
    p.add_argument("--code", required=True, help="de eenmalige aanmeldcode van de beheerder")
    p.add_argument("--ca-bundle", help="PEM-bestand met het basiscertificaat van de gemeente (eigen PKI)")
    p.add_argument("--proxy", help="proxy, bijvoorbeeld http://proxy.gemeente.nl:8080 (standaard: HTTPS_PROXY)")
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("sync", help="synchroniseer met de centrale server")
    add_store_args(p)
    p.set_defaults(func=cmd_sync)


def cmd_enroll(args) -> None:
    import socket
    from desktop_app.sync.client import SyncError
    with diensten(args) as d:
        try:
            antwoord = d.sync.meld_aan(args.server, args.code, ca_bundle=args.ca_bundle, proxy=args.proxy,
                                       apparaatnaam=socket.gethostname())
        except SyncError as fout:
            raise CommandError(str(fout)) from None
    print(f"Aangemeld bij {args.server} als {antwoord.user} ({antwoord.role}, {antwoord.gemeente}); "
          f"apparaat {antwoord.device_id}.")


def cmd_sync(args) -> None:
    from desktop_app.sync.client import SyncError
    with diensten(args) as d:
        try:
            verslag = d.sync.synchroniseer(lambda klaar, totaal, tekst="": print(f"{tekst}: {klaar}/{totaal}",
                                                                               file=sys.stderr))
            conflicten, geweigerd = len(d.sync.conflicten()), len(d.sync.geweigerd())
        except SyncError as fout:
            raise CommandError(str(fout)) from None
    print(f"Gesynchroniseerd: {verslag.pushed} verstuurd, {verslag.pulled} ontvangen.")
    if conflicten:
        print(f"{conflicten} conflict(en) wachten op uw keuze: open Koers en kies bij Synchroniseren "
              f"'Conflicten oplossen'.")
    if geweigerd:
        print(f"{geweigerd} wijziging(en) niet geaccepteerd door de server (bijvoorbeeld omdat de inburgeraar nu bij "
              f"een andere klantmanager hoort, of omdat de server een waarde niet kan aannemen). Ze zijn bewaard: open "
              f"Koers en kies bij Synchroniseren 'Bekijken' voor de reden.")

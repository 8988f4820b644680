"""Chaos in the suite (issue 11): six devices of every role and two gemeenten work and sync through a fault-injecting
loopback proxy (requests cut half-way, answers lost after the server applied them, delays, requests sent twice at the
same moment, old pushes replayed) to a real `koers-central` process on PostgreSQL, which is killed and restarted in
the middle of a push. Then everyone syncs until quiet: nothing lost, nothing twice, no record where a device and the
server disagree, no copy a device may no longer see, every conflict and refusal shown on the device it belongs to,
never a 5xx. Seeded, so a failure replays (`python -m tests.sync.chaos --seed 12 --ops 300 --herstarts 1`); the long
run is the same command with more operations. Costs about 10 seconds."""
from __future__ import annotations

import chaos


def test_chaos_sync_until_quiet_loses_nothing(postgres):
    uitslag = chaos.draai(postgres, seed=12, ops=300, herstarts=1)
    print(uitslag.regels())
    assert {k: uitslag[k] for k in chaos.FOUT} == dict.fromkeys(chaos.FOUT, 0), uitslag.regels()
    # the run did meet what it is about
    assert uitslag["server-herstarts midden in een push"] == 1
    assert set(uitslag["fouten ingebracht"]) == {"knip", "verlies", "vertraag", "dubbel", "herhaal", "herstart"}
    assert uitslag["conflicten (server)"] and uitslag["waarvan geweigerd"]

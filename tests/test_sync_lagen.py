"""Sync goes through the store (issue 13): desktop_app/sync holds no SQL and no table of the local database, and
calls no private method of the store. The store (desktop_app/store) is the only code with SQL on the local database."""
from __future__ import annotations

import ast
import re
from pathlib import Path

SYNC = Path(__file__).parents[1] / "desktop_app" / "sync"
SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.IGNORECASE)


def _overtredingen(pad: Path) -> list[str]:
    uit = []
    for knoop in ast.walk(ast.parse(pad.read_text(), str(pad))):
        if isinstance(knoop, (ast.Import, ast.ImportFrom)):
            namen = [knoop.module or ""] if isinstance(knoop, ast.ImportFrom) else [a.name for a in knoop.names]
            uit += [f"importeert {n}" for n in namen
                    if n.split(".")[0] in ("sqlalchemy", "sqlite3", "sqlcipher3") or n == "desktop_app.store.schema"]
        elif isinstance(knoop, ast.Attribute):
            if knoop.attr in ("transaction", "engine", "exec_driver_sql"):
                uit.append(f"gebruikt .{knoop.attr}")
            elif knoop.attr.startswith("_") and isinstance(knoop.value, ast.Name) and knoop.value.id == "store":
                uit.append(f"roept store.{knoop.attr} aan")
        elif isinstance(knoop, ast.Constant) and isinstance(knoop.value, str) and SQL.search(knoop.value):
            uit.append(f"SQL in een tekst: {knoop.value[:40]!r}")
    return [f"{pad.name}:{u}" for u in uit]


def test_sync_reaches_the_local_database_only_through_the_store():
    bestanden = sorted(SYNC.glob("*.py"))
    assert {p.name for p in bestanden} >= {"engine.py", "bijlagen.py", "client.py"}
    assert [o for p in bestanden for o in _overtredingen(p)] == []


def test_the_check_finds_what_it_looks_for(tmp_path):
    fout = tmp_path / "fout.py"
    fout.write_text("from sqlalchemy import select\nfrom desktop_app.store.schema import outbox\n"
                    "def f(store):\n    store._audit(1)\n    with store.transaction() as c:\n"
                    "        c.exec_driver_sql('DELETE FROM outbox')\n")
    assert len(_overtredingen(fout)) == 6

"""desktop_app.core is the domain: usable from GUI, CLI and server alike, so it must never pull in Qt or SQL."""
import ast
import pathlib
import subprocess
import sys

CORE = pathlib.Path(__file__).parents[1] / "desktop_app" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "sqlcipher3", "sqlite3", "alembic", "psycopg")


def test_core_source_imports_no_qt_and_no_sql():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt_and_no_sql():
    modules = [f"desktop_app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules) +
            f"print([m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unexpected_error_is_described_without_its_text():
    from koers_protocol.foutmelding import veilige_beschrijving
    try:
        raise ValueError("Amal Haddad, BSN 111222333")
    except ValueError as fout:
        beschrijving = veilige_beschrijving(fout)
    assert beschrijving.startswith("ValueError in ") and "test_core_isolation.py:" in beschrijving
    assert "Amal" not in beschrijving and "111222333" not in beschrijving

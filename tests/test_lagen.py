"""The house as it is meant to be, checked from the code itself: which package may import which (every import,
also the ones inside functions), no cycles between packages, and the GUI and the CLI reach the data only through the
services. See the README, "How it is built"."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

ROOT = Path(__file__).parents[1]
PAKKETTEN = ("desktop_app", "central", "koers_protocol")

# Who may import whom (besides itself, the standard library and third-party packages). Read it top-down: the GUI and
# the CLI use the services; the services use core, the store (through store objects), sync and printing; core and
# the protocol depend on nothing of ours. The server shares only the protocol with the app.
MAG = {
    "koers_protocol": set(),
    "central": {"koers_protocol"},
    "desktop_app.core": {"koers_protocol"},
    "desktop_app.paths": set(),
    "desktop_app.proces": set(),
    "desktop_app.forms": {"desktop_app.core", "desktop_app.paths"},
    "desktop_app.store": {"desktop_app.core", "koers_protocol"},   # what sync keeps: the protocol's names
    "desktop_app.config": {"desktop_app.core", "desktop_app.paths", "desktop_app.store"},
    "desktop_app.sync": {"desktop_app.core", "desktop_app.store", "koers_protocol"},
    "desktop_app.printing": {"desktop_app.core", "desktop_app.forms", "desktop_app.config", "desktop_app.paths"},
    "desktop_app.i18n": {"desktop_app.paths"},
    "desktop_app.diensten": {"desktop_app.core", "desktop_app.forms", "desktop_app.sync", "desktop_app.printing",
                             "koers_protocol"},
    "desktop_app.gui": {"desktop_app.diensten", "desktop_app.core", "desktop_app.forms", "desktop_app.printing",
                        "desktop_app.store", "desktop_app.sync", "desktop_app.config", "desktop_app.paths",
                        "koers_protocol"},
    "desktop_app.cli": {"desktop_app.diensten", "desktop_app.core", "desktop_app.gui", "desktop_app.printing",
                        "desktop_app.store", "desktop_app.sync", "desktop_app.proces"},
    "desktop_app.__main__": {"desktop_app.cli"},
}
# The GUI and the CLI open, lock, restore and re-key a store (its life cycle); they never read or write its records.
LEVENSLOOP = {"desktop_app.store.errors", "desktop_app.store.layout", "desktop_app.store.instantie",
              "desktop_app.store.herstel", "desktop_app.store.store", "desktop_app.store.migrate"}
RECORDMETHODEN = {"put", "save", "get", "load", "load_all", "all", "delete", "transaction", "audit_trail",
                  "get_meta", "set_meta", "count"}


def _module(pad: Path) -> str:
    delen = list(pad.relative_to(ROOT).with_suffix("").parts)
    return ".".join(delen[:-1] if delen[-1] == "__init__" else delen)


def _pakket(module: str) -> str:
    delen = module.split(".")
    return ".".join(delen[:2]) if delen[0] == "desktop_app" and len(delen) > 1 else delen[0]


def _bronnen():
    for top in PAKKETTEN:
        for pad in sorted((ROOT / top).rglob("*.py")):
            if "migrations" not in pad.parts:
                yield pad, _module(pad), ast.parse(pad.read_text(encoding="utf-8"))


def _imports(pad: Path, module: str, boom: ast.AST):
    """Every module of ours this file imports, wherever the import statement stands."""
    for node in ast.walk(boom):
        if isinstance(node, ast.Import):
            namen = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                basis = module.split(".")[: len(module.split(".")) - node.level + (pad.name == "__init__.py")]
                doel = ".".join(basis + ([node.module] if node.module else []))
            else:
                doel = node.module or ""
            namen = [doel] + [f"{doel}.{a.name}" for a in node.names]
        else:
            continue
        for naam in namen:
            if naam.split(".")[0] in PAKKETTEN:
                yield naam, node.lineno


def test_every_package_imports_only_what_its_layer_may():
    fout = []
    for pad, module, boom in _bronnen():
        van = _pakket(module)
        for naam, regel in _imports(pad, module, boom):
            naar = _pakket(naam)
            if naar != van and naar not in MAG.get(van, set()):
                fout.append(f"{pad.relative_to(ROOT)}:{regel}: {van} imports {naam}")
    assert fout == []


def test_no_cycles_between_packages():
    graaf = collections.defaultdict(set)
    for pad, module, boom in _bronnen():
        for naam, _ in _imports(pad, module, boom):
            if _pakket(naam) != _pakket(module):
                graaf[_pakket(module)].add(_pakket(naam))
    bezocht, pad_nu, cycli = set(), [], []

    def diep(knoop):
        if knoop in pad_nu:
            cycli.append(pad_nu[pad_nu.index(knoop):] + [knoop])
            return
        if knoop in bezocht:
            return
        bezocht.add(knoop)
        pad_nu.append(knoop)
        for volgende in sorted(graaf[knoop]):
            diep(volgende)
        pad_nu.pop()

    for knoop in sorted(graaf):
        diep(knoop)
    assert cycli == []


def test_gui_and_cli_reach_records_only_through_the_services():
    fout = []
    for pad, module, boom in _bronnen():
        if _pakket(module) not in ("desktop_app.gui", "desktop_app.cli"):
            continue
        for naam, regel in _imports(pad, module, boom):
            if naam.startswith("desktop_app.store.") and not any(naam.startswith(m) for m in LEVENSLOOP):
                fout.append(f"{pad.relative_to(ROOT)}:{regel}: imports {naam}")
        for node in ast.walk(boom):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in RECORDMETHODEN and "store" in ast.unparse(node.func.value):
                fout.append(f"{pad.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node.func)}(…)")
    assert fout == []

"""The message templates core, the services and printing can refuse or warn with (`Ongeldig`, `GeenToegang`,
`Bericht`), read from the source: what gui/meldingen.py must list for translation. A template is a constant string;
an f-string in its place is an error (its text could never be translated)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parents[1]
BRONNEN = [pad for map in ("core", "diensten", "printing") for pad in sorted((ROOT / "desktop_app" / map).glob("*.py"))]
# the call and the position of its template argument (core/formulier's errors are for whoever edits a form file,
# in Dutch, like the other definition errors: not in here)
POSITIE = {"Ongeldig": 1, "GeenToegang": 0, "Bericht": 0, "fout": 1, "herstel": 1}


def _naam(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def sjablonen() -> tuple[set[str], list[str]]:
    """(every template, every place where a template is not a constant)."""
    gevonden, fout = set(), []
    for pad in BRONNEN:
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        toewijzingen = {}
        for node in ast.walk(boom):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                toewijzingen[node.targets[0].id] = node.value

        def neem(expr: ast.AST, waar: str) -> None:
            if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
                gevonden.add(expr.value)
            elif isinstance(expr, ast.IfExp):
                neem(expr.body, waar), neem(expr.orelse, waar)
            elif isinstance(expr, ast.Name) and expr.id in toewijzingen:
                neem(toewijzingen[expr.id], waar)
            elif isinstance(expr, ast.Dict):
                for waarde in expr.values:
                    neem(waarde, waar)
            elif isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
                neem(toewijzingen.get(expr.value.id, expr.value), waar)
            elif isinstance(expr, ast.JoinedStr):
                fout.append(waar)
            # else: a message the form definition carries in every language, or one re-raised as it came

        for node in ast.walk(boom):
            if isinstance(node, ast.Call) and _naam(node.func) in POSITIE and len(node.args) > POSITIE[_naam(node.func)]:
                neem(node.args[POSITIE[_naam(node.func)]], f"{pad.relative_to(ROOT)}:{node.lineno}")
    return gevonden, fout


def veldnamen() -> set[str]:
    """The constant field names a refusal names, and what a teacher's installation refuses (`vereis_dossier`): shown
    beside the message, so translated like a label."""
    namen = set()
    for pad in BRONNEN:
        for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _naam(node.func) in ("Ongeldig", "vereis_dossier") and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                namen.add(node.args[0].value)
    return namen

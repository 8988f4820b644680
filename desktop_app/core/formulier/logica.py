"""JSON Logic (jsonlogic.com, as used by Open Formulieren) for relevance and constraints: parsed, never eval'ed.

`controleer(expr)` checks an expression when the definition is loaded (unknown operators and malformed arguments are
definition errors) and returns the variable paths it reads, so the loader can check that they exist.
`evalueer(expr, data)` is a total function: for any JSON value as expression and any data it returns a JSON value and
never raises. Nothing is executed but the fixed table of operators below.

Extra operators for forms: {"leeftijd": [datum]} age in whole years on `vandaag` (from the data), {"leeg": [x]} true for
None / "" / [] / {}.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any, Callable

MAX_DIEPTE = 64


class LogicaFout(ValueError):
    """A malformed expression, found when the definition is loaded. `pad` is relative to the expression."""

    def __init__(self, pad: str, melding: str, verwacht: str):
        super().__init__(f"{pad}: {melding}")
        self.pad, self.melding, self.verwacht = pad, melding, verwacht


# -- helpers with JSON Logic's semantics, made total -----------------------------------------------------------------
def _waar(x: Any) -> bool:
    """JSON Logic truthiness: [] and "" and 0 are false."""
    if isinstance(x, (list, dict, str)):
        return len(x) > 0
    if isinstance(x, float) and math.isnan(x):
        return False
    return bool(x)


def _getal(x: Any) -> float | None:
    if isinstance(x, bool):
        return float(x)
    if isinstance(x, (int, float)):
        return float(x)
    if isinstance(x, str):
        try:
            return float(x.strip()) if len(x) < 400 else None
        except ValueError:
            return None
    if x is None:
        return 0.0
    return None


def _gelijk(a: Any, b: Any) -> bool:
    """Loose ==: numbers compare by value, "1" == 1; otherwise plain equality."""
    if isinstance(a, (int, float)) or isinstance(b, (int, float)):
        if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
            return False
        x, y = _getal(a), _getal(b)
        return x is not None and y is not None and x == y
    return a == b


def _strikt_gelijk(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b or (
        isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool)
        and not isinstance(b, bool) and a == b)


def _vergelijk(a: Any, b: Any) -> int | None:
    """-1/0/1, or None when the two cannot be ordered. ISO dates compare as strings."""
    if isinstance(a, str) and isinstance(b, str):
        return (a > b) - (a < b)
    x, y = _getal(a), _getal(b)
    if x is None or y is None or math.isnan(x) or math.isnan(y):
        return None
    return (x > y) - (x < y)


def _kleiner(args: list, strikt: bool) -> bool:
    if len(args) < 2:
        return False
    for a, b in zip(args, args[1:3]):
        c = _vergelijk(a, b)
        if c is None or c > 0 or (strikt and c == 0):
            return False
    return True


def _groter(args: list, strikt: bool) -> bool:
    if len(args) < 2:
        return False
    c = _vergelijk(args[0], args[1])
    return c is not None and (c > 0 or (not strikt and c == 0))


def _tekst(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    if isinstance(x, list):
        return ",".join(_tekst(e) for e in x)
    return str(x) if not isinstance(x, dict) else "[object Object]"


def _rekenen(op: str, args: list) -> float | None:
    getallen = [_getal(a) for a in args]
    if not getallen or any(g is None for g in getallen):
        return None
    if op == "+":
        return sum(getallen)
    if op == "*":
        uit = 1.0
        for g in getallen:
            uit *= g
        return uit
    if op == "-":
        return -getallen[0] if len(getallen) == 1 else getallen[0] - getallen[1]
    if len(getallen) < 2 or getallen[1] == 0:
        return None
    if op == "/":
        return getallen[0] / getallen[1]
    return math.fmod(getallen[0], getallen[1]) if math.isfinite(getallen[0]) else None


def _var(data: Any, pad: Any, standaard: Any = None) -> Any:
    if pad is None or pad == "" or (isinstance(pad, list) and not pad):
        return data
    if isinstance(pad, (int, float)) and not isinstance(pad, bool):
        pad = _tekst(pad)
    if not isinstance(pad, str):
        return standaard
    waarde = data
    for deel in pad.split("."):
        if isinstance(waarde, dict):
            if deel not in waarde:
                return standaard
            waarde = waarde[deel]
        elif isinstance(waarde, list) and deel.isdigit() and len(deel) < 10 and int(deel) < len(waarde):
            waarde = waarde[int(deel)]
        else:
            return standaard
    return waarde


def _leeg(x: Any) -> bool:
    return x is None or (isinstance(x, (str, list, dict)) and len(x) == 0)


def _leeftijd(geboren: Any, data: Any) -> int | None:
    vandaag = _var(data, "vandaag")
    try:
        geb = dt.date.fromisoformat(geboren) if isinstance(geboren, str) and len(geboren) < 40 else None
        op = dt.date.fromisoformat(vandaag) if isinstance(vandaag, str) and len(vandaag) < 40 else dt.date.today()
    except ValueError:
        return None
    if geb is None:
        return None
    return op.year - geb.year - ((op.month, op.day) < (geb.month, geb.day))


# -- the operator table: name → (function of evaluated args and data, arity check) -----------------------------------
_GEWOON: dict[str, Callable[[list, Any], Any]] = {
    "==": lambda a, d: _gelijk(*(a + [None, None])[:2]),
    "!=": lambda a, d: not _gelijk(*(a + [None, None])[:2]),
    "===": lambda a, d: _strikt_gelijk(*(a + [None, None])[:2]),
    "!==": lambda a, d: not _strikt_gelijk(*(a + [None, None])[:2]),
    "!": lambda a, d: not _waar(a[0] if a else None),
    "!!": lambda a, d: _waar(a[0] if a else None),
    "<": lambda a, d: _kleiner(a, True),
    "<=": lambda a, d: _kleiner(a, False),
    ">": lambda a, d: _groter(a, True),
    ">=": lambda a, d: _groter(a, False),
    "+": lambda a, d: _rekenen("+", a),
    "-": lambda a, d: _rekenen("-", a),
    "*": lambda a, d: _rekenen("*", a),
    "/": lambda a, d: _rekenen("/", a),
    "%": lambda a, d: _rekenen("%", a),
    "max": lambda a, d: (max(g) if (g := [_getal(x) for x in a]) and None not in g and not any(map(math.isnan, g))
                         else None),
    "min": lambda a, d: (min(g) if (g := [_getal(x) for x in a]) and None not in g and not any(map(math.isnan, g))
                         else None),
    "cat": lambda a, d: "".join(_tekst(x) for x in a)[:100_000],
    "in": lambda a, d: (len(a) >= 2 and ((isinstance(a[1], str) and isinstance(a[0], str) and a[0] in a[1])
                                         or (isinstance(a[1], list) and any(_gelijk(a[0], e) for e in a[1])))),
    "merge": lambda a, d: [e for x in a for e in (x if isinstance(x, list) else [x])],
    "var": lambda a, d: _var(d, *(a[:2] if a else [None])),
    "missing": lambda a, d: [k for k in (a[0] if len(a) == 1 and isinstance(a[0], list) else a)
                             if _leeg(_var(d, k))],
    "leeftijd": lambda a, d: _leeftijd(a[0] if a else None, d),
    "leeg": lambda a, d: _leeg(a[0] if a else None),
}


def _substr(a: list) -> str:
    tekst = _tekst(a[0] if a else "")
    start = _getal(a[1]) if len(a) > 1 else 0.0
    lengte = _getal(a[2]) if len(a) > 2 else None
    if start is None or not math.isfinite(start):
        return tekst
    s = int(start)
    deel = tekst[s:] if s >= 0 else tekst[max(len(tekst) + s, 0):]
    if lengte is None or not math.isfinite(lengte):
        return deel
    n = int(lengte)
    return deel[:n] if n >= 0 else deel[:max(len(deel) + n, 0)]


_GEWOON["substr"] = lambda a, d: _substr(a)

_LUI = {"if", "?:", "and", "or", "missing_some", "all", "some", "none", "map", "filter"}
OPERATOREN = frozenset(_GEWOON) | _LUI


def _args(regel: Any) -> list:
    return regel if isinstance(regel, list) else [regel]


def evalueer(expr: Any, data: Any = None, _diepte: int = 0) -> Any:
    """Evaluate a JSON Logic expression. Never raises: malformed parts evaluate to None."""
    try:
        return _evalueer(expr, data, _diepte)
    except (RecursionError, OverflowError, MemoryError, ValueError, TypeError, ZeroDivisionError, IndexError,
            KeyError, AttributeError):
        return None


def _evalueer(expr: Any, data: Any, diepte: int) -> Any:
    if diepte > MAX_DIEPTE:
        return None
    if isinstance(expr, list):
        return [_evalueer(e, data, diepte + 1) for e in expr]
    if not isinstance(expr, dict) or len(expr) != 1:
        return expr   # literals; objects with 0 or several keys are data, as in json-logic-js
    op, regel = next(iter(expr.items()))
    args = _args(regel)
    verder = diepte + 1
    if op in ("if", "?:"):
        i = 0
        while i + 1 < len(args):
            if _waar(_evalueer(args[i], data, verder)):
                return _evalueer(args[i + 1], data, verder)
            i += 2
        return _evalueer(args[i], data, verder) if i < len(args) else None
    if op in ("and", "or"):
        waarde = None
        for a in args:
            waarde = _evalueer(a, data, verder)
            if _waar(waarde) == (op == "or"):
                return waarde
        return waarde
    if op == "missing_some":
        nodig = _getal(_evalueer(args[0], data, verder)) if args else 0
        sleutels = _evalueer(args[1], data, verder) if len(args) > 1 else []
        sleutels = sleutels if isinstance(sleutels, list) else [sleutels]
        ontbreekt = [k for k in sleutels if _leeg(_var(data, k))]
        return [] if nodig is not None and len(sleutels) - len(ontbreekt) >= nodig else ontbreekt
    if op in ("all", "some", "none", "map", "filter"):
        lijst = _evalueer(args[0], data, verder) if args else None
        lijst = lijst if isinstance(lijst, list) else []
        regel2 = args[1] if len(args) > 1 else None
        if op == "map":
            return [_evalueer(regel2, e, verder) for e in lijst]
        uitkomsten = [_waar(_evalueer(regel2, e, verder)) for e in lijst]
        if op == "filter":
            return [e for e, u in zip(lijst, uitkomsten) if u]
        if op == "all":
            return bool(lijst) and all(uitkomsten)
        return any(uitkomsten) if op == "some" else not any(uitkomsten)
    functie = _GEWOON.get(op) if isinstance(op, str) else None
    if functie is None:
        return None
    return functie([_evalueer(a, data, verder) for a in args], data)


# -- load-time check ---------------------------------------------------------------------------------------------------
def controleer(expr: Any, pad: str = "") -> list[str]:
    """Check an expression's shape; return the literal variable paths it reads (`var`, `missing`). Raises LogicaFout."""
    gelezen: list[str] = []

    def loop(e: Any, p: str, diepte: int, binnen_lus: bool) -> None:
        if diepte > MAX_DIEPTE:
            raise LogicaFout(p, "de expressie is te diep genest", f"hooguit {MAX_DIEPTE} niveaus")
        if isinstance(e, list):
            for i, x in enumerate(e):
                loop(x, f"{p}[{i}]", diepte + 1, binnen_lus)
            return
        if not isinstance(e, dict):
            return
        if len(e) != 1:
            raise LogicaFout(p, f"een regel heeft precies één operator, hier staan er {len(e)}",
                             '{"operator": [argumenten]}')
        op, regel = next(iter(e.items()))
        if op not in OPERATOREN:
            raise LogicaFout(p, f"onbekende operator '{op}'", "een van " + ", ".join(sorted(OPERATOREN)))
        args = _args(regel)
        if op == "var":
            if not args or not isinstance(args[0], str):
                raise LogicaFout(f"{p}.var", "var verwacht de naam van een vraag", '{"var": "domein.vraag"}')
            if not binnen_lus:
                gelezen.append(args[0])
            for i, x in enumerate(args[1:], 1):
                loop(x, f"{p}.var[{i}]", diepte + 1, binnen_lus)
            return
        if op == "missing":
            for i, x in enumerate(args):
                if isinstance(x, str) and not binnen_lus:
                    gelezen.append(x)
        if op in ("all", "some", "none", "map", "filter"):
            if len(args) != 2:
                raise LogicaFout(f"{p}.{op}", f"{op} verwacht 2 argumenten, hier {len(args)}",
                                 f'{{"{op}": [lijst, regel per element]}}')
            loop(args[0], f"{p}.{op}[0]", diepte + 1, binnen_lus)
            loop(args[1], f"{p}.{op}[1]", diepte + 1, True)   # vars there are relative to the element
            return
        for i, x in enumerate(args):
            loop(x, f"{p}.{op}[{i}]" if isinstance(regel, list) else f"{p}.{op}", diepte + 1, binnen_lus)

    loop(expr, pad, 0, False)
    return gelezen


def vergelijkingen(expr: Any) -> list[tuple[str, Any]]:
    """(variable path, literal) pairs compared with ==, !=, ===, !==, or `in` a literal list — so the loader can check
    that option values exist."""
    paren: list[tuple[str, Any]] = []

    def loop(e: Any) -> None:
        if isinstance(e, list):
            for x in e:
                loop(x)
            return
        if not isinstance(e, dict) or len(e) != 1:
            return
        op, regel = next(iter(e.items()))
        args = _args(regel)
        if op in ("==", "!=", "===", "!==") and len(args) == 2:
            for a, b in (args, args[::-1]):
                if isinstance(a, dict) and isinstance(a.get("var"), str) and isinstance(b, str):
                    paren.append((a["var"], b))
        if op == "in" and len(args) == 2 and isinstance(args[0], dict) and isinstance(args[0].get("var"), str) \
                and isinstance(args[1], list):
            paren.extend((args[0]["var"], b) for b in args[1] if isinstance(b, str))
        if op == "in" and len(args) == 2 and isinstance(args[0], str) and isinstance(args[1], dict) \
                and isinstance(args[1].get("var"), str):
            paren.append((args[1]["var"], args[0]))   # "optie" in a multiple-choice answer
        if op in ("all", "some", "none", "map", "filter"):
            loop(args[:1])
            return
        loop(args)

    loop(expr)
    return paren

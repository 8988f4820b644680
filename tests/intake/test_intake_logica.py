"""JSON Logic for relevance and constraints: parsed, never eval'ed, and a total function."""
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.formulier.logica import OPERATOREN, LogicaFout, controleer, evalueer, vergelijkingen

DATA = {"leerbaarheid": {"toets_uitkomst": "vrijgesteld"}, "zelf": {"ontzorgen": True, "uren": 12},
        "vandaag": "2026-11-22", "lijst": [1, 2, 3], "waarde": "2026-11-30"}


@pytest.mark.parametrize("expr,verwacht", [
    ({"==": [{"var": "leerbaarheid.toets_uitkomst"}, "vrijgesteld"]}, True),
    ({"==": [1, "1"]}, True), ({"===": [1, "1"]}, False), ({"!=": [{"var": "zelf.uren"}, 12]}, False),
    ({"<": [1, 2, 3]}, True), ({"<": [1, 3, 2]}, False), ({">=": [{"var": "zelf.uren"}, 12]}, True),
    ({"<=": [{"var": "waarde"}, {"var": "vandaag"}]}, False),      # a date after today
    ({"and": [True, {"var": "zelf.ontzorgen"}]}, True), ({"or": [0, "", "x"]}, "x"),
    ({"if": [False, "a", {"var": "zelf.ontzorgen"}, "b", "c"]}, "b"), ({"!": [[]]}, True),
    ({"in": ["b", ["a", "b"]]}, True), ({"in": ["lo", "hallo"]}, True), ({"cat": ["a", 1, None]}, "a1"),
    ({"+": [1, "2"]}, 3.0), ({"/": [1, 0]}, None), ({"%": [7, 3]}, 1.0), ({"max": [1, 5, 3]}, 5.0),
    ({"missing": ["zelf.uren", "zelf.naam"]}, ["zelf.naam"]), ({"some": [{"var": "lijst"}, {">": [{"var": ""}, 2]}]},
                                                               True),
    ({"all": [{"var": "lijst"}, {">": [{"var": ""}, 0]}]}, True), ({"none": [[], {"var": ""}]}, True),
    ({"map": [{"var": "lijst"}, {"*": [{"var": ""}, 2]}]}, [2.0, 4.0, 6.0]),
    ({"leeftijd": ["2023-01-01"]}, 3), ({"leeftijd": ["geen datum"]}, None), ({"leeg": [""]}, True),
    ({"var": ["bestaat.niet", "standaard"]}, "standaard"), ({"substr": ["inburgering", -4]}, "ring"),
    ({"onbekend": [1]}, None), ({"a": 1, "b": 2}, {"a": 1, "b": 2}),
])
def test_operators(expr, verwacht):
    assert evalueer(expr, DATA) == verwacht


def test_load_time_check_returns_variables_and_refuses_unknown_operators():
    assert controleer({"and": [{"var": "a.b"}, {"missing": ["c.d"]}, {"some": [{"var": "e.f"}, {"var": "x"}]}]}) \
        == ["a.b", "c.d", "e.f"]
    with pytest.raises(LogicaFout) as info:
        controleer({"or": [True, {"exec": "print(1)"}]})
    assert "onbekende operator 'exec'" in info.value.melding and info.value.pad == ".or[1]"
    with pytest.raises(LogicaFout):
        controleer({"==": [1, 2], "!=": [1, 2]})
    assert vergelijkingen({"in": [{"var": "a.b"}, ["x", "y"]]}) == [("a.b", "x"), ("a.b", "y")]


def test_never_executes_code(tmp_path):
    doel = tmp_path / "gemaakt"
    code = f"__import__('os').system('touch {doel}')"
    for expr in ({"var": code}, {"cat": [code]}, {code: [1]}, {"__import__": ["os"]}, {"eval": [code]},
                 {"if": [code, code, code]}, code, [code]):
        evalueer(expr, {"x": 1})
    assert not doel.exists()
    assert not os.path.exists("gemaakt")


json_waarden = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda kind: st.lists(kind, max_size=5) | st.dictionaries(st.text(max_size=8), kind, max_size=4),
    max_leaves=40)
operator_expressies = st.recursive(
    json_waarden,
    lambda kind: st.builds(lambda op, args: {op: args}, st.sampled_from(sorted(OPERATOREN)),
                           st.lists(kind, max_size=4) | kind),
    max_leaves=30)


@settings(max_examples=800, deadline=None)
@given(expr=operator_expressies, data=json_waarden)
def test_evaluator_is_total(expr, data):
    evalueer(expr, data)   # must not raise, whatever comes in


@settings(max_examples=300, deadline=None)
@given(expr=operator_expressies)
def test_load_time_check_only_raises_logicafout(expr):
    try:
        controleer(expr)
    except LogicaFout:
        pass


def test_deep_nesting_does_not_crash():
    expr = True
    for _ in range(5000):
        expr = {"!": [expr]}
    assert evalueer(expr, {}) is None or isinstance(evalueer(expr, {}), bool)
    with pytest.raises(LogicaFout):
        controleer(expr)

"""No module of kijkwijzer imports itself back through others (scripts/check_cycles.py, also run by make lint)."""

from __future__ import annotations

from scripts.check_cycles import cycles, import_graph, one_cycle


def test_the_cycle_finder_finds_a_planted_cycle_and_names_a_path_through_it():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    found = cycles(edges)
    assert sorted(map(tuple, found)) == [("a", "b", "c"), ("e",)]
    assert one_cycle(edges, ["a", "b", "c"]) == ["a", "b", "c", "a"]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_kijkwijzer_has_no_import_cycle():
    edges = import_graph()
    assert "kijkwijzer.ui.main_window" in edges  # the graph is the real package, not an empty one
    found = [" -> ".join(one_cycle(edges, group)) for group in cycles(edges)]
    assert found == []

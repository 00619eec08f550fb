"""Lists of people read as a person expects: Klantmanager 2 before Klantmanager 10."""

from kijkwijzer.domain.natural_order import natural_key
from kijkwijzer.services import people


def test_numbers_inside_names_compare_as_numbers():
    names = ["Klantmanager 10", "klantmanager 2", "Anna", "Klantmanager 1", "Onderzoeker 2", "Onderzoeker 12", ""]
    assert sorted(names, key=natural_key) == ["", "Anna", "Klantmanager 1", "klantmanager 2", "Klantmanager 10",
                                              "Onderzoeker 2", "Onderzoeker 12"]


def test_the_professionals_and_clients_lists_come_in_that_order(ctx):
    for n in (10, 2, 1):
        people.add_professional(ctx, f"Klantmanager {n}", "klantmanager")
        people.add_client(ctx, pseudonym=f"Cliënt {n}")
    assert [p.name for p in people.list_professionals(ctx)] == ["Klantmanager 1", "Klantmanager 2", "Klantmanager 10"]
    assert [c.pseudonym for c in people.list_clients(ctx)] == ["Cliënt 1", "Cliënt 2", "Cliënt 10"]

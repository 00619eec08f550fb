"""What deduce adds to the known names: other people, phone numbers, e-mail, BSN, addresses and dates of birth
are replaced in an export; the dates and ages the method works with stay. deduce is loaded once per process
(formats/deduce_model.py) and shared by every test here."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from datetime import date

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.formats import deduce_model
from kijkwijzer.formats.deduce_finder import DeduceFinder, age_reason, date_reason
from kijkwijzer.services import annotations, people
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import report as exchange_report
from tests.support.rows import add_recording_row

sqlite_only = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)  # no database question here

TODAY = date(2026, 11, 30)
PRIVATE = (
    "Karin de Jong belde op 06-12345678 en mailde karin.dejong@example.nl; BSN 111222333. "
    "Ze woont aan de Kerkstraat 12, 2711 AB Zoetermeer. Geboren op 3 april 1987. Zie https://voorbeeld.nl/dossier"
)
KEPT = "Op 12 maart komt ze terug; het gesprek van 2 november 2026 ging over de brieven. Een vrouw van 27 jaar."


def _observe(setup, text: str, quote: str = "") -> int:
    recording_id = add_recording_row(setup["ctx"], setup["conversation"].id)
    annotations.add(setup["ctx"], AnnotationDraft(recording_id, 1000, 2000, observation=text, quote=quote))
    return recording_id


@sqlite_only
def test_deduce_replaces_what_no_list_knows(case_setup, tmp_path):
    _observe(case_setup, PRIVATE + " " + KEPT + " Sanne de Vries vroeg door.")
    result = exchange.export_csv(case_setup["ctx"], case_setup["conversation"].id, tmp_path / "a.csv")
    text = result.path.read_text(encoding="utf-8-sig")
    for secret in ("Karin", "Jong", "06-12345678", "karin.dejong@example.nl", "111222333", "Kerkstraat",
                   "2711 AB", "3 april 1987", "voorbeeld.nl"):
        assert secret not in text, secret
    for label in ("[persoon]", "[telefoonnummer]", "[e-mailadres]", "[bsn]", "[adres]", "[geboortedatum]",
                  "[webadres]"):
        assert label in text, label
    assert KEPT in text, "dates of the work and an ordinary age stay"
    assert "Sanne de Vries vroeg door." in text, "staff names stay in a research export, as before"


@sqlite_only
def test_in_the_story_staff_become_roles_and_others_persons(case_setup, tmp_path):
    _observe(case_setup, "Sanne de Vries vraagt Karin de Jong, de buurvrouw, om mee te komen.",
             quote="Sanne, bel Karin de Jong maar")  # a quote makes the moment part of the story
    result = exchange_report.export_story(case_setup["ctx"], case_setup["case"].id, tmp_path / "v.md")
    markdown = result.paths[0].read_text(encoding="utf-8")
    assert "De klantmanager vraagt \\[persoon\\], de buurvrouw, om mee te komen." in markdown
    assert "Karin" not in markdown and "Sanne" not in markdown


@sqlite_only
def test_a_misspelt_client_name_is_still_the_client(case_setup, tmp_path):
    people.update_client(case_setup["ctx"], case_setup["client"].id, real_name="Jozefien Quackenbosch")
    _observe(case_setup, "Jozefein zei niets; Quakenbosch wel.")
    result = exchange.export_csv(case_setup["ctx"], case_setup["conversation"].id, tmp_path / "a.csv")
    text = result.path.read_text(encoding="utf-8-sig")
    pseudonym = case_setup["client"].pseudonym
    assert f"{pseudonym} zei niets; {pseudonym} wel." in text


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("2 november 2026", "Het gesprek op ", None),
    ("12-03-2027", "Volgende afspraak ", None),
    ("3 april 1987", "Zij is geboren op ", "geboortedatum"),
    ("03-04-2001", "Geb. ", "geboortedatum"),
    ("5-6-1990", "Getrouwd op ", "datum"),
    ("5-6-90", "Getrouwd op ", "datum"),
    ("1 januari 2020", "Geboren in Syrië. Sinds ", None),  # the cue belongs to the sentence before
])
def test_dates_stay_unless_of_birth_or_long_ago(text, before, expected):
    assert date_reason(text, before, TODAY) == expected


def test_ages_stay_below_ninety():
    assert age_reason("27") is None and age_reason("89") is None and age_reason("93") == "leeftijd"


def test_deduce_is_loaded_once_per_process_and_prints_nothing():
    first = DeduceFinder(TODAY)
    started = time.perf_counter()
    second = DeduceFinder(TODAY)
    assert second.model is first.model and time.perf_counter() - started < 0.5
    assert deduce_model.loaded() and deduce_model.load_seconds() is not None
    root = logging.getLogger()
    assert root.level != logging.DEBUG
    assert not [h for h in root.handlers if type(h) is logging.StreamHandler
                and getattr(h.stream, "name", "") == "<stdout>"], "deduce's own logging set-up is undone"


def test_loading_happens_once_however_many_threads_ask(monkeypatch):
    """The once-per-process rule itself, with a stand-in for the seconds-long load (FakeLoad)."""
    calls: list[int] = []

    def fake_load():  # FakeLoad: slow enough that every thread arrives while it runs
        calls.append(1)
        time.sleep(0.3)
        return object()

    monkeypatch.setattr(deduce_model, "_model", None)
    monkeypatch.setattr(deduce_model, "_loader", None)
    monkeypatch.setattr(deduce_model, "_load", fake_load)
    deduce_model.start_loading()
    deduce_model.start_loading()  # a second export chosen while loading starts nothing new
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(deduce_model.model())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert len(calls) == 1 and len(got) == 4 and len({id(m) for m in got}) == 1


def test_nothing_loads_deduce_on_import():
    code = ("import sys, kijkwijzer.cli, kijkwijzer.services.exchange.preview, kijkwijzer.ui.exchange.export_actions, "
            "kijkwijzer.ui.exchange_actions; print('deduce' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "False"

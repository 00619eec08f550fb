"""A service's refusal, said where a widget says things (kijkwijzer/ui/service_calls.py): the status bar gets
the message in the UI's language and the widget gets None and goes on; a result passes through untouched, and
what is not a refusal is not swallowed (the application's error hook reports it)."""

from __future__ import annotations

import pytest

from kijkwijzer.services import cases, reflection
from kijkwijzer.ui import i18n
from kijkwijzer.ui.service_calls import call_or_say


def test_a_refusal_is_said_in_dutch_and_the_widget_gets_none(ctx):
    said: list[str] = []
    assert call_or_say(said.append, reflection.get_reflection, ctx, 4711) is None
    assert said == ["Reflectiegesprek 4711 bestaat niet."]


def test_a_refusal_is_said_in_english_when_the_ui_is_english(ctx, monkeypatch):
    monkeypatch.setitem(i18n._state, "lang", "en")
    said: list[str] = []
    assert call_or_say(said.append, reflection.get_reflection, ctx, 4711) is None
    assert said == ["Reflection conversation 4711 does not exist."]


def test_a_result_passes_through_with_its_keyword_arguments_and_nothing_is_said(case_setup):
    said: list[str] = []
    shown = call_or_say(said.append, cases.get_case, case_setup["ctx"], case_id=case_setup["case"].id)
    assert shown is not None and shown.id == case_setup["case"].id
    assert said == []


def test_an_unexpected_error_is_not_swallowed():
    said: list[str] = []
    with pytest.raises(ValueError):
        call_or_say(said.append, int, "geen getal")
    assert said == []

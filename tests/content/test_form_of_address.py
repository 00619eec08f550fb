"""Issue 14, item 2: what the client reads or hears speaks to them in one form of address. The client-facing
texts are the consent form and the leaflet (content/consent.toml), the questions read to the client in the
interview (content/feedback.toml: per fragment, the two feedback questions, the scale's anchors) and the
strings of the interview screens (ui/feedback/interview_mode.py, interview_forms.py). They use "u"; a text
with "jij/je/jouw" among them (or the other way round) fails here, named."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kijkwijzer.content import load_content

ROOT = Path(__file__).parents[2]
CLIENT_SCREENS = ("kijkwijzer/ui/feedback/interview_mode.py", "kijkwijzer/ui/feedback/interview_forms.py")
FORMS = {
    "u": re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE),
    "jij": re.compile(r"\b(jij|je|jou|jouw|jullie|jezelf)\b", re.IGNORECASE),
}


def content_texts() -> dict[str, str]:
    """Client-facing texts of the content, by item id (Dutch only: the *_en fields are translations)."""
    content = load_content()
    texts = {p.id: p.text for p in content.passages if p.id.startswith("toestemming.")}
    texts |= {q.id: q.question for q in content.interview_questions}
    texts |= {q.id: q.question for q in content.feedback_questions}
    scale = content.rating_scale
    texts |= {f"{scale.id} (low)": scale.low_label, f"{scale.id} (high)": scale.high_label}
    return texts


def tr_strings(path: Path) -> list[str]:
    """Every literal handed to self.tr()/translate() in a module (implicit concatenation joined)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            args = node.args[1:] if name == "translate" else node.args
            if name in ("tr", "translate") and args and isinstance(args[0], ast.Constant) \
                    and isinstance(args[0].value, str):
                found.append(args[0].value)
    return found


def client_facing_texts() -> dict[str, str]:
    texts = content_texts()
    for module in CLIENT_SCREENS:
        texts |= {f"{module}: {text!r}": text for text in tr_strings(ROOT / module)}
    return texts


def forms_used(texts: dict[str, str]) -> dict[str, list[str]]:
    used: dict[str, list[str]] = {form: [] for form in FORMS}
    for where, text in texts.items():
        for form, pattern in FORMS.items():
            if pattern.search(text):
                used[form].append(where)
    return {form: places for form, places in used.items() if places}


def test_the_client_facing_texts_use_one_form_of_address():
    texts = client_facing_texts()
    assert len(texts) > 60  # the consent texts, the questions and the screens' strings were all found
    used = forms_used(texts)
    assert len(used) == 1, f"two forms of address in client-facing text: {used}"
    assert set(used) == {"u"}, used  # the form and the leaflet, the larger and printed part, speak with "u"


def test_the_check_finds_a_mix():
    """The scan itself: one 'je' among 'u' texts is found and named."""
    texts = {"toestemming.x": "Wat vindt u?", "interview.y": "Wil je nog iets zeggen?", "z": "Dank u wel."}
    assert forms_used(texts) == {"u": ["toestemming.x", "z"], "jij": ["interview.y"]}
    assert forms_used({"a": "Uitleg over uurtarieven en Juwelen"}) == {}  # words that only contain the letters

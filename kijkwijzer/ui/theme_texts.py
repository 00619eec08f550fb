"""The method's own words about a theme, a level and the waterline, as the UI shows them (tooltips, help).

One place builds them, so the coding pad, the annotation editor, the level filter and the reflection view say
the same: the key question (marked when it was rebuilt, see `thema.taal`), "waarom belangrijk?" and the
illustrative case numbers of 004's theme table. All texts come from the content; only the captions are ours.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt

from .i18n import pick


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def is_reconstructed(theme) -> bool:
    """Was the key question rebuilt where the seed lost the heading (thema.taal)?"""
    return "key_question" in getattr(theme, "reconstructed_fields", ())


def reconstructed_mark() -> str:
    return QCoreApplication.translate("ThemeTexts", "(gereconstrueerd)")


def reconstructed_tip() -> str:
    return QCoreApplication.translate(
        "ThemeTexts", "In de brontekst is de kop van dit thema verloren gegaan; deze vraag is door Kijkwijzer "
                      "gereconstrueerd uit de toelichting en is geen tekst van de methode.")


def why(theme) -> str:
    return pick(theme.why, theme.why_en)


def why_caption() -> str:
    return QCoreApplication.translate("ThemeTexts", "Waarom belangrijk?")


def cases_numbers(theme) -> str:
    if theme.cases:
        return ", ".join(str(n) for n in theme.cases)
    if theme.cases_all:
        return QCoreApplication.translate("ThemeTexts", "alle")
    return "—"


def cases_line(theme) -> str:
    """ "Illustratieve interacties: 4, 1, 9, 10" (the numbers of 004's cases this theme stands out in)."""
    text = QCoreApplication.translate("ThemeTexts", "Illustratieve interacties: {cases}")
    return text.format(cases=cases_numbers(theme))


def cases_note(theme) -> str:
    return pick(theme.cases_note, getattr(theme, "cases_note_en", ""))


def theme_tooltip(theme, key: str = "") -> str:
    """Rich text (so Qt wraps it): title and key, key question, why, the cases and what was lost of them."""
    title = pick(theme.title, theme.title_en)
    head = f"{escape(title)} ({escape(key)})" if key else escape(title)
    question = escape(pick(theme.key_question, theme.key_question_en))
    if is_reconstructed(theme):
        question += f" <i>{escape(reconstructed_mark())}</i>"
    parts = [f"<p><b>{head}</b><br>{question}</p>",
             f"<p><i>{escape(why_caption())}</i> {_html(why(theme))}</p>",
             f"<p>{escape(cases_line(theme))}"]
    note = cases_note(theme)
    parts.append(f"<br><small>{escape(note)}</small></p>" if note else "</p>")
    if is_reconstructed(theme):
        parts.append(f"<p><small>{escape(reconstructed_tip())}</small></p>")
    return "".join(parts)


def theme_block_html(theme, key: str = "", anchor: str = "") -> str:
    """One theme in the help: a heading with its colour, the key question, why, and the cases."""
    title = pick(theme.title, theme.title_en)
    name = f"<a name='{escape(anchor)}'></a>" if anchor else ""
    keyed = f" <span style='color:#555'>({escape(key)})</span>" if key else ""
    question = escape(pick(theme.key_question, theme.key_question_en))
    if is_reconstructed(theme):
        question += (f" <i title='{escape(reconstructed_tip(), quote=True)}'>{escape(reconstructed_mark())}</i>"
                     f"<br><small>{escape(reconstructed_tip())}</small>")
    note = cases_note(theme)
    return (f"{name}<h4 style='margin:6px 0 2px 0'><span style='color:{escape(theme.color)}'>■</span> "
            f"{escape(title)}{keyed}</h4>"
            f"<p style='margin:0'><b>{question}</b></p>"
            f"<p style='margin:2px 0'><i>{escape(why_caption())}</i> {_html(why(theme))}</p>"
            f"<p style='margin:0 0 4px 0'>{escape(cases_line(theme))}"
            + (f" <small style='color:#555'>({escape(note)})</small>" if note else "") + "</p>")


# --- levels and the waterline -----------------------------------------------------------------------------

def level_hint(level) -> str:
    """One line under the level choice: the seed's example of this level, or the model it comes from."""
    return _example(level.example) if level is not None and level.example else ""


def _example(example: str) -> str:
    return QCoreApplication.translate("ThemeTexts", "Voorbeeld uit de casussen: {example}").format(example=example)


def level_tooltip(level, source: str = "") -> str:
    """A level's label with its example; `source` is the passage naming the levels (niveau.bron)."""
    lines = [pick(level.label, level.label_en)]
    if level.example:
        lines.append(_example(level.example))
    if source:
        lines.append(QCoreApplication.translate("ThemeTexts", "Uit de methode: {source}").format(source=source))
    return "\n".join(lines)


def waterline_tooltip(line) -> str:
    """The waterline item's own words from the reflection on case 1, and its example."""
    parts = [f"<p><b>{escape(pick(line.label, line.label_en))}</b></p>"]
    if line.text:
        parts.append(f"<p>{escape(line.text)}</p>")
    if line.example:
        caption = QCoreApplication.translate("ThemeTexts", "Voorbeeld uit casus 1:")
        parts.append(f"<p><i>{escape(caption)}</i> {escape(line.example)}</p>")
    return "".join(parts)


def waterline_hint(line) -> str:
    """One line under a waterline field: the seed's example."""
    if not line.example:
        return ""
    return QCoreApplication.translate("ThemeTexts", "Bijv.: {example}").format(example=line.example)


def set_level_item_tooltips(combo, content) -> None:
    """Every level entry of a combo box (data = level id) gets its tooltip; other entries are left alone."""
    bron = content.passage("niveau.bron") if content.has("niveau.bron") else None
    source = pick(bron.text, bron.text_en) if bron is not None else ""
    for index in range(combo.count()):
        level_id = combo.itemData(index)
        if level_id and content.has(level_id):
            combo.setItemData(index, level_tooltip(content.level(level_id), source), Qt.ItemDataRole.ToolTipRole)


def set_theme_item_tooltips(combo, content) -> None:
    for index in range(combo.count()):
        theme_id = combo.itemData(index)
        if theme_id and content.has(theme_id):
            combo.setItemData(index, theme_tooltip(content.theme(theme_id)), Qt.ItemDataRole.ToolTipRole)


def reflection_questions_html(questions, title_of) -> tuple[str, str]:
    """The reflection questions grouped per theme, each theme's "waarom belangrijk?" beside them
    (services.reflection.ReflectionQuestion); returns (rich text, tooltip: why a question is marked)."""
    by_theme: dict[str, list] = {}
    for q in questions:
        by_theme.setdefault(q.theme_id, []).append(q)
    blocks, tip = [], ""
    for theme_id, items in by_theme.items():
        lines = []
        for q in items:
            line = "• " + escape(pick(q.text, q.text_en))
            if q.reconstructed:
                line += f" <i>{escape(reconstructed_mark())}</i>"
                tip = reconstructed_tip()
            lines.append(line)
        why_text = pick(items[0].why, items[0].why_en)
        if why_text:
            lines.append(f"<span style='color:#4b5563'><i>{escape(why_caption())}</i> {_html(why_text)}</span>")
        blocks.append(f"<p><b>{escape(title_of(theme_id))}</b><br>{'<br>'.join(lines)}</p>")
    return "".join(blocks), tip

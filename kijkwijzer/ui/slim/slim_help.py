""""Over SLIM…": the SLIM bijlage of 004 (~2319-2413) as the content holds it, in the seed's order: the model
(intro, starting situation, uitgangspunt, micro/meso/macro, system or life world), the three lists with their
questions, perceived self-reliance, social orientation, and the verdict (the question, the three verdict texts,
"Het model geeft daarvoor een aanwijzing."). Every method text comes from `ctx.content`; only the headings and
the muted lines (tagged "Programmatekst:", or naming the case a verdict text comes from) are the workbench's.

`SlimHelpDialog(content, parent).open()`; `slim_help_html(content)` is its text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kijkwijzer.content import Content
from kijkwijzer.content.seedtext import SEED_REF

from ..i18n import pick
from ..product_text import product_html

# (heading, ids in the seed's order). A heading that is a content id is that dimension's own title. A passage id
# shows its text; a dimension id its question, then its text ("#question" / "#text": only that one).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("SlimHelp", "Het model"),
     ("slim.intro", "slim.vertreksituatie", "slim.uitgangspunt", "slim.causaliteit", "slim.dimensie.micro_meso_macro",
      "slim.dimensie.systeem_leefwereld", "slim.strategie")),
    (QT_TRANSLATE_NOOP("SlimHelp", "De drie lijsten"), ("lists",)),
    ("slim.dimensie.zelfredzaamheid",
     ("slim.optelsom", "slim.steun_en_kansen", "slim.dimensie.zelfredzaamheid#question",
      "slim.dimensie.probleemlocatie", "slim.dimensie.zelfredzaamheid#text")),
    ("slim.dimensie.sociale_orientatie", ("slim.normatief_beeld", "slim.dimensie.sociale_orientatie")),
    (QT_TRANSLATE_NOOP("SlimHelp", "Het oordeel"), ("slim.vraag", "verdicts", "slim.aanwijzing")),
)
MUTED = "color:#52606d; font-style:italic;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlimHelp", text)


def _first_line(item: object) -> int | None:
    refs = getattr(item, "seed", ())
    match = SEED_REF.match(refs[0]) if refs else None
    return int(match["start"]) if match else None


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text else ""


def _item_html(content: Content, id_: str, part: str = "") -> str:
    item = content.item(id_)
    if hasattr(item, "values"):  # a dimension: its question, then its text (both seed text)
        question = f"<p><i>{escape(item.question)}</i></p>" if item.question and part != "text" else ""
        return question + (_para(item.text) if part != "question" else "")
    return _para(pick(item.text, getattr(item, "text_en", "")))


def _heading(content: Content, heading: str) -> str:
    if content.has(heading):
        item = content.item(heading)
        return pick(item.title, item.title_en)  # type: ignore[attr-defined]
    return _tr(heading)


def _marked(text: str) -> str:
    """A line of the program's own, muted and tagged."""
    return f"<p>{product_html(text)}</p>"


def _lists_html(content: Content) -> str:
    parts = []
    for spec in content.slim_lists:
        items = "".join(f"<li>{escape(i.text)}</li>" for i in content.slim_list_items(spec.id))
        parts.append(f"<p><b>{escape(pick(spec.title, spec.title_en))}</b><br/><i>{escape(spec.question)}</i></p>"
                     f"<ul>{items}</ul>")
    return "".join(parts) + _marked(QCoreApplication.translate(
        "SlimHelp", "Wat in de drie lijsten op dezelfde plaats staat, past bij elkaar (afgeleid uit de casusanalyses)."))


def _verdicts_html(content: Content) -> str:
    """Label and text per verdict; a text taken from a case analysis (not the bijlage) says so."""
    appendix = min(filter(None, (_first_line(s) for s in content.slim_lists)), default=0)
    rows = []
    for verdict in content.verdicts:
        line = _first_line(verdict)
        where = ""
        if line is not None and line < appendix:
            source = QCoreApplication.translate("SlimHelp", "(uit een casusanalyse, 004 regel %1)")
            where = f" <span style='{MUTED}'>{escape(source.replace('%1', str(line)))}</span>"
        rows.append(f"<li><b>{escape(pick(verdict.label, verdict.label_en))}</b>: {escape(verdict.text)}{where}</li>")
    return f"<ul>{''.join(rows)}</ul>"


def slim_help_html(content: Content) -> str:
    shown: set[str] = set()
    parts = [_marked(QCoreApplication.translate(
        "SlimHelp", "Hieronder de bijlage over SLIM uit ‘Van Kijken naar Zien’, letterlijk en in de volgorde van de "
                    "bron. De kopjes en de grijze regels zijn van het programma."))]
    for heading, ids in SECTIONS:
        body = ""
        for id_ in ids:
            if id_ == "lists":
                body += _lists_html(content)
            elif id_ == "verdicts":
                body += _verdicts_html(content)
            else:
                base, _, part = id_.partition("#")
                if content.has(base):
                    body += _item_html(content, base, part)
                    shown.add(base)
        parts.append(f"<h3>{escape(_heading(content, heading))}</h3>{body}")
    rest = [p for p in content.passages if p.id.startswith("slim.") and p.id not in shown]
    if rest:  # a passage added to slim.toml later is never left out
        further = QCoreApplication.translate("SlimHelp", "Verder")
        parts.append(f"<h3>{escape(further)}</h3>" + "".join(_para(pick(p.text, p.text_en)) for p in rest))
    return "".join(parts)


class SlimHelpDialog(QDialog):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimHelp")
        self.setWindowTitle(self.tr("Over SLIM"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("slimHelpText")
        self.text.setOpenLinks(False)
        self.text.setHtml(slim_help_html(content))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        width, height = 780, 680
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:  # within a 1280x720 screen, the text scrolls
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 60), min(height, room.height() - 60)
        self.resize(width, height)
        self.text.setFocus()

    def plain_text(self) -> str:
        return self.text.toPlainText()

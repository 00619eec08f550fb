"""The three tables of the agreement dialog, filled from one RecordingAgreement: the matrix (a row per theme, a
kappa column per pair of reviewers and an alpha column), the annotations found by both (a row per theme and
pair), and the moments where the reviewers differ most (a row per moment, a column per reviewer with the themes
they marked there). Numbers in the UI's language (0,72 in Dutch); neutral shades: low agreement is information,
not an alarm."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kijkwijzer.analysis.agreement import AlphaBand, KappaBand
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services.agreement import RecordingAgreement
from kijkwijzer.services.agreement_reading import ALPHA_WORDS, KAPPA_WORDS, number, percent

from ..i18n import count_text, current_lang

# light to darker blue-grey: more agreement, more ink
SHADES: dict[str, str] = {"poor": "#f7f8fa", "slight": "#f7f8fa", "fair": "#eef2f7", "moderate": "#dde6f0",
                          "substantial": "#c9d8ea", "almost_perfect": "#b3c8e2", "insufficient": "#f7f8fa",
                          "tentative": "#dde6f0", "reliable": "#b3c8e2"}
MOMENT_ROLE = Qt.ItemDataRole.UserRole  # on a moment's first cell: its start in ms


def _lang() -> int:
    return 0 if current_lang() == "nl" else 1


def _item(text: str, tip: str = "", shade: str = "", align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    if shade:
        item.setBackground(QColor(shade))
        item.setForeground(QColor("#1f2933"))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _prepare(table: QTableWidget, headers: list[str], rows: int) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(rows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _kappa_cell(kappa: float | None, band: KappaBand | None, tip: str, only: str = "") -> QTableWidgetItem:
    """κ with its band; `only` names the one reviewer of the pair who marked the theme at all."""
    if kappa is None or band is None:
        return _item("–", QCoreApplication.translate("AgreementTables", "Niet te berekenen: beiden zeggen overal "
                                                     "hetzelfde.") + "\n" + tip)
    lang = current_lang()
    if only:
        words = QCoreApplication.translate("AgreementTables", "alleen {name}").format(name=only)
        return _item(f"{number(kappa, lang)}  {words}", tip, SHADES["slight"], True)
    return _item(f"{number(kappa, lang)}  {KAPPA_WORDS[band][_lang()]}", tip, SHADES[band], True)


def _alpha_cell(alpha: float | None, band: AlphaBand | None) -> QTableWidgetItem:
    if alpha is None or band is None:
        return _item("–", QCoreApplication.translate("AgreementTables", "Niet te berekenen: overal dezelfde waarde."))
    return _item(f"{number(alpha, current_lang(), 3)}  {ALPHA_WORDS[band][_lang()]}", "", SHADES[band], True)


def fill_matrix(table: QTableWidget, result: RecordingAgreement) -> None:
    """A row per theme: κ per pair of reviewers (with its Landis & Koch band), then α over all of them."""
    f = result.figures
    pairs = list(combinations(result.reviewers, 2))
    headers = [QCoreApplication.translate("AgreementTables", "Thema")]
    headers += [QCoreApplication.translate("AgreementTables", "κ {a} × {b}").format(a=a.short, b=b.short)
                for a, b in pairs]
    headers.append(QCoreApplication.translate("AgreementTables", "α alle kijkers"))
    _prepare(table, headers, len(result.themes))
    unit = f.unit_ms / 1000
    for row, theme in enumerate(result.themes):
        table.setItem(row, 0, _item(theme.label(current_lang())))
        for column, (a, b) in enumerate(pairs, start=1):
            k = f.kappa(theme.id, a.id, b.id)
            if k is None:
                continue
            units_a, units_b = (k.units_a, k.units_b) if k.reviewer_a == a.id else (k.units_b, k.units_a)
            tip = QCoreApplication.translate(
                "AgreementTables", "{a}: {na} eenheden, {b}: {nb} eenheden, samen (met tolerantie): {both}; "
                "van {all} eenheden van {unit} s").format(a=a.short, na=units_a, b=b.short, nb=units_b,
                                                        both=k.units_agreed, all=k.units, unit=number(unit, current_lang(), 0))
            only = a.short if units_a and not units_b else b.short if units_b and not units_a else ""
            table.setItem(row, column, _kappa_cell(k.kappa, k.band, tip, only))
        alpha = f.alpha(theme.id)
        table.setItem(row, len(pairs) + 1, _alpha_cell(alpha.alpha if alpha else None, alpha.band if alpha else None))


def fill_spans(table: QTableWidget, result: RecordingAgreement) -> None:
    """A row per theme and pair: annotations of each, found by both, the share, the overlap in time, the offset."""
    headers = [QCoreApplication.translate("AgreementTables", "Thema"),
               QCoreApplication.translate("AgreementTables", "Kijkers"),
               QCoreApplication.translate("AgreementTables", "Annotaties"),
               QCoreApplication.translate("AgreementTables", "Samen gevonden"),
               QCoreApplication.translate("AgreementTables", "Overlap in tijd"),
               QCoreApplication.translate("AgreementTables", "Verschuiving")]
    spans = result.figures.spans
    _prepare(table, headers, len(spans))
    lang = current_lang()
    for row, s in enumerate(spans):
        a, b = result.reviewer(s.reviewer_a), result.reviewer(s.reviewer_b)
        found = "–" if s.found_by_both is None else count_text(
            s.matched, QCoreApplication.translate("AgreementTables", "1 paar ({share})"),
            QCoreApplication.translate("AgreementTables", "{n} paren ({share})"), share=percent(s.found_by_both, lang))
        overlap = "–" if s.time_overlap is None else percent(s.time_overlap, lang)
        offset = "–" if s.mean_offset_ms is None else f"{number(s.mean_offset_ms / 1000, lang, 1)} s"
        cells = [_item(result.theme(s.theme).label(lang)), _item(f"{a.short} × {b.short}"),
                 _item(f"{s.annotations_a} / {s.annotations_b}", align_right=True),
                 _item(found, align_right=True), _item(overlap, align_right=True), _item(offset, align_right=True)]
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)


def fill_moments(table: QTableWidget, result: RecordingAgreement) -> None:
    """A row per moment, heaviest first: its time, per reviewer the themes they marked there (– for none)."""
    headers = [QCoreApplication.translate("AgreementTables", "Moment")]
    headers += [r.short for r in result.reviewers]
    headers.append(QCoreApplication.translate("AgreementTables", "Gewicht"))
    moments = result.figures.differences
    _prepare(table, headers, len(moments))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(result.reviewers) + 1):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    lang = current_lang()
    for row, d in enumerate(moments):
        when = f"{format_ms(d.start_ms, millis=False)}–{format_ms(d.end_ms, millis=False)}"
        first = _item(when, QCoreApplication.translate("AgreementTables", "Dubbelklik of Enter: daarheen in de opname"))
        first.setData(MOMENT_ROLE, d.start_ms)
        table.setItem(row, 0, first)
        for column, reviewer in enumerate(result.reviewers, start=1):
            themes = [result.theme(t).label(lang) for t in d.themes_of(reviewer.id)]
            table.setItem(row, column, _item(", ".join(themes) or "–"))
        table.setItem(row, len(result.reviewers) + 1, _item(str(d.weight), QCoreApplication.translate(
            "AgreementTables", "Seconden waarin ze verschillen, opgeteld over de thema's"), align_right=True))

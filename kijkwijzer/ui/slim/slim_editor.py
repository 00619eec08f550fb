"""Editing one SLIM analysis: whose approach it judges, the three lists side by side with aligned rows (and which
self-image is the main one when several are picked), the further dimensions, the phase, and the suggested verdict
with its reasoning, recomputed on every click. Verdict and approach names come from the content; the reasoning
is marked as the workbench's own words. Committing is the panel's job (slim_panel.py): every change as made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.content import Content
from kijkwijzer.domain import slim as rules
from kijkwijzer.domain.timecode import format_ms, parse_ms
from kijkwijzer.services import slim as slim_service
from kijkwijzer.services.slim import SlimView

from ..autosave import show_text
from ..i18n import current_lang, pick

LISTS = (rules.LIST_ZELFBEELD, rules.LIST_ROL, rules.LIST_LOGICA)


class SlimEditor(QWidget):
    changed = Signal()

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimEditor")
        self.content = content
        self.picks: dict[str, QCheckBox] = {}
        self.values: dict[str, tuple[str, QCheckBox]] = {}  # value id -> (dimension id, box)
        layout = QVBoxLayout(self)
        layout.addLayout(self._phase_row())
        layout.addLayout(self._approach_row())
        layout.addWidget(self._lists_box())
        layout.addWidget(self._dimensions_box())
        self.analysis = QPlainTextEdit(self)
        self.analysis.setPlaceholderText(self.tr("Analyse in eigen woorden (zoals in de casusanalyses)"))
        self.analysis.setMaximumHeight(70)
        layout.addWidget(self.analysis)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("slimSuggestion")
        self.reasoning_caption = QLabel(self.tr("Redenering van het programma (geen tekst uit de methode):"), self)
        self.reasoning_caption.setObjectName("slimReasoningCaption")
        self.reasoning_caption.setToolTip(self.tr("Het programma legt uit hoe het voorgestelde oordeel tot stand komt. "
                                                  "De namen van lijsten, keuzes en oordelen komen uit SLIM; de "
                                                  "zinnen zijn van het programma zelf."))
        self.reasoning = QLabel(self)
        self.reasoning.setObjectName("slimReasoning")
        self.reasoning.setWordWrap(True)
        self.reasoning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasoning_caption)
        layout.addWidget(self.reasoning)
        self.refresh()

    def _phase_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.phase = QLineEdit(self)
        self.phase.setPlaceholderText(self.tr("Fase, bijv. ‘eerste deel’ (leeg: heel gesprek)"))
        self.start = QLineEdit(self)
        self.start.setPlaceholderText(self.tr("van mm:ss"))
        self.end = QLineEdit(self)
        self.end.setPlaceholderText(self.tr("tot mm:ss"))
        for edit in (self.start, self.end):
            edit.setMaximumWidth(110)
        row.addWidget(self.phase, 1)
        row.addWidget(self.start)
        row.addWidget(self.end)
        return row

    def _approach_row(self) -> QHBoxLayout:
        """Whose approach the analysis judges (004:915-916: "vooral van de andere betrokken professionals")."""
        row = QHBoxLayout()
        self.approach = QComboBox(self)
        self.approach.setObjectName("slimApproach")
        for approach in self.content.slim_approaches:
            self.approach.addItem(pick(approach.label, approach.label_en), approach.id.rsplit(".", 1)[-1])
        self.approach.setToolTip(self.tr("Wiens benadering deze analyse beoordeelt (Alt+B)"))
        self.approach.currentIndexChanged.connect(lambda _i: self.changed.emit())
        label = QLabel(self.tr("&Benadering van:"), self)
        label.setBuddy(self.approach)
        row.addWidget(label)
        row.addWidget(self.approach)
        row.addStretch(1)
        return row

    def _main_self_image(self, box: QWidget) -> QHBoxLayout:
        """With several self-images picked: which one the client mainly holds (the rule weighs it first)."""
        row = QHBoxLayout()
        self.main_self = QComboBox(box)
        self.main_self.setObjectName("slimMainSelfImage")
        self.main_self.setToolTip(self.tr("Bij een gemengd zelfbeeld: hoe ziet de cliënt zichzelf vooral? Het "
                                          "voorgestelde oordeel weegt dat zelfbeeld het zwaarst (Alt+V)."))
        self.main_self.currentIndexChanged.connect(lambda _i: None if self._filling else self.refresh())
        self.main_self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("&Vooral:"), box)
        label.setBuddy(self.main_self)
        row.addWidget(label)
        row.addWidget(self.main_self)
        row.addStretch(1)
        return row

    def _fill_main_self(self, wanted: str | None = None) -> None:
        """The main-self-image choice lists the picked self-images; it keeps its choice while that stays picked."""
        keep = wanted or self.main_self.currentData()
        picked = [i for i in self.content.slim_list_items(rules.LIST_ZELFBEELD) if self.picks[i.id].isChecked()]
        self._filling = True
        self.main_self.clear()
        for item in picked:
            self.main_self.addItem(pick(item.label, item.label_en), item.id)
        index = self.main_self.findData(keep) if keep else -1
        self.main_self.setCurrentIndex(max(index, 0) if picked else -1)
        self.main_self.setEnabled(len(picked) > 1)
        self._filling = False

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Zelfbeeld, rol en logica (wat op één rij staat, past bij elkaar)"), self)
        grid = QGridLayout(box)
        for column, list_id in enumerate(LISTS):
            spec = next(s for s in self.content.slim_lists if s.id == list_id)
            head = QLabel(f"<b>{pick(spec.title, spec.title_en)}</b>", box)
            head.setToolTip(spec.question)
            grid.addWidget(head, 0, column)
            for item in self.content.slim_list_items(list_id):
                check = QCheckBox(pick(item.label, item.label_en), box)
                check.setToolTip(item.text)
                check.toggled.connect(lambda _on, zelfbeeld=list_id == rules.LIST_ZELFBEELD: self._picked(zelfbeeld))
                self.picks[item.id] = check
                grid.addWidget(check, item.row, column)
        self._filling = False
        grid.addLayout(self._main_self_image(box), 5, 0, 1, len(LISTS))  # spans: it must not widen one column
        self._fill_main_self()
        return box

    def _picked(self, zelfbeeld: bool) -> None:
        if zelfbeeld:
            self._fill_main_self()
        self.refresh()

    def _dimensions_box(self) -> QGroupBox:
        """Each dimension's title above its values: beside them the box was wider than a dock at 1280 pixels."""
        box = QGroupBox(self.tr("Verder"), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        line = 0
        for dim in self.content.slim_dimensions:
            title = QLabel(f"<b>{pick(dim.title, dim.title_en)}</b>", box)
            title.setToolTip(dim.question or dim.text)
            grid.addWidget(title, line, 0, 1, 3)
            for column, value in enumerate(dim.values):
                check = QCheckBox(pick(value.label, value.label_en), box)
                check.setToolTip(value.text)
                check.toggled.connect(lambda _on: self.changed.emit())
                self.values[value.id] = (dim.id, check)
                grid.addWidget(check, line + 1, column)
            line += 2
        grid.setColumnStretch(3, 1)
        return box

    # --- reading and writing ------------------------------------------------------------------------------
    def chosen(self, list_id: str) -> list[str]:
        """The picked ids of a list; for the self-image the main one first."""
        ids = [i.id for i in self.content.slim_list_items(list_id) if self.picks[i.id].isChecked()]
        main = self.main_self.currentData() if list_id == rules.LIST_ZELFBEELD else None
        return [main, *(i for i in ids if i != main)] if main in ids else ids

    def approach_of(self) -> str:
        return self.approach.currentData() or "professional"

    def dimensions(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for value_id, (dim_id, check) in self.values.items():
            if check.isChecked():
                out.setdefault(dim_id, []).append(value_id)
        return out

    def span(self) -> tuple[int | None, int | None]:
        """Raises BadInput on a malformed time."""
        start, end = self.start.text().strip(), self.end.text().strip()
        return (parse_ms(start) if start else None, parse_ms(end) if end else None)

    def suggestion(self) -> rules.SlimSuggestion:
        return slim_service.suggest(self.content, *[self.chosen(list_id) for list_id in LISTS])

    def refresh(self) -> None:
        s = self.suggestion()
        self.verdict.setText("<b>" + self.tr("Voorgesteld oordeel: %1").replace("%1", slim_service.verdict_label(
            self.content, s.verdict, current_lang())) + "</b>")
        self.reasoning.setText(s.reasoning(current_lang()))
        self.changed.emit()

    def load(self, view: SlimView | None, keep: frozenset[str] = frozenset()) -> None:
        """Show `view` (None: a new, empty analysis). Parts named in `keep` ("choices", "phase", "span",
        "analysis") hold changes not committed yet and stay as they are; text already shown is not reset."""
        if "choices" not in keep:
            picked = set(view.zelfbeeld + view.rol + view.logica) if view else set()
            dims = {v for values in (view.dimensions.values() if view else ()) for v in values}
            for item_id, check in self.picks.items():
                check.blockSignals(True)
                check.setChecked(item_id in picked)
                check.blockSignals(False)
            for value_id, (_dim, check) in self.values.items():
                check.blockSignals(True)
                check.setChecked(value_id in dims)
                check.blockSignals(False)
            self._fill_main_self(view.zelfbeeld[0] if view and view.zelfbeeld else None)
            self.approach.blockSignals(True)
            self.approach.setCurrentIndex(max(self.approach.findData(view.approach_of if view else "professional"), 0))
            self.approach.blockSignals(False)
        if "phase" not in keep:
            show_text(self.phase, view.phase if view else "")
        if "span" not in keep:
            show_text(self.start, format_ms(view.start_ms, millis=False) if view and view.start_ms is not None else "")
            show_text(self.end, format_ms(view.end_ms, millis=False) if view and view.end_ms is not None else "")
        if "analysis" not in keep:
            show_text(self.analysis, view.analysis if view else "")
        for edit in (self.start, self.end):
            edit.setEnabled(view is None)  # the span is fixed once stored: a new phase is a new analysis
        self.refresh()

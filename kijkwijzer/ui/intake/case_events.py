"""What happened in a case between its conversations, and how it ended: dated events, the outcome and remarks
("huisbezoek door fraudeonderzoekers", "uitkering gekort", "IPS-traject gestart"; a remark about an earlier
conversation that was not recorded, 004 case 2). Added below the list,
edited in place (F2 or double-click; stored as the cell is left), deleted with Delete.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kijkwijzer.services import cases
from kijkwijzer.services.cases import CaseEventView
from kijkwijzer.services.context import Context

from . import labels
from .dialog_base import EnterActs, IntakeDialog

DATE, KIND, TEXT = range(3)
KEY_ROLE = Qt.ItemDataRole.UserRole


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day or date.today()), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _Delegate(QStyledItemDelegate):
    """A calendar for the date, the three kinds for the kind; the text is edited as text."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        if index.column() == DATE:
            return date_edit(parent, date.fromisoformat(index.data(KEY_ROLE)))
        if index.column() == KIND:
            box = QComboBox(parent)
            labels.fill_choices(box, labels.event_kinds(), index.data(KEY_ROLE))
            return box
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if not isinstance(editor, (QDateEdit, QComboBox)):
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QDateEdit):  # both roles in one change: one store call
            day = pydate(editor.date())
            model.setItemData(index, {Qt.ItemDataRole.DisplayRole: day.isoformat(), KEY_ROLE: day.isoformat()})
        elif isinstance(editor, QComboBox):
            model.setItemData(index, {Qt.ItemDataRole.DisplayRole: editor.currentText(), KEY_ROLE: editor.currentData()})
        else:
            super().setModelData(editor, model, index)


class CaseEventsDialog(IntakeDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, new=False)
        self.setObjectName("caseEventsDialog")
        self.case_id = case_id
        case = cases.get_case(ctx, case_id)
        self.setWindowTitle(self.tr("Gebeurtenissen en uitkomst – {title}").format(title=case.title))
        self.events: list[CaseEventView] = []
        self._loading = False
        intro = QLabel(self.tr("Wat er tussen de gesprekken gebeurde en hoe de casus afliep, met datum. "
                               "Wijzig een regel met F2 of dubbelklik; Delete verwijdert hem."), self)
        intro.setToolTip(self.tr("Kies de soort ‘opmerking’ voor een opmerking over een eerder, niet opgenomen "
                                 "gesprek."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("caseEventTable")
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Soort"), self.tr("Wat er gebeurde")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(_Delegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_changed)
        self.delete_button = QPushButton(self.tr("&Verwijderen"), self)
        self.delete_button.setObjectName("deleteEventButton")
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        heading = QLabel(self.tr("&Lijst"), self)
        heading.setBuddy(self.table)
        self.body.addWidget(intro)
        self.body.addWidget(heading)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.delete_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.body.addWidget(self._add_box())
        self.finish_layout()
        self.refresh()
        self.new_text.setFocus()
        self.resize(680, 480)

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Toevoegen"), self)
        row = QHBoxLayout(box)
        self.new_date = date_edit(box)
        self.new_date.setObjectName("newEventDate")
        self.new_kind = QComboBox(box)
        self.new_kind.setObjectName("newEventKind")
        labels.fill_choices(self.new_kind, labels.event_kinds())
        for index, kind in enumerate(labels.event_kinds()):
            self.new_kind.setItemData(index, labels.event_kind_tips().get(kind, ""), Qt.ItemDataRole.ToolTipRole)
        self.new_kind.setToolTip(self.tr("Gebeurtenis, uitkomst, of een opmerking (bijvoorbeeld over een eerder, "
                                         "niet opgenomen gesprek)"))
        self.new_kind.currentIndexChanged.connect(self._show_example)
        self.new_text = QLineEdit(box)
        self.new_text.setObjectName("newEventText")
        self.new_text.setPlaceholderText(self.tr("bijvoorbeeld: huisbezoek door fraudeonderzoekers"))
        add = QPushButton(self.tr("&Toevoegen"), box)
        add.setObjectName("addEventButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_event)
        EnterActs(self.new_text, self.add_event)
        for text, widget in ((self.tr("D&atum"), self.new_date), (self.tr("S&oort"), self.new_kind),
                             (self.tr("&Wat"), self.new_text)):
            label = QLabel(text, box)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.new_text else 0)
        row.addWidget(add)
        return box

    def _show_example(self) -> None:
        """The placeholder says what this kind is for."""
        examples = {"note": self.tr("bijvoorbeeld: opmerking over een eerder, niet opgenomen gesprek"),
                    "outcome": self.tr("bijvoorbeeld: aan het werk als schoonmaker, 20 uur per week")}
        self.new_text.setPlaceholderText(examples.get(self.new_kind.currentData(),
                                                      self.tr("bijvoorbeeld: huisbezoek door fraudeonderzoekers")))

    # --- showing ------------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        found = self.run(cases.list_case_events, self.ctx, self.case_id)
        if found is None:
            return
        self.events = list(found)  # type: ignore[call-overload]
        kinds = labels.event_kinds()
        self._loading = True
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            for column, shown, key in ((DATE, event.occurred_on.isoformat(), event.occurred_on.isoformat()),
                                       (KIND, kinds.get(event.kind, event.kind), event.kind),
                                       (TEXT, event.text, None)):
                item = QTableWidgetItem(shown)
                item.setData(KEY_ROLE, key)
                self.table.setItem(row, column, item)
            if event.id == select_id:
                self.table.selectRow(row)
        self._loading = False
        self.delete_button.setEnabled(bool(self.events))

    # --- changing -----------------------------------------------------------------------------------------
    def add_event(self) -> CaseEventView | None:
        made = self.run(cases.add_case_event, self.ctx, self.case_id, pydate(self.new_date.date()),
                        self.new_kind.currentData(), self.new_text.text().strip())
        if made is None:
            return None
        self.show_error("")
        self.new_text.clear()
        self.refresh(made.id)  # type: ignore[attr-defined]
        return made  # type: ignore[return-value]

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self.events):
            return
        event = self.events[item.row()]
        if item.column() == DATE:
            change: dict[str, object] = {"occurred_on": date.fromisoformat(str(item.data(KEY_ROLE)))}
        elif item.column() == KIND:
            change = {"kind": item.data(KEY_ROLE)}
        else:
            change = {"text": item.text().strip()}
        self.show_error("")
        self.run(cases.update_case_event, self.ctx, event.id, **change)
        if self.error.text() or item.column() == DATE:  # refused: show what is stored; dates keep the order
            QTimer.singleShot(0, self, lambda: self.refresh(event.id))  # not inside the table's own edit

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.events):
            return
        event = self.events[row]
        self.show_error("")
        self.run(cases.delete_case_event, self.ctx, event.id)
        if not self.error.text():
            self.refresh()

    def commit(self, keys: frozenset[str]) -> None:
        """Nothing pending: every cell is stored as it is left."""

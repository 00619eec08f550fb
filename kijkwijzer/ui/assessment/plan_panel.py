"""The improvement plan: plans with their actions (status, who/what, date, evidence), and what is due.

`PlanPanel(ctx, professional_id, parent, due_only=True)` is what the app shows on opening when
`plan.due(...)` is not empty. Double-clicking an action's evidence asks to open it (`evidence_requested`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import plan
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.plan import ActionView

from ..i18n import current_lang, pick
from ..qt_events import EventBridge

ROLE = Qt.ItemDataRole.UserRole


class PlanPanel(QWidget):
    evidence_requested = Signal(str, int)  # kind, id

    def __init__(self, ctx: Context, professional_id: int, parent: QWidget | None = None, *,
                 due_only: bool = False, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.ctx = ctx
        self.professional_id = professional_id
        self.today = today
        self.due_only = QCheckBox(self.tr("Alleen wat nu aan de beurt is"), self)
        self.due_only.setChecked(due_only)
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Verbeterpunt / stap"), self.tr("Wie/wat"), self.tr("Wanneer"),
                                   self.tr("Status"), self.tr("Bewijs")])
        self.tree.setColumnWidth(0, 420)
        self.tree.itemDoubleClicked.connect(self._open_evidence)
        self.done = QPushButton(self.tr("Gedaan"), self)
        self.done.clicked.connect(self.mark_done)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.due_only)
        top.addStretch(1)
        top.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.info)
        self.bridge = EventBridge(ctx.bus, ("plan.",), self)
        self.bridge.connect_to(self._on_event)
        self.reload()

    def kind_label(self, kind: str) -> str:
        """What a piece of evidence is, in the UI language (the store keeps the English kind)."""
        labels = {"fragment": self.tr("fragment"), "annotation": self.tr("annotatie"),
                  "aandachtspunt": self.tr("aandachtspunt"), "feedback": self.tr("feedbackscore")}
        return labels.get(kind, kind)

    def pillar_label(self, pillar_id: str | None) -> str:
        if not pillar_id:
            return ""
        try:
            pillar = self.ctx.content.pillar(pillar_id)
        except KeyError:
            return pillar_id
        return self.tr("pijler {title}").format(title=pick(pillar.title, pillar.title_en).lower())

    def _action_item(self, action: ActionView) -> QTreeWidgetItem:
        links = ", ".join(f"{self.kind_label(lk.kind)} {lk.target_id}" for lk in action.links)
        item = QTreeWidgetItem([action.text, action.who, f"{action.due_on:%d-%m-%Y}" if action.due_on else "",
                                plan.status_label(action.status, current_lang()), links])
        item.setData(0, ROLE, action)
        return item

    def reload(self) -> None:
        self.tree.clear()
        try:
            if self.due_only.isChecked():
                due = plan.due(self.ctx, self.professional_id, self.today)
                for action in due:
                    self.tree.addTopLevelItem(self._action_item(action))
                self.info.setText(self.tr("%n actie(s) aan de beurt.", "", len(due)))
                return
            plans = plan.list_plans(self.ctx, self.professional_id)
        except KijkwijzerError as error:
            self.info.setText(error.message(current_lang()))
            return
        for p in plans:
            top = QTreeWidgetItem([p.room_for_improvement, p.needed, p.timeline, "", self.pillar_label(p.pillar_id)])
            for action in p.actions:
                top.addChild(self._action_item(action))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.info.setText(self.tr("%n plan(nen).", "", len(plans)))

    def selected_action(self) -> ActionView | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, ActionView) else None

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        try:
            plan.done(self.ctx, action.id, on=self.today)
        except KijkwijzerError as error:
            self.info.setText(error.message(current_lang()))

    def _open_evidence(self, item: QTreeWidgetItem, _column: int) -> None:
        action = item.data(0, ROLE)
        if isinstance(action, ActionView) and action.links:
            first = action.links[0]
            self.evidence_requested.emit(first.kind, first.target_id)

    def _on_event(self, _event: Event) -> None:
        self.reload()

"""The shared fragments a reviewer may see, one row each (title and length; group, who shared it, how much
feedback), in the order the service gives them; the choice survives a reload when its share still exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from .words import duration_text, feedback_count_text

ID_ROLE = Qt.ItemDataRole.UserRole


def share_title(share) -> str:
    return share.title or QCoreApplication.translate("ShareList", "Fragment {id}").format(id=share.fragment_id)


def share_detail(share) -> str:
    """"Leergroep Zoetermeer · gedeeld door Sanne de Vries · 2 reacties" ("jou" for one's own share)."""
    who = QCoreApplication.translate("ShareList", "jou") if share.mine else share.shared_by
    return QCoreApplication.translate("ShareList", "{group} · gedeeld door {who} · {feedback}").format(
        group=share.group_name, who=who, feedback=feedback_count_text(share.feedback_count))


class ShareList(QListWidget):
    chosen = Signal(object)  # ShareView | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labShares")
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(2)
        self.setAccessibleName(self.tr("Gedeelde fragmenten"))
        self.shares: dict[int, object] = {}
        self.currentItemChanged.connect(lambda *_: self.chosen.emit(self.current()))

    def set_shares(self, shares: list) -> None:
        """Fill with `shares`; the one chosen before stays chosen (else the first). `chosen` is emitted only when
        the choice really changed."""
        before = self.current_id()
        self.blockSignals(True)
        self.clear()
        self.shares = {s.id: s for s in shares}
        for share in shares:
            item = QListWidgetItem(f"{share_title(share)}  ({duration_text(share.duration_ms)})\n{share_detail(share)}")
            item.setData(ID_ROLE, share.id)
            item.setToolTip(share.question or share_title(share))
            self.addItem(item)
        keep = [i for i, s in enumerate(shares) if s.id == before]
        self.setCurrentRow(keep[0] if keep else (0 if shares else -1))
        self.blockSignals(False)
        if self.current_id() != before:
            self.chosen.emit(self.current())

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def current(self):
        share_id = self.current_id()
        return self.shares.get(share_id) if share_id is not None else None

    def titles(self) -> list[str]:
        """The rows' first lines (tests; what a user reads first)."""
        return [self.item(i).text().split("\n")[0] for i in range(self.count())]

"""Into which conversation a recording goes: the one under a drop in the werkmap, else the one chosen in
the werkmap or of the open recording; when that is not one conversation, the user is asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cases
from kijkwijzer.services.context import Context

from ..workspace_browser import ID_ROLE, KIND_ROLE


def conversations_under(item: QTreeWidgetItem | None) -> list[int]:
    """The conversations a werkmap item stands for: itself, its recording's, or all below a case/professional."""
    if item is None:
        return []
    kind = item.data(0, KIND_ROLE)
    if kind == "recording":
        item = item.parent()
        kind = item.data(0, KIND_ROLE) if item is not None else None
    if kind == "conversation":
        return [int(item.data(0, ID_ROLE))]
    found: list[int] = []
    stack = [item.child(i) for i in range(item.childCount())]
    while stack:
        child = stack.pop(0)
        if child.data(0, KIND_ROLE) == "conversation":
            found.append(int(child.data(0, ID_ROLE)))
        else:
            stack.extend(child.child(i) for i in range(child.childCount()))
    return found


def label(ctx: Context, conversation_id: int) -> str:
    try:
        conv = cases.get_conversation(ctx, conversation_id)
        case = next((c for c in cases.list_cases(ctx) if c.id == conv.case_id), None)
    except KijkwijzerError:
        return f"#{conversation_id}"
    text = QCoreApplication.translate("ImportTargets", "Gesprek {n} · {date}").format(
        n=conv.sequence, date=conv.held_on.isoformat())
    return f"{case.title} ({case.client_pseudonym}) – {text}" if case is not None else text


def ask(parent: QWidget | None, ctx: Context, candidates: list[int]) -> int | None:
    """One conversation as it is; several: a choice (the last one, usually the newest, preselected)."""
    unique = list(dict.fromkeys(candidates))
    if len(unique) <= 1:
        return unique[0] if unique else None
    labels = [label(ctx, cid) for cid in unique]
    dialog = QInputDialog(parent)
    dialog.setObjectName("importTargetDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ImportTargets", "Opname importeren"))
    dialog.setLabelText(QCoreApplication.translate("ImportTargets", "Bij welk gesprek hoort deze opname?"))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(labels[-1])
    chosen = dialog.exec()
    text = dialog.textValue()
    dialog.deleteLater()
    if not chosen or text not in labels:
        return None
    return unique[labels.index(text)]

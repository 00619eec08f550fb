"""Leergroepen in a single-user workspace: the user makes a group, ticks who is in it and renames it, each
stored at once (no Opslaan); a refusal is said in the dialog and the tick goes back to what is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kijkwijzer.services import lab_groups, people


def _ticks(groups) -> dict[str, bool]:
    box = groups.member_checks
    return {box.item(i).text(): box.item(i).checkState() == Qt.CheckState.Checked for i in range(box.count())}


def _item(groups, text: str):
    box = groups.member_checks
    return next(box.item(i) for i in range(box.count()) if box.item(i).text() == text)


def test_the_user_makes_a_learning_group_and_ticks_who_is_in_it(qtbot, window, review_workspace):
    ctx = review_workspace.ctx
    lies = people.add_reviewer(ctx, "Lies Jansen", "researcher")
    window.actions_by_name["team"].trigger()
    dialog = window.team.dialog
    qtbot.waitExposed(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Leer&groepen"]  # no team here
    groups = dialog.groups
    error = dialog.findChild(QLabel, "teamError")

    qtbot.keyClick(groups.new_name, Qt.Key.Key_Return)
    assert error.isVisible() and error.text() == "Geef de leergroep een naam."
    qtbot.keyClicks(groups.new_name, "Intervisie")
    qtbot.keyClick(groups.new_name, Qt.Key.Key_Return)
    assert not error.isVisible()
    assert _ticks(groups) == {"Sanne de Vries (professional)": False, "Joost Bakker (coach)": False,
                              "Lies Jansen (onderzoeker)": False}
    _item(groups, "Joost Bakker (coach)").setCheckState(Qt.CheckState.Checked)
    _item(groups, "Sanne de Vries (professional)").setCheckState(Qt.CheckState.Checked)
    _item(groups, "Sanne de Vries (professional)").setCheckState(Qt.CheckState.Unchecked)
    assert [(g.name, [m.name for m in g.members]) for g in lab_groups.list_groups(ctx)] == \
        [("Intervisie", ["Joost Bakker"])]
    assert groups.group_list.currentItem().text() == "Intervisie (1)"

    groups.name.selectAll()
    qtbot.keyClicks(groups.name, "Leerlab Zoetermeer")
    qtbot.keyClick(groups.name, Qt.Key.Key_Return)
    assert [g.name for g in lab_groups.list_groups(ctx)] == ["Leerlab Zoetermeer"]

    qtbot.keyClicks(groups.new_name, "Leerlab Zoetermeer")
    groups.add_group()
    assert error.text() == "Er is al een leergroep Leerlab Zoetermeer." and len(lab_groups.list_groups(ctx)) == 1

    people.archive_reviewer(ctx, lies.id)  # meanwhile, in Personen: the list still shows her a moment
    _item(groups, "Lies Jansen (onderzoeker)").setCheckState(Qt.CheckState.Checked)
    assert error.text() == f"Kijker {lies.id} bestaat niet (of is gearchiveerd)."
    assert _ticks(groups)["Lies Jansen (onderzoeker)"] is False  # not stored: the tick goes back
    assert [m.name for m in lab_groups.list_groups(ctx)[0].members] == ["Joost Bakker"]
    qtbot.waitUntil(lambda: "Lies Jansen (onderzoeker)" not in _ticks(groups))  # the list catches up
    dialog.close()

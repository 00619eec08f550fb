"""Delen met leergroep…: the professional chooses a learning group for a fragment and writes the question for the
group; Delen cuts the fragment into its own sealed clip in the background (it takes seconds: the bar shows how
far), and a refusal (no learning-group consent, already shared with that group) is said in the dialog.
"Leergroepen…" opens the groups of Bestand > Team en leergroepen… (ui/team) to make or change one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab, lab_groups
from kijkwijzer.services.context import Context

from ..feedback.playlist_panel import fragment_text
from ..i18n import current_lang
from ..intake.dialog_base import ERROR_STYLE, form_row
from ..workers import Workers


class _Progress(QObject):
    """The service reports progress on the worker's thread; this signal brings it to the dialog (queued)."""

    moved = Signal(int, int)


class ShareDialog(QDialog):
    shared = Signal(object)  # ShareView

    def __init__(self, ctx: Context, fragment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Delen met leergroep"))
        self.ctx = ctx
        self.fragment = fragment
        self.running = False
        self.group_dialog: QDialog | None = None  # "Leergroepen…", while open
        self.workers = Workers(self, threads=1)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        intro = QLabel(self.tr("Fragment: {fragment}").format(fragment=fragment_text(fragment)), self)
        intro.setObjectName("shareFragment")
        intro.setWordWrap(True)
        note = QLabel(self.tr("De groep ziet alleen dit stukje, als een eigen versleutelde clip; nooit de hele "
                              "opname. Trekt de cliënt de toestemming in, dan verdwijnt het meteen."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        self.group = QComboBox(self)
        self.group.setObjectName("shareGroup")
        self.new_group = QPushButton(self.tr("Leer&groepen…"), self)
        self.new_group.setToolTip(self.tr("Een leergroep maken of samenstellen (Bestand > Team en leergroepen…)"))
        self.new_group.setObjectName("shareNewGroup")
        self.new_group.clicked.connect(self._make_group)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(self.new_group)
        holder = QWidget(self)
        holder.setLayout(group_row)
        group_row.setContentsMargins(0, 0, 0, 0)
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("shareQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("Bijvoorbeeld: hoe reageert de cliënt op mijn uitleg, en wat had "
                                                 "ik anders kunnen vragen?"))
        self.question.setMaximumHeight(110)
        self.blur = QCheckBox(self.tr("Gezi&chten vervagen"), self)
        self.blur.setObjectName("shareBlur")
        self.blur.setToolTip(self.tr("De clip voor de groep krijgt vervaagde gezichten"))
        form = QFormLayout()
        form_row(form, self.tr("&Leergroep:"), holder).setBuddy(self.group)
        form_row(form, self.tr("&Vraag aan de groep:"), self.question)
        if lab.can_blur_faces():  # not in every installation (it needs a face detector)
            form.addRow("", self.blur)
        else:
            self.blur.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("shareProgress")
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("shareProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Delen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("shareOk")
        self.cancel_button = self.buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.share)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.fill_groups()

    # --- groups -----------------------------------------------------------------------------------------------
    def fill_groups(self, choose: int | None = None) -> None:
        try:
            groups = lab_groups.list_groups(self.ctx)
        except KijkwijzerError as error:
            self.show_problem(error.message(current_lang()))
            groups = []
        self.group.clear()
        for group in groups:
            self.group.addItem(self.tr("{name} ({n} leden)").format(name=group.name, n=len(group.members))
                               if len(group.members) != 1 else self.tr("{name} (1 lid)").format(name=group.name),
                               group.id)
        if choose is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(choose)))
        self.group.setEnabled(bool(groups))
        if not groups:
            self.group.addItem(self.tr("(nog geen leergroep: maak er een)"), None)
        self.ok_button.setEnabled(bool(groups) and not self.running)

    def _make_group(self) -> None:
        """The learning groups of Bestand > Team en leergroepen… (ui/team), over this dialog; the choice here
        follows once it closes."""
        from ..team.team_dialog import open_team_dialog

        before = {self.group.itemData(i) for i in range(self.group.count())}
        dialog = open_team_dialog(self.ctx, self)
        dialog.tabs.setCurrentWidget(dialog.groups)

        def closed(_result: int) -> None:
            self.group_dialog = None
            self.fill_groups(choose=self.group.currentData())
            added = [self.group.itemData(i) for i in range(self.group.count()) if self.group.itemData(i) not in before]
            if added:  # a group made just now is the one to share with
                self.group.setCurrentIndex(self.group.findData(added[-1]))

        dialog.finished.connect(closed)
        self.group_dialog = dialog

    # --- sharing ----------------------------------------------------------------------------------------------
    def share(self) -> None:
        group_id = self.group.currentData()
        if self.running or group_id is None:
            return
        self.show_problem("")
        self._busy(True)
        ctx, fragment_id, question = self.ctx, self.fragment.id, self.question.toPlainText().strip()
        blur, report = self.blur.isChecked(), self._progress.moved.emit
        self.workers.run(lambda: lab.share_fragment(ctx, fragment_id, int(group_id), question, blur_faces=blur,
                                                    progress=lambda done, total: report(int(done), int(total))),
                         self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def _done(self, share: object) -> None:
        self._busy(False)
        self.shared.emit(share)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, KijkwijzerError):
            self.show_problem(error.message(current_lang()))
        else:
            self.show_problem(self.tr("Delen is niet gelukt: {reason}").format(reason=error))

    def _busy(self, on: bool) -> None:
        self.running = on
        self.bar.setVisible(on)
        self.bar.setRange(0, 0)  # until the service says how far it is
        for widget in (self.group, self.new_group, self.question, self.blur, self.ok_button, self.cancel_button):
            widget.setEnabled(not on)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # --- closing ------------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.running:  # the clip is being cut: it finishes first (a half-made share is never stored)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.workers.shutdown()
        super().done(result)

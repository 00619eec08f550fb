"""Importing an .eaf file: per tier, whose annotations they are (a reviewer named in the consent, or "niet
importeren"); per symbolic child tier, whether its values become labels, the quote or observation lines; per
controlled-vocabulary value, a Kijkwijzer theme or "als label bewaren" (the default); what happens to
annotations past the recording's end; a live preview of what "Inlezen" adds. The import is one service call,
one transaction with a progress bar: refused whole, with the reason, or done.

For the main window: `ElanImportDialog(ctx, recording_id, path, parent).exec()`; afterwards `imported`
holds the ImportResult (None when cancelled). `export_actions.import_eaf` asks for the file first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.formats.cues import Cue
from kijkwijzer.formats.elan_foreign import ROLE_LABEL, ROLE_OBSERVATION, ROLE_QUOTE
from kijkwijzer.services import recordings, transcripts
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.exchange.csv_and_subtitles import ImportResult
from kijkwijzer.services.exchange.eaf import TierInfo
from kijkwijzer.services.people import ReviewerView

from ..i18n import current_lang, pick
from ..review.annotation_table import role_labels
from .elan_choices import EafFile, Preview, allowed_reviewers
from .elan_overrun import OverrunChoice
from .elan_transcript import TranscriptChoice
from .messages import error_text, show_error

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(READ_ONLY)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ElanImportDialog(QDialog):
    def __init__(self, ctx: Context, recording_id: int, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elanImportDialog")
        self.ctx = ctx
        self.recording_id = recording_id
        self.path = Path(path)
        self.imported: ImportResult | None = None
        self.tier_boxes: dict[str, QComboBox] = {}
        self.value_boxes: dict[str, QComboBox] = {}
        self.role_boxes: dict[str, QComboBox] = {}
        self.symbolic: set[str] = set()
        self.parents: dict[str, str | None] = {}
        self.reviewer_names: dict[int, str] = {}
        self.setWindowTitle(self.tr("ELAN-bestand inlezen – {name}").format(name=self.path.name))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tier_table = QTableWidget(0, 5, self)
        self.tier_table.setObjectName("elanTiers")
        self.tier_table.setHorizontalHeaderLabels(
            [self.tr("Laag"), self.tr("Deelnemer"), self.tr("Annotaties"), self.tr("Kijker"), self.tr("Waarden als")]
        )
        self.values_label = QLabel(self.tr("Waarden uit de woordenlijst"), self)
        self.value_table = QTableWidget(0, 3, self)
        self.value_table.setObjectName("elanValues")
        self.value_table.setHorizontalHeaderLabels([self.tr("Waarde"), self.tr("In laag"), self.tr("Thema")])
        self.overrun = OverrunChoice(self)
        self.overrun.changed.connect(self.update_preview)
        self.transcript_choice = TranscriptChoice(self)
        self.transcript_choice.changed.connect(self.update_preview)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("elanPreview")
        self.preview_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("elanProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #8a4b00;")  # amber: something to choose, not a failure
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Inlezen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for table in (self.tier_table, self.value_table):
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Lagen"), self))
        layout.addWidget(self.tier_table, 3)
        layout.addWidget(self.values_label)
        layout.addWidget(self.value_table, 2)
        layout.addWidget(self.overrun)
        layout.addWidget(self.transcript_choice)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(780, 600)

        self.file: EafFile | None = None
        self.duration_ms: int | None = None
        self.transcript: list[Cue] = []
        try:
            self.file = EafFile(self.path)
            tiers = exchange_eaf.describe_eaf(self.path)
            reviewers = allowed_reviewers(ctx, recording_id)
            self.duration_ms = recordings.get(ctx, recording_id).duration_ms
            self.transcript = [Cue(c.start_ms, c.end_ms, c.text, c.speaker)
                               for c in transcripts.list_cues(ctx, recording_id)]
        except (KijkwijzerError, OSError) as error:
            self.intro.setText(self.tr("Dit bestand kan niet worden ingelezen."))
            self.problem_label.setText(error_text(error))
            for widget in (self.tier_table, self.value_table, self.values_label):
                widget.hide()
            self.ok_button.setEnabled(False)
            return
        self._fill_tiers(tiers, reviewers)
        self._fill_values(tiers)
        self.update_preview()

    # --- tables ---------------------------------------------------------------------------------------------------
    def _fill_tiers(self, tiers: list[TierInfo], reviewers: list[ReviewerView]) -> None:
        own = self.file is not None and self.file.own_format
        total = sum(t.annotations for t in tiers)
        if own:
            self.intro.setText(
                self.tr(
                    "{name}: {tiers} lagen, {n} annotaties, gemaakt met Kijkwijzer. De kijkers staan in het bestand; "
                    "kies alleen een andere kijker als die niet wordt herkend."
                ).format(name=self.path.name, tiers=len(tiers), n=total)
            )
        else:
            self.intro.setText(
                self.tr(
                    "{name}: {tiers} lagen, {n} annotaties. Kies per laag van welke kijker de annotaties zijn; lagen "
                    "op ‘niet importeren’ worden overgeslagen. Onderliggende lagen (↳) gaan mee met hun hoofdlaag: "
                    "lagen met eigen tijden als eigen annotaties, de waarden van symbolische lagen als label, citaat "
                    "of observatie van de annotatie erboven. Waarden zonder thema blijven bewaard als label."
                ).format(name=self.path.name, tiers=len(tiers), n=total)
            )
        labels = role_labels()
        by_name = {r.name.casefold(): r.id for r in reviewers}
        self.reviewer_names = {r.id: r.name for r in reviewers}
        self.parents = {t.id: t.parent for t in tiers}
        self.tier_table.setRowCount(len(tiers))
        for row, tier in enumerate(tiers):
            depth = self._depth(tier, {t.id: t for t in tiers})
            name = ("    " * (depth - 1) + "↳ " if depth else "") + tier.id
            hint = self.tr("hoort bij {parent}").format(parent=tier.parent) if tier.parent else ""
            self.tier_table.setItem(row, 0, _cell(name, hint))
            self.tier_table.setItem(row, 1, _cell(tier.participant))
            count = _cell(str(tier.annotations))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tier_table.setItem(row, 2, count)
            if own and tier.parent:
                continue  # in our own format only the main tiers carry a reviewer
            if not own and tier.symbolic:
                self._add_role_box(row, tier)
            box = QComboBox(self)
            box.setObjectName(f"tier:{tier.id}")
            box.addItem(self.tr("automatisch (uit het bestand)") if own else self.tr("niet importeren"), None)
            for reviewer in reviewers:
                box.addItem(f"{reviewer.name} ({labels.get(reviewer.role, reviewer.role)})", reviewer.id)
            if not own and tier.participant.casefold() in by_name and not tier.parent:
                box.setCurrentIndex(box.findData(by_name[tier.participant.casefold()]))
            box.currentIndexChanged.connect(self.update_preview)
            self.tier_table.setCellWidget(row, 3, box)
            self.tier_boxes[tier.id] = box
        rows = min(len(tiers), 9)
        self.tier_table.setMinimumHeight(
            self.tier_table.horizontalHeader().sizeHint().height()
            + rows * self.tier_table.verticalHeader().defaultSectionSize()
            + 2 * self.tier_table.frameWidth()
        )

    def _add_role_box(self, row: int, tier: TierInfo) -> None:
        self.symbolic.add(tier.id)
        box = QComboBox(self)
        box.setObjectName(f"role:{tier.id}")
        box.addItem(self.tr("label (of thema)"), ROLE_LABEL)
        box.addItem(self.tr("citaat"), ROLE_QUOTE)
        box.addItem(self.tr("observatie (of thema)"), ROLE_OBSERVATION)
        box.setToolTip(self.tr("Waar de waarden van deze laag komen in de annotatie erboven"))
        box.setCurrentIndex(box.findData(ROLE_LABEL if tier.vocabulary else ROLE_OBSERVATION))
        box.currentIndexChanged.connect(self.update_preview)
        self.tier_table.setCellWidget(row, 4, box)
        self.role_boxes[tier.id] = box

    @staticmethod
    def _depth(tier: TierInfo, by_id: dict[str, TierInfo]) -> int:
        depth, seen, parent = 0, set(), tier.parent
        while parent is not None and parent in by_id and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = by_id[parent].parent
        return depth

    def _fill_values(self, tiers: list[TierInfo]) -> None:
        where: dict[str, list[str]] = {}
        for tier in tiers:
            for value in tier.vocabulary:
                where.setdefault(value, []).append(tier.id)
        themes = list(self.ctx.content.themes)
        known = {t.id: t.id for t in themes} | {t.title.casefold(): t.id for t in themes}
        self.value_table.setRowCount(len(where))
        for row, value in enumerate(sorted(where, key=str.casefold)):
            self.value_table.setItem(row, 0, _cell(value))
            self.value_table.setItem(row, 1, _cell(", ".join(where[value])))
            box = QComboBox(self)
            box.setObjectName(f"value:{value}")
            box.addItem(self.tr("als label bewaren"), None)
            for theme in themes:
                box.addItem(pick(theme.title, theme.title_en), theme.id)
            match = known.get(value) or known.get(value.casefold())
            if match:
                box.setCurrentIndex(box.findData(match))
            box.currentIndexChanged.connect(self.update_preview)
            self.value_table.setCellWidget(row, 2, box)
            self.value_boxes[value] = box
        self.values_label.setVisible(bool(where))
        self.value_table.setVisible(bool(where))

    # --- the mapping --------------------------------------------------------------------------------------------
    def tier_map(self) -> dict[str, int]:
        return {
            tier: int(box.currentData())
            for tier, box in self.tier_boxes.items()
            if box.currentData() is not None
        }

    def theme_map(self) -> dict[str, str]:
        return {
            value: str(box.currentData())
            for value, box in self.value_boxes.items()
            if box.currentData() is not None
        }

    def set_tier(self, tier_id: str, reviewer_id: int | None) -> None:
        box = self.tier_boxes[tier_id]
        box.setCurrentIndex(box.findData(reviewer_id) if reviewer_id is not None else 0)

    def child_roles(self) -> dict[str, str]:
        return {tier: str(box.currentData()) for tier, box in self.role_boxes.items()}

    def set_role(self, tier_id: str, role: str) -> None:
        box = self.role_boxes[tier_id]
        box.setCurrentIndex(box.findData(role))

    def set_theme(self, value: str, theme_id: str | None) -> None:
        box = self.value_boxes[value]
        box.setCurrentIndex(box.findData(theme_id) if theme_id is not None else 0)

    def preview(self) -> Preview:
        if self.file is None:
            return Preview(problem=self.problem_label.text())
        return self.file.preview(
            self.ctx,
            self.tier_map(),
            self.theme_map(),
            current_lang(),
            self.tr("Kies bij minstens één laag een kijker."),
            self.child_roles(),
            self.duration_ms,
            self.overrun.choice(),
            self.transcript,
        )

    def _mapped_ancestor(self, tier_id: str) -> str | None:
        parent, seen = self.parents.get(tier_id), set()
        while parent is not None and parent not in seen:
            seen.add(parent)
            box = self.tier_boxes.get(parent)
            if box is not None and box.currentData() is not None:
                return parent
            parent = self.parents.get(parent)
        return None

    def _label_child_tiers(self) -> None:
        """A child tier left unmapped goes along with a mapped parent: say so instead of "niet importeren"."""
        if self.file is None or self.file.own_format:
            return
        for tier_id, box in self.tier_boxes.items():
            ancestor = self._mapped_ancestor(tier_id)
            if not ancestor:
                text = self.tr("niet importeren")
            elif tier_id in self.symbolic:
                text = self.tr("mee met ‘{tier}’").format(tier=ancestor)
            else:
                text = self.tr("eigen annotaties, kijker van ‘{tier}’").format(tier=ancestor)
            if box.itemText(0) != text:
                box.setItemText(0, text)

    def update_preview(self) -> None:
        self._label_child_tiers()
        preview = self.preview()
        self.overrun.show_counts(preview.overrun, self.duration_ms)
        self.transcript_choice.show_for(preview)
        names = self.reviewer_names
        if preview.problem:
            self.preview_label.setText(self.tr("Er wordt nog niets ingelezen."))
        else:
            n = preview.annotations
            parts = [self.tr("1 annotatie") if n == 1 else self.tr("{n} annotaties").format(n=n)]
            if preview.fragments:
                n = preview.fragments
                parts.append(self.tr("1 fragment") if n == 1 else self.tr("{n} fragmenten").format(n=n))
            if preview.reactions:
                n = preview.reactions
                parts.append(
                    self.tr("1 reactie van de cliënt")
                    if n == 1
                    else self.tr("{n} reacties van de cliënt").format(n=n)
                )
            if preview.cues and (self.transcript_choice.replace() or not self.transcript):
                n = preview.cues
                parts.append(self.tr("1 transcriptregel") if n == 1 else self.tr("{n} transcriptregels").format(n=n))
            who = ", ".join(
                f"{names.get(rid, '#' + str(rid))} {n}" for rid, n in sorted(preview.per_reviewer.items())
            )
            text = self.tr("Wordt ingelezen: {what}").format(what=", ".join(parts)) + (
                f" ({who})" if who else ""
            )
            if preview.skipped_tiers:
                text += "\n" + self.tr("Niet ingelezen: {tiers}").format(
                    tiers=", ".join(preview.skipped_tiers)
                )
            if preview.labels:
                text += "\n" + self.tr("Als label bewaard: {labels}").format(labels=", ".join(preview.labels))
            self.preview_label.setText(text)
        self.problem_label.setText(preview.problem)
        self.problem_label.setVisible(bool(preview.problem))
        self.ok_button.setEnabled(preview.importable)

    # --- importing ----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        """One service call: everything in one transaction, or nothing and the reason in a message."""
        if not self.preview().importable:
            self.update_preview()
            return
        bar = QProgressDialog(self.tr("Annotaties inlezen…"), "", 0, 0, self)
        bar.setObjectName("elanProgress")
        bar.setWindowTitle(self.tr("Even geduld"))
        bar.setCancelButton(None)  # one transaction: it finishes whole or not at all
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(300)
        self.progress_seen: list[int] = []

        def progress(done: int, total: int) -> None:
            bar.setMaximum(total)
            bar.setValue(done)
            self.progress_seen.append(done)
            QCoreApplication.processEvents()

        try:
            self.imported = exchange_eaf.import_eaf(
                self.ctx,
                self.recording_id,
                self.path,
                tier_map=self.tier_map(),
                theme_map=self.theme_map(),
                child_roles=self.child_roles(),
                past_end=self.overrun.choice(),
                progress=progress,
                replace_transcript=self.transcript_choice.replace(),
            )
        except (KijkwijzerError, OSError) as error:
            self.problem_label.setText(error_text(error))
            self.problem_label.setVisible(True)
            show_error(self, self.tr("Niet ingelezen"), error_text(error), "elanImportError")
            return
        finally:
            bar.reset()
            bar.close()
            bar.deleteLater()
        super().accept()

    def summary(self) -> str:
        """One line about the finished import (for a status bar or message box)."""
        result = self.imported
        if result is None:
            return ""
        n = result.added
        text = self.tr("1 annotatie ingelezen") if n == 1 else self.tr("{n} annotaties ingelezen").format(n=n)
        if result.skipped:
            text += ", " + self.tr("{n} al aanwezig (overgeslagen)").format(n=result.skipped)
        n = result.fragments
        if n:
            text += ", " + (self.tr("1 fragment") if n == 1 else self.tr("{n} fragmenten").format(n=n))
        n = result.reactions
        if n:
            text += ", " + (self.tr("1 reactie van de cliënt") if n == 1
                            else self.tr("{n} reacties van de cliënt").format(n=n))
        n = result.cues
        if n:
            text += ", " + (self.tr("1 transcriptregel") if n == 1 else self.tr("{n} transcriptregels").format(n=n))
        if result.transcript_kept:
            text += "; " + self.tr("het eigen transcript van de opname is behouden")
        return text

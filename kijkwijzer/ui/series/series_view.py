"""The series view of one case: the line over time. A chart of the two feedback scores, per conversation
the client's words and the themes annotated, and the thread of aandachtspunten (tried? effect? leerpunt).
The three are tabs (Alt+1..3) under the case's heading, so each gets the dock's full height, also in the
low dock of a 1280x720 screen.

For the main window: `SeriesView(ctx, case_id, parent)` as a dock or tab; it refreshes itself on events.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.feedback import TRIED_VALUES
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import client_agreement, series
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.series import CaseSeries
from kijkwijzer.services.topics import Area

from ..chart import COLORS, Chart, Series
from ..i18n import count_text, current_lang, pick
from ..qt_events import EventBridge
from .speaking_line import speaking_line

TOPICS = (Area.FEEDBACK, Area.AANDACHTSPUNT, Area.ANNOTATION, Area.CONVERSATION, Area.CONSENT,
          Area.CLIENT_REACTION)


class SeriesView(QWidget):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesView")
        self.setStyleSheet("QLabel#seriesHeading { font-size: 16px; font-weight: 700; }"
                           "QLabel#seriesLines { color: #374151; }")
        self.ctx = ctx
        self.case_id = case_id
        self.data: CaseSeries | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("seriesHeading")
        self.lines = QLabel(self)
        self.lines.setObjectName("seriesLines")
        self.lines.setWordWrap(True)
        self.chart = Chart(self, empty_text=self.tr("Nog geen gesprekken"))
        self.chart.setObjectName("scoreChart")
        # issue 13: how often the reviewers' annotations matched what the client said, per conversation
        self.client_chart = Chart(self, empty_text=self.tr("Nog geen gesprekken"))
        self.client_chart.setObjectName("clientAgreementChart")
        self.table = QTableWidget(self)
        self.table.setObjectName("seriesTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.thread = QTreeWidget(self)
        self.thread.setObjectName("seriesThread")
        self.thread.setHeaderLabels([self.tr("Aandachtspunt"), self.tr("Thema"), self.tr("Stand")])
        self.thread.header().setStretchLastSection(False)
        self.thread.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.thread.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.thread.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.thread.setWordWrap(True)
        line = QWidget(self)
        line_layout = QVBoxLayout(line)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addWidget(self.lines)
        self.speaking = QLabel(self)  # issue 13: the client's share of the speaking time per conversation
        self.speaking.setObjectName("seriesSpeaking")
        self.speaking.setWordWrap(True)
        line_layout.addWidget(self.speaking)
        line_layout.addWidget(self.chart, 1)
        line_layout.addWidget(self.client_chart, 1)
        line_scroll = QScrollArea(self)  # when the dock is lower than the chart, the tab scrolls, not the view
        line_scroll.setWidgetResizable(True)
        line_scroll.setFrameShape(QFrame.Shape.NoFrame)
        line_scroll.setWidget(line)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("seriesTabs")
        self.tabs.addTab(line_scroll, self.tr("&1 Lijn over de tijd"))
        self.tabs.addTab(self.table, self.tr("&2 Per gesprek"))
        self.tabs.addTab(self.thread, self.tr("&3 Aandachtspunten"))
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.bridge = EventBridge(ctx.bus, TOPICS, self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        self.refresh()

    def refresh(self) -> None:
        try:
            self.data = series.case_series(self.ctx, self.case_id)
        except KijkwijzerError as error:
            self.heading.setText(error.message(current_lang()))
            return
        data = self.data
        self.heading.setText(count_text(len(data.conversations), self.tr("Casus {title} ({client}): 1 gesprek"),
                                        self.tr("Casus {title} ({client}): {n} gesprekken"),
                                        title=data.title, client=data.client_pseudonym))
        self.heading.setToolTip(self.heading.text())
        self.lines.setText("\n".join(
            f"{q.question}  {self._line_label(q.line.direction)}"
            + (f" ({q.line.first} → {q.line.last})" if q.line.points >= 2 else "") for q in data.lines))
        scale = self.ctx.content.rating_scale
        labels = [self.tr("Gesprek {n}\n{date}").format(n=c.sequence, date=c.held_on.strftime("%d-%m-%Y"))
                  for c in data.conversations]
        questions = {q.id: q for q in self.ctx.content.feedback_questions}
        chart_series = [Series(pick(questions[q.question_id].title, questions[q.question_id].title_en),
                               tuple(next(p.score for p in c.scores if p.question_id == q.question_id)
                                     for c in data.conversations), COLORS[i % len(COLORS)])
                        for i, q in enumerate(data.lines)]
        self.chart.set_data(labels, chart_series, scale.minimum, scale.maximum)
        self._client_line(labels)
        self.speaking.setText(speaking_line(self.ctx, self.case_id))
        self._fill_table(data)
        self._fill_thread(data)

    def _client_line(self, labels: list[str]) -> None:
        """Per conversation the share of the compared fragments where the reviewers' annotations matched what the
        client said (komt overeen / beoordeeld), in %; a gap where nothing was compared or there is no consent."""
        try:
            shares = client_agreement.client_agreement(self.ctx, self.case_id).conversations
        except KijkwijzerError:
            shares = ()
        values = tuple(None if c.share_matching is None else round(c.share_matching * 100) for c in shares)
        if len(values) != len(labels):  # (a conversation added between the two reads: the next event redraws)
            values = tuple(None for _ in labels)
        self.client_chart.set_data(labels, [Series(
            self.tr("Cliënt en kijkers: komt overeen (% van de vergeleken fragmenten)"), values, COLORS[2])], 0, 100)

    def _line_label(self, direction: str) -> str:
        return {"up": self.tr("positieve lijn"), "down": self.tr("dalende lijn"), "flat": self.tr("gelijk gebleven"),
                "too_few": self.tr("nog te weinig metingen")}[direction]

    def _theme_title(self, theme_id: str | None) -> str:
        if not theme_id:
            return ""
        try:
            theme = self.ctx.content.theme(theme_id)
        except KeyError:
            return theme_id
        return pick(theme.title, theme.title_en)

    def _fill_table(self, data: CaseSeries) -> None:
        questions = {q.id: q for q in self.ctx.content.feedback_questions}
        headers = [self.tr("Gesprek"), self.tr("Doel van het gesprek")]
        headers += [pick(questions[q.question_id].title, questions[q.question_id].title_en) for q in data.lines]
        headers += [self.tr("Geannoteerde thema's"), self.tr("Aandachtspunten")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(data.conversations))
        for row, conv in enumerate(data.conversations):
            cells = [f"{conv.sequence} · {conv.held_on.strftime('%d-%m-%Y')}", conv.goal]
            for point in conv.scores:
                score = str(point.score) if point.score is not None else self.tr("geen cijfer") if point.words else "–"
                cells.append(f"{score}  {('“' + point.words + '”') if point.words else ''}".strip())
            cells.append(", ".join(f"{self._theme_title(t)} ({n})" for t, n in conv.themes))
            notes = []
            if conv.raised:
                notes.append(self.tr("{n} nieuw").format(n=len(conv.raised)))
            if conv.learned:
                notes.append(count_text(len(conv.learned), self.tr("1 leerpunt"), self.tr("{n} leerpunten")))
            tried = [t for _, t in conv.followed_up]
            if tried:
                notes.append(self.tr("{n} opgevolgd ({tried} geprobeerd)").format(
                    n=len(tried), tried=sum(1 for t in tried if t in ("ja", "deels"))))
            cells.append(", ".join(notes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_thread(self, data: CaseSeries) -> None:
        self.thread.clear()
        for point in data.thread:
            status = self.tr("afgerond") if point.status == "closed" else self.tr("open")
            text = self.tr("Gesprek {n}: {text}").format(n=point.from_sequence, text=point.text)
            if point.kind == "leerpunt":  # a lesson on its own: nothing to try, so no follow-up under it
                status, text = self.tr("leerpunt"), self.tr("Gesprek {n}, leerpunt: {text}").format(
                    n=point.from_sequence, text=point.text)
            top = QTreeWidgetItem([text, self._theme_title(point.theme_id), status])
            for follow in point.followups:
                label = pick(*TRIED_VALUES[follow.tried]) if follow.tried in TRIED_VALUES else follow.tried
                effect = f" – {follow.effect}" if follow.effect else ""
                QTreeWidgetItem(top, [self.tr("Gesprek {n}: {tried}{effect}").format(
                    n=follow.sequence, tried=label, effect=effect), "", ""])
            if point.leerpunt:
                QTreeWidgetItem(top, [self.tr("Leerpunt: {text}").format(text=point.leerpunt), "", ""])
            self.thread.addTopLevelItem(top)
            top.setExpanded(True)

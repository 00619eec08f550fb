"""How the learning lab names its things on screen: a top or a tip, a Kijkwijzer theme, a shared fragment in one
line, a clip's length and a moment in the thread; in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from kijkwijzer.content import Content
from kijkwijzer.domain.timecode import format_ms

from ..i18n import pick

KIND_COLORS = {"top": "#1f7a4d", "tip": "#9a5b00"}  # green and amber: neither reads as "wrong"


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("LabWords", "Top") if kind == "top" else \
        QCoreApplication.translate("LabWords", "Tip")


def theme_label(content: Content, theme_id: str | None) -> str:
    """The theme's title as the annotation editor shows it; an id the content no longer knows as it is."""
    if not theme_id:
        return ""
    try:
        theme = content.theme(theme_id)
    except KeyError:
        return theme_id
    return pick(theme.title, theme.title_en)


def duration_text(ms: int) -> str:
    """A clip's length: "0:45", "1:05", "1:02:03"."""
    text = format_ms(max(0, int(ms)), millis=False)
    hours, minutes, seconds = text.split(":")
    return f"{int(hours)}:{minutes}:{seconds}" if int(hours) else f"{int(minutes)}:{seconds}"


def when_text(moment: datetime | None) -> str:
    """A moment of the thread in local time: "12-11-2026 14:05"."""
    if moment is None:
        return ""
    if moment.tzinfo is None:  # the store keeps UTC without a zone
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def feedback_count_text(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("LabWords", "nog geen feedback")
    if n == 1:
        return QCoreApplication.translate("LabWords", "1 reactie")
    return QCoreApplication.translate("LabWords", "{n} reacties").format(n=n)

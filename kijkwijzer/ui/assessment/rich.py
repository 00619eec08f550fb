"""Seed texts as rich text for QLabel: escaped, with bullets and clickable links (opened by the caller)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from urllib.parse import unquote, urlparse


def link(url: str) -> str:
    """A link showing host and last path part, so a list of links stays readable and distinct."""
    parsed = urlparse(url)
    shown = parsed.netloc.removeprefix("www.") or url
    path = parsed.path.strip("/")
    if path:
        parts = path.split("/")
        last = unquote(parts[-1])
        last = last if len(last) <= 32 else last[:31] + "…"
        shown += ("/…/" if len(parts) > 1 else "/") + last
    return f'<a href="{escape(url, quote=True)}">{escape(shown)}</a>'


def item_html(text: str, sub_items: Sequence[str] = (), links: Sequence[str] = ()) -> str:
    html = escape(text)
    if sub_items:
        html += "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in sub_items) + "</ul>"
    if links:
        html += "<br/>" + " · ".join(link(u) for u in links)
    return html


def bullets(items: Sequence[str]) -> str:
    """Items already in HTML, as one bulleted list."""
    return "<ul style='margin-left:0px; -qt-list-indent:1'>" + "".join(f"<li style='margin-bottom:6px'>{i}</li>"
                                                                       for i in items) + "</ul>"

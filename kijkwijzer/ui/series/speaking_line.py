"""The series' line of the client's share of the speaking time, one figure per conversation (issue 13): only
conversations whose recordings were analysed in the Gespreksverloop count; the others are named as skipped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import conversation_flow
from kijkwijzer.services.context import Context

from ..i18n import current_lang

translate = QCoreApplication.translate  # (pyside6-lupdate finds translate("Context", "text") calls)


def speaking_line(ctx: Context, case_id: int) -> str:
    """"Spreektijd van de cliënt: gesprek 1 42 %, gesprek 2 55 % (gesprek 3 nog niet geanalyseerd)."""
    try:
        shares = conversation_flow.client_shares(ctx, case_id)
    except KijkwijzerError as error:
        return error.message(current_lang())
    if not shares:
        return ""
    known = [translate("SpeakingLine", "gesprek {n} {share}").format(n=c.sequence, share=f"{100 * c.client_share:.0f} %")
             for c in shares if c.client_share is not None]
    skipped = [str(c.sequence) for c in shares if c.client_share is None]
    text = translate("SpeakingLine", "Spreektijd van de cliënt: {shares}").format(shares=", ".join(known)) if known else \
        translate("SpeakingLine", "Spreektijd van de cliënt: nog geen gesprek geanalyseerd (Gesprek > Gespreksverloop).")
    if known and skipped:
        text += " " + translate("SpeakingLine", "(overgeslagen, nog niet geanalyseerd: gesprek {numbers})").format(numbers=", ".join(skipped))
    return text

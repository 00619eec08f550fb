"""The words of the cycle view: the name of each step and a short line of what is there (from the service's
counts and details in services.cycle), in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kijkwijzer.services.cycle import ConversationCycle, CycleStep

TITLES = {
    "consent": QT_TRANSLATE_NOOP("CycleSteps", "Toestemming"),
    "recording": QT_TRANSLATE_NOOP("CycleSteps", "Opname"),
    "annotations": QT_TRANSLATE_NOOP("CycleSteps", "Annotaties"),
    "fragments": QT_TRANSLATE_NOOP("CycleSteps", "Fragmenten"),
    "client_interview": QT_TRANSLATE_NOOP("CycleSteps", "Cliëntinterview"),
    "reflection": QT_TRANSLATE_NOOP("CycleSteps", "Reflectie"),
    "aandachtspunten": QT_TRANSLATE_NOOP("CycleSteps", "Aandachtspunten"),
    "followup": QT_TRANSLATE_NOOP("CycleSteps", "Opvolging"),
}
# what the next step asks the user to do, for the "Volgende stap" line
TODO = {
    "consent": QT_TRANSLATE_NOOP("CycleSteps", "toestemming vastleggen"),
    "recording": QT_TRANSLATE_NOOP("CycleSteps", "de opname importeren"),
    "annotations": QT_TRANSLATE_NOOP("CycleSteps", "de opname bekijken en annoteren"),
    "fragments": QT_TRANSLATE_NOOP("CycleSteps", "fragmenten kiezen"),
    "client_interview": QT_TRANSLATE_NOOP("CycleSteps", "het cliëntinterview houden"),
    "reflection": QT_TRANSLATE_NOOP("CycleSteps", "het reflectiegesprek houden"),
    "aandachtspunten": QT_TRANSLATE_NOOP("CycleSteps", "aandachtspunten vastleggen"),
    "followup": QT_TRANSLATE_NOOP("CycleSteps", "de aandachtspunten opvolgen in het volgende gesprek"),
}
PURPOSES = {
    "recording": QT_TRANSLATE_NOOP("CycleSteps", "opnemen"),
    "analysis": QT_TRANSLATE_NOOP("CycleSteps", "analyse"),
    "client_interview": QT_TRANSLATE_NOOP("CycleSteps", "cliëntinterview"),
    "learning_group": QT_TRANSLATE_NOOP("CycleSteps", "leergroep"),
    "training": QT_TRANSLATE_NOOP("CycleSteps", "lesmateriaal"),
}


def _tr(text: str) -> str:
    """For the texts marked with QT_TRANSLATE_NOOP in this file (lupdate finds them there)."""
    return QCoreApplication.translate("CycleSteps", text)


def _count(n: int, one: str, many: str, **values: object) -> str:
    """Dutch and English share the rule: one form for 1, another for the rest."""
    return _tr(one if n == 1 else many).format(n=n, **values)


def title(key: str) -> str:
    return _tr(TITLES.get(key, key))


def todo(key: str) -> str:
    return _tr(TODO.get(key, key))


TIPS = {
    "consent": QT_TRANSLATE_NOOP("CycleSteps", "Waarvoor de cliënt toestemming gaf. Klik: de toestemming van "
                                               "dit gesprek."),
    "recording": QT_TRANSLATE_NOOP("CycleSteps", "Klik: de opname openen, of importeren als er nog geen is."),
    "annotations": QT_TRANSLATE_NOOP("CycleSteps", "Wie annoteerde, en hoeveel. Klik: de opname openen om te "
                                                   "annoteren."),
    "fragments": QT_TRANSLATE_NOOP("CycleSteps", "Klik: de fragmenten en afspeellijsten van de opname."),
    "client_interview": QT_TRANSLATE_NOOP("CycleSteps", "Reacties van de cliënt op fragmenten en scores op de twee "
                                                        "vragen. Klik: het cliëntinterview."),
    "reflection": QT_TRANSLATE_NOOP("CycleSteps", "Klik: het reflectiegesprek van dit gesprek."),
    "aandachtspunten": QT_TRANSLATE_NOOP("CycleSteps", "Aandachtspunten uit het reflectiegesprek. Klik: het "
                                                       "reflectiegesprek."),
    "followup": QT_TRANSLATE_NOOP("CycleSteps", "Zijn de aandachtspunten in een volgend gesprek opgevolgd? Klik: de "
                                                "checklist van het volgende gesprek."),
}
MISSING = {
    "recording": QT_TRANSLATE_NOOP("CycleSteps", "eerst toestemming om op te nemen"),
    "annotations": QT_TRANSLATE_NOOP("CycleSteps", "eerst een opname"),
    "fragments": QT_TRANSLATE_NOOP("CycleSteps", "eerst een opname"),
    "client_interview": QT_TRANSLATE_NOOP("CycleSteps", "geen toestemming voor een cliëntinterview"),
    "reflection": QT_TRANSLATE_NOOP("CycleSteps", "eerst een opname"),
    "aandachtspunten": QT_TRANSLATE_NOOP("CycleSteps", "eerst een reflectiegesprek"),
    "followup": QT_TRANSLATE_NOOP("CycleSteps", "geen aandachtspunten om op te volgen"),
}
NONE_YET = QT_TRANSLATE_NOOP("CycleSteps", "nog geen")
NOT_HELD = QT_TRANSLATE_NOOP("CycleSteps", "nog niet gehouden")


def tooltip(key: str) -> str:
    return _tr(TIPS[key]) if key in TIPS else ""


def _detail_numbers(detail: str) -> dict[str, int]:
    """'reactions=2 scores=1' -> {'reactions': 2, 'scores': 1}"""
    out: dict[str, int] = {}
    for part in detail.replace(",", " ").split():
        name, _, value = part.partition("=")
        if value.isdigit():
            out[name] = int(value)
    return out


def summary(cycle: ConversationCycle, step: CycleStep) -> str:
    """One short line: what is there, or what is missing before this step can be done."""
    key, n = step.key, step.count
    numbers = _detail_numbers(step.detail)
    if key == "consent":
        given = [_tr(PURPOSES.get(p, p)) for p in cycle.consent_purposes]
        return ", ".join(given) if given else QCoreApplication.translate("CycleSteps", "nog niet vastgelegd")
    if not step.available and not step.done:
        return _tr(MISSING.get(key, ""))
    if key == "recording":
        return (_count(n, QT_TRANSLATE_NOOP("CycleSteps", "{n} opname"), QT_TRANSLATE_NOOP("CycleSteps", "{n} opnamen"))
                if n else QCoreApplication.translate("CycleSteps", "nog niet geïmporteerd"))
    if key == "annotations":
        return ", ".join(f"{name} ({count})" for name, count in cycle.annotators) if n else _tr(NONE_YET)
    if key == "fragments":
        if not n:
            return _tr(NONE_YET)
        lists = len(cycle.playlist_ids)
        parts = [_count(n, QT_TRANSLATE_NOOP("CycleSteps", "{n} fragment"),
                        QT_TRANSLATE_NOOP("CycleSteps", "{n} fragmenten"))]
        if lists:
            parts.append(_count(lists, QT_TRANSLATE_NOOP("CycleSteps", "{n} afspeellijst"),
                                QT_TRANSLATE_NOOP("CycleSteps", "{n} afspeellijsten")))
        return ", ".join(parts)
    if key == "client_interview":
        if not n:
            return _tr(NOT_HELD)
        reactions, scores = numbers.get("reactions", 0), numbers.get("scores", 0)
        parts = []
        if reactions or not scores:
            parts.append(_count(reactions, QT_TRANSLATE_NOOP("CycleSteps", "{n} reactie"),
                                QT_TRANSLATE_NOOP("CycleSteps", "{n} reacties")))
        if scores:
            parts.append(_count(scores, QT_TRANSLATE_NOOP("CycleSteps", "{n} score"),
                                QT_TRANSLATE_NOOP("CycleSteps", "{n} scores")))
        return ", ".join(parts)
    if key == "reflection":
        return _count(n, QT_TRANSLATE_NOOP("CycleSteps", "{n} reflectiegesprek"),
                      QT_TRANSLATE_NOOP("CycleSteps", "{n} reflectiegesprekken")) if n else _tr(NOT_HELD)
    if key == "aandachtspunten":
        learned = numbers.get("leerpunten", cycle.leerpunten)
        parts = [_count(n, QT_TRANSLATE_NOOP("CycleSteps", "{n} aandachtspunt, {open} open"),
                        QT_TRANSLATE_NOOP("CycleSteps", "{n} aandachtspunten, {open} open"),
                        open=numbers.get("open", cycle.open_points))] if n else []
        if learned:
            parts.append(_count(learned, QT_TRANSLATE_NOOP("CycleSteps", "{n} leerpunt"),
                                QT_TRANSLATE_NOOP("CycleSteps", "{n} leerpunten")))
        return ", ".join(parts) or _tr(NONE_YET)
    if key == "followup":
        raised = next((s.count for s in cycle.steps if s.key == "aandachtspunten"), 0)
        return QCoreApplication.translate("CycleSteps", "{done} van {total} opgevolgd").format(done=n, total=raised)
    return str(n)


def checklist_line(cycle: ConversationCycle) -> str:
    """Points of earlier conversations to check in this one ('' when there are none)."""
    if not cycle.checklist_points:
        return ""
    return _count(cycle.checklist_points,
                  QT_TRANSLATE_NOOP("CycleSteps", "Te toetsen in dit gesprek: {n} aandachtspunt uit een eerder "
                                                  "gesprek"),
                  QT_TRANSLATE_NOOP("CycleSteps", "Te toetsen in dit gesprek: {n} aandachtspunten uit eerdere "
                                                  "gesprekken")) + " · " + QCoreApplication.translate(
        "CycleSteps", "{done} opgevolgd").format(done=cycle.checked_points)


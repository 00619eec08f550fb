"""The words the intake screens show for stored values: functions, reviewer roles, participant roles,
conversation settings and case event kinds. Stored values stay the service's keys; a free text is kept as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from kijkwijzer.domain.vocabulary import CASE_EVENT_KINDS, PARTICIPANT_ROLES, SETTINGS

from ..review.annotation_table import role_labels

FUNCTIONS = (QT_TRANSLATE_NOOP("Intake", "klantmanager"), QT_TRANSLATE_NOOP("Intake", "werkregisseur"),
             QT_TRANSLATE_NOOP("Intake", "schuldhulpverlener"), QT_TRANSLATE_NOOP("Intake", "jobcoach"))
REVIEWER_ROLES = ("coach", "researcher", "colleague", "client_researcher", "learning_group")
_PARTICIPANTS = {"client": QT_TRANSLATE_NOOP("Intake", "cliënt"),
                 "professional": QT_TRANSLATE_NOOP("Intake", "professional"),
                 "interpreter": QT_TRANSLATE_NOOP("Intake", "tolk"),
                 "other_professional": QT_TRANSLATE_NOOP("Intake", "andere professional"),
                 "relative": QT_TRANSLATE_NOOP("Intake", "naaste of familielid"),
                 "other": QT_TRANSLATE_NOOP("Intake", "iemand anders")}
_SETTINGS = {"spreekkamer": QT_TRANSLATE_NOOP("Intake", "spreekkamer"),
             "huisbezoek": QT_TRANSLATE_NOOP("Intake", "huisbezoek"),
             "telefoon": QT_TRANSLATE_NOOP("Intake", "telefoon"),
             "beeldbellen": QT_TRANSLATE_NOOP("Intake", "beeldbellen"),
             "wandeling": QT_TRANSLATE_NOOP("Intake", "wandeling")}
_KINDS = {"event": QT_TRANSLATE_NOOP("Intake", "gebeurtenis"), "outcome": QT_TRANSLATE_NOOP("Intake", "uitkomst"),
          "note": QT_TRANSLATE_NOOP("Intake", "opmerking")}
# what each kind is for (the tooltip of its choice): a note is where an unrecorded conversation gets its place
_KIND_TIPS = {"event": QT_TRANSLATE_NOOP("Intake", "Iets wat tussen de gesprekken gebeurde, bijvoorbeeld een "
                                                   "huisbezoek of een korting op de uitkering"),
              "outcome": QT_TRANSLATE_NOOP("Intake", "Hoe de casus afliep"),
              "note": QT_TRANSLATE_NOOP("Intake", "Een opmerking, bijvoorbeeld over een eerder gesprek dat niet is "
                                                  "opgenomen")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Intake", text)


def functions() -> list[str]:
    return [_tr(f) for f in FUNCTIONS]


def reviewer_roles() -> dict[str, str]:
    labels = role_labels()
    return {role: labels.get(role, role) for role in REVIEWER_ROLES}


def participant_roles() -> dict[str, str]:
    return {role: _tr(_PARTICIPANTS.get(role, role)) for role in PARTICIPANT_ROLES}


def settings() -> dict[str, str]:
    return {key: _tr(_SETTINGS.get(key, key)) for key in SETTINGS}


def event_kinds() -> dict[str, str]:
    return {kind: _tr(_KINDS.get(kind, kind)) for kind in CASE_EVENT_KINDS}


def event_kind_tips() -> dict[str, str]:
    return {kind: _tr(_KIND_TIPS[kind]) for kind in CASE_EVENT_KINDS if kind in _KIND_TIPS}


def fill_choices(box: QComboBox, labels: dict[str, str], current: str | None = None) -> None:
    """A fixed choice: the label shown, the key as item data."""
    box.clear()
    for key, label in labels.items():
        box.addItem(label, key)
    if current is not None:
        index = box.findData(current)
        box.setCurrentIndex(max(index, 0))


def setting_text(value: str) -> str:
    """A stored setting as shown: a suggestion in the UI's language, a free text as typed."""
    return settings().get(value, value)


def setting_value(text: str) -> str:
    """What is stored for the text in the setting box: the key of a suggestion, else the free text."""
    text = text.strip()
    for key, label in settings().items():
        if text in (label, key):
            return key
    return text

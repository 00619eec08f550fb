"""Intake and first run: the welcome page, who you are, the people, the client, case and conversation
dialogs, a case's dated events, and the flow from a new conversation through consent to the import.

- `IntakeFlow(window)`: puts the welcome page in the main area, the Casus menu, the werkmap's entries for
  professionals, cases and conversations, keeps "Ik annoteer als" current; `new_case()`, `new_conversation()`,
  `edit_case()`, `edit_conversation()`, `case_events()`, `edit_client()`, `people()`, `ask_consent()`.
- `labels`: the words for stored values (functions, roles, participants, settings, event kinds).
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "CaseDialog": "case_dialog",
    "CaseEventsDialog": "case_events",
    "ClientDialog": "client_dialog",
    "ConversationDialog": "conversation_dialog",
    "IdentityDialog": "identity_dialog",
    "IntakeFlow": "intake_flow",
    "PeopleDialog": "people_dialog",
    "WelcomePage": "welcome_page",
})

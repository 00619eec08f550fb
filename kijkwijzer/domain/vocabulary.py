"""The fixed words of the method's records: who a reviewer is, what a consent covers, where a conversation took
place, who else took part and what happened in a case between conversations. Services check input against
these, the window and the CLI offer them as choices, labels for them live in the UI."""

from __future__ import annotations

# A reviewer's role: who looks along with the professional (004: colleagues, coach, researchers, the learning lab).
ROLES = ("professional", "coach", "researcher", "colleague", "client_researcher", "learning_group")
# What a client's consent covers, each purpose on its own (consent form in content/consent.toml).
PURPOSES = ("recording", "analysis", "client_interview", "learning_group", "training")
# Suggestions offered in the window; the setting is free text ("bij de welzijnsorganisatie" must fit).
SETTINGS = ("spreekkamer", "huisbezoek", "telefoon", "beeldbellen", "wandeling")
# Who else took part in a conversation besides the professional and the client.
PARTICIPANT_ROLES = ("client", "professional", "interpreter", "other_professional", "relative", "other")
# What happened in a case between conversations, and how it ended (004's cases need both).
CASE_EVENT_KINDS = ("event", "outcome", "note")

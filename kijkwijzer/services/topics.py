"""The names of the change path: what a view can listen to (`Topic`, grouped in an `Area`) and every audited
change a service makes (`Change`: its audit verb, the kind of object its audit row names, the topic it publishes).

The strings are the ones in the database and in team-mode NOTIFY payloads: changing one changes what an older
workbench or an existing audit log reads, so they stay as they are.
"""

from __future__ import annotations

from enum import Enum, StrEnum


class Area(StrEnum):
    """A group of topics: a view that shows one kind of thing listens to its whole area."""

    AANDACHTSPUNT = "aandachtspunt"
    ANNOTATION = "annotation"
    ASSESSMENT = "assessment"
    CASE = "case"
    CLIENT = "client"
    CLIENT_REACTION = "client_reaction"
    CONSENT = "consent"
    CONVERSATION = "conversation"
    FEEDBACK = "feedback"
    FRAGMENT = "fragment"
    LAB = "lab"
    PEOPLE = "people"
    PLAN = "plan"
    PLAYLIST = "playlist"
    RECORDING = "recording"
    REFLECTION = "reflection"
    SLIM = "slim"
    TEAM = "team"  # the team database link itself (no data: no Change publishes it)
    TRANSCRIPT = "transcript"


class Topic(StrEnum):
    """What changed; the value is `<area>.<what happened>`."""

    AANDACHTSPUNT_CHANGED = "aandachtspunt.changed"
    ANNOTATION_ADDED = "annotation.added"
    ANNOTATION_CHANGED = "annotation.changed"
    ANNOTATION_DELETED = "annotation.deleted"
    ASSESSMENT_TAKEN = "assessment.taken"
    CASE_CHANGED = "case.changed"
    CASE_ERASED = "case.erased"
    CLIENT_ERASED = "client.erased"
    CLIENT_REACTION_RECORDED = "client_reaction.recorded"
    CONSENT_CORRECTED = "consent.corrected"
    CONSENT_GRANTED = "consent.granted"
    CONSENT_WITHDRAWN = "consent.withdrawn"
    CONVERSATION_CHANGED = "conversation.changed"
    FEEDBACK_SCORED = "feedback.scored"
    FRAGMENT_ADDED = "fragment.added"
    FRAGMENT_CHANGED = "fragment.changed"
    FRAGMENT_DELETED = "fragment.deleted"
    LAB_FEEDBACK_CHANGED = "lab.feedback_changed"
    LAB_GROUPS_CHANGED = "lab.groups_changed"
    LAB_SHARE_CHANGED = "lab.share_changed"
    PEOPLE_CHANGED = "people.changed"
    PLAN_CHANGED = "plan.changed"
    PLAYLIST_CHANGED = "playlist.changed"
    PLAYLIST_DELETED = "playlist.deleted"
    RECORDING_ADDED = "recording.added"
    RECORDING_ERASED = "recording.erased"
    REFLECTION_CHANGED = "reflection.changed"
    SLIM_CHANGED = "slim.changed"
    SLIM_DELETED = "slim.deleted"
    # the team database was out of reach and is back: what a view shows may have changed meanwhile, reload it
    TEAM_RECONNECTED = "team.reconnected"
    TRANSCRIPT_CHANGED = "transcript.changed"

    @property
    def area(self) -> Area:
        return Area(self.value.partition(".")[0])


class Change(Enum):
    """Every audited change: (audit verb, object type of the audit row, topic published).

    Several verbs publish one topic (a plan step linked and a plan renamed are both `plan.changed`), so the verb,
    not the topic, names the change. A topic of None is a batch: one audit row for events the service lists
    itself (an erasure announces each consent it ended and each recording it took). Rows that announce nothing
    (a view, an export, an open) are written with `audit.record`."""

    AANDACHTSPUNT_ADD = ("aandachtspunt.add", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)
    AANDACHTSPUNT_FOLLOWUP = ("aandachtspunt.followup", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)
    AANDACHTSPUNT_LEERPUNT = ("aandachtspunt.leerpunt", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)
    AANDACHTSPUNT_LEERPUNT_CLEAR = ("aandachtspunt.leerpunt_clear", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)
    AANDACHTSPUNT_REOPEN = ("aandachtspunt.reopen", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)
    LEERPUNT_ADD = ("leerpunt.add", "aandachtspunt", Topic.AANDACHTSPUNT_CHANGED)  # a leerpunt on its own
    ANNOTATION_ADD = ("annotation.add", "annotation", Topic.ANNOTATION_ADDED)
    ANNOTATION_UPDATE = ("annotation.update", "annotation", Topic.ANNOTATION_CHANGED)
    ANNOTATION_DELETE = ("annotation.delete", "annotation", Topic.ANNOTATION_DELETED)
    ASSESSMENT_TAKE = ("assessment.take", "assessment", Topic.ASSESSMENT_TAKEN)
    ASSESSMENT_CORRECT = ("assessment.correct", "assessment", Topic.ASSESSMENT_TAKEN)
    CASE_ADD = ("case.add", "case", Topic.CASE_CHANGED)
    CASE_UPDATE = ("case.update", "case", Topic.CASE_CHANGED)
    CASE_EVENT_ADD = ("case_event.add", "case_event", Topic.CASE_CHANGED)
    CASE_EVENT_UPDATE = ("case_event.update", "case_event", Topic.CASE_CHANGED)
    CASE_EVENT_DELETE = ("case_event.delete", "case_event", Topic.CASE_CHANGED)
    CLIENT_ADD = ("client.add", "client", Topic.PEOPLE_CHANGED)
    CLIENT_UPDATE = ("client.update", "client", Topic.PEOPLE_CHANGED)
    CLIENT_REACTION_RECORD = ("client_reaction.record", "fragment", Topic.CLIENT_REACTION_RECORDED)
    CLIENT_REACTION_MARK = ("client_reaction.mark", "fragment", Topic.CLIENT_REACTION_RECORDED)
    CONSENT_GRANT = ("consent.grant", "consent", Topic.CONSENT_GRANTED)
    CONSENT_CORRECT = ("consent.correct", "consent", Topic.CONSENT_CORRECTED)
    CONVERSATION_ADD = ("conversation.add", "conversation", Topic.CONVERSATION_CHANGED)
    CONVERSATION_UPDATE = ("conversation.update", "conversation", Topic.CONVERSATION_CHANGED)
    CONVERSATION_INTERVIEW_DATE = ("conversation.interview_date", "conversation", Topic.CONVERSATION_CHANGED)
    FEEDBACK_SCORE = ("feedback.score", "conversation", Topic.FEEDBACK_SCORED)
    FRAGMENT_ADD = ("fragment.add", "fragment", Topic.FRAGMENT_ADDED)
    FRAGMENT_UPDATE = ("fragment.update", "fragment", Topic.FRAGMENT_CHANGED)
    FRAGMENT_DELETE = ("fragment.delete", "fragment", Topic.FRAGMENT_DELETED)
    LAB_GROUP_ADD = ("lab.group_add", "learning_group", Topic.LAB_GROUPS_CHANGED)
    LAB_GROUP_RENAME = ("lab.group_rename", "learning_group", Topic.LAB_GROUPS_CHANGED)
    LAB_GROUP_MEMBER_ADD = ("lab.group_member_add", "learning_group", Topic.LAB_GROUPS_CHANGED)
    LAB_GROUP_MEMBER_REMOVE = ("lab.group_member_remove", "learning_group", Topic.LAB_GROUPS_CHANGED)
    LAB_SHARE = ("lab.share", "lab_share", Topic.LAB_SHARE_CHANGED)
    LAB_SHARE_QUESTION = ("lab.share_question", "lab_share", Topic.LAB_SHARE_CHANGED)
    LAB_UNSHARE = ("lab.unshare", "lab_share", Topic.LAB_SHARE_CHANGED)
    LAB_FEEDBACK_ADD = ("lab.feedback_add", "lab_feedback", Topic.LAB_FEEDBACK_CHANGED)
    LAB_FEEDBACK_UPDATE = ("lab.feedback_update", "lab_feedback", Topic.LAB_FEEDBACK_CHANGED)
    LAB_FEEDBACK_DELETE = ("lab.feedback_delete", "lab_feedback", Topic.LAB_FEEDBACK_CHANGED)
    PLAN_ADD = ("plan.add", "plan", Topic.PLAN_CHANGED)
    PLAN_UPDATE = ("plan.update", "plan", Topic.PLAN_CHANGED)
    PLAN_ACTION_ADD = ("plan.action.add", "plan_action", Topic.PLAN_CHANGED)
    PLAN_ACTION_UPDATE = ("plan.action.update", "plan_action", Topic.PLAN_CHANGED)
    PLAN_ACTION_LINK = ("plan.action.link", "plan_action", Topic.PLAN_CHANGED)
    PLAN_ACTION_UNLINK = ("plan.action.unlink", "plan_action", Topic.PLAN_CHANGED)
    PLAN_ACTION_STATUS = ("plan.action.status", "plan_action", Topic.PLAN_CHANGED)
    PLAYLIST_ADD = ("playlist.add", "playlist", Topic.PLAYLIST_CHANGED)
    PLAYLIST_UPDATE = ("playlist.update", "playlist", Topic.PLAYLIST_CHANGED)
    PLAYLIST_ADD_FRAGMENT = ("playlist.add_fragment", "playlist", Topic.PLAYLIST_CHANGED)
    PLAYLIST_REMOVE_FRAGMENT = ("playlist.remove_fragment", "playlist", Topic.PLAYLIST_CHANGED)
    PLAYLIST_REORDER = ("playlist.reorder", "playlist", Topic.PLAYLIST_CHANGED)
    PLAYLIST_DELETE = ("playlist.delete", "playlist", Topic.PLAYLIST_DELETED)
    PROFESSIONAL_ADD = ("professional.add", "professional", Topic.PEOPLE_CHANGED)
    PROFESSIONAL_UPDATE = ("professional.update", "professional", Topic.PEOPLE_CHANGED)
    # the professional's voice print for telling voices apart ("dit ben ik", services/voice_prints.py)
    VOICE_ENROL = ("voice.enrol", "professional", Topic.PEOPLE_CHANGED)
    VOICE_FORGET = ("voice.forget", "professional", Topic.PEOPLE_CHANGED)
    RECORDING_IMPORT = ("recording.import", "recording", Topic.RECORDING_ADDED)
    RECORDING_ADD_TEXT = ("recording.add_text", "recording", Topic.RECORDING_ADDED)  # a written account
    REFLECTION_START = ("reflection.start", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_AGENDA_ADD = ("reflection.agenda_add", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_AGENDA_REORDER = ("reflection.agenda_reorder", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_AGENDA_REMOVE = ("reflection.agenda_remove", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_NOTE = ("reflection.note", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_COVERAGE = ("reflection.coverage", "reflection_session", Topic.REFLECTION_CHANGED)
    REFLECTION_FOLLOWS = ("reflection.follows", "reflection_session", Topic.REFLECTION_CHANGED)
    REVIEWER_ADD = ("reviewer.add", "reviewer", Topic.PEOPLE_CHANGED)
    REVIEWER_UPDATE = ("reviewer.update", "reviewer", Topic.PEOPLE_CHANGED)
    REVIEWER_ARCHIVE = ("reviewer.archive", "reviewer", Topic.PEOPLE_CHANGED)
    REVIEWER_UNARCHIVE = ("reviewer.unarchive", "reviewer", Topic.PEOPLE_CHANGED)
    SLIM_ADD = ("slim.add", "slim_analysis", Topic.SLIM_CHANGED)
    TEAM_MEMBER_ADD = ("team.member_add", "reviewer", Topic.PEOPLE_CHANGED)
    TEAM_MEMBER_REMOVE = ("team.member_remove", "reviewer", Topic.PEOPLE_CHANGED)
    TEAM_PASSWORD = ("team.password", "reviewer", None)
    SLIM_CONFIRM = ("slim.confirm", "slim_analysis", Topic.SLIM_CHANGED)
    SLIM_UPDATE = ("slim.update", "slim_analysis", Topic.SLIM_CHANGED)
    SLIM_DELETE = ("slim.delete", "slim_analysis", Topic.SLIM_DELETED)
    TRANSCRIPT_IMPORT = ("transcript.import", "recording", Topic.TRANSCRIPT_CHANGED)
    # batches: one row, the events listed by the service
    CLIENT_ERASE = ("client.erase", "client", None)
    CONSENT_WITHDRAW = ("consent.withdraw", "consent", None)
    CONVERSATION_WITHDRAW = ("consent.withdraw", "conversation", None)  # every consent of the conversation
    CONSENT_RETENTION_ERASE = ("retention.erase", "consent", None)
    RETENTION_ERASE = ("retention.erase", "conversation", None)
    RECORDING_REMOVE = ("recording.remove", "recording", None)
    EAF_IMPORT = ("import", "recording", None)

    def __init__(self, verb: str, object_type: str, topic: Topic | None) -> None:
        self.verb = verb
        self.object_type = object_type
        self.topic = topic

"""Reading everything a reflection report shows about one conversation, straight from the store (read-only),
with every free text scrubbed of the client's real name. Stills are asked of a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.feedback import COMPARISON_MARKS
from kijkwijzer.domain.numbering import label as label_of
from kijkwijzer.domain.numbering import numbers
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.formats import report_data as rd
from kijkwijzer.formats.pseudonymise import Pseudonymiser
from kijkwijzer.services import cases
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange import pseudonymise
from kijkwijzer.services.exchange.report_query_followup import FollowUp, label
from kijkwijzer.services.reflection_coverage import covered_conversations, reflections_covering
from kijkwijzer.store.models import (
    Annotation,
    Case,
    Client,
    ClientReaction,
    Conversation,
    FeedbackScore,
    Fragment,
    Professional,
    Recording,
    ReflectionConversation,
    ReflectionItem,
    Reviewer,
)

StillFor = Callable[[Recording, int, Annotation | None], rd.StillImage | None]
NO_THEME = ("", "Zonder thema", "", "#9AA5B1")


class _Gather(FollowUp):
    def __init__(
        self,
        session: Session,
        ctx: Context,
        conversation_id: int,
        still_for: StillFor | None,
        scrub: Pseudonymiser | None = None,
    ) -> None:
        self.s, self.ctx, self.still_for = session, ctx, still_for
        # the export checked the conversation in this same session; the rest hang on non-null foreign keys
        self.conv = session.get_one(Conversation, conversation_id)
        self.case = session.get_one(Case, self.conv.case_id)
        self.client = session.get_one(Client, self.case.client_id)
        self.scrub: Pseudonymiser = scrub or pseudonymise.for_conversation(session, conversation_id)[0]
        self.reviewers = {r.id: r for r in session.scalars(select(Reviewer))}
        self.recordings = list(
            session.scalars(
                select(Recording).where(Recording.conversation_id == conversation_id).order_by(Recording.id)
            )
        )
        rec_ids = [r.id for r in self.recordings]
        self.annotations = list(
            session.scalars(
                select(Annotation)
                .where(Annotation.recording_id.in_(rec_ids))
                .order_by(Annotation.recording_id, Annotation.start_ms, Annotation.id)
            )
        )
        self.fragments = list(
            session.scalars(
                select(Fragment)
                .where(Fragment.recording_id.in_(rec_ids))
                .order_by(Fragment.recording_id, Fragment.start_ms, Fragment.id)
            )
        )
        self.reactions = {
            r.fragment_id: r
            for r in session.scalars(
                select(ClientReaction).where(ClientReaction.fragment_id.in_([f.id for f in self.fragments]))
            )
        }
        # its own reflections and those that look back on it together with other conversations of the case
        covering = reflections_covering(session, [conversation_id]).get(conversation_id, [])
        self.reflections = [session.get_one(ReflectionConversation, rid) for rid in covering]
        self.items = {
            i.fragment_id: i
            for i in session.scalars(
                select(ReflectionItem).where(ReflectionItem.reflection_id.in_([x.id for x in self.reflections]))
            )
        }
        self.entry_of_fragment: dict[int, rd.Entry] = {}
        self.annotation_no = numbers((a.recording_id, a.id) for a in self.annotations)
        self.fragment_no = numbers((f.recording_id, f.id) for f in self.fragments)

    def item_label(self, kind: str, number: int, recording: Recording) -> str:
        """As the review names it; with the recording's name when this conversation has more than one."""
        where = self.scrub(Path(recording.original_name).name) if len(self.recordings) > 1 else ""
        return label_of(kind, number, where=where)

    def annotation_label(self, annotation: Annotation) -> str:
        recording = next(r for r in self.recordings if r.id == annotation.recording_id)
        return self.item_label("annotation", self.annotation_no[annotation.id], recording)

    def reviewer(self, reviewer_id: int | None) -> str:
        r = self.reviewers.get(reviewer_id) if reviewer_id else None
        return self.scrub(r.name) if r else ""

    def note(self, a: Annotation) -> rd.Note:
        return rd.Note(
            self.reviewer(a.reviewer_id),
            a.start_ms,
            self.scrub(a.observation),
            self.scrub(a.quote),
            self.scrub(a.below_waterline),
            self.scrub(a.felt_unsaid),
            label(self.ctx, a.level) if a.level else "",
            tuple(label(self.ctx, p.pillar_id, "title") for p in a.pillars),
        )

    def theme_order(self, theme_ids: set[str]) -> tuple[str, ...]:
        order = [t.id for t in self.ctx.content.themes]
        return tuple(sorted(theme_ids, key=lambda t: (order.index(t) if t in order else len(order), t)))

    def entries(self) -> list[rd.Entry]:
        recordings = {r.id: r for r in self.recordings}
        covered: set[int] = set()
        found: list[tuple[tuple[int, int, int, int], Fragment | Annotation, list[Annotation]]] = []
        for f in self.fragments:
            inside = [
                a
                for a in self.annotations
                if a.recording_id == f.recording_id
                and (a.id == f.annotation_id or f.start_ms <= a.start_ms <= f.end_ms)
            ]
            inside.sort(key=lambda a: (a.id != f.annotation_id, a.start_ms, a.id))
            covered |= {a.id for a in inside}
            found.append(((f.recording_id, f.start_ms, 0, f.id), f, inside))
        for a in self.annotations:
            if a.id not in covered:
                found.append(((a.recording_id, a.start_ms, 1, a.id), a, [a]))
        out: list[rd.Entry] = []
        for position, (_key, item, notes) in enumerate(sorted(found, key=lambda x: x[0]), start=1):
            themes = self.theme_order({t.theme_id for a in notes for t in a.themes})
            rec = recordings[item.recording_id]
            kind = "fragment" if isinstance(item, Fragment) else "annotation"
            number = (self.fragment_no if kind == "fragment" else self.annotation_no)[item.id]
            name = self.item_label(kind, number, rec)
            if isinstance(item, Fragment):
                reaction = self.reactions.get(item.id)
                ri = self.items.get(item.id)
                still = (
                    self.still_for(
                        rec,
                        notes[0].start_ms if notes else (item.start_ms + item.end_ms) // 2,
                        notes[0] if notes else None,
                    )
                    if self.still_for
                    else None
                )
                entry = rd.Entry(
                    number,
                    item.start_ms,
                    item.end_ms,
                    self.scrub(item.title),
                    themes,
                    tuple(self.note(a) for a in notes),
                    still,
                    self._reaction(reaction),
                    self.scrub(ri.notes) if ri else "",
                    self.scrub(ri.tips) if ri else "",
                    label=name,
                    position=position,
                )
                self.entry_of_fragment[item.id] = entry
            else:
                entry = rd.Entry(
                    number, item.start_ms, item.end_ms, "", themes, (self.note(item),), is_fragment=False,
                    label=name, position=position,
                )
            out.append(entry)
        return out

    def _reaction(self, r: ClientReaction | None) -> rd.Reaction | None:
        if r is None:
            return None
        comparison = COMPARISON_MARKS.get(r.comparison or "", ("", ""))[0]
        if r.comparison_note:
            comparison = (
                f"{comparison} — {self.scrub(r.comparison_note)}"
                if comparison
                else self.scrub(r.comparison_note)
            )
        return rd.Reaction(self.scrub(r.words), self.scrub(r.feeling), self.scrub(r.addition), comparison)

    def sections(self, entries: list[rd.Entry]) -> tuple[rd.ThemeSection, ...]:
        out = []
        themes = [(t.id, t.title, t.key_question, t.color) for t in self.ctx.content.themes]
        known = {t[0] for t in themes}
        about = {t.id: _theme_about(t) for t in self.ctx.content.themes}  # why, cases, reconstructed

        def first(entry: rd.Entry) -> str:  # a theme the content no longer knows counts as none
            return entry.theme_ids[0] if entry.theme_ids and entry.theme_ids[0] in known else ""

        for theme_id, title, question, color in [*themes, NO_THEME]:
            full = tuple(e for e in entries if first(e) == theme_id)
            also = tuple(e for e in entries if theme_id and theme_id in e.theme_ids[1:])
            if full or also:
                out.append(rd.ThemeSection(theme_id, title, question, color, full, also, **about.get(theme_id, {})))
        return tuple(out)

    def scores(self) -> tuple[rd.Score, ...]:
        scale = self.ctx.content.rating_scale
        order = [q.id for q in self.ctx.content.feedback_questions]
        rows = sorted(
            self.s.scalars(select(FeedbackScore).where(FeedbackScore.conversation_id == self.conv.id)),
            key=lambda r: (order.index(r.question_id) if r.question_id in order else len(order), r.id),
        )
        return tuple(
            rd.Score(
                label(self.ctx, r.question_id, "question"),
                r.score,
                f"van {scale.maximum} (schaal {scale.minimum}–{scale.maximum})",
                self.scrub(r.words),
            )
            for r in rows
        )

    def reflection_notes(self) -> tuple[str, ...]:
        out = []
        for x in self.reflections:
            lead = self.reviewer(x.led_by)
            head = f"Reflectie op {rd.dutch_date(x.held_on)}" + (f", geleid door {lead}" if lead else "")
            covered = covered_conversations(self.s, x)
            if len(covered) > 1:
                head += ", over " + _conversations_text([c.sequence for c in covered])
            earlier = self.s.get(ReflectionConversation, x.follows_id) if x.follows_id else None
            if earlier is not None:
                head += f", vervolg op de reflectie van {rd.dutch_date(earlier.held_on)}"
            out.append(f"{head}: {self.scrub(x.notes)}" if x.notes else head + ".")
        return tuple(out)


def reflection_report(
    session: Session,
    ctx: Context,
    conversation_id: int,
    still_for: StillFor | None = None,
    scrub: Pseudonymiser | None = None,
    client_label: str | None = None,
) -> rd.ReflectionReport:
    """Everything about one conversation; `scrub` and `client_label` replace names for an anonymised story."""
    g = _Gather(session, ctx, conversation_id, still_for, scrub)
    entries = g.entries()
    professional = session.get(Professional, g.case.professional_id)
    recordings = tuple(
        f"{g.scrub(Path(r.original_name).name)} ({format_ms(r.duration_ms, millis=False)})"
        for r in g.recordings
    )
    return rd.ReflectionReport(
        client=g.client.pseudonym if client_label is None else client_label,
        case_title=g.scrub(g.case.title),
        reason=g.scrub(g.case.reason),
        goal=g.scrub(g.conv.goal),
        held_on=g.conv.held_on,
        sequence=g.conv.sequence,
        setting=g.scrub(g.conv.setting),
        participants=g.scrub(cases.participants_text(session, g.conv.id)),
        professional=g.scrub(professional.name) if professional else "",
        recordings=recordings,
        sections=g.sections(entries),
        scores=g.scores(),
        reflection_notes=g.reflection_notes(),
        slim=g.slim(),
        points=g.points(),
        actions=g.actions(),
        interviewed_on=g.conv.interviewed_on,
    )


def _theme_about(theme) -> dict[str, str]:
    """What the report says under a theme's heading: why it matters, its illustrative cases (004's table)."""
    numbers = ", ".join(str(n) for n in theme.cases) or ("alle" if theme.cases_all else "—")
    cases = f"Illustratieve interacties: {numbers}" + (f" ({theme.cases_note})" if theme.cases_note else "")
    rebuilt = "key_question" in theme.reconstructed_fields
    note = ("(gereconstrueerd: in de brontekst is de kop van dit thema verloren gegaan; deze vraag is geen tekst "
            "van de methode)") if rebuilt else ""
    return {"why": theme.why, "cases": cases, "reconstructed": note}


def _conversations_text(sequences: list[int]) -> str:
    """[1, 2] -> "gesprek 1 en 2"; [1, 2, 3] -> "gesprek 1, 2 en 3"."""
    numbers = [str(n) for n in sequences]
    return "gesprek " + (", ".join(numbers[:-1]) + " en " + numbers[-1] if len(numbers) > 1 else numbers[0])

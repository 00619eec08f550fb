"""The casebook: the 13 cases of 004 ("Van Kijken naar Zien") as data, read from content/casebook/*.toml.

The format is docs of its own (the lead's casebook format: one file per case, every verbatim text with the seed
lines it stands in). This module reads and checks the files; services/casebook.py enters them in a workspace.
Reading checks the shape and every content id (themes, levels, SLIM items, feedback questions, verdicts) and the
passage ranges; `seed_problems` checks that every verbatim text stands in its seed lines (when the seeds exist).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kijkwijzer.content.catalog import Content
from kijkwijzer.content.loader import DEFAULT_DIR
from kijkwijzer.content.seedtext import SEED_REF, _occurs, seed_block_variants, seed_lines
from kijkwijzer.domain.vocabulary import CASE_EVENT_KINDS, PARTICIPANT_ROLES
from kijkwijzer.errors import ContentError

CASEBOOK_DIR = DEFAULT_DIR / "casebook"
APPROACHES = ("professional", "andere_professionals", "organisatie")
_SLIM_LISTS = {"zelfbeeld": "slim.lijst.zelfbeeld", "rol": "slim.lijst.rol", "logica": "slim.lijst.logica"}


@dataclass(frozen=True)
class Passage:
    """One piece of the account of a conversation: a cue of the text-only recording."""

    speaker: str  # "" = narration
    text: str
    seed: tuple[str, ...]


@dataclass(frozen=True)
class Participant:
    role: str
    description: str


@dataclass(frozen=True)
class CaseFragment:
    """A moment the case highlights: a fragment over `passages` (first, last; 1-based) with one annotation."""

    title: str
    passages: tuple[int, int]
    observation: str
    quote: str
    themes: tuple[str, ...]
    level: str
    above_waterline: str
    below_waterline: str
    felt_unsaid: str
    client_words: str
    seed: tuple[str, ...]


@dataclass(frozen=True)
class Interview:
    """The client's words about the working relationship or the progress (no score: 004 gives none)."""

    question: str
    words: str
    seed: tuple[str, ...]
    before_conversation: int


@dataclass(frozen=True)
class SlimBox:
    approach_of: str
    phase: str
    zelfbeeld: tuple[str, ...]
    rol: tuple[str, ...]
    logica: tuple[str, ...]
    verdict: str
    analysis: str
    seed: tuple[str, ...]


@dataclass(frozen=True)
class CaseConversation:
    number: int
    recorded: bool
    goal: str
    goal_seed: tuple[str, ...]
    setting: str
    participants: tuple[Participant, ...]
    passages: tuple[Passage, ...]
    fragments: tuple[CaseFragment, ...]
    interviews: tuple[Interview, ...]
    slim: tuple[SlimBox, ...]


@dataclass(frozen=True)
class Point:
    """An aandachtspunt (with its theme) or a leerpunt (theme "")."""

    text: str
    theme: str
    seed: tuple[str, ...]


@dataclass(frozen=True)
class CaseReflection:
    after_conversation: int
    covers: tuple[int, ...]
    follows: int
    notes: str
    seed: tuple[str, ...]
    aandachtspunten: tuple[Point, ...]
    leerpunten: tuple[Point, ...]


@dataclass(frozen=True)
class CaseEventEntry:
    kind: str
    after_conversation: int
    text: str
    seed: tuple[str, ...]


@dataclass(frozen=True)
class CasebookCase:
    file_name: str
    number: int
    title: str
    heading: str
    heading_seed: tuple[str, ...]
    client: str
    professional: str
    profile: str
    profile_seed: tuple[str, ...]
    reason: str
    reason_seed: tuple[str, ...]
    goal: str
    goal_seed: tuple[str, ...]
    conversations: tuple[CaseConversation, ...]
    reflections: tuple[CaseReflection, ...]
    events: tuple[CaseEventEntry, ...]

    @property
    def recorded(self) -> tuple[CaseConversation, ...]:
        return tuple(c for c in self.conversations if c.recorded)


# ---- reading one table ----------------------------------------------------------------------------------------

class _Table:
    """One TOML table with typed getters whose errors name the file and the place in it."""

    def __init__(self, raw: Any, where: str, known: set[str]) -> None:
        if not isinstance(raw, dict):
            raise ContentError(f"{where}: geen tabel", f"{where}: not a table")
        unknown = set(raw) - known
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ContentError(f"{where}: onbekend(e) veld(en) {names}", f"{where}: unknown field(s) {names}")
        self.raw, self.where = raw, where

    def _get(self, name: str, kind: type | tuple[type, ...], default: Any, label: tuple[str, str]) -> Any:
        if name not in self.raw:
            if default is None:
                raise ContentError(f"{self.where}: verplicht veld '{name}' ontbreekt",
                                   f"{self.where}: required field '{name}' is missing")
            return default
        value = self.raw[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ContentError(f"{self.where}: '{name}' moet {label[0]} zijn", f"{self.where}: '{name}' must be {label[1]}")
        return value

    def text(self, name: str, required: bool = False) -> str:
        return self._get(name, str, None if required else "", ("tekst", "text")).strip()

    def number(self, name: str, default: int | None = 0) -> int:
        return self._get(name, int, default, ("een geheel getal", "a whole number"))

    def flag(self, name: str, default: bool = True) -> bool:
        return self._get(name, bool, default, ("true of false", "true or false"))

    def texts(self, name: str) -> tuple[str, ...]:
        value = self._get(name, list, [], ("een lijst met teksten", "a list of texts"))
        if not all(isinstance(v, str) for v in value):
            raise ContentError(f"{self.where}: '{name}' moet een lijst met teksten zijn",
                               f"{self.where}: '{name}' must be a list of texts")
        return tuple(v.strip() for v in value)

    def numbers(self, name: str) -> tuple[int, ...]:
        value = self._get(name, list, [], ("een lijst met getallen", "a list of numbers"))
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise ContentError(f"{self.where}: '{name}' moet een lijst met getallen zijn",
                               f"{self.where}: '{name}' must be a list of numbers")
        return tuple(value)

    def seeds(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name, "")
        refs = [value] if isinstance(value, str) else value
        if not isinstance(refs, list) or not all(isinstance(v, str) for v in refs):
            raise ContentError(f"{self.where}: '{name}' moet een bronverwijzing of een lijst daarvan zijn",
                               f"{self.where}: '{name}' must be a seed reference or a list of them")
        refs = [r.strip() for r in refs if r.strip()]
        for ref in refs:
            if not SEED_REF.match(ref):
                raise ContentError(f"{self.where}: '{name}': ongeldige bronverwijzing {ref!r} (004_....txt:a-b)",
                                   f"{self.where}: '{name}': malformed seed reference {ref!r} (004_....txt:a-b)")
        return tuple(refs)

    def tables(self, name: str) -> list[Any]:
        value = self.raw.get(name, [])
        if not isinstance(value, list):
            raise ContentError(f"{self.where}: '{name}' moet een lijst [[...{name}]] zijn",
                               f"{self.where}: '{name}' must be an array of tables [[...{name}]]")
        return value


def _fail(where: str, nl: str, en: str) -> ContentError:
    return ContentError(f"{where}: {nl}", f"{where}: {en}")


# ---- the parts of a case --------------------------------------------------------------------------------------

def _known_id(content: Content, where: str, value: str, what: tuple[str, str], accept: Callable[[Any], bool]) -> str:
    if not content.has(value) or not accept(content.item(value)):
        raise _fail(where, f"onbekende {what[0]} {value!r}", f"unknown {what[1]} {value!r}")
    return value


def _theme(content: Content, where: str, value: str) -> str:
    return _known_id(content, where, value, ("thema", "theme"), lambda i: i in content.themes)


def _fragment(raw: Any, where: str, content: Content, passages: int) -> CaseFragment:
    t = _Table(raw, where, {"title", "passages", "observation", "quote", "themes", "level", "above_waterline",
                            "below_waterline", "felt_unsaid", "client_words", "seed"})
    span = t.numbers("passages")
    if len(span) not in (1, 2) or not 1 <= span[0] <= span[-1] <= passages:
        raise _fail(where, f"'passages' moet [eerste, laatste] zijn binnen 1..{passages}, niet {list(span)}",
                    f"'passages' must be [first, last] within 1..{passages}, not {list(span)}")
    level = t.text("level")
    if level:
        _known_id(content, where, level, ("gespreksniveau", "conversation level"), lambda i: i in content.levels)
    return CaseFragment(t.text("title", required=True), (span[0], span[-1]), t.text("observation"), t.text("quote"),
                        tuple(_theme(content, where, v) for v in t.texts("themes")), level, t.text("above_waterline"),
                        t.text("below_waterline"), t.text("felt_unsaid"), t.text("client_words"), t.seeds("seed"))


def _interview(raw: Any, where: str, content: Content) -> Interview:
    t = _Table(raw, where, {"question", "words", "seed", "before_conversation"})
    question = _known_id(content, where, t.text("question", required=True), ("feedbackvraag", "feedback question"),
                         lambda i: i in content.feedback_questions)
    return Interview(question, t.text("words", required=True), t.seeds("seed"), t.number("before_conversation"))


def _slim(raw: Any, where: str, content: Content) -> SlimBox:
    t = _Table(raw, where, {"approach_of", "phase", "zelfbeeld", "rol", "logica", "verdict", "analysis", "seed"})
    approach = t.text("approach_of") or "professional"
    if approach not in APPROACHES:
        raise _fail(where, f"'approach_of' moet een van {', '.join(APPROACHES)} zijn",
                    f"'approach_of' must be one of {', '.join(APPROACHES)}")
    picks = {}
    for name, list_id in _SLIM_LISTS.items():
        def on_list(item: Any, list_id: str = list_id) -> bool:
            return item in content.slim_items and item.list == list_id
        picks[name] = tuple(_known_id(content, where, v, (f"SLIM-{name}", f"SLIM {name}"), on_list)
                            for v in t.texts(name))
    verdict = _known_id(content, where, t.text("verdict", required=True), ("oordeel", "verdict"),
                        lambda i: i in content.verdicts)
    return SlimBox(approach, t.text("phase"), picks["zelfbeeld"], picks["rol"], picks["logica"], verdict,
                   t.text("analysis"), t.seeds("seed"))


def _conversation(raw: Any, where: str, content: Content) -> CaseConversation:
    t = _Table(raw, where, {"number", "recorded", "goal", "goal_seed", "setting", "participants", "passage",
                            "fragment", "interview", "slim"})
    number = t.number("number", default=None)
    where = f"{where.rsplit(' #', 1)[0]} {number}"
    participants = []
    for i, p in enumerate(t.tables("participants"), 1):
        pt = _Table(p, f"{where}, deelnemer/participant #{i}", {"role", "description"})
        role = pt.text("role", required=True)
        if role not in PARTICIPANT_ROLES:
            raise _fail(pt.where, f"onbekende rol {role!r} (kies uit {', '.join(PARTICIPANT_ROLES)})",
                        f"unknown role {role!r} (choose from {', '.join(PARTICIPANT_ROLES)})")
        participants.append(Participant(role, pt.text("description")))
    passages = []
    for i, p in enumerate(t.tables("passage"), 1):
        pt = _Table(p, f"{where}, passage #{i}", {"speaker", "text", "seed"})
        passages.append(Passage(pt.text("speaker"), pt.text("text", required=True), pt.seeds("seed")))
    recorded = t.flag("recorded")
    if recorded and not passages:
        raise _fail(where, "een opgenomen gesprek heeft minstens één [[conversation.passage]]",
                    "a recorded conversation needs at least one [[conversation.passage]]")
    fragments = tuple(_fragment(f, f"{where}, fragment #{i}", content, len(passages))
                      for i, f in enumerate(t.tables("fragment"), 1))
    return CaseConversation(
        number, recorded, t.text("goal"), t.seeds("goal_seed"), t.text("setting") or "spreekkamer",
        tuple(participants), tuple(passages), fragments,
        tuple(_interview(x, f"{where}, interview #{i}", content) for i, x in enumerate(t.tables("interview"), 1)),
        tuple(_slim(x, f"{where}, slim #{i}", content) for i, x in enumerate(t.tables("slim"), 1)))


def _point(raw: Any, where: str, content: Content, with_theme: bool) -> Point:
    t = _Table(raw, where, {"text", "seed", "theme"} if with_theme else {"text", "seed"})
    theme = t.text("theme")
    return Point(t.text("text", required=True), _theme(content, where, theme) if theme else "", t.seeds("seed"))


def _reflection(raw: Any, where: str, content: Content, numbers: set[int], index: int) -> CaseReflection:
    t = _Table(raw, where, {"after_conversation", "covers", "follows", "notes", "seed", "aandachtspunt", "leerpunt"})
    after, covers, follows = t.number("after_conversation", default=None), t.numbers("covers"), t.number("follows")
    for n in (after, *covers):
        if n not in numbers:
            raise _fail(where, f"gesprek {n} bestaat niet in deze casus", f"conversation {n} does not exist in this case")
    if not 0 <= follows < index:
        raise _fail(where, f"'follows' moet 0 of het nummer van een eerdere reflectie zijn, niet {follows}",
                    f"'follows' must be 0 or the number of an earlier reflection, not {follows}")
    return CaseReflection(
        after, covers or (after,), follows, t.text("notes"), t.seeds("seed"),
        tuple(_point(p, f"{where}, aandachtspunt #{i}", content, True) for i, p in enumerate(t.tables("aandachtspunt"), 1)),
        tuple(_point(p, f"{where}, leerpunt #{i}", content, False) for i, p in enumerate(t.tables("leerpunt"), 1)))


def _event(raw: Any, where: str, numbers: set[int]) -> CaseEventEntry:
    t = _Table(raw, where, {"kind", "after_conversation", "text", "seed"})
    kind = t.text("kind") or "event"
    if kind not in CASE_EVENT_KINDS:
        raise _fail(where, f"onbekende soort {kind!r} (kies uit {', '.join(CASE_EVENT_KINDS)})",
                    f"unknown kind {kind!r} (choose from {', '.join(CASE_EVENT_KINDS)})")
    after = t.number("after_conversation")
    if after and after not in numbers:
        raise _fail(where, f"gesprek {after} bestaat niet in deze casus", f"conversation {after} does not exist in this case")
    return CaseEventEntry(kind, after, t.text("text", required=True), t.seeds("seed"))


# ---- a whole case, the whole casebook ---------------------------------------------------------------------------

def read_case(path: Path, content: Content) -> CasebookCase:
    """One case file, checked: shape, content ids, conversation numbers and passage ranges."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{name}: ongeldige TOML ({exc})", f"{name}: malformed TOML ({exc})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{name}: niet te lezen ({exc})", f"{name}: cannot read ({exc})") from exc
    top = _Table(data, name, {"case", "conversation", "reflection", "event"})
    if "case" not in data:
        raise _fail(name, "de tabel [case] ontbreekt", "the [case] table is missing")
    c = _Table(data["case"], f"{name} [case]", {"number", "title", "heading", "heading_seed", "client", "professional",
                                                "profile", "profile_seed", "reason", "reason_seed", "goal", "goal_seed"})
    number = c.number("number", default=None)
    if not 1 <= number <= 13:
        raise _fail(c.where, f"'number' moet 1..13 zijn, niet {number}", f"'number' must be 1..13, not {number}")
    conversations = tuple(_conversation(x, f"{name}, gesprek/conversation #{i}", content)
                          for i, x in enumerate(top.tables("conversation"), 1))
    if not any(conv.recorded for conv in conversations):
        raise _fail(name, "geen opgenomen gesprek ([[conversation]] met recorded = true)",
                    "no recorded conversation ([[conversation]] with recorded = true)")
    numbers = [conv.number for conv in conversations]
    if len(set(numbers)) != len(numbers) or any(n < 1 for n in numbers):
        raise _fail(name, f"gespreksnummers moeten uniek en positief zijn: {numbers}",
                    f"conversation numbers must be unique and positive: {numbers}")
    known = set(numbers)
    for conv in conversations:
        for interview in conv.interviews:
            if interview.before_conversation and interview.before_conversation not in known:
                raise _fail(f"{name}, gesprek/conversation {conv.number}",
                            f"'before_conversation' {interview.before_conversation} bestaat niet",
                            f"'before_conversation' {interview.before_conversation} does not exist")
    reflections = tuple(_reflection(x, f"{name}, reflectie/reflection #{i}", content, known, i)
                        for i, x in enumerate(top.tables("reflection"), 1))
    events = tuple(_event(x, f"{name}, event #{i}", known) for i, x in enumerate(top.tables("event"), 1))
    return CasebookCase(
        name, number, c.text("title", required=True), c.text("heading"), c.seeds("heading_seed"),
        c.text("client", required=True), c.text("professional", required=True), c.text("profile", required=True),
        c.seeds("profile_seed"), c.text("reason"), c.seeds("reason_seed"), c.text("goal"), c.seeds("goal_seed"),
        conversations, reflections, events)


def case_files(directory: Path | None = None) -> list[Path]:
    folder = CASEBOOK_DIR if directory is None else Path(directory)
    return sorted(folder.glob("case_*.toml")) if folder.is_dir() else []


def load_casebook(content: Content, directory: Path | None = None) -> tuple[CasebookCase, ...]:
    """Every case file in `directory` (default content/casebook), in 004's order; numbers and pseudonyms unique."""
    cases = sorted((read_case(path, content) for path in case_files(directory)), key=lambda c: c.number)
    if not cases:
        folder = CASEBOOK_DIR if directory is None else directory
        raise ContentError(f"Geen casussen gevonden in {folder}", f"No cases found in {folder}")
    for key, nl, en in ((lambda c: c.number, "casusnummer", "case number"),
                        (lambda c: c.client, "pseudoniem van de cliënt", "client pseudonym")):
        seen: dict[object, str] = {}
        for case in cases:
            if key(case) in seen:
                raise ContentError(f"{case.file_name}: {nl} {key(case)!r} komt ook voor in {seen[key(case)]}",
                                   f"{case.file_name}: {en} {key(case)!r} also occurs in {seen[key(case)]}")
            seen[key(case)] = case.file_name
    return tuple(cases)


# ---- every verbatim text in its seed lines --------------------------------------------------------------------

def verbatim_texts(case: CasebookCase) -> list[tuple[str, str, tuple[str, ...]]]:
    """(where, text, seed refs) for every verbatim field of the case that is not empty."""
    out = [("case.heading", case.heading, case.heading_seed), ("case.profile", case.profile, case.profile_seed),
           ("case.reason", case.reason, case.reason_seed), ("case.goal", case.goal, case.goal_seed)]
    for conv in case.conversations:
        at = f"conversation {conv.number}"
        out.append((f"{at}.goal", conv.goal, conv.goal_seed))
        out += [(f"{at} passage {i}", p.text, p.seed) for i, p in enumerate(conv.passages, 1)]
        for i, f in enumerate(conv.fragments, 1):
            out += [(f"{at} fragment {i}.{name}", getattr(f, name), f.seed)
                    for name in ("observation", "quote", "above_waterline", "below_waterline", "felt_unsaid",
                                 "client_words")]
        out += [(f"{at} interview {i}", x.words, x.seed) for i, x in enumerate(conv.interviews, 1)]
        out += [(f"{at} slim {i}", s.analysis, s.seed) for i, s in enumerate(conv.slim, 1)]
    for i, r in enumerate(case.reflections, 1):
        out.append((f"reflection {i}.notes", r.notes, r.seed))
        out += [(f"reflection {i} aandachtspunt {j}", p.text, p.seed) for j, p in enumerate(r.aandachtspunten, 1)]
        out += [(f"reflection {i} leerpunt {j}", p.text, p.seed) for j, p in enumerate(r.leerpunten, 1)]
    out += [(f"event {i}", e.text, e.seed) for i, e in enumerate(case.events, 1)]
    return [(where, text, seeds) for where, text, seeds in out if text]


def seed_problems(case: CasebookCase, seeds: Path) -> list[str]:
    """Every verbatim text of the case that does not stand in the seed lines given with it."""
    problems: list[str] = []
    blocks: dict[str, tuple[str, ...] | None] = {}
    for where, text, refs in verbatim_texts(case):
        if not refs:
            problems.append(f"{case.file_name}: {where}: geen bron / no seed reference: {text[:60]!r}")
            continue
        for ref in refs:
            if ref not in blocks:
                blocks[ref] = _block(seeds, ref)
            if blocks[ref] is None:
                problems.append(f"{case.file_name}: {where}: bron / seed {ref!r} is niet te lezen / cannot be read")
        if not any(_occurs(text, block) for ref in refs if (block := blocks[ref]) is not None):
            problems.append(f"{case.file_name}: {where}: niet gevonden in / not found in {', '.join(refs)}: {text[:60]!r}")
    return problems


def _block(seeds: Path, ref: str) -> tuple[str, ...] | None:
    match = SEED_REF.match(ref)
    path = seeds / match["file"] if match else None
    if match is None or path is None or not path.is_file():
        return None
    start, end = int(match["start"]), int(match["end"] or match["start"])
    lines = seed_lines(path)
    if not 1 <= start <= end <= len(lines):
        return None
    return seed_block_variants("\n".join(lines[start - 1 : end]))

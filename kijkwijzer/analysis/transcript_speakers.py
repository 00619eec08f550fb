"""Who a transcript's speaker names are: the professional, the client or someone else.

A transcript names its speakers as its maker wrote them ("Klantmanager", "Cliënte", "Sanne", "K", "tolk").
`RoleNames` holds what the workspace knows of the people in the conversation (the professional's name and
function, the client's pseudonym, the participants' descriptions); `speakers_of` matches each name against it:

1. a name equal to a known name or word (case, accents and punctuation ignored), else one that holds such a word
   ("Klantmanager Sanne", "de cliënt"); a name that fits both the professional and the client is "other";
2. of two named speakers of whom one is known, the other is the counterpart (the client of a professional);
3. of two named speakers of whom none is known, the one who speaks first is the professional (who opens a
   conversation at the office) and the other the client;
4. everyone else is "other" (an interpreter, a relative, a colleague).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .speech import Speaker, SpeechSegment

# Words a transcript uses for the two main speakers, besides the people's own names and the professional's function.
PROFESSIONAL_WORDS = ("professional", "prof", "klantmanager", "km", "consulent", "casemanager", "interviewer",
                      "hulpverlener", "medewerker", "werkcoach")
CLIENT_WORDS = ("client", "cliënt", "cliënte", "klant", "deelnemer", "bewoner", "werkzoekende")
OTHER_WORDS = ("tolk", "interpreter", "partner", "moeder", "vader", "familie", "collega", "begeleider")


def folded(name: str) -> str:
    """Lower case without accents or punctuation, single spaces: "Cliënte:" -> "cliente"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


@dataclass(frozen=True)
class RoleNames:
    """Names and words that point at each role (compared folded)."""

    professional: tuple[str, ...] = PROFESSIONAL_WORDS
    client: tuple[str, ...] = CLIENT_WORDS
    other: tuple[str, ...] = OTHER_WORDS

    @classmethod
    def of(cls, professional: Iterable[str], client: Iterable[str], other: Iterable[str]) -> RoleNames:
        """The generic words plus these names (a full name also counts by its first word: "Sanne de Vries")."""

        def words(names: Iterable[str], base: tuple[str, ...]) -> tuple[str, ...]:
            found = [folded(n) for n in (*base, *names)]
            found += [n.split()[0] for n in found if " " in n and len(n.split()[0]) > 2]
            return tuple(dict.fromkeys(n for n in found if n))

        return cls(words(professional, PROFESSIONAL_WORDS), words(client, CLIENT_WORDS), words(other, OTHER_WORDS))

    def role_of(self, name: str) -> Speaker | None:
        """The role a name points at, None when it points at none (or, by holding words of both, at two)."""
        key = folded(name)
        if not key:
            return None
        for role, names in (("professional", self.professional), ("client", self.client), ("other", self.other)):
            if key in names:
                return role  # type: ignore[return-value]  # the three literals of Speaker
        tokens = set(key.split())
        hits = [role for role, names in (("professional", self.professional), ("client", self.client),
                                          ("other", self.other))
                if any(set(n.split()) <= tokens for n in names)]
        if len(hits) == 1:
            return hits[0]  # type: ignore[return-value]
        return "other" if hits else None


Cue = tuple[int, int, str]  # (start_ms, end_ms, speaker name as the transcript writes it)


def roles_of(names_in_order: Sequence[str], known: RoleNames) -> dict[str, Speaker]:
    """Each distinct (non-empty) speaker name, in order of first appearance, with the role it gets (rules 1-4)."""
    names = list(dict.fromkeys(n.strip() for n in names_in_order if n.strip()))
    found = {n: known.role_of(n) for n in names}
    if len(names) == 2:
        first, second = names
        counterpart: dict[Speaker | None, Speaker] = {"professional": "client", "client": "professional"}
        if found[first] is None and found[second] in counterpart:
            found[first] = counterpart[found[second]]
        elif found[second] is None and found[first] in counterpart:
            found[second] = counterpart[found[first]]
        elif found[first] is None and found[second] is None:
            found[first], found[second] = "professional", "client"
    return {n: (role or "other") for n, role in found.items()}


def segments_of(cues: Sequence[Cue], known: RoleNames, duration_ms: int = 0) -> tuple[SpeechSegment, ...]:
    """The cues with a speaker as segments, sorted by start, clipped to the recording (when its length is known);
    overlapping or touching cues of one role are joined, so one speaker's segments never overlap."""
    ordered = sorted((c for c in cues if c[2].strip() and c[1] > c[0]), key=lambda c: (c[0], c[1]))
    roles = roles_of([c[2] for c in ordered], known)
    joined: dict[Speaker, list[list]] = {"professional": [], "client": [], "other": []}
    for start, end, name in ordered:
        if duration_ms > 0:
            start, end = max(0, min(start, duration_ms)), max(0, min(end, duration_ms))
            if end <= start:
                continue
        role, name = roles[name.strip()], name.strip()
        runs = joined[role]
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
            if name not in runs[-1][2]:
                runs[-1][2].append(name)
        else:
            runs.append([start, end, [name]])
    out = [SpeechSegment(s, e, role, ", ".join(names)) for role, runs in joined.items() for s, e, names in runs]
    return tuple(sorted(out, key=lambda s: (s.start_ms, s.end_ms)))

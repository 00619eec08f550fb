"""Read the TOML files in content/ into a validated, frozen `Content`.

The default content directory is the repository's `content/`; its load is cached, so the whole
application shares one `Content` object, and kept between starts (kept.py): a start reads no TOML unless the
content, the seeds or this code changed.
"""

from __future__ import annotations

import functools
import os
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

from kijkwijzer.content import model as m
from kijkwijzer.content.catalog import Content
from kijkwijzer.errors import ContentError

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "content"

# file name -> (TOML array name -> (dataclass, Content field))
FILES: dict[str, dict[str, tuple[type, str]]] = {
    "themes.toml": {"passage": (m.Passage, "passages"), "theme": (m.Theme, "themes")},
    "levels.toml": {
        "passage": (m.Passage, "passages"),
        "level": (m.Level, "levels"),
        "waterline": (m.Waterline, "waterlines"),
    },
    "slim.toml": {
        "passage": (m.Passage, "passages"),
        "list": (m.SlimList, "slim_lists"),
        "item": (m.SlimItem, "slim_items"),
        "row": (m.SlimRow, "slim_rows"),
        "dimension": (m.SlimDimension, "slim_dimensions"),
        "verdict": (m.Verdict, "verdicts"),
        "approach": (m.SlimApproach, "slim_approaches"),
    },
    "assessment.toml": {
        "passage": (m.Passage, "passages"),
        "step": (m.Step, "steps"),
        "pillar": (m.Pillar, "pillars"),
        "statement": (m.Statement, "statements"),
        "scale": (m.ScaleLabel, "scale"),
        "recommendation": (m.Recommendation, "recommendations"),
        "tip": (m.Tip, "tips"),
        "plan_question": (m.PlanQuestion, "plan_questions"),
    },
    "feedback.toml": {
        "question": (m.FeedbackQuestion, "feedback_questions"),
        "rating_scale": (m.RatingScale, "rating_scales"),
        "interview_question": (m.InterviewQuestion, "interview_questions"),
    },
    "pillar_factors.toml": {"factor": (m.Factor, "factors")},
    "consent.toml": {"passage": (m.Passage, "passages")},  # the consent form and the client leaflet
}
OPTIONAL_FILES = frozenset({"pillar_factors.toml"})
_TUPLE_FIELDS = {"seed", "product_fields", "reconstructed_fields"}


def seeds_dir() -> Path | None:
    """Where the seed documents are, if anywhere: $KIJKWIJZER_SEEDS, else /work/shared/seeds."""
    env = os.environ.get("KIJKWIJZER_SEEDS")
    candidate = Path(env) if env else Path("/work/shared/seeds")
    return candidate if candidate.is_dir() else None


def load_content(path: Path | None = None, *, seeds: Path | None = None) -> Content:
    """Load and validate the content in `path` (default: the repository's content/ directory, cached).

    `seeds` overrides the seed directory used to check that seed references point at existing files.
    """
    if path is None and seeds is None:
        return _load_default()
    return _load(Path(path) if path is not None else DEFAULT_DIR, seeds if seeds is not None else seeds_dir())


@functools.lru_cache(maxsize=1)
def _load_default() -> Content:
    from kijkwijzer.content.kept import load_kept

    seeds = seeds_dir()
    return load_kept(DEFAULT_DIR, list(FILES), seeds, lambda: _load(DEFAULT_DIR, seeds))


def _load(directory: Path, seeds: Path | None) -> Content:
    if not directory.is_dir():
        raise ContentError(
            f"Map met inhoud niet gevonden: {directory}", f"Content directory not found: {directory}"
        )
    collected: dict[str, list[Any]] = {f.name: [] for f in fields(Content) if f.name != "sources"}
    sources: dict[str, str] = {}
    for file_name, arrays in FILES.items():
        file_path = directory / file_name
        if not file_path.is_file():
            if file_name in OPTIONAL_FILES:
                continue
            raise ContentError(f"{file_name}: bestand ontbreekt", f"{file_name}: file is missing")
        data = _read_toml(file_path)
        unknown = set(data) - set(arrays)
        if unknown:
            names = ", ".join(sorted(unknown))
            raise ContentError(
                f"{file_name}: onbekende sectie(s) {names}", f"{file_name}: unknown section(s) {names}"
            )
        for array_name, (cls, target) in arrays.items():
            raw_items = data.get(array_name, [])
            if not isinstance(raw_items, list):
                raise ContentError(
                    f"{file_name}: '{array_name}' moet een lijst [[{array_name}]] zijn",
                    f"{file_name}: '{array_name}' must be an array of tables [[{array_name}]]",
                )
            for position, raw in enumerate(raw_items, 1):
                item = _build(cls, raw, file_name, f"{array_name} #{position}")
                collected[target].append(item)
                nested = item.values if isinstance(item, m.SlimDimension) else ()
                for one in (item, *nested):
                    if one.id in sources:
                        raise ContentError(
                            f"{file_name}: {one.id}: id komt dubbel voor (ook in {sources[one.id]})",
                            f"{file_name}: {one.id}: duplicate id (also in {sources[one.id]})",
                        )
                    sources[one.id] = file_name
    content = Content(**{k: tuple(v) for k, v in collected.items()}, sources=sources)
    from kijkwijzer.content.validate import validate  # not needed when the start finds the content kept

    validate(content, seeds)
    return content


def _read_toml(file_path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with file_path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(
            f"{file_path.name}: ongeldige TOML ({exc})", f"{file_path.name}: malformed TOML ({exc})"
        ) from exc
    except OSError as exc:
        raise ContentError(
            f"{file_path.name}: niet te lezen ({exc})", f"{file_path.name}: cannot read ({exc})"
        ) from exc


def _build(cls: type, raw: Any, file_name: str, where: str) -> m.Item:
    """Turn one TOML table into a dataclass, with errors that name file and item."""
    if not isinstance(raw, dict):
        raise ContentError(f"{file_name}: {where} is geen tabel", f"{file_name}: {where} is not a table")
    item_id = raw.get("id")
    label = f"{file_name}: {item_id}" if isinstance(item_id, str) and item_id else f"{file_name}: {where}"
    if not isinstance(item_id, str) or not item_id.strip():
        raise ContentError(f"{label}: 'id' ontbreekt", f"{label}: 'id' is missing")
    known = {f.name: f for f in fields(cls)}
    unknown = set(raw) - set(known)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise ContentError(f"{label}: onbekend(e) veld(en) {names}", f"{label}: unknown field(s) {names}")
    kwargs: dict[str, Any] = {}
    for name, f in known.items():
        if name not in raw:
            if f.default is MISSING and f.default_factory is MISSING:
                raise ContentError(
                    f"{label}: verplicht veld '{name}' ontbreekt",
                    f"{label}: required field '{name}' is missing",
                )
            continue
        kwargs[name] = _convert(cls, name, raw[name], label, file_name)
    return cls(**kwargs)


def _convert(cls: type, name: str, value: Any, label: str, file_name: str) -> Any:
    if name == "values" and cls is m.SlimDimension:
        if not isinstance(value, list):
            raise ContentError(f"{label}: 'values' moet een lijst zijn", f"{label}: 'values' must be a list")
        return tuple(_build(m.SlimValue, v, file_name, f"{label} value #{i}") for i, v in enumerate(value, 1))
    expected = {f.name: f.type for f in fields(cls)}[name]
    if name in _TUPLE_FIELDS and isinstance(value, str):
        value = [value] if value else []
    if "tuple" in str(expected):
        if not isinstance(value, list):
            raise ContentError(f"{label}: '{name}' moet een lijst zijn", f"{label}: '{name}' must be a list")
        inner = int if "int" in str(expected) else str
        if not all(isinstance(v, inner) and not isinstance(v, bool) for v in value):
            raise ContentError(
                f"{label}: '{name}' bevat waarden van het verkeerde type",
                f"{label}: '{name}' holds values of the wrong type",
            )
        return tuple(value)
    type_ = {"str": str, "int": int, "bool": bool}[str(expected)]
    if not isinstance(value, type_) or (type_ is int and isinstance(value, bool)):
        raise ContentError(
            f"{label}: '{name}' moet van type {type_.__name__} zijn",
            f"{label}: '{name}' must be of type {type_.__name__}",
        )
    return value

"""The agreement figures of a recording out of the workspace for researchers, as CSV or XLSX
(formats/agreement_table.py), by the export rules of every research table (exchange/csv_and_subtitles.deliver):
analysis consent checked, one audit row 'export' for the conversation with counts only, the file in place only
after that row is committed. The recording's file name is not written (it may hold the client's name): the
recording is named by its id; the reviewers by their names, the themes by id and title.
"""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.analysis.agreement import DEFAULT_TOLERANCE_MS
from kijkwijzer.errors import BadInput
from kijkwijzer.formats.agreement_table import FigureRow, MomentRow, agreement_csv, agreement_xlsx

from .agreement import RecordingAgreement, recording_agreement
from .context import Context
from .exchange.csv_and_subtitles import ExportResult, deliver

FORMATS = ("csv", "xlsx")


def figure_rows(result: RecordingAgreement) -> list[FigureRow]:
    """Every figure of `result`, one row each: kappa, the span figures, alpha per theme, then the client's."""
    f = result.figures
    unit, tolerance = f.unit_ms / 1000, f.tolerance_ms / 1000
    rid = result.recording_id

    def row(measure: str, theme_id: str, pair: tuple[int, int] | None, value: float | None, band: str | None,
            n: int, with_unit: bool) -> FigureRow:
        a, b = pair or (None, None)
        return FigureRow(rid, measure, theme_id, result.theme(theme_id).title,
                         a, result.reviewer(a).name if a is not None else "",
                         b, result.reviewer(b).name if b is not None else "",
                         value, band or "", n, unit if with_unit else None, tolerance)

    rows = [row("kappa", k.theme, (k.reviewer_a, k.reviewer_b), k.kappa, k.band, k.units, True) for k in f.kappas]
    for s in f.spans:
        offset = None if s.mean_offset_ms is None else s.mean_offset_ms / 1000
        for measure, value in (("gevonden_door_beiden", s.found_by_both), ("tijdsoverlap", s.time_overlap),
                               ("gemiddelde_verschuiving_s", offset)):
            rows.append(row(measure, s.theme, (s.reviewer_a, s.reviewer_b), value, None,
                            s.annotations_a + s.annotations_b, False))
    rows += [row("alpha", x.theme, None, x.alpha, x.band, f.units, True) for x in f.alphas]
    c = result.client
    if c is not None and c.consent:
        for measure, count in (("client_komt_overeen", c.match), ("client_verschilt", c.differ),
                               ("client_alleen_client", c.client_only), ("client_niet_beoordeeld", c.unmarked)):
            rows.append(FigureRow(rid, measure, value=float(count), n=c.fragments))
        rows.append(FigureRow(rid, "client_aandeel_overeen", value=c.share_matching, n=c.marked))
    return rows


def moment_rows(result: RecordingAgreement) -> list[MomentRow]:
    """One row per moment and theme in dispute there, heaviest moment first (rank 1)."""
    names = {r.id: r.name for r in result.reviewers}
    return [MomentRow(result.recording_id, rank, d.start_ms, d.end_ms, d.weight, s.theme,
                      result.theme(s.theme).title, tuple(names[r] for r in s.marked_by),
                      tuple(names[r] for r in s.not_marked_by))
            for rank, d in enumerate(result.figures.differences, start=1) for s in d.splits]


def format_of(out: Path, fmt: str | None) -> str:
    chosen = (fmt or out.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise BadInput(f"Onbekend formaat voor {out.name}: kies .csv of .xlsx.",
                       f"Unknown format for {out.name}: choose .csv or .xlsx.")
    return chosen


def export_agreement(ctx: Context, recording_id: int, out: Path, *, tolerance_s: float = DEFAULT_TOLERANCE_MS / 1000,
                     fmt: str | None = None) -> ExportResult:
    """Write the figures (CSV) or the figures and all moments (XLSX) of the recording to `out`; items = figures."""
    out = Path(out)
    chosen = format_of(out, fmt)
    result = recording_agreement(ctx, recording_id, tolerance_s=tolerance_s, moments=None)

    def render(gathered: RecordingAgreement) -> tuple[bytes, int]:
        rows = figure_rows(gathered)
        data = agreement_csv(rows) if chosen == "csv" else agreement_xlsx(rows, moment_rows(gathered))
        return data, len(rows)

    return deliver(ctx, (result.conversation_id,), out, f"overeenstemming-{chosen}", lambda _session: result, render)

"""`analysis agreement` and `analysis client-agreement`: how far the reviewers of a recording agree (kappa per theme
per pair, alpha per theme, the span figures, the moments where they differ most, the reading), and how far the
client and the reviewers agree per conversation of a case. `--json` carries every figure; `--out` writes them as
CSV or XLSX (by the file's extension) for researchers."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.domain.timecode import format_ms

from .common import Args, _plain, output


def register(group) -> None:
    p = group.add_parser("agreement", help="overeenstemming tussen kijkers / agreement between reviewers")
    p.add_argument("--recording", type=int, required=True, metavar="ID")
    p.add_argument("--tolerance", type=float, default=2.0, metavar="S",
                   help="tolerantie in seconden (standaard 2) / tolerance in seconds (default 2)")
    p.add_argument("--moments", type=int, default=10, metavar="N",
                   help="zoveel momenten waar ze het meest verschillen (0: alle) / this many moments (0: all)")
    p.add_argument("--out", metavar="FILE", help="cijfers naar .csv of .xlsx / figures to .csv or .xlsx")
    p.set_defaults(func=agreement_)
    c = group.add_parser("client-agreement",
                         help="overeenstemming cliënt en kijkers per gesprek / client and reviewers per conversation")
    c.add_argument("--case", type=int, required=True, metavar="ID")
    c.set_defaults(func=client_agreement_)


def _value(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def agreement_(args: Args) -> int:
    from kijkwijzer.services.agreement import recording_agreement

    result = recording_agreement(args.ctx, args.recording, tolerance_s=args.tolerance,
                                 moments=args.moments if args.moments > 0 else None)
    written = None
    if args.out:
        from kijkwijzer.services.agreement_export import export_agreement

        written = export_agreement(args.ctx, args.recording, Path(args.out), tolerance_s=args.tolerance)
    f = result.figures
    names = {r.id: r.short for r in result.reviewers}
    lines = [(f"Opname {result.recording_id}: {len(result.reviewers)} kijker(s) / reviewer(s) "
              f"({', '.join(r.name for r in result.reviewers) or '-'}); eenheid / unit {f.unit_ms / 1000:g} s, "
              f"tolerantie / tolerance {f.tolerance_ms / 1000:g} s, {f.units} eenheden / units")]
    for theme in result.themes:
        pairs = [f"κ {names[k.reviewer_a]}–{names[k.reviewer_b]} {_value(k.kappa)}"
                 for k in f.kappas if k.theme == theme.id]
        spans = [f"samen gevonden / found by both {_value(s.found_by_both)}"
                 for s in f.spans if s.theme == theme.id]
        alpha = f.alpha(theme.id)
        lines.append(f"  {theme.title}: {'; '.join(pairs + spans)}; α {_value(alpha.alpha if alpha else None)}")
    lines += [f"  {line}" for line in (*result.reading_nl, *result.reading_en)]
    for d in f.differences:
        who = "; ".join(f"{names[r.id]}: {', '.join(result.theme(t).title for t in d.themes_of(r.id)) or '-'}"
                        for r in result.reviewers)
        lines.append(f"  {format_ms(d.start_ms, millis=False)}–{format_ms(d.end_ms, millis=False)}  {who}")
    if written is not None:
        lines.append(f"{written.path} geschreven / written ({written.items} cijfers / figures)")
    value = _plain(result)
    if written is not None:
        value["export"] = _plain(written)
    output(args, value, lines)
    return 0


def client_agreement_(args: Args) -> int:
    from kijkwijzer.services.client_agreement import client_agreement

    series = client_agreement(args.ctx, args.case)
    lines = [f"Casus {series.case_id}: cliënt en kijkers / client and reviewers"]
    for c in series.conversations:
        if not c.consent:
            lines.append(f"  gesprek {c.sequence} ({c.held_on}): geen toestemming voor het cliëntinterview / "
                         "no consent for the client interview")
            continue
        share = "–" if c.share_matching is None else f"{round(c.share_matching * 100)}%"
        lines.append(f"  gesprek {c.sequence} ({c.held_on}): komt overeen / matches {c.match}, verschilt / differs "
                     f"{c.differ}, alleen de cliënt / client only {c.client_only}, nog niet beoordeeld / unmarked "
                     f"{c.unmarked}; overeen / matching {share}")
    output(args, series, lines)
    return 0

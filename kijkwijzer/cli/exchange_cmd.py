"""`export csv|srt|eaf|report|story` (`xlsx|events`: tables_cmd.py), `import srt|vtt|eaf`, `backup create|restore`."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.errors import UsageError

from . import backup_passphrase, tables_cmd
from .common import Args, output

PREVIEW_HELP = "alleen tonen wat vervangen wordt, niets schrijven / only show what is replaced, write nothing"


def register(sub) -> None:
    exp = sub.add_parser("export", help="exporteren / export").add_subparsers(dest="action", required=True)
    for name, scope, help_ in (
        ("csv", "conversation", "annotaties als spreadsheet (UTF-8, ';')"),
        ("srt", "recording", "annotaties als ondertitels"),
        ("eaf", "recording", "ELAN-bestand"),
        ("report", "conversation", "reflectieverslag (PDF)"),
    ):
        p = exp.add_parser(name, help=help_)
        p.add_argument(f"--{scope}", type=int, required=True)
        p.add_argument("--out", help="doelbestand / target file")
        p.add_argument("--preview", action="store_true", help=PREVIEW_HELP)
        p.set_defaults(func=export_, fmt=name)
    story = exp.add_parser("story", help="geanonimiseerd casusverhaal (Markdown, en PDF met --pdf)")
    story.add_argument("--case", type=int, required=True)
    story.add_argument("--out", help="Markdown-bestand / Markdown file")
    story.add_argument("--preview", action="store_true", help=PREVIEW_HELP)
    story.add_argument("--pdf", help="ook als PDF / also as PDF")
    story.add_argument(
        "--with-pseudonym", action="store_true", help="pseudoniemcode noemen / name the pseudonym code"
    )
    story.set_defaults(func=story_)
    tables_cmd.register(exp)  # export xlsx, export events

    imp = sub.add_parser("import", help="importeren / import").add_subparsers(dest="action", required=True)
    for name in ("srt", "vtt"):
        p = imp.add_parser(name, help="transcript")
        p.add_argument("file")
        p.add_argument("--recording", type=int, required=True)
        p.add_argument(
            "--replace", action="store_true", help="bestaand transcript vervangen / replace transcript"
        )
        p.set_defaults(func=transcript_, fmt=name)
    eaf = imp.add_parser("eaf", help="ELAN-bestand")
    eaf.add_argument("file")
    eaf.add_argument("--recording", type=int)
    eaf.add_argument("--tier-map", action="append", default=[], metavar="LAAG=KIJKER_ID")
    eaf.add_argument("--theme-map", action="append", default=[], metavar="WAARDE=THEMA_ID")
    eaf.add_argument("--list", action="store_true", help="alleen de lagen tonen / only list the tiers")
    eaf.add_argument(
        "--child-role", action="append", default=[], metavar="LAAG=label|citaat|observatie",
        help="waarden van een symbolische onderlaag / values of a symbolic child tier",
    )
    eaf.add_argument(
        "--past-end", choices=("afkappen", "overslaan", "weigeren", "cut", "skip", "refuse"), default="weigeren",
        help="annotaties na het einde van de opname / annotations past the recording's end",
    )
    eaf.add_argument(
        "--replace-transcript",
        action="store_true",
        help="transcript van de opname vervangen door dat in het bestand / replace the recording's transcript",
    )
    eaf.set_defaults(func=eaf_)

    bak = sub.add_parser("backup", help="reservekopie / backup").add_subparsers(dest="action", required=True)
    create = bak.add_parser("create")
    create.add_argument("--out", required=True)
    create.add_argument("--with-media", action="store_true", help="ook de opnamen / include the recordings")
    backup_passphrase.add_option(create)
    create.set_defaults(func=backup_create_)
    restore = bak.add_parser("restore", help="in een lege werkmap / into an empty workspace")
    restore.add_argument("file")
    backup_passphrase.add_option(restore)
    restore.set_defaults(func=backup_restore_)


def _pairs(items: list[str], what: str, as_int: bool) -> dict:
    out: dict = {}
    for item in items:
        key, sep, value = item.rpartition("=")
        if not sep or not key or not value.strip():
            raise UsageError(
                f"{what} verwacht NAAM=WAARDE, niet {item!r}", f"{what} expects NAME=VALUE, not {item!r}"
            )
        if as_int:
            if not value.strip().isdigit():
                raise UsageError(
                    f"{what}: {value!r} is geen kijker-id", f"{what}: {value!r} is not a reviewer id"
                )
            out[key] = int(value)
        else:
            out[key] = value.strip()
    return out


def _target(args: Args) -> Path:
    if not args.out:
        raise UsageError("Geef --out (of --preview).", "Give --out (or --preview).")
    return Path(args.out)


def preview_(args: Args, kind: str, target_id: int) -> int:
    """Print what the export would replace; write nothing."""
    from kijkwijzer.services.exchange.preview import preview_export

    shown = preview_export(args.ctx, kind, target_id, with_pseudonym=bool(getattr(args, "with_pseudonym", False)))
    lines = [f"{shown.total} vervangingen / replacements (er is niets geschreven / nothing written)"]
    for row in shown.rows:
        r = row.replacement
        times = f" ({row.count}x)" if row.count > 1 else ""
        lines.append(f"  {r.found!r} -> {r.stand_in!r} [{r.reason}]{times}: {r.context}")
    output(args, shown, lines)
    return 0


def export_(args: Args) -> int:
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange
    from kijkwijzer.services.exchange import eaf as exchange_eaf

    if args.preview:
        return preview_(args, args.fmt, args.conversation if args.fmt in ("csv", "report") else args.recording)
    out = _target(args)
    if args.fmt == "csv":
        result = exchange.export_csv(args.ctx, args.conversation, out)
    elif args.fmt == "srt":
        result = exchange.export_srt(args.ctx, args.recording, out)
    elif args.fmt == "eaf":
        result = exchange_eaf.export_eaf(args.ctx, args.recording, out)
    else:
        from kijkwijzer.services.exchange import report as exchange_report

        result = exchange_report.export_report(args.ctx, args.conversation, out)
    done = f"{result.path} geschreven / written ({result.items} items, {result.replaced} vervangen / replaced)"
    output(args, result, [done])
    return 0


def story_(args: Args) -> int:
    from kijkwijzer.services.exchange import report as exchange_report

    if args.preview:
        return preview_(args, "story", args.case)
    result = exchange_report.export_story(
        args.ctx,
        args.case,
        _target(args),
        pdf=Path(args.pdf) if args.pdf else None,
        with_pseudonym=args.with_pseudonym,
    )
    output(args, result, [f"{p} geschreven / written ({result.replaced} vervangen / replaced)" for p in result.paths])
    return 0


def transcript_(args: Args) -> int:
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    result = exchange.import_transcript(
        args.ctx, args.recording, Path(args.file), fmt=args.fmt, replace=args.replace
    )
    output(args, result, [f"{result.added} transcriptregels ingelezen / cues imported"])
    return 0


def eaf_(args: Args) -> int:
    from kijkwijzer.services.exchange import eaf as exchange_eaf

    if args.list:
        tiers = exchange_eaf.describe_eaf(Path(args.file))
        output(
            args,
            tiers,
            [
                f"{t.id!r:<32} {t.participant or '-':<20} {t.annotations:>5}  onder {t.parent or '-'}"
                + (f"  woordenlijst: {', '.join(t.vocabulary)}" if t.vocabulary else "")
                for t in tiers
            ],
        )
        return 0
    if args.recording is None:
        raise UsageError("Geef --recording (of --list).", "Give --recording (or --list).")
    result = exchange_eaf.import_eaf(
        args.ctx,
        args.recording,
        Path(args.file),
        tier_map=_pairs(args.tier_map, "--tier-map", True),
        theme_map=_pairs(args.theme_map, "--theme-map", False),
        child_roles=_pairs(args.child_role, "--child-role", False),
        past_end={"cut": "afkappen", "skip": "overslaan", "refuse": "weigeren"}.get(args.past_end, args.past_end),
        replace_transcript=args.replace_transcript,
    )
    lines = [
        (
            f"{result.added} annotaties, {result.fragments} fragmenten, {result.reactions} reacties ingelezen"
            f" ({result.skipped} al aanwezig) / imported"
        )
    ]
    if result.cues:
        lines.append(f"{result.cues} transcriptregels ingelezen / transcript cues imported")
    if result.transcript_kept:
        lines.append(
            "Het transcript van de opname is bewaard (--replace-transcript vervangt het) / "
            "the recording's transcript was kept"
        )
    if result.skipped_tiers:
        lines.append(f"Niet ingelezen lagen / tiers not imported: {', '.join(result.skipped_tiers)}")
    output(args, result, lines)
    return 0


def backup_create_(args: Args) -> int:
    from kijkwijzer.services.exchange import backup as exchange_backup

    out = exchange_backup.prepare_backup(args.ctx, Path(args.out))  # refused before a passphrase is asked
    passphrase = backup_passphrase.new_passphrase(args)
    result = exchange_backup.create_backup(args.ctx, out, passphrase=passphrase, include_media=args.with_media)
    output(args, result, [
        f"Reservekopie / backup {result.path}: {result.rows} rijen, {result.files} bestanden (versleuteld / encrypted)",
        backup_passphrase.LOST_WARNING,
    ])
    return 0


def backup_restore_(args: Args) -> int:
    from kijkwijzer.services.exchange import backup as exchange_backup

    passphrase = backup_passphrase.passphrase_to_open(args, Path(args.file))  # before the workspace is made
    result = exchange_backup.restore_backup(args.ctx, Path(args.file), passphrase)
    lines = [f"Teruggezet / restored: {result.rows} rijen, {result.files} bestanden"]
    output(args, result, lines if result.encrypted else [*lines, backup_passphrase.PLAIN_NOTICE])
    return 0

"""Make the generated media by hand: the two-minute demo conversation, or one test fixture.

python scripts/make_media.py demo OUT.mp4        # prints each line's start/end (ms) and text
python scripts/make_media.py video OUT.mp4 [--rotate 90] [--vfr] [--seconds 6]
python scripts/make_media.py audio OUT.m4a       # Dutch speech with silence around it
python scripts/make_media.py broken OUT.mp4 [--kind truncated|no_index|random]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media import synth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["demo", "video", "audio", "broken"])
    parser.add_argument("target", type=Path)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--rotate", type=int, default=None)
    parser.add_argument("--vfr", action="store_true")
    parser.add_argument("--kind", default="truncated")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.what == "demo":
            result = synth.make_conversation(
                args.target, synth.demo_script(), "Gesprek klantmanager en cliënt"
            )
            for line in result.lines:
                print(f"{line.start_ms:>7} {line.end_ms:>7}  {line.speaker:<12} {line.text}")
        elif args.what == "video":
            synth.make_test_video(args.target, seconds=args.seconds, rotate=args.rotate, vfr=args.vfr)
        elif args.what == "audio":
            synth.make_audio_only(args.target, seconds=args.seconds)
        else:
            synth.make_corrupt(args.target, args.kind)
    except KijkwijzerError as error:
        print(error.bilingual(), file=sys.stderr)
        return error.exit_code
    print(f"{args.target} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

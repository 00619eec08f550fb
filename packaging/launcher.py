"""The bundle's one program, under two names (packaging/kijkwijzer.spec): `kijkwijzer` starts the workbench,
`kijkwijzer-cli` the command line (`kijkwijzer-cli.exe`, a console program, on Windows). One analysis for both keeps
the build half as long; the command line never imports Qt."""

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()  # the waveform's child process (media/waveform_apart) starts this program again
    if Path(sys.argv[0]).stem.lower() == "kijkwijzer-cli":
        from kijkwijzer.cli import main as command_line

        return command_line()
    from kijkwijzer.launch import main as workbench

    return workbench()


if __name__ == "__main__":
    sys.exit(main())

"""Start the Kijkwijzer workbench: `python main.py [WERKMAP] [--lang en]`."""

import sys

if __name__ == "__main__":
    # imported here, not above: a child process of the window (the waveform's, media/waveform_apart) imports this
    # file again and needs none of the workbench
    from kijkwijzer.launch import main

    sys.exit(main())

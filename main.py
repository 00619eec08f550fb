"""Start the Kijkwijzer workbench: `python main.py [WERKMAP] [--lang en]`."""

import sys

from kijkwijzer.app import main

if __name__ == "__main__":
    sys.exit(main())

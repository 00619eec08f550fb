"""`python -m kijkwijzer.cli`: the same as the `kijkwijzer-cli` script."""

import sys

from kijkwijzer.cli import main

sys.exit(main())

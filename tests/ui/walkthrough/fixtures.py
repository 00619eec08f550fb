"""Fixtures of the walkthrough (a plugin, see tests/conftest.py): two short Dutch conversations spoken by two
espeak-ng voices, made by the project's own generator, as a professional would record them."""

from __future__ import annotations

import pytest

FIRST = (
    ("professional", "Goedemorgen. Fijn dat u er bent. Waar wilt u het vandaag over hebben?"),
    ("client", "Over de brieven. Ik maak ze niet meer open."),
    ("professional", "Dat klinkt zwaar. Wat gebeurt er als u een brief ziet?"),
    ("client", "Dan word ik moe. Iedereen wil iets van me."),
    ("professional", "Zullen we samen één brief openen, nu?"),
    ("client", "Goed. Als u erbij blijft."),
)
SECOND = (
    ("professional", "Vorige keer spraken we af dat u één brief zou openen. Hoe ging dat?"),
    ("client", "Ik heb er twee geopend. Het viel mee."),
    ("professional", "Wat hielp u daarbij?"),
    ("client", "Dat ik wist dat we het samen zouden bekijken."),
)


@pytest.fixture(scope="session")
def recorded_conversations(tmp_path_factory):
    from concurrent.futures import ThreadPoolExecutor

    from kijkwijzer.media.synth import make_conversation

    folder = tmp_path_factory.mktemp("opnamen")
    with ThreadPoolExecutor(max_workers=2) as pool:  # espeak-ng and ffmpeg are child processes: both cores
        first = pool.submit(make_conversation, folder / "gesprek-1.mp4", FIRST, "Eerste gesprek")
        second = pool.submit(make_conversation, folder / "gesprek-2.mp4", SECOND, "Vervolggesprek")
        return first.result().path, second.result().path

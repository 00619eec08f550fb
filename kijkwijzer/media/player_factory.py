"""The one place that picks the Player implementation (VLC); callers never import python-vlc themselves."""

from __future__ import annotations

from kijkwijzer.media.player import Player, PlayerError


def create_player(headless: bool = False) -> Player:
    """A VLC player; headless renders to nowhere (`--vout=dummy --aout=dummy`) for tests and servers."""
    try:
        from kijkwijzer.media.vlc_player import VlcPlayer
    except (ImportError, OSError, NotImplementedError) as exc:  # python-vlc raises these without libvlc
        raise PlayerError(
            "VLC is niet gevonden; installeer VLC (libvlc) om opnames af te spelen.",
            f"VLC was not found; install VLC (libvlc) to play recordings ({exc}).",
        ) from exc
    return VlcPlayer(headless=headless)

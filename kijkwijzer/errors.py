"""Errors a user can act on: every one carries a Dutch and an English message.

The UI shows `message(lang)`, the CLI prints it on one line and exits with `exit_code`.
"""

from __future__ import annotations


class KijkwijzerError(Exception):
    """Base for every error the user is meant to read."""

    exit_code = 3

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(f"{nl} / {en}")
        self.nl = nl
        self.en = en

    def message(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en

    def bilingual(self) -> str:
        return f"{self.nl} / {self.en}"


class BadInput(KijkwijzerError):
    """Input that cannot be used: malformed file, unsupported media, invalid value. Nothing was changed."""


class RetentionInPast(BadInput):
    """A consent's delete-after date lies before today: the recording would be unusable at once and erased.
    Refused unless the caller says it means it (`allow_past_retention`)."""


class NotFound(KijkwijzerError):
    """A referenced thing (recording, annotation, file) does not exist."""


class NotAllowed(KijkwijzerError):
    """Consent or role does not allow this action; the message says why."""


class ContentError(KijkwijzerError):
    """The method content in content/ is invalid; names file and item."""


class Stopped(KijkwijzerError):
    """Work ended on purpose before it was done (its window closed meanwhile): nothing went wrong."""


class StoreError(KijkwijzerError):
    """The workspace database cannot be used (too new, damaged, locked)."""


class DiskFull(StoreError):
    """No space left on the disk (ENOSPC, "database or disk is full"): one line instead of a traceback."""

    def __init__(self, nl: str = "", en: str = "") -> None:
        super().__init__(
            nl or "De schijf is vol: maak ruimte vrij en probeer het opnieuw.",
            en or "The disk is full: free some space and try again.",
        )


class UsageError(KijkwijzerError):
    """Wrong command-line use."""

    exit_code = 2

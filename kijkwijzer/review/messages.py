"""What the review keys tell the user, in Dutch and English (as kijkwijzer.errors does): the window shows
`message(lang)` in its status bar or as an undo step's name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    nl: str
    en: str

    def message(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


OPEN_RECORDING_FIRST = Message("Open eerst een opname.", "Open a recording first.")
CHOOSE_REVIEWER_FIRST = Message("Kies eerst wie er annoteert (Ik annoteer als …).",
                                "First choose who is annotating (I annotate as …).")
END_AFTER_START = Message("Het einde moet na het begin liggen.", "The end must come after the start.")
CHOOSE_TO_DELETE = Message("Kies eerst een annotatie om te verwijderen.", "Choose an annotation to delete first.")
NO_NEXT = Message("Geen volgende annotatie.", "No next annotation.")
NO_PREVIOUS = Message("Geen vorige annotatie.", "No previous annotation.")
CHOOSE_FOR_STILL = Message("Kies eerst een annotatie voor de still.", "Choose an annotation for the still first.")
NO_PICTURE_FOR_STILL = Message("Een geluidsopname heeft geen beeld voor een still.",
                               "An audio recording has no picture for a still.")
TEXT_ONLY_NO_STILL = Message("Een tekstverslag uit het casusboek heeft geen beeld: er is geen still te maken.",
                             "A written account from the casebook has no picture: no still can be taken.")

# names of undo steps (Bewerken > Ongedaan maken: …)
ADJUST_SPAN = Message("fragment aanpassen", "adjust span")
ADJUST_TIME = Message("tijd aanpassen", "adjust time")

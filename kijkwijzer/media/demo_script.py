"""The Dutch demo conversation (about two minutes) that `synth.make_conversation` turns into a video.

A klantmanager and a client about debts and re-integration. Lines are chosen so the demo can show the
method at real moments: a shared agenda, a clear goal, weerstand, a raakmoment, metacommunicatie and
asking the client for feedback. Speakers are `synth.PROFESSIONAL` and `synth.CLIENT`.
"""

from __future__ import annotations

PROFESSIONAL = "professional"
CLIENT = "client"

_SCRIPT: tuple[tuple[str, str], ...] = (
    (PROFESSIONAL, "Goedemorgen, meneer De Vries. Fijn dat u er bent. Gaat u zitten."),
    (CLIENT, "Goedemorgen. Ja, ik ben er. Ik had wel even getwijfeld of ik zou komen."),
    (
        PROFESSIONAL,
        (
            "Dat is goed om te horen, dat u toch gekomen bent. We hebben een half uur. "
            "Ik wil het hebben over de brieven van de schuldeisers en over werk. "
            "Wat wilt u vandaag in elk geval bespreken?"
        ),
    ),
    (CLIENT, "Die brieven. Er komen er steeds meer en ik maak ze eigenlijk niet meer open."),
    (
        PROFESSIONAL,
        (
            "Dan beginnen we daarmee. Aan het eind wil ik samen één stap afspreken "
            "die u deze week kunt zetten. Is dat goed?"
        ),
    ),
    (CLIENT, "Ja, dat is goed."),
    (PROFESSIONAL, "U zegt dat u de brieven niet meer openmaakt. Hoe komt dat?"),
    (
        CLIENT,
        (
            "Ik weet toch al wat erin staat. Iedereen wil geld van me. "
            "En eerlijk gezegd heb ik geen zin om weer alles uit te leggen. "
            "Dat heb ik al drie keer gedaan."
        ),
    ),
    (PROFESSIONAL, "U bent het zat om steeds opnieuw uw verhaal te doen."),
    (CLIENT, "Ja. En dan verandert er toch niets."),
    (
        PROFESSIONAL,
        (
            "Ik merk dat ik nu snel met oplossingen wil komen, "
            "terwijl u vooral vertelt hoe zwaar het is. Klopt dat?"
        ),
    ),
    (CLIENT, "Ja, eigenlijk wel. Het voelt alsof ik het nooit goed doe."),
    (
        PROFESSIONAL,
        (
            "Dat raakt me. U heeft drie keer uw verhaal gedaan en u bent er vandaag toch weer. "
            "Dat zegt mij dat u het wel degelijk wilt oplossen."
        ),
    ),
    (CLIENT, "Ja. Ik wil gewoon weer rust. Voor mijn dochter vooral."),
    (PROFESSIONAL, "Rust, voor u en uw dochter. Wat zou de eerste kleine stap kunnen zijn?"),
    (CLIENT, "Misschien de brieven samen openmaken. Alleen durf ik het niet."),
    (
        PROFESSIONAL,
        (
            "Zullen we dat donderdag doen, hier, om tien uur? U neemt de brieven mee, "
            "en we maken samen een overzicht. Dan hoeft u het niet nog een keer uit te leggen."
        ),
    ),
    (CLIENT, "Donderdag om tien uur. Dat kan ik."),
    (
        PROFESSIONAL,
        (
            "Over werk praten we de volgende keer, als er wat meer rust is. "
            "Voordat u gaat: hoe vond u dit gesprek? Wat had ik anders kunnen doen?"
        ),
    ),
    (CLIENT, "Het was goed. U luisterde echt. In het begin ging het wel een beetje snel."),
    (
        PROFESSIONAL,
        (
            "Dank u, dat is nuttig om te horen. Dan neem ik de volgende keer meer tijd in het begin. "
            "Tot donderdag, meneer De Vries."
        ),
    ),
    (CLIENT, "Tot donderdag."),
)


def demo_script() -> list[tuple[str, str]]:
    """A fresh copy of the demo conversation as (speaker, text) pairs."""
    return list(_SCRIPT)

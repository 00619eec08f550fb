"""Dutch sentences for generated two-voice conversations (media/synth_dialogue.py): what a klantmanager and a
client say at the office, plus the short sounds a listener makes while the other speaks."""

from __future__ import annotations

from kijkwijzer.media.demo_script import demo_script

PROFESSIONAL_LINES: tuple[str, ...] = (
    "Goedemorgen, fijn dat u er bent. Gaat u zitten.",
    "We hebben vandaag ongeveer een half uur. Wat wilt u in elk geval bespreken?",
    "Ik wil het met u hebben over de brieven van de schuldeisers en over werk.",
    "Kunt u vertellen hoe het de afgelopen weken is gegaan?",
    "Dat klinkt alsof het u veel energie heeft gekost.",
    "Ik hoor dat u het zat bent om steeds opnieuw uw verhaal te doen.",
    "Zullen we samen een overzicht maken van alle brieven die er liggen?",
    "Wat zou voor u een eerste kleine stap kunnen zijn?",
    "Ik merk dat ik snel met oplossingen kom, terwijl u vooral vertelt hoe zwaar het is.",
    "Als ik het goed begrijp, wilt u vooral weer rust in huis.",
    "Bij de gemeente kunnen we ook kijken naar schuldhulpverlening.",
    "Daarvoor hebben we wel uw loonstroken en de laatste afschriften nodig.",
    "Hoe kijkt u zelf tegen werk aan, op dit moment?",
    "Er is een werkervaringsplek bij de fietsenmaker hier om de hoek.",
    "U hoeft vandaag nog niets te beslissen. Denkt u er rustig over na.",
    "Zullen we donderdag om tien uur weer afspreken, hier op kantoor?",
    "Voordat u gaat: hoe vond u dit gesprek? Wat had ik anders kunnen doen?",
    "Dank u wel, dat is nuttig om te horen.",
    "Mag ik u iets vragen over uw dochter? Hoe gaat het op school?",
    "Dat begrijp ik. Het is ook veel tegelijk.",
)

CLIENT_LINES: tuple[str, ...] = (
    "Goedemorgen. Ja, ik ben er. Ik had wel even getwijfeld of ik zou komen.",
    "Die brieven. Er komen er steeds meer en ik maak ze eigenlijk niet meer open.",
    "Ik weet toch al wat erin staat. Iedereen wil geld van me.",
    "Eerlijk gezegd heb ik geen zin om weer alles uit te leggen.",
    "Ja. En dan verandert er toch niets.",
    "Het voelt alsof ik het nooit goed doe.",
    "Ik wil gewoon weer rust. Voor mijn dochter vooral.",
    "Misschien de brieven samen openmaken. Alleen durf ik het niet.",
    "Donderdag om tien uur. Dat kan ik wel.",
    "Werk zou ik wel willen, maar niet te veel uren in het begin.",
    "Mijn vorige baan was in een magazijn, dat ging eigenlijk best goed.",
    "Mijn rug speelt soms op, dus tillen gaat niet meer zo makkelijk.",
    "De afschriften heb ik thuis in een doos liggen, geloof ik.",
    "Het was goed. U luisterde echt. In het begin ging het wel een beetje snel.",
    "Mijn dochter doet het goed op school, daar ben ik trots op.",
    "Ik snap niet waarom die boete zo hoog is geworden.",
    "Bij de vorige klantmanager moest ik alles drie keer vertellen.",
    "Kan ik die fietsenmaker eerst een keer bellen?",
)

LISTENING: tuple[str, ...] = ("Ja.", "Hm-hm.", "Precies.", "Oké.", "Ja, ja.", "Klopt.")


def sentences_of(speaker: str) -> tuple[str, ...]:
    """Every sentence group the speaker may say: the pool above plus the demo conversation's lines."""
    own = PROFESSIONAL_LINES if speaker == "professional" else CLIENT_LINES
    return own + tuple(text for who, text in demo_script() if who == speaker)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>Werkmap openen…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <source>Werkmap verversen</source>
        <translation>Refresh workspace</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Annotatie verwijderen</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Annotatie bewerken / span vastleggen</source>
        <translation>Edit annotation / commit span</translation>
    </message>
    <message>
        <source>Terug naar de video</source>
        <translation>Back to the video</translation>
    </message>
    <message>
        <source>Zoeken in annotaties</source>
        <translation>Search annotations</translation>
    </message>
    <message>
        <source>Afspelen / pauzeren</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <source>Langzamer (of 5 s terug)</source>
        <translation>Slower (or 5 s back)</translation>
    </message>
    <message>
        <source>Stoppen op normale snelheid</source>
        <translation>Stop at normal speed</translation>
    </message>
    <message>
        <source>Afspelen / sneller</source>
        <translation>Play / faster</translation>
    </message>
    <message>
        <source>5 seconden terug</source>
        <translation>5 seconds back</translation>
    </message>
    <message>
        <source>5 seconden vooruit</source>
        <translation>5 seconds forward</translation>
    </message>
    <message>
        <source>1 seconde terug</source>
        <translation>1 second back</translation>
    </message>
    <message>
        <source>1 seconde vooruit</source>
        <translation>1 second forward</translation>
    </message>
    <message>
        <source>Vorig beeldje</source>
        <translation>Previous frame</translation>
    </message>
    <message>
        <source>Volgend beeldje</source>
        <translation>Next frame</translation>
    </message>
    <message>
        <source>Naar het begin</source>
        <translation>Go to start</translation>
    </message>
    <message>
        <source>Naar het einde</source>
        <translation>Go to end</translation>
    </message>
    <message>
        <source>Begin markeren</source>
        <translation>Mark in</translation>
    </message>
    <message>
        <source>Einde markeren</source>
        <translation>Mark out</translation>
    </message>
    <message>
        <source>Markering wissen</source>
        <translation>Clear marks</translation>
    </message>
    <message>
        <source>Markering herhalen</source>
        <translation>Loop marked span</translation>
    </message>
    <message>
        <source>Geluid uit/aan</source>
        <translation>Mute on/off</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Zachter</source>
        <translation>Softer</translation>
    </message>
    <message>
        <source>Volgende annotatie</source>
        <translation>Next annotation</translation>
    </message>
    <message>
        <source>Vorige annotatie</source>
        <translation>Previous annotation</translation>
    </message>
    <message>
        <source>Still toevoegen</source>
        <translation>Add still</translation>
    </message>
    <message>
        <source>Toetsen voor thema&apos;s instellen…</source>
        <translation>Configure theme keys…</translation>
    </message>
    <message>
        <source>Tijdlijn inzoomen</source>
        <translation>Zoom timeline in</translation>
    </message>
    <message>
        <source>Tijdlijn uitzoomen</source>
        <translation>Zoom timeline out</translation>
    </message>
    <message>
        <source>Hele opname tonen</source>
        <translation>Show whole recording</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Over Kijkwijzer</source>
        <translation>About Kijkwijzer</translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Kies eerst wie er annoteert (Ik annoteer als …).</source>
        <translation>First choose who is annotating (I annotate as …).</translation>
    </message>
    <message>
        <source>fragment aanpassen</source>
        <translation>adjust span</translation>
    </message>
    <message>
        <source>Het einde moet na het begin liggen.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>tijd aanpassen</source>
        <translation>adjust time</translation>
    </message>
    <message>
        <source>Kies eerst een annotatie om te verwijderen.</source>
        <translation>Choose an annotation to delete first.</translation>
    </message>
    <message>
        <source>Geen volgende annotatie.</source>
        <translation>No next annotation.</translation>
    </message>
    <message>
        <source>Geen vorige annotatie.</source>
        <translation>No previous annotation.</translation>
    </message>
    <message>
        <source>Kies eerst een annotatie voor de still.</source>
        <translation>Choose an annotation for the still first.</translation>
    </message>
    <message>
        <source>Een geluidsopname heeft geen beeld voor een still.</source>
        <translation>An audio recording has no picture for a still.</translation>
    </message>
    <message>
        <source>still toevoegen</source>
        <translation>add still</translation>
    </message>
    <message>
        <source>Still bewaard bij annotatie {id}.</source>
        <translation>Still saved with annotation {id}.</translation>
    </message>
    <message>
        <source>Still maken mislukt.</source>
        <translation>Making the still failed.</translation>
    </message>
    <message>
        <source>Still wordt gemaakt…</source>
        <translation>Making still…</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Begin hier</source>
        <translation>Start here</translation>
    </message>
    <message>
        <source>Begin van de annotatie op de afspeelpositie zetten</source>
        <translation>Put the start of the annotation at the playhead</translation>
    </message>
    <message>
        <source>Einde hier</source>
        <translation>End here</translation>
    </message>
    <message>
        <source>Einde van de annotatie op de afspeelpositie zetten (maakt er een fragment van)</source>
        <translation>Put the end of the annotation at the playhead (makes it a span)</translation>
    </message>
    <message>
        <source>Wat gebeurt er feitelijk?</source>
        <translation>What actually happens?</translation>
    </message>
    <message>
        <source>Letterlijk wat er gezegd wordt</source>
        <translation>Literally what is said</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Wat speelde er onder de oppervlakte?</source>
        <translation>What was going on underneath?</translation>
    </message>
    <message>
        <source>Wat ik voelde maar niet zei</source>
        <translation>What I felt but did not say</translation>
    </message>
    <message>
        <source>bijv. stilte, humor (komma&apos;s ertussen)</source>
        <translation>e.g. silence, humour (separated by commas)</translation>
    </message>
    <message>
        <source>Still toevoegen</source>
        <translation>Add still</translation>
    </message>
    <message>
        <source>Beeld van de afspeelpositie bij deze annotatie bewaren (Ctrl+Shift+S)</source>
        <translation>Keep the frame at the playhead with this annotation (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Wat gebeurt er</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Gespreksniveau</source>
        <translation>Conversation level</translation>
    </message>
    <message>
        <source>Onder de waterlijn</source>
        <translation>Below the waterline</translation>
    </message>
    <message>
        <source>Voelde maar zei niet</source>
        <translation>Felt but did not say</translation>
    </message>
    <message>
        <source>Pijlers</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <source>Geen annotatie gekozen</source>
        <translation>No annotation chosen</translation>
    </message>
    <message>
        <source>Kies een annotatie in de lijst of tijdlijn, of druk een thematoets.</source>
        <translation>Choose an annotation in the list or timeline, or press a theme key.</translation>
    </message>
    <message>
        <source>Annotatie {id} · {when}</source>
        <translation>Annotation {id} · {when}</translation>
    </message>
    <message>
        <source>Door {name} ({role})</source>
        <translation>By {name} ({role})</translation>
    </message>
    <message>
        <source>Still ontbreekt: {name}</source>
        <translation>Still missing: {name}</translation>
    </message>
    <message>
        <source>Nog geen still</source>
        <translation>No still yet</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>AnnotationList</name>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle kijkers</source>
        <translation>All reviewers</translation>
    </message>
    <message>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Alle pijlers</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <source>Zoeken in tekst… (Ctrl+F)</source>
        <translation>Search text… (Ctrl+F)</translation>
    </message>
    <message>
        <source>{shown} van {total} annotaties</source>
        <translation>{shown} of {total} annotations</translation>
    </message>
    <message>
        <source>{total} annotaties</source>
        <translation>{total} annotations</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kijker</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Pijler</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Wat gebeurt er</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>CodingKeysDialog</name>
    <message>
        <source>Toetsen voor thema&apos;s</source>
        <translation>Theme keys</translation>
    </message>
    <message>
        <source>Standaardtoetsen</source>
        <translation>Default keys</translation>
    </message>
    <message>
        <source>De toets {key} is twee keer gekozen.</source>
        <translation>The key {key} was chosen twice.</translation>
    </message>
    <message>
        <source>De toets {key} is al in gebruik voor het afspelen.</source>
        <translation>The key {key} is already used for playback.</translation>
    </message>
</context>
<context>
    <name>CodingPad</name>
    <message>
        <source>Thematoets: punt op de afspeelpositie · I / O: begin en einde van een fragment · Enter: annotatie bewerken</source>
        <translation>Theme key: point at the playhead · I / O: start and end of a span · Enter: edit annotation</translation>
    </message>
    <message>
        <source>afspeelpositie</source>
        <translation>playhead</translation>
    </message>
    <message>
        <source>Fragment {begin} – {end}: druk een thematoets of Enter om vast te leggen</source>
        <translation>Span {begin} – {end}: press a theme key or Enter to commit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Werkmap</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Annotatie</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Thema: {title}</source>
        <translation>Theme: {title}</translation>
    </message>
    <message>
        <source>Kijker</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Ik annoteer als </source>
        <translation>I annotate as </translation>
    </message>
    <message>
        <source>Wie annoteert: de professional zelf, een coach, onderzoeker of collega</source>
        <translation>Who is annotating: the professional, a coach, researcher or colleague</translation>
    </message>
    <message>
        <source>Kijker: {name}</source>
        <translation>Reviewer: {name}</translation>
    </message>
    <message>
        <source>Werkmap kiezen</source>
        <translation>Choose workspace</translation>
    </message>
    <message>
        <source>Over Kijkwijzer</source>
        <translation>About Kijkwijzer</translation>
    </message>
    <message>
        <source>Kijkwijzer: werkbank voor videoreflectie in het sociaal domein.

Alles wat u doet wordt meteen opgeslagen; er is geen Opslaan-knop.</source>
        <translation>Kijkwijzer: a workbench for video reflection in social services.

Everything you do is saved at once; there is no Save button.</translation>
    </message>
    <message>
        <source>Er ging iets mis: {error}. Uw werk is opgeslagen.</source>
        <translation>Something went wrong: {error}. Your work has been saved.</translation>
    </message>
</context>
<context>
    <name>MediaProblemDialog</name>
    <message>
        <source>Probleem met de opname</source>
        <translation>Problem with the recording</translation>
    </message>
    <message>
        <source>Bestand zoeken…</source>
        <translation>Locate file…</translation>
    </message>
    <message>
        <source>Het bestand van de opname &lt;b&gt;{name}&lt;/b&gt; staat niet meer in de werkmap (verplaatst of verwijderd).

Zoek het bestand op; Kijkwijzer herkent het aan de inhoud (SHA-256), ook onder een andere naam. Annotaties zijn niet verloren: ze staan in de database.</source>
        <translation>The file of the recording &lt;b&gt;{name}&lt;/b&gt; is no longer in the workspace (moved or deleted).

Locate the file; Kijkwijzer recognises it by its content (SHA-256), even under another name. No annotations are lost: they are in the database.</translation>
    </message>
    <message>
        <source>De opname &lt;b&gt;{name}&lt;/b&gt; kan niet worden afgespeeld: het bestand is beschadigd of het formaat wordt niet ondersteund.

Heeft u een goede kopie? Zoek die op; Kijkwijzer controleert of de inhoud dezelfde is. Annotaties zijn niet verloren: ze staan in de database.</source>
        <translation>The recording &lt;b&gt;{name}&lt;/b&gt; cannot be played: the file is damaged or its format is not supported.

Do you have a good copy? Locate it; Kijkwijzer checks that the content is the same. No annotations are lost: they are in the database.</translation>
    </message>
    <message>
        <source>Opname zoeken</source>
        <translation>Locate recording</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Afspelen</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;Coderen</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Kies links een opname om te bekijken.</source>
        <translation>Choose a recording on the left to review.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Het bestand van deze opname ontbreekt.</source>
        <translation>The file of this recording is missing.</translation>
    </message>
    <message>
        <source>Deze opname kan niet worden afgespeeld.</source>
        <translation>This recording cannot be played.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>onderzoeker</source>
        <translation>researcher</translation>
    </message>
    <message>
        <source>collega</source>
        <translation>colleague</translation>
    </message>
    <message>
        <source>cliëntonderzoeker</source>
        <translation>client researcher</translation>
    </message>
    <message>
        <source>leergroep</source>
        <translation>learning group</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Afspeelsnelheid: J langzamer, K normaal en pauze, L sneller</source>
        <translation>Playback rate: J slower, K normal and pause, L faster</translation>
    </message>
    <message>
        <source>Volume (Ctrl+Omhoog / Ctrl+Omlaag)</source>
        <translation>Volume (Ctrl+Up / Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>annotatie toevoegen</source>
        <translation>add annotation</translation>
    </message>
    <message>
        <source>annotatie verwijderen</source>
        <translation>delete annotation</translation>
    </message>
    <message>
        <source>annotatie wijzigen</source>
        <translation>change annotation</translation>
    </message>
</context>
<context>
    <name>WorkspaceBrowser</name>
    <message>
        <source>Nog niets in deze werkmap. Maak een demo met `kijkwijzer-cli demo create`.</source>
        <translation>Nothing in this workspace yet. Make a demo with `kijkwijzer-cli demo create`.</translation>
    </message>
    <message>
        <source>Gesprek {n} · {date}</source>
        <translation>Conversation {n} · {date}</translation>
    </message>
    <message>
        <source>Bestand ontbreekt</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter om te bekijken</source>
        <translation>Double-click or Enter to review</translation>
    </message>
</context>
</TS>

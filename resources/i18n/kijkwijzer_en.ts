<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <source>Concrete, haalbare stap</source>
        <translation>Concrete, feasible step</translation>
    </message>
    <message>
        <source>Wie/wat is nodig</source>
        <translation>Who/what is needed</translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
</context>
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
        <source>Fragment maken van markering of annotatie</source>
        <translation>Make a fragment of the marked span or annotation</translation>
    </message>
    <message>
        <source>Toetsen voor thema&apos;s instellen…</source>
        <translation>Configure theme keys…</translation>
    </message>
    <message>
        <source>Toestemming…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>SLIM-analyse</source>
        <translation>SLIM analysis</translation>
    </message>
    <message>
        <source>Hypothese en beleving</source>
        <translation>Hypothesis and experience</translation>
    </message>
    <message>
        <source>Cliëntinterview starten…</source>
        <translation>Start client interview…</translation>
    </message>
    <message>
        <source>Reflectiegesprek</source>
        <translation>Reflection conversation</translation>
    </message>
    <message>
        <source>Reeks van deze casus</source>
        <translation>Series of this case</translation>
    </message>
    <message>
        <source>Zelfevaluatie begrijpen, willen, kunnen…</source>
        <translation>Self-assessment understand, want, able…</translation>
    </message>
    <message>
        <source>Verbeterplan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Mijn voortgang</source>
        <translation>My progress</translation>
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
    <name>AssessmentWizard</name>
    <message>
        <source>Zelf-assessment begrijpen, willen en kunnen</source>
        <translation>Self-assessment: understanding, wanting and being able</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
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
    <name>BackgroundTask</name>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>ChecklistRow</name>
    <message>
        <source>Geprobeerd?</source>
        <translation>Tried?</translation>
    </message>
    <message>
        <source>Het fragment van deze opname dat het laat zien</source>
        <translation>The fragment of this recording that shows it</translation>
    </message>
    <message>
        <source>  (afgerond)</source>
        <translation>  (completed)</translation>
    </message>
    <message>
        <source>Kies eerst of het is geprobeerd</source>
        <translation>First choose whether it was tried</translation>
    </message>
    <message>
        <source>Leerpunt: wat neem je hieruit mee?</source>
        <translation>Learning point: what do you take from this?</translation>
    </message>
    <message>
        <source>Het leerpunt rondt het aandachtspunt af</source>
        <translation>The learning point closes the attention point</translation>
    </message>
    <message>
        <source>Kies eerst of het aandachtspunt is geprobeerd.</source>
        <translation>First choose whether the attention point was tried.</translation>
    </message>
    <message>
        <source>Een leeg leerpunt wordt niet bewaard; het vorige blijft staan.</source>
        <translation>An empty learning point is not stored; the previous one stays.</translation>
    </message>
    <message>
        <source>Wat gebeurde er?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>(geen fragment)</source>
        <translation>(no fragment)</translation>
    </message>
</context>
<context>
    <name>ClientInterviewWindow</name>
    <message>
        <source>Cliëntinterview</source>
        <translation>Client interview</translation>
    </message>
    <message>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Naar de vragen</source>
        <translation>To the questions</translation>
    </message>
    <message>
        <source>Dit cliëntinterview kan niet worden geopend.

{reason}</source>
        <translation>This client interview cannot be opened.

{reason}</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>We kijken samen naar {n} korte fragmenten uit jullie gesprek.
Na elk fragment vraag ik hoe jij het hebt beleefd.</source>
        <translation>Together we will watch {n} short fragments from your conversation.
After each fragment I will ask how you experienced it.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fragment {n} van {total}</source>
        <translation>Fragment {n} of {total}</translation>
    </message>
    <message>
        <source>Dit fragment kan niet worden afgespeeld.</source>
        <translation>This fragment cannot be played.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Lege velden worden niet bewaard; de eerdere reactie blijft staan.</source>
        <translation>Empty fields are not stored; the earlier reaction stays.</translation>
    </message>
    <message>
        <source>Dank je wel voor je tijd en je openheid.</source>
        <translation>Thank you for your time and your openness.</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Finish</translation>
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
    <name>ComparisonView</name>
    <message>
        <source>Fragment</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Wat de kijkers annoteerden</source>
        <translation>What the reviewers annotated</translation>
    </message>
    <message>
        <source>Wat de cliënt zei</source>
        <translation>What the client said</translation>
    </message>
    <message>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Komt overeen: {m} · verschilt: {d} · alleen de cliënt zag het: {c} · nog te beoordelen: {u}</source>
        <translation>Matches: {m} · differs: {d} · only the client saw it: {c} · still to assess: {u}</translation>
    </message>
    <message>
        <source>(niets geannoteerd)</source>
        <translation>(nothing annotated)</translation>
    </message>
    <message>
        <source>(nog geen reactie)</source>
        <translation>(no reaction yet)</translation>
    </message>
    <message>
        <source>— nog niet beoordeeld —</source>
        <translation>— not assessed yet —</translation>
    </message>
    <message>
        <source> (voorstel)</source>
        <translation> (suggestion)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming – gesprek van {day}</source>
        <translation>Consent – conversation of {day}</translation>
    </message>
    <message>
        <source>Opnemen</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Analyse door genoemde kijkers</source>
        <translation>Analysis by the named reviewers</translation>
    </message>
    <message>
        <source>Cliëntinterview met fragmenten</source>
        <translation>Client interview with fragments</translation>
    </message>
    <message>
        <source>Delen in een leergroep</source>
        <translation>Sharing in a learning group</translation>
    </message>
    <message>
        <source>Gebruik in lesmateriaal</source>
        <translation>Use in teaching material</translation>
    </message>
    <message>
        <source>Intrekken en wissen…</source>
        <translation>Withdraw and erase…</translation>
    </message>
    <message>
        <source>Vastgelegde toestemming</source>
        <translation>Recorded consent</translation>
    </message>
    <message>
        <source>Nieuwe toestemming vastleggen</source>
        <translation>Record new consent</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Genoemde kijkers</source>
        <translation>Named reviewers</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>ondertekend formulier (scan of foto), optioneel</source>
        <translation>signed form (scan or photo), optional</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>tijdcode in de opname, mm:ss</source>
        <translation>timecode in the recording, mm:ss</translation>
    </message>
    <message>
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>Wissen na</source>
        <translation>Erase after</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Toestemmingsformulier (PDF)…</source>
        <translation>Consent form (PDF)…</translation>
    </message>
    <message>
        <source>Cliëntfolder (PDF)…</source>
        <translation>Client leaflet (PDF)…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>bewaartermijn verstreken</source>
        <translation>retention period expired</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>{purpose} · gegeven {given} · wissen na {until} · {state}</source>
        <translation>{purpose} · given {given} · erase after {until} · {state}</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>opnamen</source>
        <translation>recordings</translation>
    </message>
    <message>
        <source>annotaties</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>fragmenten</source>
        <translation>fragments</translation>
    </message>
    <message>
        <source>reacties van de cliënt</source>
        <translation>client reactions</translation>
    </message>
    <message>
        <source>transcriptregels</source>
        <translation>transcript cues</translation>
    </message>
    <message>
        <source>feedbackscores</source>
        <translation>feedback scores</translation>
    </message>
    <message>
        <source>SLIM-analyses</source>
        <translation>SLIM analyses</translation>
    </message>
    <message>
        <source>reflectiegesprekken</source>
        <translation>reflection conversations</translation>
    </message>
    <message>
        <source>bestanden gewist</source>
        <translation>files erased</translation>
    </message>
    <message>
        <source>geen gegevens, alleen de toestemming zelf</source>
        <translation>no data, only the consent itself</translation>
    </message>
    <message>
        <source>De cliënt trekt de toestemming in. Dit wordt onherroepelijk gewist: {what}.

Doorgaan?</source>
        <translation>The client withdraws consent. This will be erased irreversibly: {what}.

Continue?</translation>
    </message>
    <message>
        <source>Ingetrokken. Gewist: {what}.</source>
        <translation>Withdrawn. Erased: {what}.</translation>
    </message>
    <message>
        <source>Ondertekend formulier</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Nu: {text}</source>
        <translation>Now: {text}</translation>
    </message>
</context>
<context>
    <name>ElanImportDialog</name>
    <message>
        <source>ELAN-bestand inlezen – {name}</source>
        <translation>Import ELAN file – {name}</translation>
    </message>
    <message>
        <source>Laag</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Kijker</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Waarden uit de woordenlijst</source>
        <translation>Values from the controlled vocabulary</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>In laag</source>
        <translation>In tier</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lagen</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden ingelezen.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message>
        <source>{name}: {tiers} lagen, {n} annotaties, gemaakt met Kijkwijzer. De kijkers staan in het bestand; kies alleen een andere kijker als die niet wordt herkend.</source>
        <translation>{name}: {tiers} tiers, {n} annotations, made with Kijkwijzer. The reviewers are stored in the file; choose another reviewer only if one is not recognised.</translation>
    </message>
    <message>
        <source>{name}: {tiers} lagen, {n} annotaties. Kies per laag van welke kijker de annotaties zijn; lagen op ‘niet importeren’ worden overgeslagen. Onderliggende lagen (↳) horen bij hun hoofdlaag: hun tekst en codes komen in dezelfde annotatie.</source>
        <translation>{name}: {tiers} tiers, {n} annotations. Choose for each tier which reviewer its annotations belong to; tiers left on ‘do not import’ are skipped. Child tiers (↳) belong to their parent tier: their text and codes go into the same annotation.</translation>
    </message>
    <message>
        <source>hoort bij {parent}</source>
        <translation>belongs to {parent}</translation>
    </message>
    <message>
        <source>automatisch (uit het bestand)</source>
        <translation>automatic (from the file)</translation>
    </message>
    <message>
        <source>niet importeren</source>
        <translation>do not import</translation>
    </message>
    <message>
        <source>— kies een thema —</source>
        <translation>— choose a theme —</translation>
    </message>
    <message>
        <source>Kies bij minstens één laag een kijker.</source>
        <translation>Choose a reviewer for at least one tier.</translation>
    </message>
    <message>
        <source>mee met ‘{tier}’</source>
        <translation>with ‘{tier}’</translation>
    </message>
    <message>
        <source>Er wordt nog niets ingelezen.</source>
        <translation>Nothing will be imported yet.</translation>
    </message>
    <message>
        <source>1 annotatie</source>
        <translation>1 annotation</translation>
    </message>
    <message>
        <source>{n} annotaties</source>
        <translation>{n} annotations</translation>
    </message>
    <message>
        <source>1 fragment</source>
        <translation>1 fragment</translation>
    </message>
    <message>
        <source>{n} fragmenten</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <source>1 reactie van de cliënt</source>
        <translation>1 client reaction</translation>
    </message>
    <message>
        <source>{n} reacties van de cliënt</source>
        <translation>{n} client reactions</translation>
    </message>
    <message>
        <source>Wordt ingelezen: {what}</source>
        <translation>Will be imported: {what}</translation>
    </message>
    <message>
        <source>Niet ingelezen: {tiers}</source>
        <translation>Not imported: {tiers}</translation>
    </message>
    <message>
        <source>Niet ingelezen</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>1 annotatie ingelezen</source>
        <translation>1 annotation imported</translation>
    </message>
    <message>
        <source>{n} annotaties ingelezen</source>
        <translation>{n} annotations imported</translation>
    </message>
    <message>
        <source>{n} al aanwezig (overgeslagen)</source>
        <translation>{n} already present (skipped)</translation>
    </message>
    <message>
        <source>{f} fragmenten, {r} reacties</source>
        <translation>{f} fragments, {r} reactions</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message numerus="yes">
        <source>Uit je eigen gesprekken (%n moment(en))</source>
        <translation>
            <numerusform>From your own conversations (%n moment)</numerusform>
            <numerusform>From your own conversations (%n moments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nog geen annotaties met deze pijler. Tag een moment in de review met deze pijler om het hier terug te zien.</source>
        <translation>No annotations with this pillar yet. Tag a moment with this pillar in the review to see it here.</translation>
    </message>
    <message>
        <source>Dubbelklik om dit moment af te spelen; vink aan om het als bewijs in je plan op te nemen.</source>
        <translation>Double-click to play this moment; tick it to include it as evidence in your plan.</translation>
    </message>
    <message>
        <source>Vink aan wat je als bewijs in je plan wilt opnemen.</source>
        <translation>Tick what you want to include as evidence in your plan.</translation>
    </message>
    <message>
        <source>▶ Speel geselecteerd moment af</source>
        <translation>▶ Play the selected moment</translation>
    </message>
</context>
<context>
    <name>EvidencePlayer</name>
    <message>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
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
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Annotaties als spreadsheet (CSV)…</source>
        <translation>Annotations as a spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>Annotaties als ondertitels (SRT)…</source>
        <translation>Annotations as subtitles (SRT)…</translation>
    </message>
    <message>
        <source>ELAN-bestand (.eaf)…</source>
        <translation>ELAN file (.eaf)…</translation>
    </message>
    <message>
        <source>Reflectieverslag (PDF)…</source>
        <translation>Reflection report (PDF)…</translation>
    </message>
    <message>
        <source>Casusverhaal (Markdown en PDF)…</source>
        <translation>Case story (Markdown and PDF)…</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Transcript (SRT of WebVTT)…</source>
        <translation>Transcript (SRT or WebVTT)…</translation>
    </message>
    <message>
        <source>Back-up maken…</source>
        <translation>Make backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten in een nieuwe werkmap…</source>
        <translation>Restore backup into a new workspace…</translation>
    </message>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Geschreven: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <source>Geschreven: {path} ({n} items)</source>
        <translation>Written: {path} ({n} items)</translation>
    </message>
    <message>
        <source>Ingelezen: {added} nieuw, {skipped} al aanwezig</source>
        <translation>Imported: {added} new, {skipped} already present</translation>
    </message>
    <message>
        <source>Back-up {path}: {rows} rijen, {files} bestanden</source>
        <translation>Backup {path}: {rows} rows, {files} files</translation>
    </message>
    <message>
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Geschreven: {path}
({n} items)</source>
        <translation>Written: {path}
({n} items)</translation>
    </message>
    <message>
        <source>Export klaar</source>
        <translation>Export done</translation>
    </message>
    <message>
        <source>Export niet gelukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Annotaties exporteren als spreadsheet</source>
        <translation>Export annotations as a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Annotaties exporteren als ondertitels</source>
        <translation>Export annotations as subtitles</translation>
    </message>
    <message>
        <source>Ondertitels (*.srt)</source>
        <translation>Subtitles (*.srt)</translation>
    </message>
    <message>
        <source>Exporteren naar ELAN</source>
        <translation>Export to ELAN</translation>
    </message>
    <message>
        <source>ELAN (*.eaf)</source>
        <translation>ELAN (*.eaf)</translation>
    </message>
    <message>
        <source>ELAN-bestand inlezen</source>
        <translation>Import ELAN file</translation>
    </message>
    <message>
        <source>ELAN (*.eaf);;Alle bestanden (*)</source>
        <translation>ELAN (*.eaf);;All files (*)</translation>
    </message>
    <message>
        <source>ELAN-bestand ingelezen</source>
        <translation>ELAN file imported</translation>
    </message>
    <message>
        <source>Reflectieverslag opslaan</source>
        <translation>Save reflection report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reflectieverslag maken: {name}…</source>
        <translation>Making the reflection report: {name}…</translation>
    </message>
    <message>
        <source>Verslag niet gemaakt</source>
        <translation>Report not made</translation>
    </message>
    <message>
        <source>Casusverhaal opslaan</source>
        <translation>Save case story</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Casusverhaal klaar</source>
        <translation>Case story done</translation>
    </message>
    <message>
        <source>Geschreven:
{files}</source>
        <translation>Written:
{files}</translation>
    </message>
    <message>
        <source>Casusverhaal maken…</source>
        <translation>Making the case story…</translation>
    </message>
    <message>
        <source>Casusverhaal niet gemaakt</source>
        <translation>Case story not made</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Ook de opnamen zelf in de back-up? Dat wordt een groot bestand; zonder opnamen bevat het alle gegevens, stills en toestemmingsformulieren.

De back-up is niet versleuteld: bewaar hem alleen waar de opnamen zelf ook mogen staan.</source>
        <translation>Include the recordings themselves in the backup? That makes a large file; without recordings it holds all data, stills and consent forms.

The backup is not encrypted: keep it only where the recordings themselves may be kept.</translation>
    </message>
    <message>
        <source>Back-up (*.zip)</source>
        <translation>Backup (*.zip)</translation>
    </message>
    <message>
        <source>Back-up geschreven: {path}
{rows} rijen, {files} bestanden</source>
        <translation>Backup written: {path}
{rows} rows, {files} files</translation>
    </message>
    <message>
        <source>Back-up klaar</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <source>Back-up maken…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Back-up niet gemaakt</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Lege map voor de teruggezette werkmap</source>
        <translation>Empty folder for the restored workspace</translation>
    </message>
    <message>
        <source>Teruggezet in {folder}
{rows} rijen, {files} bestanden</source>
        <translation>Restored into {folder}
{rows} rows, {files} files</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Back-up niet teruggezet</source>
        <translation>Backup not restored</translation>
    </message>
    <message>
        <source>Onverwachte fout: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FollowupChecklist</name>
    <message>
        <source>Open een opname om de aandachtspunten van eerdere gesprekken te zien.</source>
        <translation>Open a recording to see the attention points of earlier conversations.</translation>
    </message>
    <message>
        <source>Aandachtspunten uit eerdere gesprekken: {n}</source>
        <translation>Attention points from earlier conversations: {n}</translation>
    </message>
    <message>
        <source>Geen open aandachtspunten uit eerdere gesprekken.</source>
        <translation>No open attention points from earlier conversations.</translation>
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
        <source>Fragmenten</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Attention points</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
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
        <source>Opname {id} is gewist.</source>
        <translation>Recording {id} has been erased.</translation>
    </message>
    <message numerus="yes">
        <source>%n actie(s) uit je verbeterplan zijn aan de beurt.</source>
        <translation>
            <numerusform>%n action from your improvement plan is due.</numerusform>
            <numerusform>%n actions from your improvement plan are due.</numerusform>
        </translation>
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
        <source>&amp;Gesprek</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Ontwikkeling</source>
        <translation>&amp;Development</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
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
    <name>Panels</name>
    <message>
        <source>Kies eerst een gesprek in de werkmap.</source>
        <translation>Choose a conversation in the workspace first.</translation>
    </message>
    <message>
        <source>Dit is alleen voor de professional zelf: kies bij ‘Ik annoteer als’ de professional.</source>
        <translation>This is for the professional only: choose the professional under ‘I annotate as’.</translation>
    </message>
    <message>
        <source>gesprek {n}</source>
        <translation>conversation {n}</translation>
    </message>
    <message>
        <source>SLIM – {conversation}</source>
        <translation>SLIM – {conversation}</translation>
    </message>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Hypothese en beleving – {name}</source>
        <translation>Hypothesis and experience – {name}</translation>
    </message>
    <message>
        <source>Reflectiegesprek – {conversation}</source>
        <translation>Reflection conversation – {conversation}</translation>
    </message>
    <message>
        <source>Reflectiegesprek</source>
        <translation>Reflection conversation</translation>
    </message>
    <message>
        <source>Voor dit gesprek is nog geen reflectiegesprek. Nu een beginnen, met de fragmenten van de afspeellijst voor het reflectiegesprek als agenda?</source>
        <translation>There is no reflection conversation for this conversation yet. Start one now, with the fragments of the reflection playlist as the agenda?</translation>
    </message>
    <message>
        <source>Reeks – {case}</source>
        <translation>Series – {case}</translation>
    </message>
    <message>
        <source>Kies bij Fragmenten een afspeellijst voor het cliëntinterview.</source>
        <translation>Under Fragments, choose a playlist for the client interview.</translation>
    </message>
    <message>
        <source>Verbeterplan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Mijn voortgang</source>
        <translation>My progress</translation>
    </message>
    <message>
        <source>Dit bewijs heeft geen plek in een opname.</source>
        <translation>This evidence has no place in a recording.</translation>
    </message>
    <message>
        <source>Markeer eerst een stuk (I en O) of kies een annotatie.</source>
        <translation>First mark a span (I and O) or choose an annotation.</translation>
    </message>
    <message>
        <source>Fragment gemaakt: {span}</source>
        <translation>Fragment made: {span}</translation>
    </message>
</context>
<context>
    <name>PillarBox</name>
    <message numerus="yes">
        <source>Je hebt hier %n keer ‘(helemaal) oneens’ aangekruist: hier zit ruimte voor verbetering.</source>
        <translation>
            <numerusform>You ticked ‘(strongly) disagree’ %n time here: there is room for improvement.</numerusform>
            <numerusform>You ticked ‘(strongly) disagree’ %n times here: there is room for improvement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bij deze pijler heb je geen ‘(helemaal) oneens’ aangekruist.</source>
        <translation>You did not tick ‘(strongly) disagree’ for this pillar.</translation>
    </message>
    <message>
        <source>Aan deze pijler wil ik werken</source>
        <translation>I want to work on this pillar</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Alleen wat nu aan de beurt is</source>
        <translation>Only what is due now</translation>
    </message>
    <message>
        <source>Verbeterpunt / stap</source>
        <translation>Point of improvement / step</translation>
    </message>
    <message>
        <source>Wie/wat</source>
        <translation>Who/what</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>fragment</source>
        <translation>fragment</translation>
    </message>
    <message>
        <source>annotatie</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>aandachtspunt</source>
        <translation>attention point</translation>
    </message>
    <message>
        <source>feedbackscore</source>
        <translation>feedback score</translation>
    </message>
    <message>
        <source>pijler {title}</source>
        <translation>pillar {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n actie(s) aan de beurt.</source>
        <translation>
            <numerusform>%n action due.</numerusform>
            <numerusform>%n actions due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(nen).</source>
        <translation>
            <numerusform>%n plan.</numerusform>
            <numerusform>%n plans.</numerusform>
        </translation>
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
    <name>PlaylistPanel</name>
    <message>
        <source>In lijst ↓</source>
        <translation>Into list ↓</translation>
    </message>
    <message>
        <source>Uit lijst</source>
        <translation>Out of list</translation>
    </message>
    <message>
        <source>Nieuwe lijst cliëntinterview</source>
        <translation>New client interview list</translation>
    </message>
    <message>
        <source>Nieuwe lijst reflectie</source>
        <translation>New reflection list</translation>
    </message>
    <message>
        <source>Fragment verwijderen</source>
        <translation>Delete fragment</translation>
    </message>
    <message>
        <source>▶ Afspelen</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <source>Cliëntinterview starten</source>
        <translation>Start client interview</translation>
    </message>
    <message>
        <source>Fragmenten van deze opname</source>
        <translation>Fragments of this recording</translation>
    </message>
    <message>
        <source>Fragment van deze opname verwijderen ({key})</source>
        <translation>Delete a fragment of this recording ({key})</translation>
    </message>
    <message>
        <source>Enter speelt het fragment; {key} verwijdert het</source>
        <translation>Enter plays the fragment; {key} deletes it</translation>
    </message>
    <message>
        <source>Afspeellijst</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Slepen of Alt+↑/Alt+↓ verandert de volgorde</source>
        <translation>Drag or Alt+↑/Alt+↓ to change the order</translation>
    </message>
    <message>
        <source>Fragment {fragment} verwijderen?

Het verdwijnt uit elke afspeellijst en reflectieagenda, en een reactie van de cliënt op dit fragment gaat ook weg. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Delete fragment {fragment}?

It leaves every playlist and reflection agenda, and a client reaction to this fragment goes too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Fragment verwijderd: {fragment}</source>
        <translation>Fragment deleted: {fragment}</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>gedaan ({done} van {total})</source>
        <translation>done ({done} of {total})</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Alleen voor jou zichtbaar: je eigen lijn, niet vergeleken met anderen.</source>
        <translation>Visible only to you: your own line, not compared with others.</translation>
    </message>
    <message>
        <source>Casus:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Thema’s per gesprek</source>
        <translation>Themes per conversation</translation>
    </message>
    <message>
        <source>Nog geen annotaties met thema’s in deze casus.</source>
        <translation>No annotations with themes in this case yet.</translation>
    </message>
    <message>
        <source>Feedback van de cliënt</source>
        <translation>Feedback from the client</translation>
    </message>
    <message>
        <source>Nog geen gesprekken om te laten zien.</source>
        <translation>No conversations to show yet.</translation>
    </message>
    <message>
        <source>SLIM-oordelen langs de casus</source>
        <translation>SLIM verdicts along the case</translation>
    </message>
    <message>
        <source>Acties uit je plan gedaan</source>
        <translation>Actions from your plan done</translation>
    </message>
    <message>
        <source>Zelf-assessments: %1</source>
        <translation>Self-assessments: %1</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Kijker</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source> (voorgesteld)</source>
        <translation> (suggested)</translation>
    </message>
</context>
<context>
    <name>ReactionForm</name>
    <message>
        <source>In je eigen woorden: wat gebeurt er hier?</source>
        <translation>In your own words: what is happening here?</translation>
    </message>
    <message>
        <source>Hoe voelde dit moment?</source>
        <translation>How did this moment feel?</translation>
    </message>
    <message>
        <source>Wil je nog iets toevoegen?</source>
        <translation>Is there anything you would like to add?</translation>
    </message>
    <message>
        <source>Fragment nog eens bekijken</source>
        <translation>Watch the fragment again</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Fragment {n} van {total}: hoe was dit voor jou?</source>
        <translation>Fragment {n} of {total}: how was this for you?</translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>Wat is er over dit fragment gezegd?</source>
        <translation>What was said about this fragment?</translation>
    </message>
    <message>
        <source>Tips van de meekijkers</source>
        <translation>Tips from the outside eyes</translation>
    </message>
    <message>
        <source>Reflectievragen</source>
        <translation>Reflection questions</translation>
    </message>
    <message>
        <source>Wat de kijkers zagen</source>
        <translation>What the reviewers saw</translation>
    </message>
    <message>
        <source>Wat de cliënt zei</source>
        <translation>What the client said</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Wat wil je de volgende keer proberen?</source>
        <translation>What do you want to try next time?</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>koppel aan dit fragment</source>
        <translation>link to this fragment</translation>
    </message>
    <message>
        <source>Aandachtspunt toevoegen</source>
        <translation>Add attention point</translation>
    </message>
    <message>
        <source>Wat over het hele gesprek gezegd of afgesproken is</source>
        <translation>What was said or agreed about the whole conversation</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Attention points</translation>
    </message>
    <message>
        <source>Notities bij dit gesprek</source>
        <translation>Notes on this conversation</translation>
    </message>
    <message>
        <source>Alt+↑/Alt+↓ verandert de volgorde; Enter speelt het fragment</source>
        <translation>Alt+↑/Alt+↓ changes the order; Enter plays the fragment</translation>
    </message>
    <message>
        <source>Reflectiegesprek van {date}: {n} fragmenten op de agenda</source>
        <translation>Reflection conversation of {date}: {n} fragments on the agenda</translation>
    </message>
    <message>
        <source>Geen thema&apos;s geannoteerd in dit fragment.</source>
        <translation>No themes annotated in this fragment.</translation>
    </message>
    <message>
        <source>(niets geannoteerd)</source>
        <translation>(nothing annotated)</translation>
    </message>
    <message>
        <source>(geen reactie van de cliënt)</source>
        <translation>(no reaction from the client)</translation>
    </message>
</context>
<context>
    <name>RetentionPrompt</name>
    <message>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Van deze opnamen is de bewaartermijn verstreken. De cliënt is beloofd dat ze dan gewist worden, met alles wat ervan is gemaakt (annotaties, fragmenten, reacties).</source>
        <translation>The retention period of these recordings has expired. The client was promised that they would then be erased, with everything made from them (annotations, fragments, reactions).</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation>Conversation of</translation>
    </message>
    <message>
        <source>Wissen na</source>
        <translation>Erase after</translation>
    </message>
    <message>
        <source>Dagen over tijd</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Nu wissen</source>
        <translation>Erase now</translation>
    </message>
    <message>
        <source>Later (bij de volgende start)</source>
        <translation>Later (at the next start)</translation>
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
    <message>
        <source>Deze opname is gewist.</source>
        <translation>This recording has been erased.</translation>
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
    <name>ScoreChart</name>
    <message>
        <source>Nog geen gesprekken</source>
        <translation>No conversations yet</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <source>Tot slot twee vragen over jullie gesprekken</source>
        <translation>Finally, two questions about your conversations</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Kies bij minstens één vraag een score, of kies Overslaan.</source>
        <translation>Choose a score for at least one question, or choose Skip.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>De woorden van de cliënt</source>
        <translation>The client&apos;s words</translation>
    </message>
    <message>
        <source>Kies eerst een score; dan de woorden van de cliënt</source>
        <translation>Choose a score first; then the client&apos;s words</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Aandachtspunt</source>
        <translation>Attention point</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Casus {title} ({client}): {n} gesprekken</source>
        <translation>Case {title} ({client}): {n} conversations</translation>
    </message>
    <message>
        <source>Gesprek {n}
{date}</source>
        <translation>Conversation {n}
{date}</translation>
    </message>
    <message>
        <source>positieve lijn</source>
        <translation>rising line</translation>
    </message>
    <message>
        <source>dalende lijn</source>
        <translation>falling line</translation>
    </message>
    <message>
        <source>gelijk gebleven</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>nog te weinig metingen</source>
        <translation>too few measurements yet</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Doel van het gesprek</source>
        <translation>Goal of the conversation</translation>
    </message>
    <message>
        <source>Geannoteerde thema&apos;s</source>
        <translation>Annotated themes</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Attention points</translation>
    </message>
    <message>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>{n} opgevolgd ({tried} geprobeerd)</source>
        <translation>{n} followed up ({tried} tried)</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Gesprek {n}: {text}</source>
        <translation>Conversation {n}: {text}</translation>
    </message>
    <message>
        <source>Gesprek {n}: {tried}{effect}</source>
        <translation>Conversation {n}: {tried}{effect}</translation>
    </message>
    <message>
        <source>Leerpunt: {text}</source>
        <translation>Learning point: {text}</translation>
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
    <name>SlimCompare</name>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Zelfbeeld</source>
        <translation>Self-image</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Logica</source>
        <translation>Logic</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Oordeel kijker</source>
        <translation>Reviewer&apos;s verdict</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>heel gesprek</source>
        <translation>whole conversation</translation>
    </message>
    <message>
        <source>nog niet bevestigd</source>
        <translation>not confirmed yet</translation>
    </message>
    <message>
        <source> (afwijkend)</source>
        <translation> (overridden)</translation>
    </message>
</context>
<context>
    <name>SlimEditor</name>
    <message>
        <source>Analyse in eigen woorden (zoals in de casusanalyses)</source>
        <translation>Analysis in your own words (as in the case analyses)</translation>
    </message>
    <message>
        <source>Fase, bijv. ‘eerste deel’ (leeg: heel gesprek)</source>
        <translation>Phase, e.g. ‘first part’ (empty: whole conversation)</translation>
    </message>
    <message>
        <source>van mm:ss</source>
        <translation>from mm:ss</translation>
    </message>
    <message>
        <source>tot mm:ss</source>
        <translation>to mm:ss</translation>
    </message>
    <message>
        <source>Zelfbeeld, rol en logica (items op één rij passen bij elkaar)</source>
        <translation>Self-image, role and logic (items on one row fit together)</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Further</translation>
    </message>
    <message>
        <source>Voorgesteld oordeel: %1</source>
        <translation>Suggested verdict: %1</translation>
    </message>
</context>
<context>
    <name>SlimPanel</name>
    <message>
        <source>Voorgesteld oordeel bevestigen</source>
        <translation>Confirm suggested verdict</translation>
    </message>
    <message>
        <source>Waarom wijk je af? (verplicht bij afwijken)</source>
        <translation>Why do you differ? (required when overriding)</translation>
    </message>
    <message>
        <source>Afwijkend oordeel vastleggen</source>
        <translation>Record a different verdict</translation>
    </message>
    <message>
        <source>Mijn analyse:</source>
        <translation>My analysis:</translation>
    </message>
    <message>
        <source>Nieuwe analyse</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <source>Nieuwe analyse: vul eventueel eerst fase en tijden in. Je eerste keuze legt de analyse vast; daarna bevestig je het oordeel of wijk je af.</source>
        <translation>New analysis: fill in a phase and times first if you want. Your first choice records the analysis; then you confirm the verdict or differ from it.</translation>
    </message>
    <message>
        <source>Wordt vastgelegd bij je eerste keuze.</source>
        <translation>Recorded with your first choice.</translation>
    </message>
    <message>
        <source>Nog niet bevestigd.</source>
        <translation>Not confirmed yet.</translation>
    </message>
    <message>
        <source>Bevestigd: %1</source>
        <translation>Confirmed: %1</translation>
    </message>
    <message>
        <source> (afwijkend: %1)</source>
        <translation> (overridden: %1)</translation>
    </message>
</context>
<context>
    <name>Step1Page</name>
    <message>
        <source>Stap 1: %1</source>
        <translation>Step 1: %1</translation>
    </message>
    <message>
        <source>Dit assessment bestaat uit vier stappen:</source>
        <translation>This assessment has four steps:</translation>
    </message>
    <message>
        <source>▶  Bekijk de animatie (opent in je browser)</source>
        <translation>▶  Watch the animation (opens in your browser)</translation>
    </message>
</context>
<context>
    <name>Step2Page</name>
    <message>
        <source>Stap 2: %1</source>
        <translation>Step 2: %1</translation>
    </message>
    <message>
        <source>Kies bij elke stelling wat voor jou van toepassing is. ‘(Helemaal) oneens’ wijst op ruimte voor verbetering, niet op iets slechts.</source>
        <translation>For each statement, choose what applies to you. ‘(Strongly) disagree’ points to room for improvement, not to something bad.</translation>
    </message>
    <message>
        <source>Stellingen bij pijler %1: %2</source>
        <translation>Statements for pillar %1: %2</translation>
    </message>
</context>
<context>
    <name>Step3Page</name>
    <message>
        <source>Stap 3: %1</source>
        <translation>Step 3: %1</translation>
    </message>
</context>
<context>
    <name>Step4Page</name>
    <message>
        <source>Stap 4: %1</source>
        <translation>Step 4: %1</translation>
    </message>
    <message>
        <source>Pijler:</source>
        <translation>Pillar:</translation>
    </message>
    <message>
        <source>+ Stap toevoegen</source>
        <translation>+ Add step</translation>
    </message>
    <message numerus="yes">
        <source>%n aangevinkt(e) moment(en) uit stap 3 worden als bewijs aan elke stap gekoppeld.</source>
        <translation>
            <numerusform>%n ticked moment from step 3 is linked to every step as evidence.</numerusform>
            <numerusform>%n ticked moments from step 3 are linked to every step as evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Zoeken in transcript… (Ctrl+F)</source>
        <translation>Search the transcript… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoekt in tekst en spreker. Enter: naar de eerste treffer; Esc: wissen</source>
        <translation>Searches text and speaker. Enter: go to the first match; Esc: clear</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: de speler gaat naar dit moment</source>
        <translation>Enter or double-click: the player goes to this moment</translation>
    </message>
    <message>
        <source>Meescrollen</source>
        <translation>Follow playback</translation>
    </message>
    <message>
        <source>Houd de regel die nu klinkt in beeld tijdens het afspelen</source>
        <translation>Keep the line being spoken in view during playback</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Een transcript inlezen (SRT of WebVTT)</source>
        <translation>Import a transcript (SRT or WebVTT)</translation>
    </message>
    <message>
        <source>Open een opname om het transcript te zien.</source>
        <translation>Open a recording to see its transcript.</translation>
    </message>
    <message>
        <source>Deze opname heeft nog geen transcript.
Lees een SRT- of WebVTT-bestand in met ‘Importeren…’.</source>
        <translation>This recording has no transcript yet.
Import an SRT or WebVTT file with ‘Import…’.</translation>
    </message>
    <message>
        <source>{shown} van {total} regels</source>
        <translation>{shown} of {total} cues</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 cue</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} cues</translation>
    </message>
    <message>
        <source>1 regel ingelezen uit {name}</source>
        <translation>1 cue imported from {name}</translation>
    </message>
    <message>
        <source>{n} regels ingelezen uit {name}</source>
        <translation>{n} cues imported from {name}</translation>
    </message>
    <message>
        <source>Transcript inlezen</source>
        <translation>Import transcript</translation>
    </message>
    <message>
        <source>Transcript (*.srt *.vtt);;Alle bestanden (*)</source>
        <translation>Transcript (*.srt *.vtt);;All files (*)</translation>
    </message>
    <message>
        <source>Transcript vervangen?</source>
        <translation>Replace transcript?</translation>
    </message>
    <message>
        <source>Deze opname heeft al een transcript ({n} regels). Vervangen door {name}?</source>
        <translation>This recording already has a transcript ({n} cues). Replace it with {name}?</translation>
    </message>
    <message>
        <source>Niet ingelezen.</source>
        <translation>Not imported.</translation>
    </message>
    <message>
        <source>Transcript niet ingelezen</source>
        <translation>Transcript not imported</translation>
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
        <source>Toestemming…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>SLIM-analyse</source>
        <translation>SLIM analysis</translation>
    </message>
    <message>
        <source>Reflectiegesprek</source>
        <translation>Reflection conversation</translation>
    </message>
    <message>
        <source>Reeks van deze casus</source>
        <translation>Series of this case</translation>
    </message>
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
    <message>
        <source>Opname openen</source>
        <translation>Open recording</translation>
    </message>
</context>
</TS>

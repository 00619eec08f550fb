<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AandachtspuntDialog</name>
    <message>
        <source>Aandachtspunt maken van feedback</source>
        <translation>Make an attention point from feedback</translation>
    </message>
    <message>
        <source>{kind} van {name}: {text}</source>
        <translation>{kind} from {name}: {text}</translation>
    </message>
    <message>
        <source>Reflectiegesprek van {day}</source>
        <translation>Reflection conversation of {day}</translation>
    </message>
    <message>
        <source>Nieuw reflectiegesprek van vandaag</source>
        <translation>New reflection conversation of today</translation>
    </message>
    <message>
        <source>&amp;Reflectiegesprek:</source>
        <translation>&amp;Reflection conversation:</translation>
    </message>
    <message>
        <source>&amp;Wat probeer je de volgende keer?</source>
        <translation>&amp;What will you try next time?</translation>
    </message>
    <message>
        <source>Thema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>&amp;Maken</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
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
        <source>Teamdatabase openen…</source>
        <translation>Open team database…</translation>
    </message>
    <message>
        <source>Opname importeren…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <source>Werkmap verversen</source>
        <translation>Refresh workspace</translation>
    </message>
    <message>
        <source>Casusboek van 004 laden (13 verhalen uit de spreekkamer)…</source>
        <translation>Load the casebook of 004 (13 stories from the consulting room)…</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Team en leergroepen…</source>
        <translation>Team and learning groups…</translation>
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
        <source>Zoeken in alle opnamen…</source>
        <translation>Search all recordings…</translation>
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
        <source>Nieuwe casus…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Nieuw gesprek…</source>
        <translation>New conversation…</translation>
    </message>
    <message>
        <source>Casus bewerken…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>Gebeurtenissen en uitkomst…</source>
        <translation>Events and outcome…</translation>
    </message>
    <message>
        <source>Cliënt bewerken…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <source>Gesprek bewerken…</source>
        <translation>Edit conversation…</translation>
    </message>
    <message>
        <source>Personen…</source>
        <translation>People…</translation>
    </message>
    <message>
        <source>Cliënt wissen…</source>
        <translation>Erase client…</translation>
    </message>
    <message>
        <source>Waar sta ik in deze casus?</source>
        <translation>Where am I in this case?</translation>
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
        <source>Gespreksverloop</source>
        <translation>Conversation flow</translation>
    </message>
    <message>
        <source>Overeenstemming tussen kijkers…</source>
        <translation>Agreement between reviewers…</translation>
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
        <source>Feedback van de leergroep</source>
        <translation>Feedback from the learning group</translation>
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
        <source>Leerlab</source>
        <translation>Learning lab</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Uitleg bij de thema&apos;s</source>
        <translation>About the themes</translation>
    </message>
    <message>
        <source>Over Kijkwijzer</source>
        <translation>About Kijkwijzer</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Teamlid toevoegen</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>Iedereen in het team meldt zich aan met een eigen login. Wat iemand ziet, volgt uit de rol en uit de toestemming van de cliënt.</source>
        <translation>Everyone in the team signs in with their own login. What someone sees follows from their role and from the client&apos;s consent.</translation>
    </message>
    <message>
        <source>iemand nieuws</source>
        <translation>someone new</translation>
    </message>
    <message>
        <source>Bestaande &amp;kijker:</source>
        <translation>Existing re&amp;viewer:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <source>bijv. anna_de_vries</source>
        <translation>e.g. anna_de_vries</translation>
    </message>
    <message>
        <source>Kleine letters, cijfers en _, begint met een letter.</source>
        <translation>Lower-case letters, digits and _, starting with a letter.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>N&amp;og een keer:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>Minstens {n} tekens.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>met een wachtwoor&amp;d</source>
        <translation>with a passwor&amp;d</translation>
    </message>
    <message>
        <source>met een &amp;certificaat (geen wachtwoord)</source>
        <translation>with a cer&amp;tificate (no password)</translation>
    </message>
    <message>
        <source>Deze persoon meldt zich aan met een clientcertificaat; de databaseserver moet daarvoor zijn ingericht.</source>
        <translation>This person signs in with a client certificate; the database server has to be set up for that.</translation>
    </message>
    <message>
        <source>Aanmelden:</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Open eerst een opname (of kies een gesprek in de werkmap) om de overeenstemming tussen kijkers te zien.</source>
        <translation>Open a recording first (or choose a conversation in the workspace) to see the agreement between reviewers.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Overeenstemming tussen kijkers</source>
        <translation>Agreement between reviewers</translation>
    </message>
    <message>
        <source>Een moment telt als gezien door beiden wanneer de ander hetzelfde thema binnen zoveel seconden ervoor of erna markeerde.</source>
        <translation>A moment counts as seen by both when the other marked the same theme within this many seconds before or after it.</translation>
    </message>
    <message>
        <source>&amp;Tolerantie:</source>
        <translation>&amp;Tolerance:</translation>
    </message>
    <message>
        <source>&amp;Exporteren (CSV/XLSX)…</source>
        <translation>&amp;Export (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>&amp;1 Per thema</source>
        <translation>&amp;1 Per theme</translation>
    </message>
    <message>
        <source>&amp;2 Samen gevonden annotaties</source>
        <translation>&amp;2 Annotations found by both</translation>
    </message>
    <message>
        <source>&amp;3 Waar ze het meest verschillen</source>
        <translation>&amp;3 Where they differ most</translation>
    </message>
    <message>
        <source>κ: Cohens kappa per paar kijkers op eenheden van 1 seconde (Landis &amp; Koch: tot 0,20 gering, tot 0,40 redelijk, tot 0,60 matig, tot 0,80 goed, daarboven zeer goed). α: Krippendorffs alfa over alle kijkers (vanaf 0,800 betrouwbaar, vanaf 0,667 voorlopig). Samen gevonden: annotaties met een tegenhanger van de ander binnen de tolerantie.</source>
        <translation>κ: Cohen&apos;s kappa per pair of reviewers on units of 1 second (Landis &amp; Koch: up to 0.20 slight, up to 0.40 fair, up to 0.60 moderate, up to 0.80 substantial, above that almost perfect). α: Krippendorff&apos;s alpha over all reviewers (from 0.800 reliable, from 0.667 tentative). Found by both: annotations with a counterpart by the other within the tolerance.</translation>
    </message>
    <message>
        <source>Overeenstemming tussen kijkers – {name}</source>
        <translation>Agreement between reviewers – {name}</translation>
    </message>
    <message>
        <source>Kijkers van deze opname: {names}</source>
        <translation>Reviewers of this recording: {names}</translation>
    </message>
    <message>
        <source>Overeenstemming exporteren</source>
        <translation>Export agreement</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx);;CSV, puntkomma&apos;s (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Geschreven: {path} ({n} cijfers)</source>
        <translation>Written: {path} ({n} figures)</translation>
    </message>
</context>
<context>
    <name>AgreementTables</name>
    <message>
        <source>Niet te berekenen: beiden zeggen overal hetzelfde.</source>
        <translation>Cannot be computed: both say the same everywhere.</translation>
    </message>
    <message>
        <source>alleen {name}</source>
        <translation>only {name}</translation>
    </message>
    <message>
        <source>Niet te berekenen: overal dezelfde waarde.</source>
        <translation>Cannot be computed: the same value everywhere.</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>κ {a} × {b}</source>
        <translation>κ {a} × {b}</translation>
    </message>
    <message>
        <source>α alle kijkers</source>
        <translation>α all reviewers</translation>
    </message>
    <message>
        <source>{a}: {na} eenheden, {b}: {nb} eenheden, samen (met tolerantie): {both}; van {all} eenheden van {unit} s</source>
        <translation>{a}: {na} units, {b}: {nb} units, together (with tolerance): {both}; of {all} units of {unit} s</translation>
    </message>
    <message>
        <source>Kijkers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Samen gevonden</source>
        <translation>Found by both</translation>
    </message>
    <message>
        <source>Overlap in tijd</source>
        <translation>Overlap in time</translation>
    </message>
    <message>
        <source>Verschuiving</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>1 paar ({share})</source>
        <translation>1 pair ({share})</translation>
    </message>
    <message>
        <source>{n} paren ({share})</source>
        <translation>{n} pairs ({share})</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: daarheen in de opname</source>
        <translation>Double-click or Enter: go there in the recording</translation>
    </message>
    <message>
        <source>Seconden waarin ze verschillen, opgeteld over de thema&apos;s</source>
        <translation>Seconds in which they differ, added up over the themes</translation>
    </message>
</context>
<context>
    <name>Annotate</name>
    <message>
        <source>still toevoegen</source>
        <translation>add still</translation>
    </message>
    <message>
        <source>Still bewaard bij {annotation}.</source>
        <translation>Still saved with {annotation}.</translation>
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
        <source>Het beeld van het begin van deze annotatie bewaren (Ctrl+Shift+S)</source>
        <translation>Save the picture at the start of this annotation (Ctrl+Shift+S)</translation>
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
        <source>{shown} van 1 annotatie</source>
        <translation>{shown} of 1 annotation</translation>
    </message>
    <message>
        <source>{shown} van {n} annotaties</source>
        <translation>{shown} of {n} annotations</translation>
    </message>
    <message>
        <source>1 annotatie</source>
        <translation>1 annotation</translation>
    </message>
    <message>
        <source>{n} annotaties</source>
        <translation>{n} annotations</translation>
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
        <source>Het nummer van de annotatie in deze opname, zoals het verslag en het plan het noemen</source>
        <translation>The annotation&apos;s number in this recording, as the report and the plan call it</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
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
    <name>BackupPassphraseDialog</name>
    <message>
        <source>Wachtwoord voor de back-up</source>
        <translation>Passphrase for the backup</translation>
    </message>
    <message>
        <source>Wachtwoord van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>De back-up wordt versleuteld met een wachtwoord dat u nu kiest. Zonder dat wachtwoord kan niemand hem openen, ook u niet.</source>
        <translation>The backup is encrypted with a passphrase you choose now. Without that passphrase nobody can open it, not even you.</translation>
    </message>
    <message>
        <source>Deze back-up is versleuteld. Geef het wachtwoord dat bij het maken is gekozen.</source>
        <translation>This backup is encrypted. Enter the passphrase chosen when it was made.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nog een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;tonen</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Let op: wie dit wachtwoord kwijtraakt, kan de back-up nooit meer terugzetten. Niemand kan het herstellen; bewaar het op een veilige plek, apart van de back-up.</source>
        <translation>Note: whoever loses this passphrase can never restore the backup. Nobody can recover it; keep it in a safe place, apart from the backup.</translation>
    </message>
    <message>
        <source>&amp;Versleutelen</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Typ het wachtwoord.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Een wachtwoord heeft minstens 10 tekens; nog %n te gaan.</source>
        <translation>
            <numerusform>A passphrase has at least 10 characters; %n more to go.</numerusform>
            <numerusform>A passphrase has at least 10 characters; %n more to go.</numerusform>
        </translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn nog niet gelijk.</source>
        <translation>The two passphrases do not match yet.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>&amp;Casus aanmaken</source>
        <translation>Create ca&amp;se</translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Casus: {title}</source>
        <translation>Case: {title}</translation>
    </message>
    <message>
        <source>Pro&amp;fessional</source>
        <translation>Pro&amp;fessional</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>&amp;Bestaande cliënt</source>
        <translation>&amp;Existing client</translation>
    </message>
    <message>
        <source>Cliënt: {pseudonym}</source>
        <translation>Client: {pseudonym}</translation>
    </message>
    <message>
        <source>Cliënt &amp;bewerken…</source>
        <translation>E&amp;dit client…</translation>
    </message>
    <message>
        <source>&amp;Gebeurtenissen en uitkomst…</source>
        <translation>&amp;Events and outcome…</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Schulden en werk</source>
        <translation>for example: Debts and work</translation>
    </message>
    <message>
        <source>vastgelopen, een nieuwe aanpak proberen, …</source>
        <translation>stuck, trying a new approach, …</translation>
    </message>
    <message>
        <source>wat wilt u met deze cliënt bereiken?</source>
        <translation>what do you want to achieve with this client?</translation>
    </message>
    <message>
        <source>de situatie: werk, inkomen, gezin, gezondheid</source>
        <translation>the situation: work, income, family, health</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Waarom deze cliënt</source>
        <translation>&amp;Why this client</translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <source>Situati&amp;e</source>
        <translation>Situ&amp;ation</translation>
    </message>
</context>
<context>
    <name>CaseEventsDialog</name>
    <message>
        <source>Gebeurtenissen en uitkomst – {title}</source>
        <translation>Events and outcome – {title}</translation>
    </message>
    <message>
        <source>Wat er tussen de gesprekken gebeurde en hoe de casus afliep, met datum. Wijzig een regel met F2 of dubbelklik; Delete verwijdert hem.</source>
        <translation>What happened between the conversations and how the case ended, with dates. Edit a line with F2 or a double-click; Delete removes it.</translation>
    </message>
    <message>
        <source>Kies de soort ‘opmerking’ voor een opmerking over een eerder, niet opgenomen gesprek.</source>
        <translation>Choose the kind ‘remark’ for a remark about an earlier conversation that was not recorded.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat er gebeurde</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Lijst</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gebeurtenis, uitkomst, of een opmerking (bijvoorbeeld over een eerder, niet opgenomen gesprek)</source>
        <translation>Event, outcome, or a remark (for example about an earlier conversation that was not recorded)</translation>
    </message>
    <message>
        <source>bijvoorbeeld: huisbezoek door fraudeonderzoekers</source>
        <translation>for example: home visit by fraud investigators</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>S&amp;oort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>bijvoorbeeld: opmerking over een eerder, niet opgenomen gesprek</source>
        <translation>for example: remark about an earlier conversation that was not recorded</translation>
    </message>
    <message>
        <source>bijvoorbeeld: aan het werk als schoonmaker, 20 uur per week</source>
        <translation>for example: working as a cleaner, 20 hours a week</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Casus bewerken…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>Gebeurtenissen en uitkomst…</source>
        <translation>Events and outcome…</translation>
    </message>
    <message>
        <source>Cliënt bewerken…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <source>&amp;Reeks</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>Reeks van deze casus: de lijn over de gesprekken heen (scores, woorden van de cliënt, aandachtspunten)</source>
        <translation>Series of this case: the line across the conversations (scores, the client&apos;s words, attention points)</translation>
    </message>
    <message>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ga naar de &amp;volgende stap</source>
        <translation>Go to the ne&amp;xt step</translation>
    </message>
    <message>
        <source>{title} · cliënt {pseudonym}</source>
        <translation>{title} · client {pseudonym}</translation>
    </message>
    <message>
        <source>Waarom deze cliënt</source>
        <translation>Why this client</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Volgende stap: gesprek {n}, {todo}.</source>
        <translation>Next step: conversation {n}, {todo}.</translation>
    </message>
    <message>
        <source>Alle stappen van de gesprekken zijn gezet. Het volgende gesprek opnemen? Maak het aan bij de casus in de werkmap.</source>
        <translation>Every step of the conversations is done. Record the next conversation? Create it under the case in the workspace.</translation>
    </message>
    <message>
        <source>Deze casus heeft nog geen gesprek. Maak het eerste gesprek aan bij de casus in de werkmap (rechtsklik op de casus).</source>
        <translation>This case has no conversation yet. Create the first conversation under the case in the workspace (right-click the case).</translation>
    </message>
</context>
<context>
    <name>CasebookLoader</name>
    <message>
        <source>Casusboek van 004 laden</source>
        <translation>Load the casebook of 004</translation>
    </message>
    <message>
        <source>De 13 casussen uit &quot;Van Kijken naar Zien&quot; (004) komen als tekstverslagen in deze werkmap: geen beeld of geluid, de cliënten met een pseudoniem. U kunt ze bekijken, annoteren en exporteren zoals uw eigen casussen.

Nu laden?</source>
        <translation>The 13 cases of &quot;Van Kijken naar Zien&quot; (004) come into this workspace as written accounts: no picture or sound, the clients under a pseudonym. You can view, annotate and export them like your own cases.

Load them now?</translation>
    </message>
    <message>
        <source>Het casusboek wordt geladen…</source>
        <translation>Loading the casebook…</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Casus {done} van {total} geladen…</source>
        <translation>Case {done} of {total} loaded…</translation>
    </message>
    <message>
        <source>Casusboek niet geladen</source>
        <translation>Casebook not loaded</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>&amp;Wijzigen</source>
        <translation>Chan&amp;ge</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord voor de werkmap &lt;b&gt;{name}&lt;/b&gt;. De gegevens blijven zoals ze zijn; alleen de sleutel wordt opnieuw ingepakt.</source>
        <translation>A new passphrase for the workspace &lt;b&gt;{name}&lt;/b&gt;. The data stays as it is; only the key is wrapped again.</translation>
    </message>
    <message>
        <source>Let op: bent u het nieuwe wachtwoord kwijt, dan zijn de gegevens in deze werkmap verloren.</source>
        <translation>Note: if you lose the new passphrase, the data in this workspace is lost.</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>N&amp;og een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>Een teamwerkmap heeft geen wachtwoord van Kijkwijzer.</source>
        <translation>A team workspace has no Kijkwijzer passphrase.</translation>
    </message>
    <message>
        <source>Deze werkmap is nog niet versleuteld; Kijkwijzer biedt dat aan bij het openen.</source>
        <translation>This workspace is not encrypted yet; Kijkwijzer offers to do so when it is opened.</translation>
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
    <name>ChosenThemesHelp</name>
    <message>
        <source>Toont waarom de gekozen thema&apos;s belangrijk zijn, met de illustratieve interacties uit Van Kijken naar Zien</source>
        <translation>Shows why the chosen themes matter, with the illustrative interactions from Van Kijken naar Zien</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Alleen u als professional ziet de echte naam; overal elders staat het pseudoniem. Laat leeg als u hem niet nodig hebt.</source>
        <translation>Only you as the professional see the real name; everywhere else the pseudonym is shown. Leave it empty if you do not need it.</translation>
    </message>
    <message>
        <source>Cliënt {pseudonym}</source>
        <translation>Client {pseudonym}</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Laat de echte naam zien; dat wordt in het logboek vastgelegd.</source>
        <translation>Show the real name; this is written to the audit log.</translation>
    </message>
    <message>
        <source>vastgelegd; typ om te vervangen</source>
        <translation>recorded; type to replace it</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Ec&amp;hte naam</source>
        <translation>&amp;Real name</translation>
    </message>
    <message>
        <source>Cliënt&amp;profiel</source>
        <translation>Client &amp;profile</translation>
    </message>
    <message>
        <source>Cliënt &amp;wissen…</source>
        <translation>&amp;Erase client…</translation>
    </message>
    <message>
        <source>Op verzoek van de cliënt alles over deze cliënt onherroepelijk wissen; u ziet eerst wat er weggaat.</source>
        <translation>Erase everything about this client irrevocably, at the client&apos;s request; you see first what goes.</translation>
    </message>
</context>
<context>
    <name>ClientErasureDialog</name>
    <message>
        <source>Cliënt {pseudonym} wissen</source>
        <translation>Erase client {pseudonym}</translation>
    </message>
    <message>
        <source>Op verzoek van de cliënt wordt alles over {pseudonym} onherroepelijk gewist; van de echte naam wordt ook de sleutel vernietigd.</source>
        <translation>At the client&apos;s request everything about {pseudonym} is erased irrevocably; the key of the real name is destroyed too.</translation>
    </message>
    <message>
        <source>Dit gaat weg: {what}.</source>
        <translation>This goes: {what}.</translation>
    </message>
    <message>
        <source>Uw zelfevaluatie en verbeterplan blijven; stappen in het plan verliezen hun koppeling aan wat gewist wordt. Zet wat u van een aandachtspunt wilt houden eerst in eigen woorden in uw plan.</source>
        <translation>Your self-assessment and improvement plan stay; steps in the plan lose their links to what is erased. Put what you want to keep of an attention point into your plan in your own words first.</translation>
    </message>
    <message>
        <source>Let op: eerdere exports, formulieren of back-ups met gegevens van deze cliënt ({n}) staan buiten de werkmap; verwijder die zelf.</source>
        <translation>Note: earlier exports, forms or backups holding this client&apos;s data ({n}) are outside the workspace; delete them yourself.</translation>
    </message>
    <message>
        <source>Typ ter bevestiging het &amp;pseudoniem {pseudonym}:</source>
        <translation>Type the &amp;pseudonym {pseudonym} to confirm:</translation>
    </message>
    <message>
        <source>Cliënt &amp;wissen</source>
        <translation>&amp;Erase client</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ClientErasureTexts</name>
    <message>
        <source>de echte naam met de sleutel ervan</source>
        <translation>the real name with its key</translation>
    </message>
    <message>
        <source>{n} casus</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <source>{n} casussen</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>{n} gebeurtenis</source>
        <translation>{n} case event</translation>
    </message>
    <message>
        <source>{n} gebeurtenissen</source>
        <translation>{n} case events</translation>
    </message>
    <message>
        <source>{n} gesprek</source>
        <translation>{n} conversation</translation>
    </message>
    <message>
        <source>{n} gesprekken</source>
        <translation>{n} conversations</translation>
    </message>
    <message>
        <source>{n} deelnemer</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <source>{n} deelnemers</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{n} toestemming</source>
        <translation>{n} consent</translation>
    </message>
    <message>
        <source>{n} toestemmingen</source>
        <translation>{n} consents</translation>
    </message>
    <message>
        <source>{n} ondertekend formulier</source>
        <translation>{n} signed form</translation>
    </message>
    <message>
        <source>{n} ondertekende formulieren</source>
        <translation>{n} signed forms</translation>
    </message>
    <message>
        <source>{n} opname</source>
        <translation>{n} recording</translation>
    </message>
    <message>
        <source>{n} opnamen</source>
        <translation>{n} recordings</translation>
    </message>
    <message>
        <source>{n} annotatie</source>
        <translation>{n} annotation</translation>
    </message>
    <message>
        <source>{n} annotaties</source>
        <translation>{n} annotations</translation>
    </message>
    <message>
        <source>{n} fragment</source>
        <translation>{n} fragment</translation>
    </message>
    <message>
        <source>{n} fragmenten</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <source>{n} reactie van de cliënt</source>
        <translation>{n} client reaction</translation>
    </message>
    <message>
        <source>{n} reacties van de cliënt</source>
        <translation>{n} client reactions</translation>
    </message>
    <message>
        <source>{n} transcriptregel</source>
        <translation>{n} transcript line</translation>
    </message>
    <message>
        <source>{n} transcriptregels</source>
        <translation>{n} transcript lines</translation>
    </message>
    <message>
        <source>{n} feedbackscore</source>
        <translation>{n} feedback score</translation>
    </message>
    <message>
        <source>{n} feedbackscores</source>
        <translation>{n} feedback scores</translation>
    </message>
    <message>
        <source>{n} SLIM-analyse</source>
        <translation>{n} SLIM analysis</translation>
    </message>
    <message>
        <source>{n} SLIM-analyses</source>
        <translation>{n} SLIM analyses</translation>
    </message>
    <message>
        <source>{n} reflectiegesprek</source>
        <translation>{n} reflection conversation</translation>
    </message>
    <message>
        <source>{n} reflectiegesprekken</source>
        <translation>{n} reflection conversations</translation>
    </message>
    <message>
        <source>{n} met een leergroep gedeeld fragment (met feedback)</source>
        <translation>{n} fragment shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>{n} met een leergroep gedeelde fragmenten (met feedback)</source>
        <translation>{n} fragments shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>{n} aandachtspunt</source>
        <translation>{n} attention point</translation>
    </message>
    <message>
        <source>{n} aandachtspunten</source>
        <translation>{n} attention points</translation>
    </message>
    <message>
        <source>{n} vervolg op een aandachtspunt</source>
        <translation>{n} follow-up of an attention point</translation>
    </message>
    <message>
        <source>{n} vervolgen op aandachtspunten</source>
        <translation>{n} follow-ups of attention points</translation>
    </message>
    <message>
        <source>{n} bestand overschreven en verwijderd</source>
        <translation>{n} file overwritten and removed</translation>
    </message>
    <message>
        <source>{n} bestanden overschreven en verwijderd</source>
        <translation>{n} files overwritten and removed</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>bijvoorbeeld: 45 jaar, alleenstaand, schulden, wil graag werken</source>
        <translation>for example: 45, single, debts, wants to work</translation>
    </message>
    <message>
        <source>Pse&amp;udoniem</source>
        <translation>Pse&amp;udonym</translation>
    </message>
    <message>
        <source>Ec&amp;hte naam</source>
        <translation>&amp;Real name</translation>
    </message>
    <message>
        <source>Cliënt&amp;profiel</source>
        <translation>Client &amp;profile</translation>
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
        <source>We kijken samen naar één kort fragment uit uw gesprek.
Na het fragment vraag ik hoe u het heeft beleefd.</source>
        <translation>Together we watch one short fragment of your conversation.
After the fragment I will ask how you experienced it.</translation>
    </message>
    <message>
        <source>We kijken samen naar {n} korte fragmenten uit uw gesprek.
Na elk fragment vraag ik hoe u het heeft beleefd.</source>
        <translation>Together we will watch {n} short fragments from your conversation.
After each fragment I will ask how you experienced it.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Toets: Enter</source>
        <translation>Key: Enter</translation>
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
        <source>Afsluiten</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Dank u wel voor uw tijd en uw openheid.</source>
        <translation>Thank you for your time and your openness.</translation>
    </message>
    <message>
        <source>Cliëntinterview beëindigen?</source>
        <translation>End the client interview?</translation>
    </message>
    <message>
        <source>Cliëntinterview beëindigen?

Wat al is ingevuld, blijft bewaard.</source>
        <translation>End the client interview?

What has been filled in is kept.</translation>
    </message>
</context>
<context>
    <name>ClipPlayer</name>
    <message>
        <source>Kies een fragment.</source>
        <translation>Choose a fragment.</translation>
    </message>
    <message>
        <source>▶ Afspelen</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <source>Afspelen of pauzeren (Spatie op de knop)</source>
        <translation>Play or pause (Space on the button)</translation>
    </message>
    <message>
        <source>Positie in het fragment</source>
        <translation>Position in the fragment</translation>
    </message>
    <message>
        <source>Dit fragment kan niet worden afgespeeld.</source>
        <translation>This fragment cannot be played.</translation>
    </message>
    <message>
        <source>❚❚ Pauze</source>
        <translation>❚❚ Pause</translation>
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
        <source>Uitleg bij de thema&apos;s: waarom belangrijk, illustratieve interacties ({key})</source>
        <translation>About the themes: why they matter, illustrative interactions ({key})</translation>
    </message>
    <message>
        <source>Uitleg bij de thema&apos;s</source>
        <translation>About the themes</translation>
    </message>
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
        <source> · {share} % van de beoordeelde komt overeen</source>
        <translation> · {share}% of those compared match</translation>
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
    <name>ConsentCorrectionDialog</name>
    <message>
        <source>Toestemming corrigeren – {purpose}</source>
        <translation>Correct consent – {purpose}</translation>
    </message>
    <message>
        <source>Herstel wat verkeerd is vastgelegd. Er komt een nieuwe versie; de oude blijft zichtbaar als ‘gecorrigeerd’ en staat in het logboek. Er wordt niets gewist.</source>
        <translation>Fix what was recorded wrongly. A new version is made; the old one stays visible as ‘corrected’ and is kept in the audit log. Nothing is erased.</translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Formulier</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Mondeling, op tijdcode</source>
        <translation>&amp;Verbally, at timecode</translation>
    </message>
    <message>
        <source>mm:ss</source>
        <translation>mm:ss</translation>
    </message>
    <message>
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <source>&amp;Wissen na</source>
        <translation>&amp;Erase after</translation>
    </message>
    <message>
        <source>Genoemde &amp;kijkers</source>
        <translation>&amp;Named reviewers</translation>
    </message>
    <message>
        <source>&amp;Correctie vastleggen</source>
        <translation>&amp;Record correction</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
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
        <translation>Analysis by named reviewers</translation>
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
        <source>&amp;Corrigeren…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>Een vergissing herstellen: er komt een nieuwe versie, de oude blijft zichtbaar als ‘gecorrigeerd’. Er wordt niets gewist.</source>
        <translation>Fix a mistake: a new version is made, the old one stays visible as ‘corrected’. Nothing is erased.</translation>
    </message>
    <message>
        <source>&amp;Intrekken en wissen…</source>
        <translation>&amp;Withdraw and erase…</translation>
    </message>
    <message>
        <source>Leg vast waarvoor de cliënt toestemming geeft, per doel. Zonder toestemming om op te nemen kan de opname niet worden geïmporteerd. Weigeren heeft voor de cliënt geen gevolgen.</source>
        <translation>Record what the client consents to, per purpose. Without consent to record, the recording cannot be imported. Refusing has no consequences for the client.</translation>
    </message>
    <message>
        <source>Vastgelegde &amp;toestemming</source>
        <translation>Recor&amp;ded consent</translation>
    </message>
    <message>
        <source>Toestemmingsformulier en cliëntfolder: de woorden zijn door Kijkwijzer voor cliënten geschreven, ze komen niet uit de methode Van Kijken naar Zien.</source>
        <translation>Consent form and client leaflet: the wording was written by Kijkwijzer for clients; it does not come from the Van Kijken naar Zien method.</translation>
    </message>
    <message>
        <source>&amp;Doelen</source>
        <translation>&amp;Purposes</translation>
    </message>
    <message>
        <source>Nog geen kijkers: voeg ze toe bij Casus &gt; Personen.</source>
        <translation>No reviewers yet: add them under Case &gt; People.</translation>
    </message>
    <message>
        <source>Genoemde &amp;kijkers</source>
        <translation>&amp;Named reviewers</translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Formulier</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Mondeling</source>
        <translation>&amp;Verbally</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Standaard een jaar na het gesprek, en minstens een jaar vanaf vandaag als het gesprek al lang geleden was.</source>
        <translation>By default one year after the conversation, and at least one year from today if the conversation was long ago.</translation>
    </message>
    <message>
        <source>&amp;Wissen na</source>
        <translation>&amp;Erase after</translation>
    </message>
    <message>
        <source>&amp;Vastleggen en opname importeren</source>
        <translation>&amp;Record and import the recording</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>To&amp;estemmingsformulier (PDF)…</source>
        <translation>Consent for&amp;m (PDF)…</translation>
    </message>
    <message>
        <source>C&amp;liëntfolder (PDF)…</source>
        <translation>C&amp;lient leaflet (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>1 opname</source>
        <translation>1 recording</translation>
    </message>
    <message>
        <source>{n} opnamen</source>
        <translation>{n} recordings</translation>
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
        <translation>1 reaction of the client</translation>
    </message>
    <message>
        <source>{n} reacties van de cliënt</source>
        <translation>{n} reactions of the client</translation>
    </message>
    <message>
        <source>1 transcriptregel</source>
        <translation>1 transcript line</translation>
    </message>
    <message>
        <source>{n} transcriptregels</source>
        <translation>{n} transcript lines</translation>
    </message>
    <message>
        <source>1 feedbackscore</source>
        <translation>1 feedback score</translation>
    </message>
    <message>
        <source>{n} feedbackscores</source>
        <translation>{n} feedback scores</translation>
    </message>
    <message>
        <source>1 SLIM-analyse</source>
        <translation>1 SLIM analysis</translation>
    </message>
    <message>
        <source>{n} SLIM-analyses</source>
        <translation>{n} SLIM analyses</translation>
    </message>
    <message>
        <source>1 reflectiegesprek</source>
        <translation>1 reflection conversation</translation>
    </message>
    <message>
        <source>{n} reflectiegesprekken</source>
        <translation>{n} reflection conversations</translation>
    </message>
    <message>
        <source>1 met een leergroep gedeeld fragment (met feedback)</source>
        <translation>1 fragment shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>{n} met een leergroep gedeelde fragmenten (met feedback)</source>
        <translation>{n} fragments shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>1 bestand gewist</source>
        <translation>1 file erased</translation>
    </message>
    <message>
        <source>{n} bestanden gewist</source>
        <translation>{n} files erased</translation>
    </message>
    <message>
        <source>Nieuwe toestemming vastleggen</source>
        <translation>Record new consent</translation>
    </message>
    <message>
        <source>ondertekend formulier (scan of foto), optioneel</source>
        <translation>signed form (scan or photo), optional</translation>
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
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>gecorrigeerd</source>
        <translation>corrected</translation>
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
        <source>Niets vastgelegd: kies een latere datum bij ‘Wissen na’.</source>
        <translation>Nothing recorded: choose a later date at ‘Erase after’.</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Gecorrigeerd: er is een nieuwe versie; de oude blijft zichtbaar.</source>
        <translation>Corrected: there is a new version; the old one stays visible.</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>geen gegevens, alleen de toestemming zelf</source>
        <translation>no data, only the consent itself</translation>
    </message>
    <message>
        <source>De cliënt trekt de toestemming in. Dit wordt onherroepelijk gewist: {what}.

Doorgaan?</source>
        <translation>The client withdraws consent. This will be erased irrevocably: {what}.

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
    <message>
        <source>Deze datum ligt in het verleden: de opname zou meteen onbruikbaar zijn en gewist worden.</source>
        <translation>This date is in the past: the recording would be unusable at once and erased.</translation>
    </message>
    <message>
        <source>Bewaartermijn in het verleden</source>
        <translation>Retention date in the past</translation>
    </message>
    <message>
        <source>Toch deze datum vastleggen?</source>
        <translation>Record this date anyway?</translation>
    </message>
</context>
<context>
    <name>ConversationCard</name>
    <message>
        <source>Opname importeren…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <source>Een opname van dit gesprek importeren (ook: bestanden hierheen slepen)</source>
        <translation>Import a recording of this conversation (or drag files here)</translation>
    </message>
    <message>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Het gesprek bewerken; een opname openen, vervangen of verwijderen</source>
        <translation>Edit the conversation; open, replace or remove a recording</translation>
    </message>
    <message>
        <source>Gesprek bewerken…</source>
        <translation>Edit conversation…</translation>
    </message>
    <message>
        <source>‘{name}’ openen</source>
        <translation>Open ‘{name}’</translation>
    </message>
    <message>
        <source>‘{name}’ vervangen…</source>
        <translation>Replace ‘{name}’…</translation>
    </message>
    <message>
        <source>‘{name}’ verwijderen…</source>
        <translation>Remove ‘{name}’…</translation>
    </message>
    <message>
        <source>Gesprek {n} · {date}</source>
        <translation>Conversation {n} · {date}</translation>
    </message>
    <message>
        <source>Waar: {setting}</source>
        <translation>Where: {setting}</translation>
    </message>
    <message>
        <source>Doel: {goal}</source>
        <translation>Goal: {goal}</translation>
    </message>
    <message>
        <source>Aanwezig: {who}</source>
        <translation>Present: {who}</translation>
    </message>
    <message>
        <source>Cliëntinterview op {date}</source>
        <translation>Client interview on {date}</translation>
    </message>
    <message>
        <source>De checklist van dit gesprek: waren de aandachtspunten van eerder geprobeerd, en met welk effect?</source>
        <translation>The checklist of this conversation: were the earlier attention points tried, and with what effect?</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>&amp;Gesprek vastleggen</source>
        <translation>&amp;Record conversation</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Gesprek {n}</source>
        <translation>Conversation {n}</translation>
    </message>
    <message>
        <source>&amp;Casus</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>wat wilt u in dit gesprek bereiken?</source>
        <translation>what do you want to achieve in this conversation?</translation>
    </message>
    <message>
        <source>Doe&amp;l</source>
        <translation>Goa&amp;l</translation>
    </message>
    <message>
        <source>Kies of typ waar het gesprek was, bijvoorbeeld ‘bij de welzijnsorganisatie’</source>
        <translation>Choose or type where the conversation took place, for example ‘at the welfare organisation’</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
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
    <name>CycleNavigator</name>
    <message>
        <source>Waar sta ik: {client}</source>
        <translation>Where am I: {client}</translation>
    </message>
    <message>
        <source>Kies eerst een casus in de werkmap.</source>
        <translation>First choose a case in the workspace.</translation>
    </message>
    <message>
        <source>Maak bij Fragmenten een afspeellijst voor het cliëntinterview: kies fragmenten en dan ‘Nieuwe lijst cliëntinterview’.</source>
        <translation>Make a playlist for the client interview under Fragments: choose fragments, then ‘New client interview list’.</translation>
    </message>
    <message>
        <source>Er is nog geen volgend gesprek. Maak het aan bij de casus; de aandachtspunten staan dan op de checklist van dat gesprek.</source>
        <translation>There is no next conversation yet. Create it under the case; the attention points will then be on that conversation&apos;s checklist.</translation>
    </message>
</context>
<context>
    <name>CycleSteps</name>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Opname</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Annotaties</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Fragmenten</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Cliëntinterview</source>
        <translation>Client interview</translation>
    </message>
    <message>
        <source>Reflectie</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Attention points</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>toestemming vastleggen</source>
        <translation>record the consent</translation>
    </message>
    <message>
        <source>de opname importeren</source>
        <translation>import the recording</translation>
    </message>
    <message>
        <source>de opname bekijken en annoteren</source>
        <translation>watch and annotate the recording</translation>
    </message>
    <message>
        <source>fragmenten kiezen</source>
        <translation>choose fragments</translation>
    </message>
    <message>
        <source>het cliëntinterview houden</source>
        <translation>hold the client interview</translation>
    </message>
    <message>
        <source>het reflectiegesprek houden</source>
        <translation>hold the reflection conversation</translation>
    </message>
    <message>
        <source>aandachtspunten vastleggen</source>
        <translation>record attention points</translation>
    </message>
    <message>
        <source>de aandachtspunten opvolgen in het volgende gesprek</source>
        <translation>follow up the attention points in the next conversation</translation>
    </message>
    <message>
        <source>opnemen</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>analyse</source>
        <translation>analysis</translation>
    </message>
    <message>
        <source>cliëntinterview</source>
        <translation>client interview</translation>
    </message>
    <message>
        <source>leergroep</source>
        <translation>learning group</translation>
    </message>
    <message>
        <source>lesmateriaal</source>
        <translation>training material</translation>
    </message>
    <message>
        <source>Waarvoor de cliënt toestemming gaf. Klik: de toestemming van dit gesprek.</source>
        <translation>What the client consented to. Click: the consent of this conversation.</translation>
    </message>
    <message>
        <source>Klik: de opname openen, of importeren als er nog geen is.</source>
        <translation>Click: open the recording, or import one if there is none yet.</translation>
    </message>
    <message>
        <source>Wie annoteerde, en hoeveel. Klik: de opname openen om te annoteren.</source>
        <translation>Who annotated, and how much. Click: open the recording to annotate.</translation>
    </message>
    <message>
        <source>Klik: de fragmenten en afspeellijsten van de opname.</source>
        <translation>Click: the fragments and playlists of the recording.</translation>
    </message>
    <message>
        <source>Reacties van de cliënt op fragmenten en scores op de twee vragen. Klik: het cliëntinterview.</source>
        <translation>The client&apos;s reactions to fragments and scores on the two questions. Click: the client interview.</translation>
    </message>
    <message>
        <source>Klik: het reflectiegesprek van dit gesprek.</source>
        <translation>Click: the reflection conversation of this conversation.</translation>
    </message>
    <message>
        <source>Aandachtspunten uit het reflectiegesprek. Klik: het reflectiegesprek.</source>
        <translation>Attention points from the reflection conversation. Click: the reflection conversation.</translation>
    </message>
    <message>
        <source>Zijn de aandachtspunten in een volgend gesprek opgevolgd? Klik: de checklist van het volgende gesprek.</source>
        <translation>Were the attention points followed up in a later conversation? Click: the checklist of the next conversation.</translation>
    </message>
    <message>
        <source>eerst toestemming om op te nemen</source>
        <translation>first consent to record</translation>
    </message>
    <message>
        <source>eerst een opname</source>
        <translation>first a recording</translation>
    </message>
    <message>
        <source>geen toestemming voor een cliëntinterview</source>
        <translation>no consent for a client interview</translation>
    </message>
    <message>
        <source>eerst een reflectiegesprek</source>
        <translation>first a reflection conversation</translation>
    </message>
    <message>
        <source>geen aandachtspunten om op te volgen</source>
        <translation>no attention points to follow up</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>nog niet gehouden</source>
        <translation>not held yet</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>{n} opname</source>
        <translation>{n} recording</translation>
    </message>
    <message>
        <source>{n} opnamen</source>
        <translation>{n} recordings</translation>
    </message>
    <message>
        <source>nog niet geïmporteerd</source>
        <translation>not imported yet</translation>
    </message>
    <message>
        <source>{n} fragment</source>
        <translation>{n} fragment</translation>
    </message>
    <message>
        <source>{n} fragmenten</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <source>{n} afspeellijst</source>
        <translation>{n} playlist</translation>
    </message>
    <message>
        <source>{n} afspeellijsten</source>
        <translation>{n} playlists</translation>
    </message>
    <message>
        <source>{n} reactie</source>
        <translation>{n} reaction</translation>
    </message>
    <message>
        <source>{n} reacties</source>
        <translation>{n} reactions</translation>
    </message>
    <message>
        <source>{n} score</source>
        <translation>{n} score</translation>
    </message>
    <message>
        <source>{n} scores</source>
        <translation>{n} scores</translation>
    </message>
    <message>
        <source>{n} reflectiegesprek</source>
        <translation>{n} reflection conversation</translation>
    </message>
    <message>
        <source>{n} reflectiegesprekken</source>
        <translation>{n} reflection conversations</translation>
    </message>
    <message>
        <source>{n} aandachtspunt, {open} open</source>
        <translation>{n} attention point, {open} open</translation>
    </message>
    <message>
        <source>{n} aandachtspunten, {open} open</source>
        <translation>{n} attention points, {open} open</translation>
    </message>
    <message>
        <source>{n} leerpunt</source>
        <translation>{n} learning point</translation>
    </message>
    <message>
        <source>{n} leerpunten</source>
        <translation>{n} learning points</translation>
    </message>
    <message>
        <source>{done} van {total} opgevolgd</source>
        <translation>{done} of {total} followed up</translation>
    </message>
    <message>
        <source>Te toetsen in dit gesprek: {n} aandachtspunt uit een eerder gesprek</source>
        <translation>To check in this conversation: {n} attention point from an earlier conversation</translation>
    </message>
    <message>
        <source>Te toetsen in dit gesprek: {n} aandachtspunten uit eerdere gesprekken</source>
        <translation>To check in this conversation: {n} attention points from earlier conversations</translation>
    </message>
    <message>
        <source>{done} opgevolgd</source>
        <translation>{done} followed up</translation>
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
        <source>Waarden als</source>
        <translation>Values as</translation>
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
        <source>{name}: {tiers} lagen, {n} annotaties. Kies per laag van welke kijker de annotaties zijn; lagen op ‘niet importeren’ worden overgeslagen. Onderliggende lagen (↳) gaan mee met hun hoofdlaag: lagen met eigen tijden als eigen annotaties, de waarden van symbolische lagen als label, citaat of observatie van de annotatie erboven. Waarden zonder thema blijven bewaard als label.</source>
        <translation>{name}: {tiers} tiers, {n} annotations. Choose per tier which reviewer the annotations belong to; tiers set to ‘do not import’ are skipped. Child tiers (↳) go along with their main tier: tiers with their own times as annotations of their own, the values of symbolic tiers as label, quote or observation of the annotation above. Values without a theme are kept as labels.</translation>
    </message>
    <message>
        <source>label (of thema)</source>
        <translation>label (or theme)</translation>
    </message>
    <message>
        <source>citaat</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>observatie (of thema)</source>
        <translation>observation (or theme)</translation>
    </message>
    <message>
        <source>Waar de waarden van deze laag komen in de annotatie erboven</source>
        <translation>Where this tier&apos;s values go in the annotation above</translation>
    </message>
    <message>
        <source>als label bewaren</source>
        <translation>keep as label</translation>
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
        <source>Kies bij minstens één laag een kijker.</source>
        <translation>Choose a reviewer for at least one tier.</translation>
    </message>
    <message>
        <source>mee met ‘{tier}’</source>
        <translation>with ‘{tier}’</translation>
    </message>
    <message>
        <source>eigen annotaties, kijker van ‘{tier}’</source>
        <translation>own annotations, reviewer of ‘{tier}’</translation>
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
        <source>1 transcriptregel</source>
        <translation>1 transcript line</translation>
    </message>
    <message>
        <source>{n} transcriptregels</source>
        <translation>{n} transcript lines</translation>
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
        <source>Als label bewaard: {labels}</source>
        <translation>Kept as labels: {labels}</translation>
    </message>
    <message>
        <source>Annotaties inlezen…</source>
        <translation>Importing annotations…</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
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
        <source>het eigen transcript van de opname is behouden</source>
        <translation>the recording&apos;s own transcript was kept</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Uit je eigen gesprekken (1 moment)</source>
        <translation>From your own conversations (1 moment)</translation>
    </message>
    <message>
        <source>Uit je eigen gesprekken ({n} momenten)</source>
        <translation>From your own conversations ({n} moments)</translation>
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
        <source>Tekstverslag uit het casusboek: geen beeld of geluid</source>
        <translation>Written account from the casebook: no picture or sound</translation>
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
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Gebeurtenissentabel (lang formaat)…</source>
        <translation>Events table (long format)…</translation>
    </message>
    <message>
        <source>Hele &amp;casus</source>
        <translation>Whole &amp;case</translation>
    </message>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Export geannuleerd: er is niets geschreven.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Kies eerst een casus in de werkmap.</source>
        <translation>Choose a case in the workspace first.</translation>
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
(1 onderdeel)</source>
        <translation>Written: {path}
(1 item)</translation>
    </message>
    <message>
        <source>Geschreven: {path}
({n} onderdelen)</source>
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
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
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
        <source>Ook de opnamen zelf in de back-up? Dat wordt een groot bestand; zonder opnamen bevat het alle gegevens, stills en toestemmingsformulieren.

De back-up wordt versleuteld met een wachtwoord dat u zo kiest.</source>
        <translation>Include the recordings themselves in the backup? That makes a large file; without recordings it holds all data, stills and consent forms.

The backup is encrypted with a passphrase you choose next.</translation>
    </message>
    <message>
        <source>Versleutelde back-up (*.kwbackup)</source>
        <translation>Encrypted backup (*.kwbackup)</translation>
    </message>
    <message>
        <source>Versleutelde back-up geschreven: {path}
{rows} rijen, {files} bestanden

Bewaar het wachtwoord goed: zonder wachtwoord is deze back-up onbruikbaar.</source>
        <translation>Encrypted backup written: {path}
{rows} rows, {files} files

Keep the passphrase safe: without it this backup is useless.</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Back-up (*.kwbackup *.zip);;Alle bestanden (*)</source>
        <translation>Backup (*.kwbackup *.zip);;All files (*)</translation>
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
        <source>Let op: deze back-up was niet versleuteld (gemaakt met een eerdere versie). Maak een nieuwe, versleutelde back-up en wis het oude bestand.</source>
        <translation>Note: this backup was not encrypted (made by an earlier version). Make a new, encrypted backup and erase the old file.</translation>
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
    <name>ExportFlow</name>
    <message>
        <source>Nagaan wat er vervangen moet worden…</source>
        <translation>Finding what needs to be replaced…</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <source>✓ Aandachtspunt gemaakt</source>
        <translation>✓ Attention point made</translation>
    </message>
    <message>
        <source>Maak aandachtspunt…</source>
        <translation>Make attention point…</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} (jij)</source>
        <translation>{name} (you)</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>To&amp;p: wat werkte</source>
        <translation>To&amp;p: what worked</translation>
    </message>
    <message>
        <source>T&amp;ip: wat kan anders</source>
        <translation>T&amp;ip: what to try</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>The&amp;ma:</source>
        <translation>The&amp;me:</translation>
    </message>
    <message>
        <source>Wat zag je gebeuren, en wat betekent het voor het gesprek?</source>
        <translation>What did you see happen, and what does it mean for the conversation?</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuleren (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je zag.</source>
        <translation>Write down what you saw first.</translation>
    </message>
    <message>
        <source>Je feedback bewerken</source>
        <translation>Edit your feedback</translation>
    </message>
    <message>
        <source>Jouw feedback</source>
        <translation>Your feedback</translation>
    </message>
    <message>
        <source>Opslaa&amp;n</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Toevoegen (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>FlowDock</name>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Gespreksverloop – {name}</source>
        <translation>Conversation flow – {name}</translation>
    </message>
</context>
<context>
    <name>FlowHost</name>
    <message>
        <source>Markeer eerst met I en O een stuk van minstens 3 seconden waarin alleen u spreekt (of kies zo&apos;n annotatie).</source>
        <translation>First mark with I and O a stretch of at least 3 seconds in which only you speak (or choose such an annotation).</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <source>A&amp;nalyseren</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Wie spreekt wanneer: uit het transcript, de kanalen of de stemmen. Alles wordt op deze computer berekend.</source>
        <translation>Who speaks when: from the transcript, the channels or the voices. Everything is computed on this computer.</translation>
    </message>
    <message>
        <source>Sto&amp;ppen</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Als annotatie bij ‘Praat- en luisterbeurten’</source>
        <translation>As an annotation of ‘Talking and listening turns’</translation>
    </message>
    <message>
        <source>Nog niet geanalyseerd: kies Analyseren.</source>
        <translation>Not analysed yet: choose Analyse.</translation>
    </message>
    <message>
        <source>{source}; opname {duration}, spraak {speech}.</source>
        <translation>{source}; recording {duration}, speech {speech}.</translation>
    </message>
    <message>
        <source>Er is geen spraak gevonden.</source>
        <translation>No speech was found.</translation>
    </message>
    <message>
        <source>Maat</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Bezig met analyseren…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>Stoppen…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Gespreksverloop berekend.</source>
        <translation>Conversation flow computed.</translation>
    </message>
    <message>
        <source>Analyse gestopt; er is niets bewaard.</source>
        <translation>Analysis stopped; nothing was kept.</translation>
    </message>
    <message>
        <source>Analyseren is mislukt.</source>
        <translation>Analysing failed.</translation>
    </message>
    <message>
        <source>Kies eerst een moment.</source>
        <translation>Choose a moment first.</translation>
    </message>
    <message>
        <source>Annotatie gemaakt: {text}</source>
        <translation>Annotation made: {text}</translation>
    </message>
</context>
<context>
    <name>FlowTexts</name>
    <message>
        <source>de professional</source>
        <translation>the professional</translation>
    </message>
    <message>
        <source>de cliënt</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>een ander</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>beiden</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ander</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>sprekers uit het transcript</source>
        <translation>speakers from the transcript</translation>
    </message>
    <message>
        <source>sprekers uit de kanalen</source>
        <translation>speakers from the channels</translation>
    </message>
    <message>
        <source>sprekers uit de stemmen</source>
        <translation>speakers from the voices</translation>
    </message>
    <message>
        <source>monoloog van {duration} door {who} op {at}</source>
        <translation>monologue of {duration} by {who} at {at}</translation>
    </message>
    <message>
        <source>stilte van {duration}, doorbroken door {who}, op {at}</source>
        <translation>silence of {duration}, broken by {who}, at {at}</translation>
    </message>
    <message>
        <source>1 onderbreking binnen {duration} op {at}</source>
        <translation>1 interruption within {duration} at {at}</translation>
    </message>
    <message>
        <source>{n} onderbrekingen binnen {duration} op {at}</source>
        <translation>{n} interruptions within {duration} at {at}</translation>
    </message>
    <message>
        <source>(vooral door {who})</source>
        <translation>(mostly by {who})</translation>
    </message>
    <message>
        <source>{duration} op {at}</source>
        <translation>{duration} at {at}</translation>
    </message>
    <message>
        <source>Spreektijd</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <source>Aandeel in de spreektijd</source>
        <translation>Share of the speaking time</translation>
    </message>
    <message>
        <source>Aandeel in de opname</source>
        <translation>Share of the recording</translation>
    </message>
    <message>
        <source>Beurten</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>Mediane beurt</source>
        <translation>Median turn</translation>
    </message>
    <message>
        <source>Langste beurt</source>
        <translation>Longest turn</translation>
    </message>
    <message>
        <source>Ingevallen (overlap begonnen)</source>
        <translation>Came in (overlap started)</translation>
    </message>
    <message>
        <source>{n}, samen {duration}</source>
        <translation>{n}, {duration} in all</translation>
    </message>
    <message>
        <source>Waarvan onderbrekingen</source>
        <translation>Of which interruptions</translation>
    </message>
    <message>
        <source>Stilte (3 s of meer) doorbroken</source>
        <translation>Silence (3 s or more) broken</translation>
    </message>
    <message>
        <source>1 stilte</source>
        <translation>1 silence</translation>
    </message>
    <message>
        <source>{n} stiltes</source>
        <translation>{n} silences</translation>
    </message>
    <message>
        <source>Vragen (uit het transcript)</source>
        <translation>Questions (from the transcript)</translation>
    </message>
    <message>
        <source>Wachttijd na een vraag (mediaan)</source>
        <translation>Wait after a question (median)</translation>
    </message>
    <message>
        <source>Langste monoloog: {duration} door {who} op {at}.</source>
        <translation>Longest monologue: {duration} by {who} at {at}.</translation>
    </message>
    <message>
        <source>1 stilte van 3 s of meer.</source>
        <translation>1 silence of 3 s or more.</translation>
    </message>
    <message>
        <source>{n} stiltes van 3 s of meer.</source>
        <translation>{n} silences of 3 s or more.</translation>
    </message>
    <message>
        <source>De wachttijd na een vraag is er alleen met een transcript.</source>
        <translation>The wait after a question needs a transcript.</translation>
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
    <name>FormDialog</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FragmentFields</name>
    <message>
        <source>Naam van het fragment</source>
        <translation>Name of the fragment</translation>
    </message>
    <message>
        <source>uu:mm:ss</source>
        <translation>hh:mm:ss</translation>
    </message>
    <message>
        <source>Tijd in de opname, bijv. 01:05 of 00:01:05.250</source>
        <translation>Time in the recording, e.g. 01:05 or 00:01:05.250</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>FragmentSharing</name>
    <message>
        <source>Delen met leergroep…</source>
        <translation>Share with learning group…</translation>
    </message>
    <message>
        <source>Dit fragment laten zien aan een leergroep, met een vraag erbij</source>
        <translation>Show this fragment to a learning group, with a question</translation>
    </message>
    <message>
        <source>Delen intrekken…</source>
        <translation>Stop sharing…</translation>
    </message>
    <message>
        <source>Kies eerst een fragment bij Fragmenten.</source>
        <translation>First choose a fragment under Fragments.</translation>
    </message>
    <message>
        <source>Gedeeld met {group}: {title}</source>
        <translation>Shared with {group}: {title}</translation>
    </message>
    <message>
        <source>Dit fragment is met geen leergroep gedeeld.</source>
        <translation>This fragment is not shared with any learning group.</translation>
    </message>
    <message>
        <source>Delen intrekken</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Met welke leergroep niet meer delen?</source>
        <translation>Stop sharing with which learning group?</translation>
    </message>
    <message>
        <source>Niet meer gedeeld met {group}: {title}</source>
        <translation>No longer shared with {group}: {title}</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Alleen de beheerder van de teamdatabase stelt leergroepen samen.</source>
        <translation>Only the team database&apos;s administrator puts learning groups together.</translation>
    </message>
    <message>
        <source>Naam van een nieuwe leergroep</source>
        <translation>Name of a new learning group</translation>
    </message>
    <message>
        <source>Leergroep &amp;toevoegen</source>
        <translation>&amp;Add learning group</translation>
    </message>
    <message>
        <source>&amp;Nieuwe leergroep:</source>
        <translation>&amp;New learning group:</translation>
    </message>
    <message>
        <source>N&amp;aam:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Le&amp;den:</source>
        <translation>Mem&amp;bers:</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>Leergroep {name} is toegevoegd; vink aan wie erin zit.</source>
        <translation>Learning group {name} was added; tick who is in it.</translation>
    </message>
    <message>
        <source>De leergroep heet nu {name}.</source>
        <translation>The learning group is now called {name}.</translation>
    </message>
    <message>
        <source>{who} zit nu in {group}.</source>
        <translation>{who} is now in {group}.</translation>
    </message>
    <message>
        <source>{who} zit niet meer in {group}.</source>
        <translation>{who} is no longer in {group}.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Professional toevoegen</source>
        <translation>Add professional</translation>
    </message>
    <message>
        <source>Wie neemt gesprekken op en reflecteert erop? U wordt ook kijker van uw eigen opnamen.</source>
        <translation>Who records conversations and reflects on them? You also become a reviewer of your own recordings.</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>bijvoorbeeld Sanne de Vries</source>
        <translation>for example Sanne de Vries</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Function</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{name} ({n} van {total})</source>
        <translation>{name} ({n} of {total})</translation>
    </message>
    <message>
        <source>Naar: {conversation}</source>
        <translation>Into: {conversation}</translation>
    </message>
    <message>
        <source>Bestand controleren…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Inhoudscode berekenen en kopiëren…</source>
        <translation>Computing the content hash and copying…</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Gesprek {n} · {date}</source>
        <translation>Conversation {n} · {date}</translation>
    </message>
    <message>
        <source>Opname importeren</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <source>Bij welk gesprek hoort deze opname?</source>
        <translation>Which conversation does this recording belong to?</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Opname importeren</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <source>Een opname hoort altijd bij een gesprek. Kies eerst in de werkmap het gesprek waar deze opname bij hoort, of maak een nieuw gesprek aan bij de casus (rechtsklik op de casus in de werkmap).</source>
        <translation>A recording always belongs to a conversation. First choose the conversation this recording belongs to in the workspace, or create a new conversation under the case (right-click the case in the workspace).</translation>
    </message>
    <message>
        <source>Nieuw &amp;gesprek…</source>
        <translation>New &amp;conversation…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;casus…</source>
        <translation>New c&amp;ase…</translation>
    </message>
    <message>
        <source>Eerst toestemming</source>
        <translation>Consent first</translation>
    </message>
    <message>
        <source>De cliënt heeft voor dit gesprek (nog) geen toestemming gegeven om op te nemen. Leg eerst de toestemming vast; daarna kunt u de opname importeren.</source>
        <translation>The client has not (yet) consented to recording this conversation. Record the consent first; then you can import the recording.</translation>
    </message>
    <message>
        <source>&amp;Toestemming vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Geïmporteerd: {names}</source>
        <translation>Imported: {names}</translation>
    </message>
    <message>
        <source>Opname</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Opname vervangen</source>
        <translation>Replace recording</translation>
    </message>
    <message>
        <source>Niet vervangen</source>
        <translation>Not replaced</translation>
    </message>
    <message>
        <source>Vervangen door {name}; gewist: {what}.</source>
        <translation>Replaced by {name}; erased: {what}.</translation>
    </message>
    <message>
        <source>Opname verwijderen</source>
        <translation>Remove recording</translation>
    </message>
    <message>
        <source>Opname en wat ervan is afgeleid wissen…</source>
        <translation>Erasing the recording and what was derived from it…</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>Opname gewist: {what}.</source>
        <translation>Recording erased: {what}.</translation>
    </message>
    <message>
        <source>Wacht tot het importeren klaar is.</source>
        <translation>Wait until the import has finished.</translation>
    </message>
    <message>
        <source>Afgebroken: er is niets bewaard van het onderbroken bestand.</source>
        <translation>Cancelled: nothing of the interrupted file was kept.</translation>
    </message>
    <message>
        <source>Kopieën buiten de werkmap</source>
        <translation>Copies outside the workspace</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>klantmanager</source>
        <translation>client manager</translation>
    </message>
    <message>
        <source>werkregisseur</source>
        <translation>work coordinator</translation>
    </message>
    <message>
        <source>schuldhulpverlener</source>
        <translation>debt counsellor</translation>
    </message>
    <message>
        <source>jobcoach</source>
        <translation>job coach</translation>
    </message>
    <message>
        <source>cliënt</source>
        <translation>client</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>tolk</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>andere professional</source>
        <translation>other professional</translation>
    </message>
    <message>
        <source>naaste of familielid</source>
        <translation>relative or close one</translation>
    </message>
    <message>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>spreekkamer</source>
        <translation>meeting room</translation>
    </message>
    <message>
        <source>huisbezoek</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>telephone</translation>
    </message>
    <message>
        <source>beeldbellen</source>
        <translation>video call</translation>
    </message>
    <message>
        <source>wandeling</source>
        <translation>walk</translation>
    </message>
    <message>
        <source>gebeurtenis</source>
        <translation>event</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>opmerking</source>
        <translation>remark</translation>
    </message>
    <message>
        <source>Iets wat tussen de gesprekken gebeurde, bijvoorbeeld een huisbezoek of een korting op de uitkering</source>
        <translation>Something that happened between the conversations, for example a home visit or a benefit cut</translation>
    </message>
    <message>
        <source>Hoe de casus afliep</source>
        <translation>How the case ended</translation>
    </message>
    <message>
        <source>Een opmerking, bijvoorbeeld over een eerder gesprek dat niet is opgenomen</source>
        <translation>A remark, for example about an earlier conversation that was not recorded</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Nogmaals Esc sluit zonder dit op te slaan.</source>
        <translation>Esc again closes without storing this.</translation>
    </message>
    <message>
        <source>Wat u hier typte wordt niet bewaard. Toch sluiten?</source>
        <translation>What you typed here will not be kept. Close anyway?</translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Casusboek geladen: {n} casussen staan in de werkmap.</source>
        <translation>Casebook loaded: {n} cases are in the workspace.</translation>
    </message>
    <message>
        <source>Welkom, {name}. Begin met een nieuwe casus.</source>
        <translation>Welcome, {name}. Start with a new case.</translation>
    </message>
    <message>
        <source>Zeg eerst wie u bent: vul op de welkomstpagina uw naam in.</source>
        <translation>First say who you are: fill in your name on the welcome page.</translation>
    </message>
    <message>
        <source>Casus ‘{title}’ gemaakt. Leg nu het eerste gesprek vast.</source>
        <translation>Case ‘{title}’ created. Now record the first conversation.</translation>
    </message>
    <message>
        <source>Een gesprek hoort bij een casus: maak eerst een casus.</source>
        <translation>A conversation belongs to a case: create a case first.</translation>
    </message>
    <message>
        <source>Kies eerst een casus in de werkmap.</source>
        <translation>First choose a case in the workspace.</translation>
    </message>
    <message>
        <source>Wat hier openstond, is elders gewist en gesloten.</source>
        <translation>What was open here was erased elsewhere and is closed.</translation>
    </message>
    <message>
        <source>Kies eerst een gesprek in de werkmap.</source>
        <translation>First choose a conversation in the workspace.</translation>
    </message>
</context>
<context>
    <name>LabFeatures</name>
    <message>
        <source>Leerlab</source>
        <translation>Learning lab</translation>
    </message>
    <message>
        <source>Open eerst een opname.</source>
        <translation>Open a recording first.</translation>
    </message>
    <message>
        <source>Dit is voor de professional van de casus: kies bij ‘Ik annoteer als’ de professional.</source>
        <translation>This is for the case&apos;s professional: choose the professional under ‘I annotate as’.</translation>
    </message>
    <message>
        <source>Leergroep</source>
        <translation>Learning group</translation>
    </message>
</context>
<context>
    <name>LabSharing</name>
    <message>
        <source>Delen intrekken</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>‘{title}’ niet meer delen met {group}?

De groep ziet het fragment dan niet meer, en de feedback erop ({feedback}) wordt gewist. Een aandachtspunt dat je ervan maakte, blijft.</source>
        <translation>Stop sharing ‘{title}’ with {group}?

The group will no longer see the fragment, and the feedback on it ({feedback}) is erased. An attention point you made from it stays.</translation>
    </message>
</context>
<context>
    <name>LabWords</name>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>nog geen feedback</source>
        <translation>no feedback yet</translation>
    </message>
    <message>
        <source>1 reactie</source>
        <translation>1 response</translation>
    </message>
    <message>
        <source>{n} reacties</source>
        <translation>{n} responses</translation>
    </message>
</context>
<context>
    <name>LeerlabView</name>
    <message>
        <source>Enter speelt het fragment</source>
        <translation>Enter plays the fragment</translation>
    </message>
    <message>
        <source>Gedeelde &amp;fragmenten</source>
        <translation>Shared &amp;fragments</translation>
    </message>
    <message>
        <source>Vraag &amp;wijzigen…</source>
        <translation>Change &amp;question…</translation>
    </message>
    <message>
        <source>&amp;Delen intrekken…</source>
        <translation>S&amp;top sharing…</translation>
    </message>
    <message>
        <source>Feedback van de groep</source>
        <translation>Feedback from the group</translation>
    </message>
    <message>
        <source>Je hebt nog geen fragment met een leergroep gedeeld.

Open een opname, kies bij Fragmenten een fragment en kies dan (rechtermuisknop) ‘Delen met leergroep…’.</source>
        <translation>You have not shared a fragment with a learning group yet.

Open a recording, choose a fragment under Fragments and then (right mouse button) ‘Share with learning group…’.</translation>
    </message>
    <message>
        <source>Je zit nog niet in een leergroep.

Vraag wie de werkmap beheert om je aan een leergroep toe te voegen; daarna verschijnen de gedeelde fragmenten hier.</source>
        <translation>You are not in a learning group yet.

Ask whoever manages the workspace to add you to a learning group; the shared fragments then appear here.</translation>
    </message>
    <message>
        <source>Er is nog geen fragment met jouw leergroep gedeeld.

Zodra een professional een fragment deelt, verschijnt het hier vanzelf.</source>
        <translation>No fragment has been shared with your learning group yet.

As soon as a professional shares one, it appears here by itself.</translation>
    </message>
    <message>
        <source>Kies een fragment.</source>
        <translation>Choose a fragment.</translation>
    </message>
    <message>
        <source>Dit fragment kan niet worden afgespeeld.</source>
        <translation>This fragment cannot be played.</translation>
    </message>
    <message>
        <source>{length} lang</source>
        <translation>{length} long</translation>
    </message>
    <message>
        <source>gezichten vervaagd</source>
        <translation>faces blurred</translation>
    </message>
    <message>
        <source>Vraag van {name}: {question}</source>
        <translation>Question from {name}: {question}</translation>
    </message>
    <message>
        <source>{name} stelde geen vraag bij dit fragment.</source>
        <translation>{name} asked no question with this fragment.</translation>
    </message>
    <message>
        <source>Nog geen feedback. Geef de eerste top of tip.</source>
        <translation>No feedback yet. Give the first top or tip.</translation>
    </message>
    <message>
        <source>Feedback verwijderen</source>
        <translation>Delete feedback</translation>
    </message>
    <message>
        <source>Je {kind} verwijderen?

{text}</source>
        <translation>Delete your {kind}?

{text}</translation>
    </message>
    <message>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>Vraag aan de leergroep</source>
        <translation>Question for the learning group</translation>
    </message>
    <message>
        <source>Wat wil je de groep bij dit fragment vragen?</source>
        <translation>What do you want to ask the group about this fragment?</translation>
    </message>
</context>
<context>
    <name>LevelHint</name>
    <message>
        <source>Uit de methode: {source}</source>
        <translation>From the method: {source}</translation>
    </message>
</context>
<context>
    <name>ListenerFailures</name>
    <message>
        <source>Een onderdeel van het venster kon een wijziging niet tonen; de rest is wel bijgewerkt.</source>
        <translation>A part of the window could not show a change; everything else was updated.</translation>
    </message>
</context>
<context>
    <name>LoginPasswordDialog</name>
    <message>
        <source>&amp;Wijzigen</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Mijn wachtwoord wijzigen</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord voor uw login {login} in de teamdatabase. Vanaf nu meldt u zich daarmee aan.</source>
        <translation>A new password for your login {login} in the team database. From now on you sign in with it.</translation>
    </message>
    <message>
        <source>Wachtwoord instellen</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord voor {name}. Geef het {name} op een veilige manier door; het oude werkt niet meer.</source>
        <translation>A new password for {name}. Pass it on to {name} in a safe way; the old one no longer works.</translation>
    </message>
    <message>
        <source>Minstens {n} tekens.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>N&amp;og een keer:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd; gebruik het vanaf nu bij het aanmelden.</source>
        <translation>Your password was changed; use it from now on when you sign in.</translation>
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
        <source>1 stap uit je verbeterplan is aan de beurt.</source>
        <translation>1 step of your improvement plan is due.</translation>
    </message>
    <message>
        <source>{n} stappen uit je verbeterplan zijn aan de beurt.</source>
        <translation>{n} steps of your improvement plan are due.</translation>
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
    <name>MediaFiles</name>
    <message>
        <source>Opnamen (video en audio)</source>
        <translation>Recordings (video and audio)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Alle bestanden</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Opname importeren</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <source>Vervangende opname kiezen</source>
        <translation>Choose the replacement recording</translation>
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
    <name>MembersTab</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Kan aanmelden</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <source>Teamlid &amp;toevoegen…</source>
        <translation>&amp;Add team member…</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;instellen…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <source>Teamlid &amp;verwijderen…</source>
        <translation>&amp;Remove team member…</translation>
    </message>
    <message>
        <source>Mijn &amp;wachtwoord wijzigen…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Alleen de beheerder van de teamdatabase voegt teamleden toe of verwijdert ze.</source>
        <translation>Only the team database&apos;s administrator adds or removes team members.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{name} is toegevoegd met de login {login}.</source>
        <translation>{name} was added with the login {login}.</translation>
    </message>
    <message>
        <source>Teamlid verwijderen</source>
        <translation>Remove team member</translation>
    </message>
    <message>
        <source>{name} uit het team verwijderen? De login {login} wordt van de databaseserver verwijderd: {name} kan zich niet meer aanmelden. Wat {name} annoteerde, blijft bewaard.</source>
        <translation>Remove {name} from the team? The login {login} is removed from the database server: {name} can no longer sign in. What {name} annotated is kept.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{name} is uit het team verwijderd; de login {login} bestaat niet meer.</source>
        <translation>{name} was removed from the team; the login {login} no longer exists.</translation>
    </message>
    <message>
        <source>Het wachtwoord van {name} is ingesteld.</source>
        <translation>The password of {name} was set.</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password was changed.</translation>
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
        <source>Ca&amp;sus</source>
        <translation>Ca&amp;se</translation>
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
    <name>MomentList</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Momenten om te bekijken</source>
        <translation>Moments to look at</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Versleutelen</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>Aan&amp;maken</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <source>Werkmap versleutelen</source>
        <translation>Encrypt workspace</translation>
    </message>
    <message>
        <source>Nieuwe werkmap</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Kijkwijzer versleutelt alles in de werkmap &lt;b&gt;{name}&lt;/b&gt;. Kies een wachtwoord; u geeft het bij elke start.</source>
        <translation>Kijkwijzer encrypts everything in the workspace &lt;b&gt;{name}&lt;/b&gt;. Choose a passphrase; you enter it at every start.</translation>
    </message>
    <message>
        <source>Minstens {n} tekens, en niet de naam van de werkmap.</source>
        <translation>At least {n} characters, and not the workspace&apos;s name.</translation>
    </message>
    <message>
        <source>Let op: bent u het wachtwoord kwijt, dan zijn de gegevens in deze werkmap verloren. Niemand kan ze terughalen, ook de makers van Kijkwijzer niet. Bewaar het wachtwoord op een veilige plek.</source>
        <translation>Note: if you lose the passphrase, the data in this workspace is lost. Nobody can get it back, not even the makers of Kijkwijzer. Keep the passphrase in a safe place.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Nog een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>OverrunChoice</name>
    <message>
        <source>weigeren: niets inlezen</source>
        <translation>refuse: import nothing</translation>
    </message>
    <message>
        <source>afkappen bij het einde</source>
        <translation>cut at the end</translation>
    </message>
    <message>
        <source>overslaan</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>Wat er gebeurt met annotaties na het einde van de opname</source>
        <translation>What happens to annotations past the recording&apos;s end</translation>
    </message>
    <message>
        <source>Na het &amp;einde van de opname ({seconds} s): {past} annotaties lopen door, {after} beginnen pas daarna (die worden ook bij afkappen overgeslagen).</source>
        <translation>Past the recording&apos;s &amp;end ({seconds} s): {past} annotations run on, {after} start only after it (these are skipped when cutting too).</translation>
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
    <name>ParticipantRows</name>
    <message>
        <source>Deelnemer toe&amp;voegen</source>
        <translation>Add partic&amp;ipant</translation>
    </message>
    <message>
        <source>Rol van de deelnemer</source>
        <translation>Role of the participant</translation>
    </message>
    <message>
        <source>bijvoorbeeld: tolk Arabisch, werkcoach van het UWV</source>
        <translation>for example: Arabic interpreter, work coach from the UWV</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>&amp;Professional toevoegen…</source>
        <translation>Add &amp;professional…</translation>
    </message>
    <message>
        <source>Kijkers: de vreemde ogen</source>
        <translation>Reviewers: the outside eyes</translation>
    </message>
    <message>
        <source>&amp;Kijkers</source>
        <translation>&amp;Reviewers</translation>
    </message>
    <message>
        <source>&amp;Gearchiveerde kijkers tonen</source>
        <translation>Show &amp;archived reviewers</translation>
    </message>
    <message>
        <source>Arc&amp;hiveren</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Nieuwe kijker</source>
        <translation>New reviewer</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>N&amp;aam</source>
        <translation>Nam&amp;e</translation>
    </message>
    <message>
        <source>R&amp;ol</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source> · gearchiveerd</source>
        <translation> · archived</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>Res&amp;tore</translation>
    </message>
</context>
<context>
    <name>PillarBox</name>
    <message>
        <source>Aanbevelingen</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Lees- en kijktips</source>
        <translation>Reading and viewing tips</translation>
    </message>
    <message>
        <source>Pijler %1</source>
        <translation>Pillar %1</translation>
    </message>
    <message>
        <source>Je hebt hier 1 keer ‘(helemaal) oneens’ aangekruist: hier zit ruimte voor verbetering.</source>
        <translation>You ticked ‘(strongly) disagree’ once here: there is room for improvement.</translation>
    </message>
    <message>
        <source>Je hebt hier {n} keer ‘(helemaal) oneens’ aangekruist: hier zit ruimte voor verbetering.</source>
        <translation>You ticked ‘(strongly) disagree’ {n} times here: there is room for improvement.</translation>
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
    <name>PillarHelp</name>
    <message>
        <source>Belangrijke elementen van %1</source>
        <translation>Important elements of %1</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>What does %1 mean?</translation>
    </message>
    <message>
        <source>Definitie en elementen van deze pijler uit het onderzoek achter het assessment; klik of Spatie om ze te tonen of te verbergen</source>
        <translation>Definition and elements of this pillar from the research behind the assessment; click or press Space to show or hide them</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Kies links een verbeterpunt of een stap om die te wijzigen.</source>
        <translation>Choose an improvement point or a step on the left to change it.</translation>
    </message>
    <message>
        <source>Verbeterpunt</source>
        <translation>Improvement point</translation>
    </message>
    <message>
        <source>Wie/wat nodig</source>
        <translation>Who/what is needed</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>op</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
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
        <source>Notitie</source>
        <translation>Note</translation>
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
        <source>Weer open</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Een stap die gedaan of vervallen is, weer open zetten</source>
        <translation>Set a step that is done or dropped to open again</translation>
    </message>
    <message>
        <source>Fragment koppelen…</source>
        <translation>Link fragment…</translation>
    </message>
    <message>
        <source>Een fragment uit je eigen gesprekken als bewijs aan deze stap koppelen</source>
        <translation>Link a fragment of your own conversations to this step as evidence</translation>
    </message>
    <message>
        <source>Nieuwe stap bij het gekozen verbeterpunt; Enter voegt toe</source>
        <translation>New step for the chosen improvement point; Enter adds it</translation>
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
    <message>
        <source>1 stap aan de beurt.</source>
        <translation>1 step due.</translation>
    </message>
    <message>
        <source>{n} stappen aan de beurt.</source>
        <translation>{n} steps due.</translation>
    </message>
    <message>
        <source>1 verbeterplan.</source>
        <translation>1 improvement plan.</translation>
    </message>
    <message>
        <source>{n} verbeterplannen.</source>
        <translation>{n} improvement plans.</translation>
    </message>
    <message>
        <source>Geen fragmenten meer om te koppelen</source>
        <translation>No more fragments to link</translation>
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
    <name>PlaylistFields</name>
    <message>
        <source>Naam van de lijst (mag leeg)</source>
        <translation>Name of the list (may be empty)</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>Be&amp;doeling</source>
        <translation>P&amp;urpose</translation>
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
        <source>Lijst verwijderen</source>
        <translation>Delete list</translation>
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
    <message>
        <source>Afspeellijst ‘{name}’ verwijderen?

De fragmenten zelf blijven bestaan.</source>
        <translation>Delete playlist ‘{name}’?

The fragments themselves stay.</translation>
    </message>
</context>
<context>
    <name>ProductText</name>
    <message>
        <source>Tekst van het programma, niet uit de methode</source>
        <translation>The program&apos;s own text, not from the method</translation>
    </message>
    <message>
        <source>Programmatekst:</source>
        <translation>Program text:</translation>
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
        <source>Hoe voelde dit moment?</source>
        <translation>How did this moment feel?</translation>
    </message>
    <message>
        <source>In uw eigen woorden: wat gebeurt er hier?</source>
        <translation>In your own words: what is happening here?</translation>
    </message>
    <message>
        <source>Wilt u nog iets toevoegen?</source>
        <translation>Is there anything you would like to add?</translation>
    </message>
    <message>
        <source>De drie vragen per fragment zijn door Kijkwijzer geschreven; de methode geeft er geen woorden voor.</source>
        <translation>The three questions per fragment were written by Kijkwijzer; the method gives no wording for them.</translation>
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
        <source>Fragment {n} van {total}: hoe was dit voor u?</source>
        <translation>Fragment {n} of {total}: how was this for you?</translation>
    </message>
</context>
<context>
    <name>RecordingLabPanel</name>
    <message>
        <source>Open een opname om te zien wat de leergroep van de gedeelde fragmenten vond.</source>
        <translation>Open a recording to see what the learning group thought of the shared fragments.</translation>
    </message>
    <message>
        <source>Wat de leergroep van je gedeelde fragmenten vindt. Maak van een top of tip een aandachtspunt voor je reflectie.</source>
        <translation>What the learning group thinks of your shared fragments. Turn a top or tip into an attention point for your reflection.</translation>
    </message>
    <message>
        <source>Nog geen fragment van deze opname gedeeld. Kies bij Fragmenten een fragment en dan (rechtermuisknop) ‘Delen met leergroep…’.</source>
        <translation>No fragment of this recording shared yet. Choose a fragment under Fragments and then (right mouse button) ‘Share with learning group…’.</translation>
    </message>
    <message>
        <source>Aandachtspunt gemaakt.</source>
        <translation>Attention point made.</translation>
    </message>
</context>
<context>
    <name>ReflectionHeader</name>
    <message>
        <source>Gesp&amp;rekken</source>
        <translation>Conversa&amp;tions</translation>
    </message>
    <message>
        <source>Over welke gesprekken van de casus dit reflectiegesprek gaat (Alt+R); een reflectie kan terugkijken op meer gesprekken tegelijk</source>
        <translation>Which conversations of the case this reflection is about (Alt+T); a reflection can look back on several conversations at once</translation>
    </message>
    <message>
        <source>&amp;Vervolgreflectie starten</source>
        <translation>Start f&amp;ollow-on reflection</translation>
    </message>
    <message>
        <source>Een nieuw reflectiegesprek dat op dit gesprek volgt, over een later gesprek van de casus (Alt+V)</source>
        <translation>A new reflection conversation that follows this one, about a later conversation of the case (Alt+O)</translation>
    </message>
    <message>
        <source>gesprek {n} ({date})</source>
        <translation>conversation {n} ({date})</translation>
    </message>
    <message>
        <source>Over {first} en {last}</source>
        <translation>About {first} and {last}</translation>
    </message>
    <message>
        <source>Over {conversation}</source>
        <translation>About {conversation}</translation>
    </message>
    <message>
        <source>vervolg op reflectie van {date}</source>
        <translation>follows the reflection of {date}</translation>
    </message>
    <message>
        <source>Gesprek {n} van {date}</source>
        <translation>Conversation {n} of {date}</translation>
    </message>
    <message>
        <source>Over gesprek {n} van {date}</source>
        <translation>About conversation {n} of {date}</translation>
    </message>
    <message>
        <source>Vervolgreflectie gestart.</source>
        <translation>Follow-on reflection started.</translation>
    </message>
</context>
<context>
    <name>ReflectionOutcome</name>
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
        <source>Iets om de volgende keer te proberen; het komt op de checklist van het volgende gesprek (Enter)</source>
        <translation>Something to try next time; it goes on the next conversation&apos;s checklist (Enter)</translation>
    </message>
    <message>
        <source>Als leer&amp;punt</source>
        <translation>As lear&amp;ning point</translation>
    </message>
    <message>
        <source>Het getypte vastleggen als leerpunt: een les die de professional meeneemt, zonder opvolging in een volgend gesprek (Alt+P)</source>
        <translation>Record what was typed as a learning point: a lesson the professional takes along, without follow-up in a later conversation (Alt+N)</translation>
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
        <source>Leerpunten</source>
        <translation>Learning points</translation>
    </message>
    <message>
        <source>Notities bij dit gesprek</source>
        <translation>Notes on this conversation</translation>
    </message>
</context>
<context>
    <name>ReflectionView</name>
    <message>
        <source>Alt+↑/Alt+↓ verandert de volgorde; Enter speelt het fragment; Delete haalt het van de agenda</source>
        <translation>Alt+↑/Alt+↓ changes the order; Enter plays the fragment; Delete takes it off the agenda</translation>
    </message>
    <message>
        <source>&amp;Fragment toevoegen…</source>
        <translation>Add fra&amp;gment…</translation>
    </message>
    <message>
        <source>Een fragment van dit gesprek op de agenda zetten</source>
        <translation>Put a fragment of this conversation on the agenda</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Het gekozen fragment van de agenda halen (Delete); het fragment zelf blijft bestaan</source>
        <translation>Take the chosen fragment off the agenda (Delete); the fragment itself stays</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
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
        <source>Reflectiegesprek van {date}: 1 fragment op de agenda</source>
        <translation>Reflection conversation of {date}: 1 fragment on the agenda</translation>
    </message>
    <message>
        <source>gesprek {n}</source>
        <translation>conversation {n}</translation>
    </message>
    <message>
        <source>Gesprek {n}</source>
        <translation>Conversation {n}</translation>
    </message>
    <message>
        <source>Geen fragmenten meer van dit gesprek. Maak er een in de review: markeer een stuk of kies een annotatie en druk op F.</source>
        <translation>No more fragments of this conversation. Make one in the review: mark a span or choose an annotation and press F.</translation>
    </message>
    <message>
        <source>Van agenda halen</source>
        <translation>Take off the agenda</translation>
    </message>
    <message>
        <source>{fragment} van de agenda halen?

De notities en tips bij dit fragment in dit reflectiegesprek gaan dan verloren; het fragment zelf blijft bestaan.</source>
        <translation>Take {fragment} off the agenda?

The notes and tips on this fragment in this reflection conversation will be lost; the fragment itself stays.</translation>
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
    <name>RemovalTexts</name>
    <message>
        <source>{n} opname</source>
        <translation>{n} recording</translation>
    </message>
    <message>
        <source>{n} opnamen</source>
        <translation>{n} recordings</translation>
    </message>
    <message>
        <source>{n} annotatie</source>
        <translation>{n} annotation</translation>
    </message>
    <message>
        <source>{n} annotaties</source>
        <translation>{n} annotations</translation>
    </message>
    <message>
        <source>{n} fragment</source>
        <translation>{n} fragment</translation>
    </message>
    <message>
        <source>{n} fragmenten</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <source>{n} reactie van de cliënt</source>
        <translation>{n} reaction of the client</translation>
    </message>
    <message>
        <source>{n} reacties van de cliënt</source>
        <translation>{n} reactions of the client</translation>
    </message>
    <message>
        <source>{n} transcriptregel</source>
        <translation>{n} transcript line</translation>
    </message>
    <message>
        <source>{n} transcriptregels</source>
        <translation>{n} transcript lines</translation>
    </message>
    <message>
        <source>{n} feedbackscore</source>
        <translation>{n} feedback score</translation>
    </message>
    <message>
        <source>{n} feedbackscores</source>
        <translation>{n} feedback scores</translation>
    </message>
    <message>
        <source>{n} SLIM-analyse</source>
        <translation>{n} SLIM analysis</translation>
    </message>
    <message>
        <source>{n} SLIM-analyses</source>
        <translation>{n} SLIM analyses</translation>
    </message>
    <message>
        <source>{n} reflectiegesprek</source>
        <translation>{n} reflection conversation</translation>
    </message>
    <message>
        <source>{n} reflectiegesprekken</source>
        <translation>{n} reflection conversations</translation>
    </message>
    <message>
        <source>{n} met een leergroep gedeeld fragment (met feedback)</source>
        <translation>{n} fragment shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>{n} met een leergroep gedeelde fragmenten (met feedback)</source>
        <translation>{n} fragments shared with a learning group (with feedback)</translation>
    </message>
    <message>
        <source>{n} bestand overschreven en verwijderd</source>
        <translation>{n} file overwritten and deleted</translation>
    </message>
    <message>
        <source>{n} bestanden overschreven en verwijderd</source>
        <translation>{n} files overwritten and deleted</translation>
    </message>
    <message>
        <source>alleen de opname zelf</source>
        <translation>only the recording itself</translation>
    </message>
    <message>
        <source>De opname ‘{name}’ wordt onherroepelijk gewist, met alles wat ervan is afgeleid: {what}.

De toestemming van de cliënt blijft staan. Doorgaan?</source>
        <translation>The recording ‘{name}’ will be erased for good, with everything derived from it: {what}.

The client&apos;s consent stays. Continue?</translation>
    </message>
    <message>
        <source>‘{new}’ komt in de plaats van ‘{old}’. Eerst wordt het nieuwe bestand geïmporteerd; daarna wordt de oude opname onherroepelijk gewist, met alles wat ervan is afgeleid: {what}.

Doorgaan?</source>
        <translation>‘{new}’ takes the place of ‘{old}’. The new file is imported first; then the old recording is erased for good, with everything derived from it: {what}.

Continue?</translation>
    </message>
    <message>
        <source>Let op: eerdere exports of back-ups met dit gesprek ({n}) staan buiten de werkmap; verwijder die zelf.</source>
        <translation>Note: earlier exports or backups holding this conversation ({n}) are outside the workspace; delete them yourself.</translation>
    </message>
    <message>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>&amp;Erase</translation>
    </message>
</context>
<context>
    <name>ReplacementPreview</name>
    <message>
        <source>bekende naam</source>
        <translation>known name</translation>
    </message>
    <message>
        <source>lijkt op de naam van de cliënt</source>
        <translation>looks like the client&apos;s name</translation>
    </message>
    <message>
        <source>naam van een ander</source>
        <translation>someone else&apos;s name</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>instelling</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>datum van lang geleden</source>
        <translation>date long ago</translation>
    </message>
    <message>
        <source>hoge leeftijd</source>
        <translation>age of 90 or over</translation>
    </message>
    <message>
        <source>burgerservicenummer</source>
        <translation>citizen service number (BSN)</translation>
    </message>
    <message>
        <source>nummer</source>
        <translation>number</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>webadres</source>
        <translation>web address</translation>
    </message>
    <message>
        <source>Controleren wat er vervangen wordt</source>
        <translation>Check what will be replaced</translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>&amp;Exporteren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>De export maken met deze vervangingen (Enter)</source>
        <translation>Make the export with these replacements (Enter)</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Niets exporteren (Esc)</source>
        <translation>Export nothing (Esc)</translation>
    </message>
    <message>
        <source>Er is niets gevonden om te vervangen. Naam van de cliënt, andere namen, adressen en nummers komen in deze export niet voor.</source>
        <translation>Nothing was found to replace: the client&apos;s name, other names, addresses and numbers do not occur in this export.</translation>
    </message>
    <message>
        <source>Voordat de export de werkmap verlaat, wordt 1 stuk tekst vervangen:</source>
        <translation>Before the export leaves the workspace, 1 piece of text is replaced:</translation>
    </message>
    <message>
        <source>Voordat de export de werkmap verlaat, worden {n} stukken tekst vervangen:</source>
        <translation>Before the export leaves the workspace, {n} pieces of text are replaced:</translation>
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
        <source>Tekstverslag uit het casusboek: geen beeld of geluid</source>
        <translation>Written account from the casebook: no picture or sound</translation>
    </message>
    <message>
        <source>Het verslag staat in het Transcript; annotaties en fragmenten werken zoals bij een opname.</source>
        <translation>The account is in the Transcript; annotations and fragments work as they do on a recording.</translation>
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
    <name>ScaleRow</name>
    <message>
        <source>middelste keuze van het programma; het werkboek noemt alleen (helemaal) oneens en (helemaal) eens</source>
        <translation>the program&apos;s middle choice; the workbook names only (strongly) disagree and (strongly) agree</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <source>Tot slot twee vragen over uw gesprekken</source>
        <translation>Finally, two questions about your conversations</translation>
    </message>
    <message>
        <source>De dag van dit interview; die kan na een later gesprek liggen</source>
        <translation>The day of this interview; it may lie after a later conversation</translation>
    </message>
    <message>
        <source>&amp;Datum van dit interview:</source>
        <translation>&amp;Date of this interview:</translation>
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
        <source>Kies bij minstens één vraag een score (of ‘geen cijfer’ met de woorden van de cliënt), of kies Overslaan.</source>
        <translation>Choose a score for at least one question (or ‘no score’ with the client&apos;s words), or choose Skip.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>geen cijfer</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>De cliënt geeft geen cijfer: alleen de woorden van de cliënt worden vastgelegd</source>
        <translation>The client gives no score: only the client&apos;s words are recorded</translation>
    </message>
    <message>
        <source>De woorden van de cliënt (nodig zonder cijfer)</source>
        <translation>The client&apos;s words (needed without a score)</translation>
    </message>
    <message>
        <source>De woorden van de cliënt</source>
        <translation>The client&apos;s words</translation>
    </message>
    <message>
        <source>Kies eerst een score of ‘geen cijfer’; dan de woorden van de cliënt</source>
        <translation>First choose a score or ‘no score’; then the client&apos;s words</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Zoeken in alle opnamen</source>
        <translation>Search all recordings</translation>
    </message>
    <message>
        <source>Bij dit gesprek is geen opname: de feedback van de cliënt staat bij het gesprek.</source>
        <translation>This conversation has no recording: the client&apos;s feedback belongs to the conversation.</translation>
    </message>
    <message>
        <source>Annotatie</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Reactie cliënt</source>
        <translation>Client&apos;s reaction</translation>
    </message>
    <message>
        <source>Feedback cliënt</source>
        <translation>Client&apos;s feedback</translation>
    </message>
    <message>
        <source>Zoek in annotaties, citaten, transcripten en reacties van cliënten</source>
        <translation>Search annotations, quotes, transcripts and clients&apos; reactions</translation>
    </message>
    <message>
        <source>Zoekwoorden</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Zoek in alle opnamen:</source>
        <translation>Search all recordings:</translation>
    </message>
    <message>
        <source>{case} · gesprek {n}</source>
        <translation>{case} · conversation {n}</translation>
    </message>
    <message>
        <source>(geen opname)</source>
        <translation>(no recording)</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Typ een woord: alle woorden moeten voorkomen, een begin van een woord is genoeg.</source>
        <translation>Type a word: every word must occur; the start of a word is enough.</translation>
    </message>
    <message>
        <source>Niets gevonden voor ‘{words}’.</source>
        <translation>Nothing found for ‘{words}’.</translation>
    </message>
    <message>
        <source>1 resultaat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>{n} resultaten</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <source>in 1 opname of gesprek.</source>
        <translation>in 1 recording or conversation.</translation>
    </message>
    <message>
        <source>in {n} opnamen of gesprekken.</source>
        <translation>in {n} recordings or conversations.</translation>
    </message>
    <message>
        <source>Alleen de beste {n} zijn getoond: maak de zoekwoorden specifieker.</source>
        <translation>Only the best {n} are shown: make the search words more specific.</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Nog geen gesprekken</source>
        <translation>No conversations yet</translation>
    </message>
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
        <source>&amp;1 Lijn over de tijd</source>
        <translation>&amp;1 Line over time</translation>
    </message>
    <message>
        <source>&amp;2 Per gesprek</source>
        <translation>&amp;2 Per conversation</translation>
    </message>
    <message>
        <source>&amp;3 Aandachtspunten</source>
        <translation>&amp;3 Attention points</translation>
    </message>
    <message>
        <source>Casus {title} ({client}): 1 gesprek</source>
        <translation>Case {title} ({client}): 1 conversation</translation>
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
        <source>Cliënt en kijkers: komt overeen (% van de vergeleken fragmenten)</source>
        <translation>Client and reviewers: matches (% of the fragments compared)</translation>
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
        <source>geen cijfer</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>{n} nieuw</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>1 leerpunt</source>
        <translation>1 learning point</translation>
    </message>
    <message>
        <source>{n} leerpunten</source>
        <translation>{n} learning points</translation>
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
        <source>leerpunt</source>
        <translation>learning point</translation>
    </message>
    <message>
        <source>Gesprek {n}, leerpunt: {text}</source>
        <translation>Conversation {n}, learning point: {text}</translation>
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
    <name>ShareDialog</name>
    <message>
        <source>Delen met leergroep</source>
        <translation>Share with learning group</translation>
    </message>
    <message>
        <source>Fragment: {fragment}</source>
        <translation>Fragment: {fragment}</translation>
    </message>
    <message>
        <source>De groep ziet alleen dit stukje, als een eigen versleutelde clip; nooit de hele opname. Trekt de cliënt de toestemming in, dan verdwijnt het meteen.</source>
        <translation>The group sees only this piece, as an encrypted clip of its own; never the whole recording. If the client withdraws consent, it disappears at once.</translation>
    </message>
    <message>
        <source>Leer&amp;groepen…</source>
        <translation>Learning &amp;groups…</translation>
    </message>
    <message>
        <source>Een leergroep maken of samenstellen (Bestand &gt; Team en leergroepen…)</source>
        <translation>Make or compose a learning group (File &gt; Team and learning groups…)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: hoe reageert de cliënt op mijn uitleg, en wat had ik anders kunnen vragen?</source>
        <translation>For example: how does the client respond to my explanation, and what could I have asked instead?</translation>
    </message>
    <message>
        <source>Gezi&amp;chten vervagen</source>
        <translation>Blur fa&amp;ces</translation>
    </message>
    <message>
        <source>De clip voor de groep krijgt vervaagde gezichten</source>
        <translation>The clip for the group gets blurred faces</translation>
    </message>
    <message>
        <source>&amp;Leergroep:</source>
        <translation>&amp;Learning group:</translation>
    </message>
    <message>
        <source>&amp;Vraag aan de groep:</source>
        <translation>&amp;Question for the group:</translation>
    </message>
    <message>
        <source>&amp;Delen</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{name} ({n} leden)</source>
        <translation>{name} ({n} members)</translation>
    </message>
    <message>
        <source>{name} (1 lid)</source>
        <translation>{name} (1 member)</translation>
    </message>
    <message>
        <source>(nog geen leergroep: maak er een)</source>
        <translation>(no learning group yet: make one)</translation>
    </message>
    <message>
        <source>Delen is niet gelukt: {reason}</source>
        <translation>Sharing failed: {reason}</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <source>Fragment {id}</source>
        <translation>Fragment {id}</translation>
    </message>
    <message>
        <source>jou</source>
        <translation>you</translation>
    </message>
    <message>
        <source>{group} · gedeeld door {who} · {feedback}</source>
        <translation>{group} · shared by {who} · {feedback}</translation>
    </message>
    <message>
        <source>Gedeelde fragmenten</source>
        <translation>Shared fragments</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Gedeeld met {group} op {day} · {feedback}</source>
        <translation>Shared with {group} on {day} · {feedback}</translation>
    </message>
    <message>
        <source>Jouw vraag: {question}</source>
        <translation>Your question: {question}</translation>
    </message>
    <message>
        <source>▶ In de opname</source>
        <translation>▶ In the recording</translation>
    </message>
    <message>
        <source>Naar het begin van dit fragment in de opname</source>
        <translation>To the start of this fragment in the recording</translation>
    </message>
    <message>
        <source>Delen intrekken…</source>
        <translation>Stop sharing…</translation>
    </message>
    <message>
        <source>De groep heeft nog niet gereageerd.</source>
        <translation>The group has not responded yet.</translation>
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
    <name>SignedIn</name>
    <message>
        <source>Aangemeld als beheerder {login} · teamdatabase {database}</source>
        <translation>Signed in as administrator {login} · team database {database}</translation>
    </message>
    <message>
        <source>Aangemeld als {name} ({role}) · teamdatabase {database}</source>
        <translation>Signed in as {name} ({role}) · team database {database}</translation>
    </message>
    <message>
        <source>Wie u bent, volgt uit uw databaselogin {login}; teamleden en leergroepen vindt u onder Bestand &gt; Team en leergroepen…</source>
        <translation>Who you are follows from your database login {login}; team members and learning groups are under File &gt; Team and learning groups…</translation>
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
        <source>Benadering van</source>
        <translation>Approach of</translation>
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
    <message>
        <source>Redenering van het programma (geen tekst uit de methode):</source>
        <translation>The program&apos;s reasoning (not text from the method):</translation>
    </message>
</context>
<context>
    <name>SlimEditor</name>
    <message>
        <source>Analyse in eigen woorden (zoals in de casusanalyses)</source>
        <translation>Analysis in your own words (as in the case analyses)</translation>
    </message>
    <message>
        <source>Redenering van het programma (geen tekst uit de methode):</source>
        <translation>The program&apos;s reasoning (not text from the method):</translation>
    </message>
    <message>
        <source>Het programma legt uit hoe het voorgestelde oordeel tot stand komt. De namen van lijsten, keuzes en oordelen komen uit SLIM; de zinnen zijn van het programma zelf.</source>
        <translation>The program explains how the suggested verdict comes about. The names of lists, choices and verdicts come from SLIM; the sentences are the program&apos;s own.</translation>
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
        <source>Wiens benadering deze analyse beoordeelt (Alt+B)</source>
        <translation>Whose approach this analysis judges (Alt+B)</translation>
    </message>
    <message>
        <source>&amp;Benadering van:</source>
        <translation>&amp;Approach of:</translation>
    </message>
    <message>
        <source>Bij een gemengd zelfbeeld: hoe ziet de cliënt zichzelf vooral? Het voorgestelde oordeel weegt dat zelfbeeld het zwaarst (Alt+V).</source>
        <translation>With a mixed self-image: how does the client mainly see himself? The suggested verdict weighs that self-image most (Alt+N).</translation>
    </message>
    <message>
        <source>&amp;Vooral:</source>
        <translation>Mai&amp;nly:</translation>
    </message>
    <message>
        <source>Zelfbeeld, rol en logica (wat op één rij staat, past bij elkaar)</source>
        <translation>Self-image, role and logic (what stands on one row fits together)</translation>
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
    <name>SlimHelp</name>
    <message>
        <source>Het model</source>
        <translation>The model</translation>
    </message>
    <message>
        <source>De drie lijsten</source>
        <translation>The three lists</translation>
    </message>
    <message>
        <source>Het oordeel</source>
        <translation>The verdict</translation>
    </message>
    <message>
        <source>Wat in de drie lijsten op dezelfde plaats staat, past bij elkaar (afgeleid uit de casusanalyses).</source>
        <translation>What stands in the same place in the three lists fits together (inferred from the case analyses).</translation>
    </message>
    <message>
        <source>(uit een casusanalyse, 004 regel %1)</source>
        <translation>(from a case analysis, 004 line %1)</translation>
    </message>
    <message>
        <source>Hieronder de bijlage over SLIM uit ‘Van Kijken naar Zien’, letterlijk en in de volgorde van de bron. De kopjes en de grijze regels zijn van het programma.</source>
        <translation>Below is the appendix on SLIM from ‘Van Kijken naar Zien’, quoted and in the source&apos;s order (the method&apos;s texts are shown in Dutch where no translation exists). The headings and the grey lines are the program&apos;s.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Further</translation>
    </message>
</context>
<context>
    <name>SlimHelpDialog</name>
    <message>
        <source>Over SLIM</source>
        <translation>About SLIM</translation>
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
        <source>Of wijk af:</source>
        <translation>Or differ:</translation>
    </message>
    <message>
        <source>&amp;1 Mijn analyse</source>
        <translation>&amp;1 My analysis</translation>
    </message>
    <message>
        <source>De SLIM-analyses van alle kijkers bij dit gesprek, één kolom per analyse</source>
        <translation>The SLIM analyses of all reviewers of this conversation, one column per analysis</translation>
    </message>
    <message>
        <source>Over SLI&amp;M…</source>
        <translation>About SLI&amp;M…</translation>
    </message>
    <message>
        <source>Het model, de drie lijsten en het oordeel, uit de bijlage over SLIM (Alt+M)</source>
        <translation>The model, the three lists and the verdict, from the appendix on SLIM (Alt+M)</translation>
    </message>
    <message>
        <source>Nieuwe analyse</source>
        <translation>New analysis</translation>
    </message>
    <message>
        <source>heel gesprek</source>
        <translation>whole conversation</translation>
    </message>
    <message>
        <source>&amp;2 Naast elkaar (1 analyse)</source>
        <translation>&amp;2 Side by side (1 analysis)</translation>
    </message>
    <message>
        <source>&amp;2 Naast elkaar ({n} analyses)</source>
        <translation>&amp;2 Side by side ({n} analyses)</translation>
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
    <name>SpeakerLane</name>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ander</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SpeakingLine</name>
    <message>
        <source>gesprek {n} {share}</source>
        <translation>conversation {n} {share}</translation>
    </message>
    <message>
        <source>Spreektijd van de cliënt: {shares}</source>
        <translation>The client&apos;s speaking time: {shares}</translation>
    </message>
    <message>
        <source>Spreektijd van de cliënt: nog geen gesprek geanalyseerd (Gesprek &gt; Gespreksverloop).</source>
        <translation>The client&apos;s speaking time: no conversation analysed yet (Conversation &gt; Conversation flow).</translation>
    </message>
    <message>
        <source>(overgeslagen, nog niet geanalyseerd: gesprek {numbers})</source>
        <translation>(skipped, not analysed yet: conversation {numbers})</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>De werkmap wordt geopend…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>Step1Page</name>
    <message>
        <source>Stap 1: %1</source>
        <translation>Step 1: %1</translation>
    </message>
    <message>
        <source>Stap %1</source>
        <translation>Step %1</translation>
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
        <source>Hieronder staan de stellingen, vier per pijler (in het werkboek: het schema hiernaast).</source>
        <translation>The statements are below, four per pillar (in the workbook: the table alongside).</translation>
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
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Pijler:</source>
        <translation>Pillar:</translation>
    </message>
    <message>
        <source>+ Stap toevoegen</source>
        <translation>+ Add step</translation>
    </message>
    <message>
        <source>1 aangevinkt moment uit stap 3 wordt als bewijs aan elke stap gekoppeld.</source>
        <translation>1 ticked moment from step 3 is linked to every step as evidence.</translation>
    </message>
    <message>
        <source>{n} aangevinkte momenten uit stap 3 worden als bewijs aan elke stap gekoppeld.</source>
        <translation>{n} ticked moments from step 3 are linked to every step as evidence.</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Teamdatabase openen</source>
        <translation>Open team database</translation>
    </message>
    <message>
        <source>Open de gedeelde database van uw team. U meldt zich aan met uw eigen login: wat u ziet en doet, volgt daaruit. De gegevens krijgt u van de beheerder.</source>
        <translation>Open your team&apos;s shared database. You sign in with your own login: what you see and do follows from it. Your administrator gives you these details.</translation>
    </message>
    <message>
        <source>&amp;Certificaatbestanden gebruiken (als de beheerder ze gaf)</source>
        <translation>Use certificate &amp;files (if your administrator gave you them)</translation>
    </message>
    <message>
        <source>Uw certi&amp;ficaat:</source>
        <translation>Your cer&amp;tificate:</translation>
    </message>
    <message>
        <source>Uw certificaat kiezen</source>
        <translation>Choose your certificate</translation>
    </message>
    <message>
        <source>Uw sl&amp;eutel:</source>
        <translation>Your &amp;key:</translation>
    </message>
    <message>
        <source>Uw sleutel kiezen</source>
        <translation>Choose your key</translation>
    </message>
    <message>
        <source>&amp;Root-certificaat:</source>
        <translation>&amp;Root certificate:</translation>
    </message>
    <message>
        <source>Root-certificaat van de server kiezen</source>
        <translation>Choose the server&apos;s root certificate</translation>
    </message>
    <message>
        <source>Wachtwoord ont&amp;houden in de sleutelbos van het systeem</source>
        <translation>Keep the password in t&amp;he system keyring</translation>
    </message>
    <message>
        <source>Dan vult Kijkwijzer het wachtwoord op deze computer voortaan zelf in.</source>
        <translation>Kijkwijzer then fills in the password itself on this computer.</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Eerder gebr&amp;uikt:</source>
        <translation>Recently &amp;used:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>bijvoorbeeld db.gemeente.nl</source>
        <translation>for example db.municipality.nl</translation>
    </message>
    <message>
        <source>&amp;Poort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>bijvoorbeeld kijkwijzer</source>
        <translation>for example kijkwijzer</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>uw eigen login, niet die van een collega</source>
        <translation>your own login, not a colleague&apos;s</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>leeg laten bij aanmelden met een certificaat</source>
        <translation>leave empty when signing in with a certificate</translation>
    </message>
    <message>
        <source>de map die het team deelt</source>
        <translation>the folder the team shares</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Gedeelde &amp;mediamap:</source>
        <translation>Shared &amp;media folder:</translation>
    </message>
    <message>
        <source>Beveiligd als de server dat kan (standaard)</source>
        <translation>Secured when the server can (default)</translation>
    </message>
    <message>
        <source>Altijd beveiligd</source>
        <translation>Always secured</translation>
    </message>
    <message>
        <source>Altijd beveiligd, en de server gecontroleerd</source>
        <translation>Always secured, and the server checked</translation>
    </message>
    <message>
        <source>Vraag de beheerder welke keuze past. Voor &apos;de server gecontroleerd&apos; is het root-certificaat van de server nodig.</source>
        <translation>Ask your administrator which choice fits. &apos;The server checked&apos; needs the server&apos;s root certificate.</translation>
    </message>
    <message>
        <source>Beveiligde &amp;verbinding:</source>
        <translation>Secure conn&amp;ection:</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Gedeelde mediamap kiezen</source>
        <translation>Choose the shared media folder</translation>
    </message>
    <message>
        <source>Certificaten (*.crt *.pem *.key *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.crt *.pem *.key *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Openen is mislukt: {error}</source>
        <translation>Opening failed: {error}</translation>
    </message>
    <message>
        <source>Verbinden met {server}… (hooguit {seconds} seconden)</source>
        <translation>Connecting to {server}… (at most {seconds} seconds)</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team en leergroepen</source>
        <translation>Team and learning groups</translation>
    </message>
    <message>
        <source>Een leergroep kijkt samen naar fragmenten die een professional met de groep deelt, en geeft feedback. Hier stelt u de groepen samen.</source>
        <translation>A learning group watches fragments that a professional shares with the group together, and gives feedback. Here you put the groups together.</translation>
    </message>
    <message>
        <source>U bent de beheerder ({login}) van de teamdatabase {database}.</source>
        <translation>You are the administrator ({login}) of the team database {database}.</translation>
    </message>
    <message>
        <source>Teamdatabase {database}; u bent aangemeld als {name}.</source>
        <translation>Team database {database}; you are signed in as {name}.</translation>
    </message>
    <message>
        <source>Team&amp;leden</source>
        <translation>Team &amp;members</translation>
    </message>
    <message>
        <source>Leer&amp;groepen</source>
        <translation>Learning &amp;groups</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>De verbinding met de teamdatabase is hersteld; wat collega&apos;s intussen vastlegden, wordt bijgehaald.</source>
        <translation>The connection to the team database is back; what colleagues recorded meanwhile is being fetched.</translation>
    </message>
    <message>
        <source>Teamdatabase: verbonden</source>
        <translation>Team database: connected</translation>
    </message>
    <message>
        <source>Wat collega&apos;s vastleggen, verschijnt hier meteen.</source>
        <translation>What colleagues record appears here at once.</translation>
    </message>
    <message>
        <source>Verbinding met de teamdatabase verbroken; opnieuw verbinden…</source>
        <translation>Connection to the team database lost; reconnecting…</translation>
    </message>
    <message>
        <source>Het venster verbindt vanzelf opnieuw en haalt dan bij wat collega&apos;s intussen vastlegden.</source>
        <translation>The window reconnects by itself and then catches up with what colleagues recorded meanwhile.</translation>
    </message>
</context>
<context>
    <name>TeamWelcome</name>
    <message>
        <source>U beheert deze teamdatabase</source>
        <translation>You administer this team database</translation>
    </message>
    <message>
        <source>Voeg teamleden toe en stel leergroepen samen onder Bestand &gt; Team en leergroepen… (Ctrl+Shift+T). Ieder teamlid meldt zich aan met een eigen login en werkt aan de eigen casussen.</source>
        <translation>Add team members and put learning groups together under File &gt; Team and learning groups… (Ctrl+Shift+T). Every team member signs in with their own login and works on their own cases.</translation>
    </message>
    <message>
        <source>Uw leergroepen: {names}.</source>
        <translation>Your learning groups: {names}.</translation>
    </message>
    <message>
        <source>De beheerder heeft u nog niet in een leergroep gezet.</source>
        <translation>The administrator has not put you in a learning group yet.</translation>
    </message>
    <message>
        <source>Welkom in het leerlab</source>
        <translation>Welcome to the learning lab</translation>
    </message>
    <message>
        <source>U ziet alleen de fragmenten die een professional met uw leergroep deelt, en u geeft er feedback op: tops en tips. Het leerlab opent u met Beeld &gt; Leerlab (Ctrl+Shift+L).</source>
        <translation>You see only the fragments a professional shares with your learning group, and you give feedback on them: tops and tips. Open the learning lab with View &gt; Leerlab (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Nog geen gesprekken voor u</source>
        <translation>No conversations for you yet</translation>
    </message>
    <message>
        <source>U ziet hier de gesprekken waarvoor de cliënt toestemming gaf en waarin een professional u als kijker noemde. Zodra dat gebeurt, staan ze hier.</source>
        <translation>Here you see the conversations whose client gave consent and in which a professional named you as a reviewer. As soon as that happens, they are listed here.</translation>
    </message>
</context>
<context>
    <name>ThemeHelp</name>
    <message>
        <source>Uitleg bij de thema&apos;s</source>
        <translation>About the themes</translation>
    </message>
    <message>
        <source>Over de thema&apos;s (Van Kijken naar Zien)</source>
        <translation>About the themes (Van Kijken naar Zien)</translation>
    </message>
</context>
<context>
    <name>ThemeTexts</name>
    <message>
        <source>(gereconstrueerd)</source>
        <translation>(reconstructed)</translation>
    </message>
    <message>
        <source>In de brontekst is de kop van dit thema verloren gegaan; deze vraag is door Kijkwijzer gereconstrueerd uit de toelichting en is geen tekst van de methode.</source>
        <translation>The source text lost this theme&apos;s heading; this question was reconstructed by Kijkwijzer from the explanation and is not text of the method.</translation>
    </message>
    <message>
        <source>Waarom belangrijk?</source>
        <translation>Why does it matter?</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Illustratieve interacties: {cases}</source>
        <translation>Illustrative interactions: {cases}</translation>
    </message>
    <message>
        <source>Voorbeeld uit de casussen: {example}</source>
        <translation>Example from the cases: {example}</translation>
    </message>
    <message>
        <source>Uit de methode: {source}</source>
        <translation>From the method: {source}</translation>
    </message>
    <message>
        <source>Voorbeeld uit casus 1:</source>
        <translation>Example from case 1:</translation>
    </message>
    <message>
        <source>Bijv.: {example}</source>
        <translation>E.g.: {example}</translation>
    </message>
</context>
<context>
    <name>TranscriptChoice</name>
    <message>
        <source>Zonder vinkje blijft het transcript van de opname staan en worden alleen de annotaties ingelezen.</source>
        <translation>Unticked, the recording&apos;s own transcript stays and only the annotations are imported.</translation>
    </message>
    <message>
        <source>Het &amp;transcript van de opname vervangen door dat uit het bestand ({n} regels)</source>
        <translation>Replace the recording&apos;s &amp;transcript with the one in the file ({n} lines)</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Werkmap ontgrendelen</source>
        <translation>Unlock workspace</translation>
    </message>
    <message>
        <source>De werkmap &lt;b&gt;{name}&lt;/b&gt; is versleuteld. Geef het wachtwoord om haar te openen.</source>
        <translation>The workspace &lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Geef het wachtwoord van deze werkmap.</source>
        <translation>Enter the passphrase of this workspace.</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Werkmap versleutelen</source>
        <translation>Encrypt workspace</translation>
    </message>
    <message>
        <source>Voorbereiden…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>&amp;Onderbreken</source>
        <translation>&amp;Interrupt</translation>
    </message>
    <message>
        <source>Stopt na de stap die nu loopt; de volgende keer wordt het afgemaakt.</source>
        <translation>Stops after the step under way; it is finished next time.</translation>
    </message>
    <message>
        <source>Wordt onderbroken na deze stap…</source>
        <translation>Interrupting after this step…</translation>
    </message>
    <message>
        <source>De database wordt versleuteld…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <source>Reservekopie {done} van {total} wordt versleuteld…</source>
        <translation>Encrypting backup copy {done} of {total}…</translation>
    </message>
    <message>
        <source>Mediabestand {done} van {total} wordt versleuteld…</source>
        <translation>Encrypting media file {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>VoiceBox</name>
    <message>
        <source>Dit ben &amp;ik</source>
        <translation>This is &amp;me</translation>
    </message>
    <message>
        <source>Markeer met I en O een stuk waarin alleen u spreekt: uw stem wordt vastgelegd om de stemmen in al uw opnamen uit elkaar te houden.</source>
        <translation>Mark with I and O a stretch in which only you speak: your voice is enrolled to tell the voices apart in all your recordings.</translation>
    </message>
    <message>
        <source>Stem &amp;vergeten</source>
        <translation>Forget v&amp;oice</translation>
    </message>
    <message>
        <source>Uw stem: vastgelegd</source>
        <translation>Your voice: enrolled</translation>
    </message>
    <message>
        <source>Uw stem: nog niet vastgelegd</source>
        <translation>Your voice: not enrolled yet</translation>
    </message>
    <message>
        <source>Met uw vastgelegde stem worden de stemmen in al uw opnamen uit elkaar gehouden; zonder is de professional de stem die het gesprek opent.</source>
        <translation>With your enrolled voice the voices in all your recordings are told apart; without it the professional is the voice that opens the conversation.</translation>
    </message>
    <message>
        <source>Uw stem: wordt vastgelegd…</source>
        <translation>Your voice: being enrolled…</translation>
    </message>
    <message>
        <source>Uw stem is vastgelegd uit {start}–{end}. Analyseer opnieuw om haar te gebruiken.</source>
        <translation>Your voice was enrolled from {start}–{end}. Analyse again to use it.</translation>
    </message>
    <message>
        <source>Uw stem is vergeten: de sleutel ervan is vernietigd.</source>
        <translation>Your voice was forgotten: its key was destroyed.</translation>
    </message>
    <message>
        <source>Vastleggen van de stem is mislukt.</source>
        <translation>Enrolling the voice failed.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Kijkwijzer</source>
        <translation>Welcome to Kijkwijzer</translation>
    </message>
    <message>
        <source>Kijkwijzer helpt u een gesprek met een cliënt terug te kijken met vreemde ogen: wat ging goed, waar liep het vast, en wat probeert u de volgende keer? Dat gaat in vijf stappen.</source>
        <translation>Kijkwijzer helps you look back at a conversation with a client through outside eyes: what went well, where did it get stuck, and what will you try next time? It takes five steps.</translation>
    </message>
    <message>
        <source>Casus en toestemming</source>
        <translation>Case and consent</translation>
    </message>
    <message>
        <source>Waarom deze cliënt, en wat is het doel van het gesprek? De cliënt geeft toestemming per doel.</source>
        <translation>Why this client, and what is the goal of the conversation? The client gives consent per purpose.</translation>
    </message>
    <message>
        <source>Opnemen en importeren</source>
        <translation>Record and import</translation>
    </message>
    <message>
        <source>Neem het gesprek op en haal de opname in de werkmap. Alleen u en de genoemde kijkers zien haar.</source>
        <translation>Record the conversation and bring the recording into the workspace. Only you and the named reviewers see it.</translation>
    </message>
    <message>
        <source>Analyseren</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Bekijk het gesprek met vreemde ogen: annoteer op het juiste moment en kies fragmenten.</source>
        <translation>Watch the conversation through outside eyes: annotate at the right moment and choose fragments.</translation>
    </message>
    <message>
        <source>Cliëntinterview en reflectie</source>
        <translation>Client interview and reflection</translation>
    </message>
    <message>
        <source>Laat de cliënt fragmenten zien en noteer hoe die ze beleefde; reflecteer en kies aandachtspunten.</source>
        <translation>Show the client fragments and note how they experienced them; reflect and choose points of attention.</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Het volgende opgenomen gesprek toetst de aandachtspunten; de reeks laat de lijn zien.</source>
        <translation>The next recorded conversation tests the points of attention; the series shows the line over time.</translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>U bent de professional die gesprekken opneemt en erop reflecteert. Uw naam komt bij uw annotaties en in uw verslagen; u kunt hem later wijzigen bij Personen.</source>
        <translation>You are the professional who records conversations and reflects on them. Your name goes with your annotations and into your reports; you can change it later under People.</translation>
    </message>
    <message>
        <source>&amp;Aan de slag</source>
        <translation>&amp;Get started</translation>
    </message>
    <message>
        <source>Begin met een casus</source>
        <translation>Start with a case</translation>
    </message>
    <message>
        <source>Welke cliënt brengt u in, en waarom juist deze cliënt? Daarna legt u het eerste gesprek vast en de toestemming van de cliënt; dan kunt u de opname importeren.</source>
        <translation>Which client do you bring in, and why this client? Then you record the first conversation and the client&apos;s consent; after that you can import the recording.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe casus…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Personen…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>&amp;Casusboek van 004 laden…</source>
        <translation>Load the &amp;casebook of 004…</translation>
    </message>
    <message>
        <source>Uw casussen</source>
        <translation>Your cases</translation>
    </message>
    <message>
        <source>Kies een casus om verder te gaan, of begin een nieuwe.</source>
        <translation>Choose a case to continue, or start a new one.</translation>
    </message>
    <message>
        <source>Waar sta ik?</source>
        <translation>Where am I?</translation>
    </message>
    <message>
        <source>Nieuw gesprek…</source>
        <translation>New conversation…</translation>
    </message>
    <message>
        <source>Casus bewerken…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>Eerste gesprek vastleggen…</source>
        <translation>Record the first conversation…</translation>
    </message>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Opname importeren…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <source>Opname bekijken</source>
        <translation>View recording</translation>
    </message>
    <message>
        <source>{n} gesprek</source>
        <translation>{n} conversation</translation>
    </message>
    <message>
        <source>{n} gesprekken</source>
        <translation>{n} conversations</translation>
    </message>
    <message>
        <source>{n} opname</source>
        <translation>{n} recording</translation>
    </message>
    <message>
        <source>{n} opnamen</source>
        <translation>{n} recordings</translation>
    </message>
    <message>
        <source>Nog geen gesprek. Volgende stap: het eerste gesprek vastleggen.</source>
        <translation>No conversation yet. Next step: record the first conversation.</translation>
    </message>
    <message>
        <source>Volgende stap: gesprek {n} bekijken of een volgend gesprek vastleggen.</source>
        <translation>Next step: look at conversation {n} or add the next conversation.</translation>
    </message>
    <message>
        <source>Volgende stap: gesprek {n}, {todo}.</source>
        <translation>Next step: conversation {n}, {todo}.</translation>
    </message>
    <message>
        <source>gesprek {n} van {day}</source>
        <translation>conversation {n} of {day}</translation>
    </message>
    <message>
        <source>Volgende stap: toestemming vastleggen voor {when}.</source>
        <translation>Next step: record consent for {when}.</translation>
    </message>
    <message>
        <source>Volgende stap: de opname van {when} importeren.</source>
        <translation>Next step: import the recording of {when}.</translation>
    </message>
</context>
<context>
    <name>WerkmapEntries</name>
    <message>
        <source>Nieuwe casus…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Personen…</source>
        <translation>People…</translation>
    </message>
    <message>
        <source>Nieuw gesprek…</source>
        <translation>New conversation…</translation>
    </message>
    <message>
        <source>Casus bewerken…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>Gebeurtenissen en uitkomst…</source>
        <translation>Events and outcome…</translation>
    </message>
    <message>
        <source>Cliënt bewerken…</source>
        <translation>Edit client…</translation>
    </message>
    <message>
        <source>Gesprek bewerken…</source>
        <translation>Edit conversation…</translation>
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
        <source>{a} ann.</source>
        <translation>{a} ann.</translation>
    </message>
    <message>
        <source>{a} annotaties</source>
        <translation>{a} annotations</translation>
    </message>
    <message>
        <source>{r} opn. · {a} ann.</source>
        <translation>{r} rec. · {a} ann.</translation>
    </message>
    <message>
        <source>{r} opnamen, {a} annotaties</source>
        <translation>{r} recordings, {a} annotations</translation>
    </message>
    <message>
        <source>U mag deze opname niet openen</source>
        <translation>You may not open this recording</translation>
    </message>
    <message>
        <source>Opname vervangen…</source>
        <translation>Replace recording…</translation>
    </message>
    <message>
        <source>Opname verwijderen…</source>
        <translation>Remove recording…</translation>
    </message>
    <message>
        <source>Opname importeren…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <source>Waar sta ik?</source>
        <translation>Where am I?</translation>
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
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Ont&amp;houd in de sleutelbos van het systeem</source>
        <translation>&amp;Remember in the system keyring</translation>
    </message>
    <message>
        <source>Dan vraagt Kijkwijzer op deze computer niet meer om het wachtwoord.</source>
        <translation>Then Kijkwijzer no longer asks for the passphrase on this computer.</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>AktionsraeumeAlgorithm</name>
    <message>
      <source>Tables</source>
      <translation>Tabellen</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Grenzen</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <source>Parameter {name} ('{label}') is empty: choose the key field of layer '{layer}'.</source>
      <translation>Parameter {name} („{label}“) ist leer: bitte das Schlüsselfeld des Layers „{layer}“ wählen.</translation>
    </message>
    <message>
      <source>Indicator catalogue (TOML)</source>
      <translation>Indikatorenkatalog (TOML)</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml)</source>
      <translation>Indikatorenkatalog (*.toml)</translation>
    </message>
    <message>
      <source>Comparison with the city average</source>
      <translation>Vergleich mit dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>Standardised index</source>
      <translation>Standardisierter Index</translation>
    </message>
    <message>
      <source>Scenario file (empty: the scenario of the project)</source>
      <translation>Szenariodatei (leer: das Szenario des Projekts)</translation>
    </message>
    <message>
      <source>Reset the layout to the template</source>
      <translation>Layout auf die Vorlage zurücksetzen</translation>
    </message>
    <message>
      <source>Stop when the layout names a font that is not installed</source>
      <translation>Abbrechen, wenn das Layout eine nicht installierte Schrift nennt</translation>
    </message>
  </context>
  <context>
    <name>AktionsraeumeDock</name>
    <message>
      <source>Aktionsräume</source>
      <translation>Aktionsräume</translation>
    </message>
  </context>
  <context>
    <name>AktionsraeumePanel</name>
    <message>
      <source>Aktionsräume</source>
      <translation>Aktionsräume</translation>
    </message>
    <message>
      <source>Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, export the map.</source>
      <translation>Indikatoren mit Sozialräumen und Quartieren verknüpfen, die Liste der Aktionsräume prüfen, die Karte exportieren.</translation>
    </message>
    <message>
      <source>Step of the work</source>
      <translation>Arbeitsschritt</translation>
    </message>
    <message>
      <source>Previous step</source>
      <translation>Vorheriger Schritt</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Stop the work running in the background; nothing of it is applied</source>
      <translation>Die im Hintergrund laufende Arbeit anhalten; nichts davon wird übernommen</translation>
    </message>
  </context>
  <context>
    <name>AktionsraeumePlugin</name>
    <message>
      <source>Aktionsräume panel</source>
      <translation>Aktionsräume-Bedienfeld</translation>
    </message>
    <message>
      <source>Show or hide the Aktionsräume panel</source>
      <translation>Aktionsräume-Bedienfeld ein- oder ausblenden</translation>
    </message>
  </context>
  <context>
    <name>AktionsraeumeProvider</name>
    <message>
      <source>Aktionsräume</source>
      <translation>Aktionsräume</translation>
    </message>
  </context>
  <context>
    <name>AreasSection</name>
    <message>
      <source>Areas</source>
      <translation>Gebiete</translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>Beispieldaten laden</translation>
    </message>
    <message>
      <source>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</source>
      <translation>Synthetische Stadt mit 39 Sozialräumen, Indikatortabellen und dem Szenario 2020</translation>
    </message>
    <message>
      <source>Dortmund 2020 (synthetic, press release)</source>
      <translation>Dortmund 2020 (synthetisch, Pressemitteilung)</translation>
    </message>
    <message>
      <source>Dortmund Statistikatlas (real data 2018 and 2024)</source>
      <translation>Dortmund Statistikatlas (echte Daten 2018 und 2024)</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Stadtbezirk key</source>
      <translation>Stadtbezirksschlüssel</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Sozialraum key</source>
      <translation>Sozialraumschlüssel</translation>
    </message>
    <message>
      <source>Stadtbezirke</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>Use these layers</source>
      <translation>Diese Layer verwenden</translation>
    </message>
    <message>
      <source>Guessing the area layers failed</source>
      <translation>Die Gebietslayer konnten nicht erraten werden</translation>
    </message>
    <message>
      <source>The sample data could not be loaded</source>
      <translation>Die Beispieldaten konnten nicht geladen werden</translation>
    </message>
    <message>
      <source>Sample 'Dortmund Statistikatlas' loaded: {count} Unterbezirke below the city average.</source>
      <translation>Beispiel „Dortmund Statistikatlas“ geladen: {count} Unterbezirke unter dem städtischen Durchschnitt.</translation>
    </message>
    <message>
      <source>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</source>
      <translation>Beispiel „Dortmund 2020“ mit dem Szenario „{name}“ geladen.</translation>
    </message>
    <message>
      <source>Choose the Sozialraum layer and its key field.</source>
      <translation>Bitte den Sozialraum-Layer und sein Schlüsselfeld wählen.</translation>
    </message>
    <message>
      <source>These layers cannot be used</source>
      <translation>Diese Layer können nicht verwendet werden</translation>
    </message>
    <message>
      <source>{count} Sozialräume ready.</source>
      <translation>{count} Sozialräume bereit.</translation>
    </message>
  </context>
  <context>
    <name>AssessAlgorithm</name>
    <message>
      <source>Assess areas</source>
      <translation>Gebiete bewerten</translation>
    </message>
    <message>
      <source>Assesses every area of a joined area layer with the indicators of a catalogue (TOML).

Method 'Comparison with the city average': per indicator worse or not than the city reference (fields w_&lt;id&gt;), counts overall (n_worse) and per domain (n_worse_&lt;domain&gt;), threshold rules (thr_hit, thr_ids) and the catalogue's rule (bel_avg = 1: below average).
Method 'Standardised index': z-scores signed so that positive is worse (z_&lt;id&gt;), status index and class (status_idx, status_cls), Dynamik index over change indicators (dyn_idx, dyn_cls); areas under the minimum population stay unclassified; bel_avg = 1 for the catalogue's flagged classes.

City reference: the total row of the reference table if one is given (e.g. the indicator CSV that was joined), else a total row in the input, else the population-weighted mean (if the catalogue's population column is a field), else the plain mean.
The input is not changed. BELOW_AVERAGE is the number of areas with bel_avg = 1.</source>
      <translation>Bewertet jedes Gebiet eines verknüpften Gebietslayers mit den Indikatoren eines Indikatorenkatalogs (TOML).

Methode „Vergleich mit dem städtischen Durchschnitt“: je Indikator, ob schlechter als der städtische Referenzwert oder nicht (Felder w_&lt;id&gt;), Anzahl insgesamt (n_worse) und je Themenfeld (n_worse_&lt;domain&gt;), Schwellenwertregeln (thr_hit, thr_ids) und die Regel des Indikatorenkatalogs (bel_avg = 1: unterdurchschnittlich).
Methode „Standardisierter Index“: z-Werte, mit Vorzeichen so gerichtet, dass positive Werte schlechter sind (z_&lt;id&gt;), Statusindex und -klasse (status_idx, status_cls), Dynamikindex über die Veränderungsindikatoren (dyn_idx, dyn_cls); Gebiete unter der Mindesteinwohnerzahl bleiben unklassifiziert; bel_avg = 1 für die im Indikatorenkatalog markierten Klassen.

Städtischer Referenzwert: die Gesamtzeile der Referenztabelle, falls angegeben (z. B. die verknüpfte Indikator-CSV), sonst eine Gesamtzeile in der Eingabe, sonst der einwohnergewichtete Mittelwert (wenn die Einwohnerspalte des Indikatorenkatalogs ein Feld ist), sonst der einfache Mittelwert.
Die Eingabe wird nicht verändert. BELOW_AVERAGE ist die Anzahl der Gebiete mit bel_avg = 1.</translation>
    </message>
    <message>
      <source>Joined area layer</source>
      <translation>Verknüpfter Gebietslayer</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Area key field (names areas in messages)</source>
      <translation>Schlüsselfeld der Gebiete (benennt die Gebiete in Meldungen)</translation>
    </message>
    <message>
      <source>Indicator table with the city total row (reference values)</source>
      <translation>Indikatortabelle mit der Gesamtzeile der Stadt (Referenzwerte)</translation>
    </message>
    <message>
      <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
      <translation>Tabellen (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
      <source>Assessed areas</source>
      <translation>Bewertete Gebiete</translation>
    </message>
    <message>
      <source>Areas below average</source>
      <translation>Unterdurchschnittliche Gebiete</translation>
    </message>
    <message>
      <source>The input layer</source>
      <translation>Der Eingabelayer</translation>
    </message>
    <message>
      <source>{count} areas below average.</source>
      <translation>{count} Gebiete liegen unter dem Durchschnitt.</translation>
    </message>
  </context>
  <context>
    <name>Assessment</name>
    <message>
      <source>Area '{area}', column '{column}': '{value}' is not a number (allowed placeholders for suppressed values: '.', '-').</source>
      <translation>Gebiet „{area}“, Spalte „{column}“: „{value}“ ist keine Zahl (erlaubte Platzhalter für gesperrte Werte: „.“, „-“).</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} is not a number.</source>
      <translation>Gebiet „{area}“, Spalte „{column}“: {value} ist keine Zahl.</translation>
    </message>
    <message>
      <source>The total row '{label}' has no column '{column}'.</source>
      <translation>Die Gesamtzeile „{label}“ hat keine Spalte „{column}“.</translation>
    </message>
    <message>
      <source>The table has no key column '{column}'.</source>
      <translation>Die Tabelle hat keine Schlüsselspalte „{column}“.</translation>
    </message>
    <message>
      <source>Row {row} has no area key in column '{column}'.</source>
      <translation>Zeile {row} hat keinen Gebietsschlüssel in Spalte „{column}“.</translation>
    </message>
    <message>
      <source>Area key(s) {keys} occur more than once in column '{column}'.</source>
      <translation>Gebietsschlüssel {keys} kommen in Spalte „{column}“ mehrfach vor.</translation>
    </message>
    <message>
      <source>Unknown assessment method '{method}' (use '{average}' or '{index}').</source>
      <translation>Unbekannte Bewertungsmethode „{method}“ (möglich: „{average}“ oder „{index}“).</translation>
    </message>
    <message>
      <source>The development classes need two ascending break points (e.g. -1, 1), not {breaks}.</source>
      <translation>Die Entwicklungsklassen brauchen zwei aufsteigende Grenzwerte (z. B. -1, 1), nicht {breaks}.</translation>
    </message>
    <message>
      <source>{table}: no key column '{column}'.</source>
      <translation>{table}: keine Schlüsselspalte „{column}“.</translation>
    </message>
    <message>
      <source>No status indicator of the catalogue is a column of both {later} and {earlier}.</source>
      <translation>Kein Statusindikator des Katalogs ist eine Spalte sowohl in {later} als auch in {earlier}.</translation>
    </message>
    <message>
      <source>the later table</source>
      <translation>der späteren Tabelle</translation>
    </message>
    <message>
      <source>the earlier table</source>
      <translation>der früheren Tabelle</translation>
    </message>
    <message>
      <source>the later layer</source>
      <translation>dem späteren Layer</translation>
    </message>
    <message>
      <source>{count} indicators compared: {ids}.</source>
      <translation>{count} Indikatoren verglichen: {ids}.</translation>
    </message>
    <message>
      <source>Areas only in {table} ({count}): {items}.</source>
      <translation>Gebiete nur in {table} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Indicators only in {table} ({count}): {items}.</source>
      <translation>Indikatoren nur in {table} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Indicators in neither table: {items}.</source>
      <translation>Indikatoren in keiner der beiden Tabellen: {items}.</translation>
    </message>
    <message>
      <source>Development: {note}</source>
      <translation>Entwicklung: {note}</translation>
    </message>
    <message>
      <source>{file}: no city total row found (looked for {labels}).</source>
      <translation>{file}: keine Gesamtzeile der Stadt gefunden (gesucht: {labels}).</translation>
    </message>
    <message>
      <source>No key field of the later layer matches a column of the earlier table; choose the key fields.</source>
      <translation>Kein Schlüsselfeld des späteren Layers passt zu einer Spalte der früheren Tabelle; wählen Sie die Schlüsselfelder.</translation>
    </message>
    <message>
      <source>Unknown selection '{selection}' (use {known}).</source>
      <translation>Unbekannte Auswahl „{selection}“ (möglich: {known}).</translation>
    </message>
    <message>
      <source>Unknown area level '{level}' (use {known}).</source>
      <translation>Unbekannte Gebietsebene „{level}“ (möglich: {known}).</translation>
    </message>
    <message>
      <source>No area to make a profile of (level '{level}', selection '{selection}').</source>
      <translation>Kein Gebiet für ein Profil (Ebene „{level}“, Auswahl „{selection}“).</translation>
    </message>
    <message>
      <source>City reference: the table's total row '{label}'.</source>
      <translation>Städtischer Bezugswert: die Gesamtzeile der Tabelle „{label}“.</translation>
    </message>
    <message>
      <source>City reference: the mean weighted by '{column}'.</source>
      <translation>Städtischer Bezugswert: der mit „{column}“ gewichtete Mittelwert.</translation>
    </message>
    <message>
      <source>City reference: the plain mean of the areas.</source>
      <translation>Städtischer Bezugswert: der einfache Mittelwert der Gebiete.</translation>
    </message>
    <message>
      <source>{count} missing values skipped (area/indicator): {pairs}.</source>
      <translation>{count} fehlende Werte übersprungen (Gebiet/Indikator): {pairs}.</translation>
    </message>
    <message>
      <source>{area}/{indicator}</source>
      <translation>{area}/{indicator}</translation>
    </message>
    <message>
      <source>{count} areas unclassified: {areas}.</source>
      <translation>{count} Gebiete nicht eingestuft: {areas}.</translation>
    </message>
    <message>
      <source>No city reference for indicator(s) {indicators}; they are not compared.</source>
      <translation>Kein städtischer Bezugswert für Indikator(en) {indicators}; sie werden nicht verglichen.</translation>
    </message>
    <message>
      <source>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</source>
      <translation>Indikator „{indicator}“ hat in allen bewerteten Gebieten denselben Wert; sein z-Wert ist 0.</translation>
    </message>
    <message>
      <source>The composite index has no spread over the assessed areas; every index is 0.</source>
      <translation>Der Gesamtindex streut über die bewerteten Gebiete nicht; jeder Index ist 0.</translation>
    </message>
    <message>
      <source>Dynamik: {note}</source>
      <translation>Dynamik: {note}</translation>
    </message>
    <message>
      <source>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</source>
      <translation>Mindesteinwohnerzahl {minimum:g} nicht angewandt: Die Tabelle hat keine Einwohnerspalte „{column}“.</translation>
    </message>
    <message>
      <source>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</source>
      <translation>Gebiet „{area}“: {population:g} Einwohner, weniger als das Minimum {minimum:g}; nicht eingestuft.</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} is a missing-value code; left out.</source>
      <translation>Gebiet „{area}“, Spalte „{column}“: {value} ist ein Fehlwert-Code; ausgelassen.</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</source>
      <translation>Gebiet „{area}“, Spalte „{column}“: {value} liegt weit außerhalb der übrigen Werte; es sieht nach einem Code aus, nicht nach einem Messwert, und bleibt bei der Bewertung außen vor.</translation>
    </message>
    <message>
      <source>Area '{area}': no status indicator has a value; left unclassified.</source>
      <translation>Gebiet „{area}“: Kein Statusindikator hat einen Wert; nicht eingestuft.</translation>
    </message>
  </context>
  <context>
    <name>AssessmentSection</name>
    <message>
      <source>Assessment</source>
      <translation>Bewertung</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml *.json)</source>
      <translation>Indikatorenkatalog (*.toml *.json)</translation>
    </message>
    <message>
      <source>Indicator catalogue</source>
      <translation>Indikatorenkatalog</translation>
    </message>
    <message>
      <source>Which columns are indicators, their domain and direction, the rule for 'below average'</source>
      <translation>Welche Spalten Indikatoren sind, ihr Themenfeld und ihre Richtung, die Regel für „unterdurchschnittlich“</translation>
    </message>
    <message>
      <source>City average</source>
      <translation>Städtischer Durchschnitt</translation>
    </message>
    <message>
      <source>Comparison with the city average: per indicator better or worse than the city value; counts per domain</source>
      <translation>Vergleich mit dem städtischen Durchschnitt: je Indikator besser oder schlechter als der städtische Wert; Anzahl je Themenfeld</translation>
    </message>
    <message>
      <source>Status index</source>
      <translation>Statusindex</translation>
    </message>
    <message>
      <source>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</source>
      <translation>Standardisierter Statusindex: z-Werte, nach Richtung mit Vorzeichen versehen und summiert, erneut standardisiert, in Klassen</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Katalog</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Assess</source>
      <translation>Bewerten</translation>
    </message>
    <message>
      <source>Assess every level with joined indicators</source>
      <translation>Jede Ebene mit verknüpften Indikatoren bewerten</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Red: worse than the city, blue: better; the middle class holds the city value</source>
      <translation>Rot: schlechter als die Stadt, Blau: besser; die mittlere Klasse enthält den städtischen Wert</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <source>Colour map by</source>
      <translation>Karte einfärben nach</translation>
    </message>
    <message>
      <source>Table in its own window</source>
      <translation>Tabelle in eigenem Fenster</translation>
    </message>
    <message>
      <source>The area table in a window of its own, as wide as you like</source>
      <translation>Die Gebietstabelle in einem eigenen Fenster, so breit wie gewünscht</translation>
    </message>
    <message>
      <source>Propose changes</source>
      <translation>Änderungen vorschlagen</translation>
    </message>
    <message>
      <source>Layer fields</source>
      <translation>Layerfelder</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>None yet (first list)</source>
      <translation>Noch keine (erste Liste)</translation>
    </message>
    <message>
      <source>Field marking today's Aktionsräume (1, ja, x)</source>
      <translation>Feld, das die heutigen Aktionsräume markiert (1, ja, x)</translation>
    </message>
    <message>
      <source>Field marking today's Aktionsquartiere (1, ja, x)</source>
      <translation>Feld, das die heutigen Aktionsquartiere markiert (1, ja, x)</translation>
    </message>
    <message>
      <source>Scenario or list (*.json)</source>
      <translation>Szenario oder Liste (*.json)</translation>
    </message>
    <message>
      <source>Current list</source>
      <translation>Aktuelle Liste</translation>
    </message>
    <message>
      <source>Aktionsräume</source>
      <translation>Aktionsräume</translation>
    </message>
    <message>
      <source>Aktionsquartiere</source>
      <translation>Aktionsquartiere</translation>
    </message>
    <message>
      <source>Compare the current list with the assessment; the changes appear as switches below</source>
      <translation>Aktuelle Liste mit der Bewertung vergleichen; die Änderungsvorschläge erscheinen unten zum Ein- und Ausschalten</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue (TOML).</source>
      <translation>Bitte einen Indikatorenkatalog (TOML) wählen.</translation>
    </message>
    <message>
      <source>Not usable: {error}</source>
      <translation>Nicht verwendbar: {error}</translation>
    </message>
    <message>
      <source>The catalogue could not be read</source>
      <translation>Der Indikatorenkatalog konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>'{name}': {indicators} indicators in {domains} domains.</source>
      <translation>„{name}“: {indicators} Indikatoren in {domains} Themenfeldern.</translation>
    </message>
    <message>
      <source>The areas could not be assessed</source>
      <translation>Die Gebiete konnten nicht bewertet werden</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue.</source>
      <translation>Bitte einen Indikatorenkatalog wählen.</translation>
    </message>
    <message>
      <source>Join an indicator table to the Sozialräume first.</source>
      <translation>Bitte zuerst eine Indikatortabelle mit den Sozialräumen verknüpfen.</translation>
    </message>
    <message>
      <source>{layer} – assessed</source>
      <translation>{layer} – bewertet</translation>
    </message>
    <message>
      <source>Layer '{layer}' could not be assessed</source>
      <translation>Der Layer „{layer}“ konnte nicht bewertet werden</translation>
    </message>
    <message>
      <source>Assessing…</source>
      <translation>Bewertung läuft …</translation>
    </message>
    <message>
      <source>Assessing the areas</source>
      <translation>Gebiete werden bewertet</translation>
    </message>
    <message>
      <source>The assessment failed; see the message bar.</source>
      <translation>Die Bewertung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
    </message>
    <message>
      <source>{below} of {count} Sozialräume below average.</source>
      <translation>{below} von {count} Sozialräumen unterdurchschnittlich.</translation>
    </message>
    <message>
      <source>Assessed areas</source>
      <translation>Bewertete Gebiete</translation>
    </message>
    <message>
      <source>The map could not be coloured</source>
      <translation>Die Karte konnte nicht eingefärbt werden</translation>
    </message>
    <message>
      <source>No changes could be proposed</source>
      <translation>Es konnten keine Änderungen vorgeschlagen werden</translation>
    </message>
    <message>
      <source>Assess the Sozialräume first.</source>
      <translation>Bitte zuerst die Sozialräume bewerten.</translation>
    </message>
    <message>
      <source>Proposals from the assessment of {date}</source>
      <translation>Vorschläge aus der Bewertung vom {date}</translation>
    </message>
    <message>
      <source>{count} changes proposed; switch them on and off under 'List and proposals'.</source>
      <translation>{count} Änderungen vorgeschlagen; unter „Liste und Vorschläge“ ein- und ausschalten.</translation>
    </message>
    <message>
      <source>Choose the file with the current list.</source>
      <translation>Bitte die Datei mit der aktuellen Liste wählen.</translation>
    </message>
    <message>
      <source>Choose the field that marks today's Aktionsräume.</source>
      <translation>Bitte das Feld wählen, das die heutigen Aktionsräume markiert.</translation>
    </message>
  </context>
  <context>
    <name>AssessmentService</name>
    <message>
      <source>Layer '{name}'</source>
      <translation>Layer „{name}“</translation>
    </message>
    <message>
      <source>Layer '{name}' holds columns of the catalogue twice ({columns}): a table was joined on top of an earlier one. Remove the earlier joins and join the right table again.</source>
      <translation>Layer „{name}“ enthält Spalten des Indikatorenkatalogs doppelt ({columns}): Eine Tabelle wurde auf eine frühere verknüpft. Bitte die früheren Verknüpfungen entfernen und die richtige Tabelle neu verknüpfen.</translation>
    </message>
    <message>
      <source>Layer '{name}' has no field '{field}'.</source>
      <translation>Der Layer „{name}“ hat kein Feld „{field}“.</translation>
    </message>
    <message>
      <source>{name} (assessed)</source>
      <translation>{name} (bewertet)</translation>
    </message>
  </context>
  <context>
    <name>AssessmentView</name>
    <message>
      <source>total row {label}</source>
      <translation>Gesamtzeile {label}</translation>
    </message>
    <message>
      <source>mean weighted by '{label}'</source>
      <translation>mit „{label}“ gewichteter Mittelwert</translation>
    </message>
    <message>
      <source>plain mean of the areas</source>
      <translation>einfacher Mittelwert der Gebiete</translation>
    </message>
    <message>
      <source>Method: standardised status index (z-scores, positive = worse); class edges {breaks}; flagged classes: {classes}.</source>
      <translation>Methode: standardisierter Statusindex (z-Werte, positiv = schlechter); Klassengrenzen {breaks}; markierte Klassen: {classes}.</translation>
    </message>
    <message>
      <source>Method: comparison with the city average; reference: {reference}. Below average: {rule}.</source>
      <translation>Methode: Vergleich mit dem städtischen Durchschnitt; Bezugswert: {reference}. Unterdurchschnittlich: {rule}.</translation>
    </message>
    <message>
      <source>at least {k} of {n} indicators worse</source>
      <translation>mindestens {k} von {n} Indikatoren schlechter</translation>
    </message>
    <message>
      <source>a threshold rule holds</source>
      <translation>eine Schwellenwertregel greift</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} oder {second}</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Name of the area</source>
      <translation>Name des Gebiets</translation>
    </message>
    <message>
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <source>Status index (positive = worse than the city)</source>
      <translation>Statusindex (positiv = schlechter als die Stadt)</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>Class of the status index</source>
      <translation>Klasse des Statusindex</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>Schlechter</translation>
    </message>
    <message>
      <source>Indicators worse than the city value / indicators with a value</source>
      <translation>Indikatoren schlechter als der Wert der Stadt / Indikatoren mit Wert</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Schwelle</translation>
    </message>
    <message>
      <source>Indicators whose threshold rule holds</source>
      <translation>Indikatoren, deren Schwellenwertregel greift</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Unter</translation>
    </message>
    <message>
      <source>Below the city average by the method's rule</source>
      <translation>Unter dem städtischen Durchschnitt nach der Regel der Methode</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>Worse than the city: {indicators}</source>
      <translation>Schlechter als die Stadt: {indicators}</translation>
    </message>
    <message>
      <source>Status index</source>
      <translation>Statusindex</translation>
    </message>
    <message>
      <source>Indicators worse (all domains)</source>
      <translation>Indikatoren schlechter (alle Themenfelder)</translation>
    </message>
    <message>
      <source>Worse in: {domain}</source>
      <translation>Schlechter in: {domain}</translation>
    </message>
    <message>
      <source>Status (Aktionsräume)</source>
      <translation>Status (Aktionsräume)</translation>
    </message>
    <message>
      <source>There is no city value for '{indicator}'.</source>
      <translation>Für „{indicator}“ gibt es keinen Wert der Stadt.</translation>
    </message>
  </context>
  <context>
    <name>BoundariesSection</name>
    <message>
      <source>Boundary check</source>
      <translation>Grenzprüfung</translation>
    </message>
    <message>
      <source>Overlaps, gaps and uncovered parts up to this area are ignored</source>
      <translation>Überlappungen, Lücken und nicht abgedeckte Teile bis zu dieser Fläche werden ignoriert</translation>
    </message>
    <message>
      <source>Tolerance</source>
      <translation>Toleranz</translation>
    </message>
    <message>
      <source>Check boundaries</source>
      <translation>Grenzen prüfen</translation>
    </message>
    <message>
      <source>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</source>
      <translation>Gültigkeit, Überlappungen und Lücken, Verschachtelung der Quartiere in Sozialräumen und der Sozialräume in Stadtbezirken, Schlüssel</translation>
    </message>
    <message>
      <source>Repair into new layer</source>
      <translation>In neuen Layer reparieren</translation>
    </message>
    <message>
      <source>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</source>
      <translation>Die ungültigen Polygone mit „Geometrien reparieren“ von QGIS in einen neuen Layer reparieren (die Quelle bleibt unverändert), ihn für die Gebietsebene verwenden und erneut prüfen</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Click a finding to show it on the map</source>
      <translation>Einen Befund anklicken, um ihn auf der Karte zu zeigen</translation>
    </message>
    <message>
      <source>The project holds the findings of an earlier check; check again to list them.</source>
      <translation>Das Projekt enthält die Befunde einer früheren Prüfung; erneut prüfen, um sie aufzulisten.</translation>
    </message>
    <message>
      <source>The boundaries could not be checked</source>
      <translation>Die Grenzen konnten nicht geprüft werden</translation>
    </message>
    <message>
      <source>Choose the area layers first (Areas).</source>
      <translation>Bitte zuerst die Gebietslayer wählen (Gebiete).</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Prüfung läuft …</translation>
    </message>
    <message>
      <source>Checking the boundaries</source>
      <translation>Grenzen werden geprüft</translation>
    </message>
    <message>
      <source>The check failed; see the message bar.</source>
      <translation>Die Prüfung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
    </message>
    <message>
      <source>The boundaries could not be repaired</source>
      <translation>Die Grenzen konnten nicht repariert werden</translation>
    </message>
  </context>
  <context>
    <name>BoundaryCheck</name>
    <message>
      <source>{Level} {key} is not a valid polygon: {reason}.</source>
      <translation>{Level} {key} ist kein gültiges Polygon: {reason}.</translation>
    </message>
    <message>
      <source>{Level} {key} has no geometry.</source>
      <translation>{Level} {key} hat keine Geometrie.</translation>
    </message>
    <message>
      <source>{Level} {key} has an empty geometry.</source>
      <translation>{Level} {key} hat eine leere Geometrie.</translation>
    </message>
    <message>
      <source>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</source>
      <translation>Ein Teil von {level} {key} ({area:.1f} m²) liegt {distance:.0f} m vom Hauptteil entfernt.</translation>
    </message>
    <message>
      <source>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</source>
      <translation>{Level} {key} hat eine Splitterfläche von {area:.1f} m² (unter {threshold:g} m²).</translation>
    </message>
    <message>
      <source>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</source>
      <translation>{Level} {key_a} und {level} {key_b} überlappen sich um {area:.1f} m².</translation>
    </message>
    <message>
      <source>Gap of {area:.1f} m² between {levels} {neighbours}.</source>
      <translation>Lücke von {area:.1f} m² zwischen {levels} {neighbours}.</translation>
    </message>
    <message>
      <source>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</source>
      <translation>{Level} {key} hat ein Loch von {area:.1f} m², das kein anderes Gebiet füllt.</translation>
    </message>
    <message>
      <source>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</source>
      <translation>Die Operation „{operation}“ für {level} {keys} ließ sich auch mit Einrasten auf ein Raster von {grid:g} m nicht berechnen ({error}); prüfen und reparieren Sie die Geometrie dieser Objekte.</translation>
    </message>
    <message>
      <source>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</source>
      <translation>{Level} {key} liegt nicht in einem einzigen {parent_level}: {shares}; {area:.1f} m² liegen außerhalb von {best}.</translation>
    </message>
    <message>
      <source>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</source>
      <translation>{Level} {key} gibt {parent_level} {stated} an, liegt aber in {parent_level} {geometric} ({share:.1f} %).</translation>
    </message>
    <message>
      <source>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</source>
      <translation>{area:.1f} m² von {parent_level} {key} sind von keinem {level} abgedeckt.</translation>
    </message>
    <message>
      <source>{key} {share:.1f} %</source>
      <translation>{key} {share:.1f} %</translation>
    </message>
    <message>
      <source>Key {key} is used by {count} {levels} (feature ids {fids}).</source>
      <translation>Schlüssel {key} wird von {count} {levels} verwendet (Objekt-IDs {fids}).</translation>
    </message>
    <message>
      <source>{Level} with feature id {fid} has no {what}.</source>
      <translation>{Level} mit Objekt-ID {fid} hat keinen {what}.</translation>
    </message>
    <message>
      <source>Key {key} in {table} has no {level} polygon.</source>
      <translation>Schlüssel {key} in {table} hat kein {level}-Polygon.</translation>
    </message>
    <message>
      <source>{Level} {key} has no row in {table}.</source>
      <translation>{Level} {key} hat keine Zeile in {table}.</translation>
    </message>
    <message>
      <source>{Level} layer ({source}) was reprojected to {target} for the check.</source>
      <translation>Der {Level}-Layer ({source}) wurde für die Prüfung nach {target} umprojiziert.</translation>
    </message>
    <message>
      <source>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</source>
      <translation>Der {Level}-Layer verwendet das geografische KBS {source} (Grad); die Prüfung lief in {target}, damit Flächen und Toleranzen in Metern gelten.</translation>
    </message>
    <message>
      <source>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</source>
      <translation>Das KBS {source} des {Level}-Layers misst hier keine wahren Flächen im Gelände (1 m² im Gelände sind darin {factor:.2f} m²); die Prüfung lief in {target}, damit Flächen, Längen und Toleranzen wahre Geländewerte sind.</translation>
    </message>
    <message>
      <source>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</source>
      <translation>Der {Level}-Layer hat den Filter {filter}: Geprüft wurden die {count} Gebiete, die er zeigt, nicht die ganze Tabelle.</translation>
    </message>
  </context>
  <context>
    <name>BoundaryService</name>
    <message>
      <source>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</source>
      <translation>Flächen und Längen in Metern im Gelände, gemessen im KBS {crs} des Layers (es weicht hier um {deviation:.2f} % von den wahren Flächen ab).</translation>
    </message>
    <message>
      <source>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</source>
      <translation>Flächenänderung insgesamt {total:+.1f} m², größte {largest:+.1f} m² ({key}).</translation>
    </message>
    <message>
      <source>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</source>
      <translation>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</translation>
    </message>
    <message>
      <source>space</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>quarter</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>district</source>
      <translation>Stadtbezirk</translation>
    </message>
    <message>
      <source>Stadtbezirke</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>{level} key</source>
      <translation>{level}-Schlüssel</translation>
    </message>
    <message>
      <source>every {level}</source>
      <translation>jedem {level}</translation>
    </message>
    <message>
      <source>key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>intersection</source>
      <translation>Verschneidung</translation>
    </message>
    <message>
      <source>difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <source>union</source>
      <translation>Vereinigung</translation>
    </message>
    <message>
      <source>Invalid geometry</source>
      <translation>Ungültige Geometrie</translation>
    </message>
    <message>
      <source>Missing geometry</source>
      <translation>Fehlende Geometrie</translation>
    </message>
    <message>
      <source>Empty geometry</source>
      <translation>Leere Geometrie</translation>
    </message>
    <message>
      <source>Overlap</source>
      <translation>Überlappung</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <source>Hole in one area</source>
      <translation>Loch in einem Gebiet</translation>
    </message>
    <message>
      <source>Geometry could not be processed</source>
      <translation>Geometrie nicht verarbeitbar</translation>
    </message>
    <message>
      <source>Not inside one parent area</source>
      <translation>Nicht in genau einem übergeordneten Gebiet</translation>
    </message>
    <message>
      <source>Parent key disagrees with geometry</source>
      <translation>Übergeordneter Schlüssel widerspricht der Geometrie</translation>
    </message>
    <message>
      <source>Parent area not covered</source>
      <translation>Übergeordnetes Gebiet nicht abgedeckt</translation>
    </message>
    <message>
      <source>Duplicate key</source>
      <translation>Doppelter Schlüssel</translation>
    </message>
    <message>
      <source>Missing key</source>
      <translation>Fehlender Schlüssel</translation>
    </message>
    <message>
      <source>Far-away part</source>
      <translation>Weit entfernter Teil</translation>
    </message>
    <message>
      <source>Sliver</source>
      <translation>Splitterfläche</translation>
    </message>
    <message>
      <source>Key without polygon</source>
      <translation>Schlüssel ohne Polygon</translation>
    </message>
    <message>
      <source>Polygon without key in table</source>
      <translation>Polygon ohne Schlüssel in der Tabelle</translation>
    </message>
    <message>
      <source>Geographic CRS</source>
      <translation>Geografisches KBS</translation>
    </message>
    <message>
      <source>CRS distorts areas</source>
      <translation>KBS verzerrt Flächen</translation>
    </message>
    <message>
      <source>Reprojected layer</source>
      <translation>Umprojizierter Layer</translation>
    </message>
    <message>
      <source>Filtered layer</source>
      <translation>Gefilterter Layer</translation>
    </message>
    <message>
      <source>custom CRS</source>
      <translation>benutzerdefiniertes KBS</translation>
    </message>
    <message>
      <source>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</source>
      <translation>Der Layer hat kein bekanntes KBS: Flächen und Längen sind in seinen Koordinateneinheiten angegeben und werden als Meter gelesen.</translation>
    </message>
    <message>
      <source>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</source>
      <translation>Flächen und Längen in Metern im Gelände, gemessen in {target} (der UTM-Zone des Gebiets), nicht im KBS {source} des Layers.</translation>
    </message>
    <message>
      <source>The {level} layer is not valid or could not be opened.</source>
      <translation>Der {level}-Layer ist ungültig oder konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Der Layer „{layer}“ hat kein Feld „{field}“.</translation>
    </message>
    <message>
      <source>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</source>
      <translation>Objekt {fid} des Layers „{layer}“ lässt sich nicht von {source} nach {target} transformieren: {error}</translation>
    </message>
    <message>
      <source>Boundary findings</source>
      <translation>Befunde der Grenzprüfung</translation>
    </message>
    <message>
      <source>Boundary finding areas</source>
      <translation>Befundflächen der Grenzprüfung</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
      <source>{count} findings:</source>
      <translation>{count} Befunde:</translation>
    </message>
    <message>
      <source>The layer to repair is not valid or could not be opened.</source>
      <translation>Der zu reparierende Layer ist ungültig oder ließ sich nicht öffnen.</translation>
    </message>
    <message>
      <source>QGIS's Fix geometries failed on layer '{layer}': {error}</source>
      <translation>„Geometrien reparieren“ von QGIS ist am Layer „{layer}“ gescheitert: {error}</translation>
    </message>
    <message>
      <source>{layer} (repaired)</source>
      <translation>{layer} (repariert)</translation>
    </message>
    <message>
      <source>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</source>
      <translation>„Geometrien reparieren“ (QGIS) hat „{layer}“ geschrieben: {changed} von {count} Objekten geändert, danach {invalid} ungültig.</translation>
    </message>
    <message>
      <source>  {key}: removed (no polygon left)</source>
      <translation>  {key}: entfernt (kein Polygon übrig)</translation>
    </message>
    <message>
      <source>  … and {count} more</source>
      <translation>  … und {count} weitere</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>{file}, line {line}</source>
      <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
      <source>the table</source>
      <translation>die Tabelle</translation>
    </message>
    <message>
      <source>'{column}' (indicator '{indicator}')</source>
      <translation>„{column}“ (Indikator „{indicator}“)</translation>
    </message>
    <message>
      <source>{table} has no column {columns}. Column names must match the table header exactly.</source>
      <translation>{table} hat keine Spalte {columns}. Spaltennamen müssen genau mit der Kopfzeile der Tabelle übereinstimmen.</translation>
    </message>
    <message>
      <source>catalogue file not found.</source>
      <translation>Katalogdatei nicht gefunden.</translation>
    </message>
    <message>
      <source>not a UTF-8 text file; catalogues are UTF-8 TOML.</source>
      <translation>keine UTF-8-Textdatei; Kataloge sind UTF-8-TOML.</translation>
    </message>
    <message>
      <source>cannot be read ({reason}).</source>
      <translation>kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>not valid TOML: {problem}.</source>
      <translation>kein gültiges TOML: {problem}.</translation>
    </message>
    <message>
      <source>"format" is '{format}'; an indicator catalogue has '{expected}'.</source>
      <translation>„format“ ist „{format}“; ein Indikatorenkatalog hat „{expected}“.</translation>
    </message>
    <message>
      <source>"version" must be a whole number ≥ 1.</source>
      <translation>„version“ muss eine ganze Zahl ≥ 1 sein.</translation>
    </message>
    <message>
      <source>catalogue version {version} was written for a newer release of the plugin; this release reads up to version {supported}.</source>
      <translation>Katalogversion {version} ist für eine neuere Version des Plugins geschrieben; diese Version liest bis Version {supported}.</translation>
    </message>
    <message>
      <source>"missing_values" must be a list of numbers, e.g. missing_values = [-9999, -999].</source>
      <translation>„missing_values“ muss eine Liste von Zahlen sein, z. B. missing_values = [-9999, -999].</translation>
    </message>
    <message>
      <source>"domain" must be written as [[domain]] tables.</source>
      <translation>„domain“ muss als [[domain]]-Tabellen geschrieben werden.</translation>
    </message>
    <message>
      <source>each domain must be a [[domain]] table.</source>
      <translation>jeder Bereich muss eine [[domain]]-Tabelle sein.</translation>
    </message>
    <message>
      <source>duplicate domain id '{id}'; every domain needs its own id.</source>
      <translation>doppelte Bereichs-ID „{id}“; jeder Bereich braucht eine eigene ID.</translation>
    </message>
    <message>
      <source>the catalogue lists no indicators; add at least one [[indicator]] table.</source>
      <translation>der Katalog enthält keine Indikatoren; fügen Sie mindestens eine [[indicator]]-Tabelle hinzu.</translation>
    </message>
    <message>
      <source>each indicator must be an [[indicator]] table.</source>
      <translation>jeder Indikator muss eine [[indicator]]-Tabelle sein.</translation>
    </message>
    <message>
      <source>duplicate indicator id '{id}' (first used on line {first_line}); every indicator needs its own id.</source>
      <translation>doppelte Indikator-ID „{id}“ (zuerst in Zeile {first_line}); jeder Indikator braucht eine eigene ID.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' needs "column", the table column name.</source>
      <translation>Indikator „{indicator}“ braucht „column“, den Spaltennamen der Tabelle.</translation>
    </message>
    <message>
      <source>indicators '{first}' and '{second}' both use column '{column}'.</source>
      <translation>die Indikatoren „{first}“ und „{second}“ verwenden beide die Spalte „{column}“.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has unknown domain '{domain}' (known domains: {known}); define it as a [[domain]] table or correct the id.</source>
      <translation>Indikator „{indicator}“ hat den unbekannten Bereich „{domain}“ (bekannte Bereiche: {known}); legen Sie ihn als [[domain]]-Tabelle an oder korrigieren Sie die ID.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has direction '{direction}'; use "{worse}" or "{better}".</source>
      <translation>Indikator „{indicator}“ hat die Richtung „{direction}“; verwenden Sie „{worse}“ oder „{better}“.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has kind '{kind}'; use "status" or "change".</source>
      <translation>Indikator „{indicator}“ hat die Art „{kind}“; verwenden Sie „status“ oder „change“.</translation>
    </message>
    <message>
      <source>indicator '{indicator}': "weight" must be a number above 0.</source>
      <translation>Indikator „{indicator}“: „weight“ muss eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
      <source>indicator '{indicator}': write the threshold as {{ op = "&gt;", value = 20.0 }}.</source>
      <translation>Indikator „{indicator}“: schreiben Sie den Schwellenwert als {{ op = "&gt;", value = 20.0 }}.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has threshold operator '{op}'; use one of {known}.</source>
      <translation>Indikator „{indicator}“ hat den Schwellenwert-Operator „{op}“; verwenden Sie einen von {known}.</translation>
    </message>
    <message>
      <source>indicator '{indicator}': the threshold "value" must be a number.</source>
      <translation>Indikator „{indicator}“: der Schwellenwert „value“ muss eine Zahl sein.</translation>
    </message>
    <message>
      <source>"{key}" must be a table.</source>
      <translation>„{key}“ muss eine Tabelle sein.</translation>
    </message>
    <message>
      <source>"min_worse" must be a whole number from 1 to {count} (the number of status indicators).</source>
      <translation>„min_worse“ muss eine ganze Zahl von 1 bis {count} sein (die Zahl der Statusindikatoren).</translation>
    </message>
    <message>
      <source>"thresholds" must be true or false.</source>
      <translation>„thresholds“ muss true oder false sein.</translation>
    </message>
    <message>
      <source>the rule flags no area: set "min_worse" or "thresholds = true".</source>
      <translation>die Regel markiert kein Gebiet: setzen Sie „min_worse“ oder „thresholds = true“.</translation>
    </message>
    <message>
      <source>"total_row" must be a list of texts.</source>
      <translation>„total_row“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
      <source>"flag_classes" names {classes}, which are not in "classes".</source>
      <translation>„flag_classes“ nennt {classes}, die nicht in „classes“ stehen.</translation>
    </message>
    <message>
      <source>"min_population" must be a number ≥ 0.</source>
      <translation>„min_population“ muss eine Zahl ≥ 0 sein.</translation>
    </message>
    <message>
      <source>"{key}" must be a list of numbers, e.g. [-1.0, 1.0, 1.5].</source>
      <translation>„{key}“ muss eine Liste von Zahlen sein, z. B. [-1.0, 1.0, 1.5].</translation>
    </message>
    <message>
      <source>"{key}" must be strictly increasing.</source>
      <translation>„{key}“ muss streng aufsteigend sein.</translation>
    </message>
    <message>
      <source>"{key}" must be a list of class codes (texts).</source>
      <translation>„{key}“ muss eine Liste von Klassen-Codes (Texten) sein.</translation>
    </message>
    <message>
      <source>"{key}" needs {expected} codes, one more than "{edges}" has edges; it has {count}.</source>
      <translation>„{key}“ braucht {expected} Codes, einen mehr als „{edges}“ Grenzen hat; es hat {count}.</translation>
    </message>
    <message>
      <source>"{key}" lists a code more than once.</source>
      <translation>„{key}“ nennt einen Code mehrfach.</translation>
    </message>
    <message>
      <source>[[{what}]] id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (ids become field names).</source>
      <translation>[[{what}]]-ID „{id}“ ist nicht gültig: verwenden Sie Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben (IDs werden zu Feldnamen).</translation>
    </message>
    <message>
      <source>"{key}" must be text (in quotes).</source>
      <translation>„{key}“ muss Text sein (in Anführungszeichen).</translation>
    </message>
  </context>
  <context>
    <name>ChangeAction</name>
    <message>
      <source>Remove Aktionsraum</source>
      <translation>Aktionsraum entfernen</translation>
    </message>
    <message>
      <source>Add Aktionsraum</source>
      <translation>Aktionsraum hinzufügen</translation>
    </message>
    <message>
      <source>Keep quarter as Aktionsquartier</source>
      <translation>Quartier als Aktionsquartier beibehalten</translation>
    </message>
    <message>
      <source>Add Aktionsquartier</source>
      <translation>Aktionsquartier hinzufügen</translation>
    </message>
    <message>
      <source>Remove Aktionsquartier</source>
      <translation>Aktionsquartier entfernen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Aufnehmen</translation>
    </message>
    <message>
      <source>Keep quarter</source>
      <translation>Quartier behalten</translation>
    </message>
    <message>
      <source>Add quarter</source>
      <translation>Quartier aufnehmen</translation>
    </message>
    <message>
      <source>Remove quarter</source>
      <translation>Quartier entfernen</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <source>Proposed change</source>
      <translation>Änderungsvorschlag</translation>
    </message>
    <message>
      <source>Sozialraum key (for quarters)</source>
      <translation>Sozialraumschlüssel (bei Quartieren)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Sozialraum</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Begründung</translation>
    </message>
  </context>
  <context>
    <name>ChangeSwitch</name>
    <message>
      <source>remove {name}</source>
      <translation>{name} entfernen</translation>
    </message>
    <message>
      <source>add {name}</source>
      <translation>{name} aufnehmen</translation>
    </message>
    <message>
      <source>keep {name} as quarter</source>
      <translation>{name} als Aktionsquartier behalten</translation>
    </message>
    <message>
      <source>add quarter {name}</source>
      <translation>Quartier {name} aufnehmen</translation>
    </message>
    <message>
      <source>remove quarter {name}</source>
      <translation>Quartier {name} entfernen</translation>
    </message>
    <message>
      <source>keep {name}</source>
      <translation>{name} behalten</translation>
    </message>
    <message>
      <source>leave out {name}</source>
      <translation>{name} nicht aufnehmen</translation>
    </message>
    <message>
      <source>drop quarter {name}</source>
      <translation>{name} nicht als Aktionsquartier</translation>
    </message>
    <message>
      <source>leave out quarter {name}</source>
      <translation>Quartier {name} nicht aufnehmen</translation>
    </message>
    <message>
      <source>keep quarter {name}</source>
      <translation>Quartier {name} behalten</translation>
    </message>
  </context>
  <context>
    <name>CheckBoundariesAlgorithm</name>
    <message>
      <source>Check boundaries</source>
      <translation>Grenzen prüfen</translation>
    </message>
    <message>
      <source>Checks the area levels before a report is published and writes every problem as a located, explained feature.

Geometry: invalid polygons (with reason and location), missing or empty geometries, parts far from the main part, slivers. Tiling of each level: overlaps and gaps. Nesting: every quarter inside exactly one social space (and every space inside one district), the parent key agreeing with the geometry, the children covering their parent. Keys: missing or duplicated, and keys of an optional table without polygon and the reverse.

A hole inside one polygon that no other area fills is reported as a hole, not as a gap between areas; an enclave that fills a hole is accepted.

Areas, lengths and tolerances are true ground values: all levels are checked in the CRS of the social spaces if it measures true ground areas there, else (geographic CRS in degrees, Web Mercator and other distorting projections) in the UTM zone of the area; the log says which. Geometry that GEOS cannot overlay is retried with snap rounding and otherwise reported.

Outputs: Boundary findings (OUTPUT), a point at every finding, and the optional Boundary finding areas (OUTPUT_AREAS), the polygons of overlaps, gaps, holes and similar findings; both with type, severity, keys, area in m² and message. FINDINGS is the number of findings. Input layers are not changed. Invalid polygons can be repaired with QGIS's Fix geometries (native:fixgeometries).</source>
      <translation>Prüft die Gebietsebenen, bevor ein Bericht veröffentlicht wird, und schreibt jedes Problem als verortetes, erläutertes Objekt.

Geometrie: ungültige Polygone (mit Grund und Ort), fehlende oder leere Geometrien, weit vom Hauptteil entfernte Teile, Splitterflächen. Flächendeckung jeder Ebene: Überlappungen und Lücken. Verschachtelung: jedes Quartier in genau einem Sozialraum (und jeder Sozialraum in einem Stadtbezirk), der übergeordnete Schlüssel stimmt mit der Geometrie überein, die untergeordneten Gebiete decken ihr übergeordnetes Gebiet ab. Schlüssel: fehlende oder doppelte sowie Schlüssel einer optionalen Tabelle ohne Polygon und umgekehrt.

Ein Loch in einem Polygon, das kein anderes Gebiet füllt, wird als Loch gemeldet, nicht als Lücke zwischen Gebieten; eine Enklave, die ein Loch füllt, ist in Ordnung.

Flächen, Längen und Toleranzen sind wahre Geländewerte: Alle Ebenen werden im KBS der Sozialräume geprüft, wenn es dort wahre Flächen misst, sonst (geografisches KBS in Grad, Web Mercator und andere verzerrende Projektionen) in der UTM-Zone des Gebiets; das Protokoll nennt, worin gemessen wurde. Geometrie, die GEOS nicht verschneiden kann, wird mit Einrasten auf ein Raster erneut versucht und andernfalls gemeldet.

Ausgaben: Befunde der Grenzprüfung (OUTPUT), ein Punkt an jedem Befund, und die optionalen Befundflächen der Grenzprüfung (OUTPUT_AREAS), die Polygone von Überlappungen, Lücken, Löchern und ähnlichen Befunden; beide mit Typ, Schweregrad, Schlüsseln, Fläche in m² und Meldung. FINDINGS ist die Anzahl der Befunde. Die Eingabelayer werden nicht verändert. Ungültige Polygone lassen sich mit „Geometrien reparieren“ von QGIS (native:fixgeometries) reparieren.</translation>
    </message>
    <message>
      <source>Social spaces</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Social space key</source>
      <translation>Sozialraumschlüssel</translation>
    </message>
    <message>
      <source>District key of the social spaces</source>
      <translation>Stadtbezirksschlüssel der Sozialräume</translation>
    </message>
    <message>
      <source>Quarters</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Quarter key</source>
      <translation>Quartiersschlüssel</translation>
    </message>
    <message>
      <source>Social space key of the quarters</source>
      <translation>Sozialraumschlüssel der Quartiere</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>District key</source>
      <translation>Stadtbezirksschlüssel</translation>
    </message>
    <message>
      <source>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</source>
      <translation>Flächentoleranz (m²): kleinere Überlappungen, Lücken und nicht abgedeckte Teile werden ignoriert</translation>
    </message>
    <message>
      <source>Share of a quarter's area that must lie in one social space (%)</source>
      <translation>Anteil der Quartiersfläche, der in einem einzigen Sozialraum liegen muss (%)</translation>
    </message>
    <message>
      <source>Sliver area (m²): smaller polygons or parts are reported</source>
      <translation>Splitterfläche (m²): kleinere Polygone oder Teile werden gemeldet</translation>
    </message>
    <message>
      <source>Distance (m) beyond which a part is far from its main part</source>
      <translation>Abstand (m), ab dem ein Teil als weit vom Hauptteil entfernt gilt</translation>
    </message>
    <message>
      <source>Table whose keys must match the polygons</source>
      <translation>Tabelle, deren Schlüssel zu den Polygonen passen müssen</translation>
    </message>
    <message>
      <source>Key field of the table</source>
      <translation>Schlüsselfeld der Tabelle</translation>
    </message>
    <message>
      <source>Level of the table's keys</source>
      <translation>Ebene der Tabellenschlüssel</translation>
    </message>
    <message>
      <source>Boundary findings</source>
      <translation>Befunde der Grenzprüfung</translation>
    </message>
    <message>
      <source>Boundary finding areas</source>
      <translation>Befundflächen der Grenzprüfung</translation>
    </message>
    <message>
      <source>Number of findings</source>
      <translation>Anzahl der Befunde</translation>
    </message>
    <message>
      <source>The social spaces layer could not be opened.</source>
      <translation>Der Sozialraum-Layer konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>The table's keys are quarter keys, but no quarters are given.</source>
      <translation>Die Schlüssel der Tabelle sind Quartiersschlüssel, es sind aber keine Quartiere angegeben.</translation>
    </message>
    <message>
      <source>Reading the layers…</source>
      <translation>Layer werden gelesen …</translation>
    </message>
    <message>
      <source>Cancelled: the findings are incomplete.</source>
      <translation>Abgebrochen: Die Befunde sind unvollständig.</translation>
    </message>
    <message>
      <source>… and {count} more (see the output layers).</source>
      <translation>… und {count} weitere (siehe Ausgabelayer).</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Aktionsräume: export the city map of action spaces without opening QGIS.</source>
      <translation>Aktionsräume: die Stadtkarte der Aktionsräume exportieren, ohne QGIS zu öffnen.</translation>
    </message>
    <message>
      <source>language of the map texts: de (default) or en</source>
      <translation>Sprache der Kartentexte: de (Standard) oder en</translation>
    </message>
    <message>
      <source>export the map of Aktionsräume and Aktionsquartiere</source>
      <translation>Karte der Aktionsräume und Aktionsquartiere exportieren</translation>
    </message>
    <message>
      <source>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</source>
      <translation>Karte der Aktionsräume und Aktionsquartiere über das Drucklayout exportieren.</translation>
    </message>
    <message>
      <source>output format; repeat for several (default: from the file name of --out)</source>
      <translation>Ausgabeformat; für mehrere wiederholen (Standard: nach dem Dateinamen von --out)</translation>
    </message>
    <message>
      <source>resolution of PNG (default 300 for print; 150 is enough for the web)</source>
      <translation>Auflösung des PNG in dpi (Standard 300 für den Druck; 150 genügt fürs Web)</translation>
    </message>
    <message>
      <source>the map, or the current list and the scenario side by side (comparison), or with --sample statistikatlas the status 2018 → 2024 (development)</source>
      <translation>die Karte oder die aktuelle Liste und das Szenario nebeneinander (comparison) oder mit --sample statistikatlas der Status 2018 → 2024 (development)</translation>
    </message>
    <message>
      <source>A4 page orientation of the map (default: as in the project, else landscape)</source>
      <translation>Ausrichtung der A4-Seite der Karte (Standard: wie im Projekt, sonst Querformat)</translation>
    </message>
    <message>
      <source>export the area profiles (one A4 page per area)</source>
      <translation>die Gebietsprofile exportieren (eine A4-Seite je Gebiet)</translation>
    </message>
    <message>
      <source>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</source>
      <translation>Die Gebietsprofile exportieren: eine A4-Seite je Gebiet über das Drucklayout der Profile.</translation>
    </message>
    <message>
      <source>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</source>
      <translation>nur Sozialräume oder nur Quartiere (Vorgabe: die Aktionsräume und Aktionsquartiere des Szenarios)</translation>
    </message>
    <message>
      <source>every area of the level, not only those of the scenario's list</source>
      <translation>alle Gebiete der Ebene, nicht nur die der Liste des Szenarios</translation>
    </message>
    <message>
      <source>one PDF per area instead of one multi-page PDF</source>
      <translation>eine PDF-Datei je Gebiet statt einer mehrseitigen PDF-Datei</translation>
    </message>
    <message>
      <source>use an embedded sample: 'Dortmund 2020' (default) or 'statistikatlas' (real boundaries and figures)</source>
      <translation>ein eingebautes Beispiel verwenden: „Dortmund 2020“ (Standard) oder „statistikatlas“ (echte Grenzen und Zahlen)</translation>
    </message>
    <message>
      <source>use a QGIS project set up in the panel</source>
      <translation>ein im Bedienfeld eingerichtetes QGIS-Projekt verwenden</translation>
    </message>
    <message>
      <source>scenario file (default: the one of the project/sample)</source>
      <translation>Szenariodatei (Standard: die des Projekts bzw. Beispiels)</translation>
    </message>
    <message>
      <source>rebuild the layout from the template instead of using the project's</source>
      <translation>das Layout aus der Vorlage neu aufbauen, statt das des Projekts zu verwenden</translation>
    </message>
    <message>
      <source>stop with an error when the layout names a font that is not installed</source>
      <translation>mit einem Fehler abbrechen, wenn das Layout eine nicht installierte Schrift nennt</translation>
    </message>
    <message>
      <source>overwrite existing files</source>
      <translation>vorhandene Dateien überschreiben</translation>
    </message>
    <message>
      <source>output file</source>
      <translation>Ausgabedatei</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Fehler: {message}</translation>
    </message>
    <message>
      <source>{path}: cannot tell the format from the file name; use --format.</source>
      <translation>{path}: Das Format ist am Dateinamen nicht zu erkennen; bitte --format angeben.</translation>
    </message>
    <message>
      <source>--dpi must lie between 30 and 1200.</source>
      <translation>--dpi muss zwischen 30 und 1200 liegen.</translation>
    </message>
    <message>
      <source>The comparison exists in A4 landscape only.</source>
      <translation>Den Vergleich gibt es nur im A4-Querformat.</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>Warnung: {message}</translation>
    </message>
    <message>
      <source>{path} exists already; use --force to overwrite.</source>
      <translation>{path} ist schon vorhanden; mit --force wird überschrieben.</translation>
    </message>
    <message>
      <source>{path}: the profiles are written as PDF (.pdf).</source>
      <translation>{path}: Die Profile werden als PDF (.pdf) geschrieben.</translation>
    </message>
    <message>
      <source>{path}: no such project file.</source>
      <translation>{path}: Projektdatei nicht gefunden.</translation>
    </message>
    <message>
      <source>{path}: QGIS could not read the project: {reason}</source>
      <translation>{path}: QGIS konnte das Projekt nicht lesen: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CompareYearsAlgorithm</name>
    <message>
      <source>Compare two years</source>
      <translation>Zwei Jahre vergleichen</translation>
    </message>
    <message>
      <source>Compares the indicators of a later year (the input areas) with an earlier year (a layer or table matched by key; keys written differently, such as 1 and 001, match).

Per area and indicator: the earlier value (e_&lt;id&gt;) and the change in the indicator's unit, percentage points for rates, signed so that positive means a worse development (d_&lt;id&gt;). The development index (dev_idx) standardises the changes the way the status index standardises the values; the development class (dev_cls: improved, stable, worsened) comes from its two break points. The status by the catalogue's rule in both years (bel_then, bel_now) gives st_chg: still_below, newly_below, no_longer_below or not_below.

Only indicators present in both years are compared. Areas and indicators found in one year only are named in the log; areas of the input without a partner keep empty development fields. IMPROVED and WORSENED count the areas of those classes.</source>
      <translation>Vergleicht die Indikatoren eines späteren Jahres (die Eingabegebiete) mit einem früheren Jahr (ein Layer oder eine Tabelle, über den Schlüssel zugeordnet; unterschiedlich geschriebene Schlüssel wie 1 und 001 passen zueinander).

Je Gebiet und Indikator: der frühere Wert (e_&lt;id&gt;) und die Veränderung in der Einheit des Indikators, bei Quoten in Prozentpunkten, mit Vorzeichen so gerichtet, dass positive Werte eine Verschlechterung bedeuten (d_&lt;id&gt;). Der Entwicklungsindex (dev_idx) standardisiert die Veränderungen so, wie der Statusindex die Werte standardisiert; die Entwicklungsklasse (dev_cls: improved = verbessert, stable = stabil, worsened = verschlechtert) ergibt sich aus seinen zwei Klassengrenzen. Der Status nach der Regel des Indikatorenkatalogs in beiden Jahren (bel_then, bel_now) ergibt st_chg: still_below (weiterhin unterdurchschnittlich), newly_below (neu unterdurchschnittlich), no_longer_below (nicht mehr unterdurchschnittlich) oder not_below (nicht unterdurchschnittlich).

Verglichen werden nur Indikatoren, die es in beiden Jahren gibt. Gebiete und Indikatoren, die nur in einem Jahr vorkommen, werden im Protokoll genannt; Gebiete der Eingabe ohne Partner behalten leere Entwicklungsfelder. IMPROVED und WORSENED zählen die Gebiete dieser Klassen.</translation>
    </message>
    <message>
      <source>Areas with the later year's indicators</source>
      <translation>Gebiete mit den Indikatoren des späteren Jahres</translation>
    </message>
    <message>
      <source>Areas or table with the earlier year's indicators</source>
      <translation>Gebiete oder Tabelle mit den Indikatoren des früheren Jahres</translation>
    </message>
    <message>
      <source>Area key field</source>
      <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
      <source>Area key field of the earlier year</source>
      <translation>Schlüsselfeld der Gebiete im früheren Jahr</translation>
    </message>
    <message>
      <source>Area name field (names areas in the log)</source>
      <translation>Namensfeld der Gebiete (benennt die Gebiete im Protokoll)</translation>
    </message>
    <message>
      <source>Status method</source>
      <translation>Methode für den Status</translation>
    </message>
    <message>
      <source>Development index at or below which an area improved</source>
      <translation>Entwicklungsindex, bis zu dem (einschließlich) sich ein Gebiet verbessert hat</translation>
    </message>
    <message>
      <source>Development index above which an area worsened</source>
      <translation>Entwicklungsindex, über dem sich ein Gebiet verschlechtert hat</translation>
    </message>
    <message>
      <source>Areas with their development</source>
      <translation>Gebiete mit ihrer Entwicklung</translation>
    </message>
    <message>
      <source>Areas improved</source>
      <translation>Verbesserte Gebiete</translation>
    </message>
    <message>
      <source>Areas worsened</source>
      <translation>Verschlechterte Gebiete</translation>
    </message>
    <message>
      <source>the input layer</source>
      <translation>der Eingabelayer</translation>
    </message>
    <message>
      <source>the earlier table</source>
      <translation>die Tabelle des früheren Jahres</translation>
    </message>
    <message>
      <source>Areas matched by '{later}' and '{earlier}'.</source>
      <translation>Gebiete über „{later}“ und „{earlier}“ zugeordnet.</translation>
    </message>
    <message>
      <source>{improved} areas improved, {worsened} worsened.</source>
      <translation>{improved} Gebiete haben sich verbessert, {worsened} verschlechtert.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database destination '{destination}' names no table (table="schema"."name").</source>
      <translation>Das Datenbankziel '{destination}' nennt keine Tabelle (table="schema"."name").</translation>
    </message>
    <message>
      <source>The result would replace its own source table {table}; choose another table.</source>
      <translation>Das Ergebnis würde seine eigene Quelltabelle {table} ersetzen; bitte eine andere Tabelle wählen.</translation>
    </message>
    <message>
      <source>Could not write the table {table}: {error}</source>
      <translation>Die Tabelle {table} konnte nicht geschrieben werden: {error}</translation>
    </message>
  </context>
  <context>
    <name>Dependencies</name>
    <message>
      <source>Aktionsräume needs the Python packages {packages} in QGIS's Python. Install them in the OSGeo4W Shell (Start menu, QGIS folder) with: {commands} — then restart QGIS.</source>
      <translation>Aktionsräume braucht die Python-Pakete {packages} im Python von QGIS. Installieren Sie sie in der OSGeo4W Shell (Startmenü, Ordner QGIS) mit: {commands} – danach QGIS neu starten.</translation>
    </message>
    <message>
      <source>Aktionsräume needs the Python packages {packages} in QGIS's Python (Python {version}). Install them in a terminal with: {commands} — then restart QGIS.</source>
      <translation>Aktionsräume braucht die Python-Pakete {packages} im Python von QGIS (Python {version}). Installieren Sie sie in einem Terminal mit: {commands} – danach QGIS neu starten.</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentLayers</name>
    <message>
      <source>Improved</source>
      <translation>Verbessert</translation>
    </message>
    <message>
      <source>better</source>
      <translation>besser</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Stabil</translation>
    </message>
    <message>
      <source>stable</source>
      <translation>stabil</translation>
    </message>
    <message>
      <source>Worsened</source>
      <translation>Verschlechtert</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>schlechter</translation>
    </message>
    <message>
      <source>Still below average</source>
      <translation>Weiterhin unter dem Durchschnitt</translation>
    </message>
    <message>
      <source>still</source>
      <translation>weiterhin</translation>
    </message>
    <message>
      <source>Newly below average</source>
      <translation>Neu unter dem Durchschnitt</translation>
    </message>
    <message>
      <source>newly</source>
      <translation>neu</translation>
    </message>
    <message>
      <source>No longer below average</source>
      <translation>Nicht mehr unter dem Durchschnitt</translation>
    </message>
    <message>
      <source>no longer</source>
      <translation>nicht mehr</translation>
    </message>
    <message>
      <source>Never below average</source>
      <translation>Nie unter dem Durchschnitt</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <source>No earlier value</source>
      <translation>Kein früherer Wert</translation>
    </message>
    <message>
      <source>Layer '{name}' is not valid.</source>
      <translation>Der Layer „{name}“ ist ungültig.</translation>
    </message>
    <message>
      <source>No column of {source} holds the keys of the areas ('{field}').</source>
      <translation>Keine Spalte von {source} enthält die Schlüssel der Gebiete („{field}“).</translation>
    </message>
    <message>
      <source>Layer '{name}' holds no readable comparison of two years.</source>
      <translation>Der Layer „{name}“ enthält keinen lesbaren Vergleich zweier Jahre.</translation>
    </message>
    <message>
      <source>{count} indicators compared: {labels}.</source>
      <translation>{count} Indikatoren verglichen: {labels}.</translation>
    </message>
    <message>
      <source>Indicators only in {source} ({count}), not compared: {items}.</source>
      <translation>Indikatoren nur in {source} ({count}), nicht verglichen: {items}.</translation>
    </message>
    <message>
      <source>Areas only in {source} ({count}): {items}.</source>
      <translation>Gebiete nur in {source} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Areas of the map without values in {source} ({count}): {items}.</source>
      <translation>Gebiete der Karte ohne Werte in {source} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Every area and every compared indicator is in both years.</source>
      <translation>Jedes Gebiet und jeder verglichene Indikator ist in beiden Jahren vorhanden.</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Unter Ø</translation>
    </message>
    <message>
      <source>Below the city average: still, newly, no longer or never</source>
      <translation>Unter dem städtischen Durchschnitt: weiterhin, neu, nicht mehr oder nie</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Development class from the development index: better, stable or worse</source>
      <translation>Entwicklungsklasse nach dem Entwicklungsindex: besser, stabil oder schlechter</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Name of the area</source>
      <translation>Name des Gebiets</translation>
    </message>
    <message>
      <source>Then</source>
      <translation>Damals</translation>
    </message>
    <message>
      <source>Value in the earlier year</source>
      <translation>Wert im früheren Jahr</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <source>Value in the later year</source>
      <translation>Wert im späteren Jahr</translation>
    </message>
    <message>
      <source>Change: now minus then, in {unit}</source>
      <translation>Veränderung: jetzt minus damals, in {unit}</translation>
    </message>
    <message>
      <source>the indicator's unit</source>
      <translation>der Einheit des Indikators</translation>
    </message>
    <message>
      <source>{indicator}: then, now and the change Δ (now minus then).</source>
      <translation>{indicator}: damals, jetzt und die Veränderung Δ (jetzt minus damals).</translation>
    </message>
    <message>
      <source>{indicator} in {unit}: then, now and the change Δ (now minus then), unit {change_unit}.</source>
      <translation>{indicator} in {unit}: damals, jetzt und die Veränderung Δ (jetzt minus damals), Einheit {change_unit}.</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentSection</name>
    <message>
      <source>Compare two years</source>
      <translation>Zwei Jahre vergleichen</translation>
    </message>
    <message>
      <source>How did each area develop since an earlier year? The years are matched by area key; the map shows the areas of the first step.</source>
      <translation>Wie hat sich jedes Gebiet seit einem früheren Jahr entwickelt? Die Jahre werden über den Gebietsschlüssel verbunden; die Karte zeigt die Gebiete des ersten Schritts.</translation>
    </message>
    <message>
      <source>The later year's values: the areas with joined indicators, or a table</source>
      <translation>Die Werte des späteren Jahres: die Gebiete mit verknüpften Indikatoren oder eine Tabelle</translation>
    </message>
    <message>
      <source>The earlier year's values for the same areas: a layer or a table</source>
      <translation>Die Werte des früheren Jahres für dieselben Gebiete: ein Layer oder eine Tabelle</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml *.json)</source>
      <translation>Indikatorenkatalog (*.toml *.json)</translation>
    </message>
    <message>
      <source>The indicators, their direction and units, the rule for 'below average'</source>
      <translation>Die Indikatoren, ihre Richtung und Einheiten, die Regel für „unter dem Durchschnitt“</translation>
    </message>
    <message>
      <source>Later year</source>
      <translation>Späteres Jahr</translation>
    </message>
    <message>
      <source>Earlier year</source>
      <translation>Früheres Jahr</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Katalog</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vergleichen</translation>
    </message>
    <message>
      <source>Per area the change of every indicator, the development class and the status then and now</source>
      <translation>Je Gebiet die Veränderung jedes Indikators, die Entwicklungsklasse und der Status damals und jetzt</translation>
    </message>
    <message>
      <source>Development</source>
      <translation>Entwicklung</translation>
    </message>
    <message>
      <source>Improved, stable or worsened, by the development index</source>
      <translation>Verbessert, stabil oder verschlechtert, nach dem Entwicklungsindex</translation>
    </message>
    <message>
      <source>Status then → now</source>
      <translation>Status damals → jetzt</translation>
    </message>
    <message>
      <source>Still, newly, no longer or never below the city average</source>
      <translation>Weiterhin, neu, nicht mehr oder nie unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>The indicator the table shows then and now</source>
      <translation>Der Indikator, den die Tabelle damals und jetzt zeigt</translation>
    </message>
    <message>
      <source>Colour map by</source>
      <translation>Karte einfärben nach</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>The years could not be compared</source>
      <translation>Die Jahre konnten nicht verglichen werden</translation>
    </message>
    <message>
      <source>Choose the areas in the first step.</source>
      <translation>Bitte im ersten Schritt die Gebiete wählen.</translation>
    </message>
    <message>
      <source>Choose the later and the earlier year's values.</source>
      <translation>Bitte die Werte des späteren und des früheren Jahres wählen.</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue.</source>
      <translation>Bitte einen Indikatorenkatalog wählen.</translation>
    </message>
    <message>
      <source>Development {earlier} → {later}</source>
      <translation>Entwicklung {earlier} → {later}</translation>
    </message>
    <message>
      <source>Comparing…</source>
      <translation>Vergleiche …</translation>
    </message>
    <message>
      <source>Comparing two years</source>
      <translation>Zwei Jahre werden verglichen</translation>
    </message>
    <message>
      <source>The comparison did not finish; see the message bar.</source>
      <translation>Der Vergleich wurde nicht abgeschlossen; siehe Meldungsleiste.</translation>
    </message>
    <message>
      <source>The comparison cannot be shown</source>
      <translation>Der Vergleich kann nicht angezeigt werden</translation>
    </message>
    <message>
      <source>{earlier} → {later}: {count} areas compared.</source>
      <translation>{earlier} → {later}: {count} Gebiete verglichen.</translation>
    </message>
  </context>
  <context>
    <name>ExportMapAlgorithm</name>
    <message>
      <source>Export the map</source>
      <translation>Karte exportieren</translation>
    </message>
    <message>
      <source>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</source>
      <translation>Exportiert die Karte der Aktionsräume und Aktionsquartiere des aktuellen Projekts als PDF (Vektor, Schriften eingebettet), PNG oder SVG.

Ohne Angabe eines Layouts wird das Kartenlayout des Projekts so verwendet, wie es im Layoutdesigner angepasst wurde; es wird aus der Vorlage (A4 Querformat, A4 Hochformat oder Vergleich der aktuellen Liste mit dem Szenario) erstellt, wenn es fehlt oder wenn „Layout auf die Vorlage zurücksetzen“ angehakt ist. Eine Szenariodatei wird nur für diesen Export angezeigt; das Projekt behält sein eigenes Szenario. Die Datei wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
      <source>Print layout (empty: the Aktionsräume map of the project)</source>
      <translation>Drucklayout (leer: die Aktionsräume-Karte des Projekts)</translation>
    </message>
    <message>
      <source>Template, when the map layout is made</source>
      <translation>Vorlage, falls das Kartenlayout erstellt wird</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 Querformat</translation>
    </message>
    <message>
      <source>A4 portrait</source>
      <translation>A4 Hochformat</translation>
    </message>
    <message>
      <source>Comparison: current list and scenario side by side</source>
      <translation>Vergleich: aktuelle Liste und Szenario nebeneinander</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Resolution (dpi; 300 for print, 150 for the web)</source>
      <translation>Auflösung (dpi; 300 für den Druck, 150 fürs Web)</translation>
    </message>
    <message>
      <source>Map file</source>
      <translation>Kartendatei</translation>
    </message>
    <message>
      <source>Exporting the layout '{name}'.</source>
      <translation>Layout „{name}“ wird exportiert.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Geschrieben: {path}</translation>
    </message>
  </context>
  <context>
    <name>ExportProfilesAlgorithm</name>
    <message>
      <source>Export the area profiles</source>
      <translation>Gebietsprofile exportieren</translation>
    </message>
    <message>
      <source>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</source>
      <translation>Exportiert eine A4-Seite je Gebiet (Gebietsprofil) als PDF: Name, Art und Stadtbezirk, den Status im Szenario und den Grund einer Änderung, eine Übersichts- und eine Detailkarte, jeden Indikator des Katalogs im Vergleich mit der Stadt mit Balkendiagramm, Quellenangabe.

Die Seiten entstehen aus dem Profil-Layout des Projekts (Projekt ▸ Layoutverwaltung); fehlt es, wird es aus der Vorlage erzeugt, sonst so verwendet, wie es im Layoutdesigner angepasst wurde. Die Datei wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Gebiete</translation>
    </message>
    <message>
      <source>Sozialräume and Quartiere</source>
      <translation>Sozialräume und Quartiere</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Which areas</source>
      <translation>Welche Gebiete</translation>
    </message>
    <message>
      <source>The Aktionsräume and Aktionsquartiere of the scenario</source>
      <translation>Die Aktionsräume und Aktionsquartiere des Szenarios</translation>
    </message>
    <message>
      <source>All areas of the level</source>
      <translation>Alle Gebiete der Ebene</translation>
    </message>
    <message>
      <source>One PDF per area</source>
      <translation>Eine PDF-Datei je Gebiet</translation>
    </message>
    <message>
      <source>Profile PDF</source>
      <translation>Profil-PDF</translation>
    </message>
    <message>
      <source>Exporting {count} pages.</source>
      <translation>{count} Seiten werden exportiert.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Geschrieben: {path}</translation>
    </message>
  </context>
  <context>
    <name>ExportSection</name>
    <message>
      <source>Export map</source>
      <translation>Karte exportieren</translation>
    </message>
    <message>
      <source>As in the project (A4 landscape when new)</source>
      <translation>Wie im Projekt (A4 quer, wenn neu)</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 Querformat</translation>
    </message>
    <message>
      <source>A4 portrait</source>
      <translation>A4 Hochformat</translation>
    </message>
    <message>
      <source>Comparison: current list and scenario side by side</source>
      <translation>Vergleich: aktuelle Liste und Szenario nebeneinander</translation>
    </message>
    <message>
      <source>The project's map layout is used as it was adjusted; reset it to change its orientation</source>
      <translation>Das Kartenlayout des Projekts wird so verwendet, wie es angepasst wurde; zum Ändern der Ausrichtung auf die Vorlage zurücksetzen</translation>
    </message>
    <message>
      <source>PDF (print)</source>
      <translation>PDF (Druck)</translation>
    </message>
    <message>
      <source>PNG (image)</source>
      <translation>PNG (Bild)</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Auflösung</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Open in layout designer</source>
      <translation>Im Layoutdesigner öffnen</translation>
    </message>
    <message>
      <source>Reset to template</source>
      <translation>Auf Vorlage zurücksetzen</translation>
    </message>
    <message>
      <source>Aktionsräume map</source>
      <translation>Aktionsräume-Karte</translation>
    </message>
    <message>
      <source>The layout could not be opened</source>
      <translation>Das Layout konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Rebuild the map layout from the template? Changes made in the layout designer are lost.</source>
      <translation>Das Kartenlayout aus der Vorlage neu aufbauen? Änderungen aus dem Layoutdesigner gehen verloren.</translation>
    </message>
    <message>
      <source>The layout could not be reset</source>
      <translation>Das Layout konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
      <source>The layout was rebuilt from the template.</source>
      <translation>Das Layout wurde aus der Vorlage neu aufgebaut.</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Bitte eine Zieldatei für den Export wählen.</translation>
    </message>
    <message>
      <source>{path} exists already. Replace it?</source>
      <translation>{path} ist schon vorhanden. Ersetzen?</translation>
    </message>
    <message>
      <source>Exporting the Aktionsräume map</source>
      <translation>Aktionsräume-Karte wird exportiert</translation>
    </message>
    <message>
      <source>The map could not be exported</source>
      <translation>Die Karte konnte nicht exportiert werden</translation>
    </message>
    <message>
      <source>Map exported to {path}</source>
      <translation>Karte exportiert nach {path}</translation>
    </message>
  </context>
  <context>
    <name>Fonts</name>
    <message>
      <source>“{font}” (replaced by “{substitute}”)</source>
      <translation>„{font}“ (ersetzt durch „{substitute}“)</translation>
    </message>
    <message>
      <source>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</source>
      <translation>Das Layout nennt Schriften, die nicht installiert sind: {fonts}. Installieren Sie sie für das vorgesehene Aussehen.</translation>
    </message>
  </context>
  <context>
    <name>IndexClass</name>
    <message>
      <source>High</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Niedrig</translation>
    </message>
    <message>
      <source>Very low</source>
      <translation>Sehr niedrig</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positiv</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Stabil</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negativ</translation>
    </message>
    <message>
      <source>Not classified</source>
      <translation>Nicht klassifiziert</translation>
    </message>
  </context>
  <context>
    <name>IndicatorStyling</name>
    <message>
      <source>{lower} – {upper}{unit}</source>
      <translation>{lower} – {upper}{unit}</translation>
    </message>
    <message>
      <source>{range} (city: {value}{unit})</source>
      <translation>{range} (Stadt: {value}{unit})</translation>
    </message>
    <message>
      <source>{count} worse</source>
      <translation>{count} schlechter</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Der Layer „{layer}“ hat kein Feld „{field}“.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsSection</name>
    <message>
      <source>Indicators</source>
      <translation>Indikatoren</translation>
    </message>
    <message>
      <source>Tables ({patterns});;All files (*)</source>
      <translation>Tabellen ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Indicator table</source>
      <translation>Indikatortabelle</translation>
    </message>
    <message>
      <source>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</source>
      <translation>CSV, XLSX oder ODS, wie das Statistikamt sie veröffentlicht, oder eine GeoPackage-, GeoJSON- oder DBF-Datei</translation>
    </message>
    <message>
      <source>A layer of the project whose attributes are the table (instead of a file)</source>
      <translation>Ein Layer des Projekts, dessen Attribute die Tabelle sind (statt einer Datei)</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Key field of the area layer</source>
      <translation>Schlüsselfeld des Gebietslayers</translation>
    </message>
    <message>
      <source>Key column of the table</source>
      <translation>Schlüsselspalte der Tabelle</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabelle</translation>
    </message>
    <message>
      <source>or layer</source>
      <translation>oder Layer</translation>
    </message>
    <message>
      <source>Join to</source>
      <translation>Verknüpfen mit</translation>
    </message>
    <message>
      <source>Layer key</source>
      <translation>Layerschlüssel</translation>
    </message>
    <message>
      <source>Table key</source>
      <translation>Tabellenschlüssel</translation>
    </message>
    <message>
      <source>Reading options</source>
      <translation>Leseoptionen</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>Semicolon ;</source>
      <translation>Semikolon ;</translation>
    </message>
    <message>
      <source>Comma ,</source>
      <translation>Komma ,</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tabulator</translation>
    </message>
    <message>
      <source>Pipe |</source>
      <translation>Senkrechter Strich |</translation>
    </message>
    <message>
      <source>Point .</source>
      <translation>Punkt .</translation>
    </message>
    <message>
      <source>Automatic (-9999, -999, -99999, 99999 where they stand apart)</source>
      <translation>Automatisch (-9999, -999, -99999, 99999, wo sie abseits der Werte liegen)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Keine</translation>
    </message>
    <message>
      <source>Codes that mean 'no value' in number columns, e.g. -9999; -999</source>
      <translation>Codes, die in Zahlenspalten „kein Wert“ bedeuten, z. B. -9999; -999</translation>
    </message>
    <message>
      <source>First with the key</source>
      <translation>Erstes mit Schlüssel</translation>
    </message>
    <message>
      <source>Sheet of a workbook (XLSX, ODS)</source>
      <translation>Tabellenblatt einer Arbeitsmappe (XLSX, ODS)</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Kodierung</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Trennzeichen</translation>
    </message>
    <message>
      <source>Decimal mark</source>
      <translation>Dezimalzeichen</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Tabellenblatt</translation>
    </message>
    <message>
      <source>Missing-value codes</source>
      <translation>Codes für fehlende Werte</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Verknüpfen</translation>
    </message>
    <message>
      <source>Join the table; the result is shown before it is added</source>
      <translation>Tabelle verknüpfen; das Ergebnis wird vor dem Hinzufügen angezeigt</translation>
    </message>
    <message>
      <source>The join report appears here.</source>
      <translation>Hier erscheint der Verknüpfungsbericht.</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Übernehmen</translation>
    </message>
    <message>
      <source>Add the joined layer to the project</source>
      <translation>Verknüpften Layer zum Projekt hinzufügen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Attribute table</source>
      <translation>Attributtabelle</translation>
    </message>
    <message>
      <source>Open the attribute table of the joined layer</source>
      <translation>Attributtabelle des verknüpften Layers öffnen</translation>
    </message>
    <message>
      <source>Save report…</source>
      <translation>Bericht speichern …</translation>
    </message>
    <message>
      <source>Remove joins</source>
      <translation>Verknüpfungen entfernen</translation>
    </message>
    <message>
      <source>Take this level's joined tables out again; the next join starts from the area layer</source>
      <translation>Die verknüpften Tabellen dieser Ebene wieder herausnehmen; die nächste Verknüpfung beginnt beim Gebietslayer</translation>
    </message>
    <message>
      <source>Joined: {tables}</source>
      <translation>Verknüpft: {tables}</translation>
    </message>
    <message>
      <source>No table joined yet.</source>
      <translation>Noch keine Tabelle verknüpft.</translation>
    </message>
    <message>
      <source>The table could not be read</source>
      <translation>Die Tabelle konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>The table could not be read.</source>
      <translation>Die Tabelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>{name} wird gelesen …</translation>
    </message>
    <message>
      <source>Reading the table {name}</source>
      <translation>Tabelle {name} wird gelesen</translation>
    </message>
    <message>
      <source>The table {name} could not be read</source>
      <translation>Die Tabelle {name} konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>No column of the table shares keys with the layer.</source>
      <translation>Keine Spalte der Tabelle hat gemeinsame Schlüssel mit dem Layer.</translation>
    </message>
    <message>
      <source>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</source>
      <translation>Vorschlag: „{field}“ ↔ „{column}“ ({matches} Schlüssel stimmen überein).</translation>
    </message>
    <message>
      <source>The table could not be joined</source>
      <translation>Die Tabelle konnte nicht verknüpft werden</translation>
    </message>
    <message>
      <source>Choose a table file or layer.</source>
      <translation>Wählen Sie eine Tabellendatei oder einen Layer.</translation>
    </message>
    <message>
      <source>Choose the area layers first (Areas).</source>
      <translation>Bitte zuerst die Gebietslayer wählen (Gebiete).</translation>
    </message>
    <message>
      <source>Choose the key field and the key column.</source>
      <translation>Bitte Schlüsselfeld und Schlüsselspalte wählen.</translation>
    </message>
    <message>
      <source>Check the report, then accept the joined layer or discard it.</source>
      <translation>Bitte den Bericht prüfen und den verknüpften Layer dann übernehmen oder verwerfen.</translation>
    </message>
    <message>
      <source>The join failed; see the message bar.</source>
      <translation>Die Verknüpfung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>{name} wird verknüpft …</translation>
    </message>
    <message>
      <source>Joining the table {name}</source>
      <translation>Tabelle {name} wird verknüpft</translation>
    </message>
    <message>
      <source>The table {name} could not be joined</source>
      <translation>Die Tabelle {name} konnte nicht verknüpft werden</translation>
    </message>
    <message>
      <source>{layer} + {table}</source>
      <translation>{layer} + {table}</translation>
    </message>
    <message>
      <source>The joined layer could not be stored</source>
      <translation>Der verknüpfte Layer konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <source>'{layer}' added ({path}, table {table}).</source>
      <translation>„{layer}“ hinzugefügt ({path}, Tabelle {table}).</translation>
    </message>
    <message>
      <source>No area found a row of the table: the keys do not match.</source>
      <translation>Kein Gebiet hat eine Zeile der Tabelle gefunden: Die Schlüssel passen nicht zusammen.</translation>
    </message>
    <message>
      <source>Only {matched} of {count} areas found a row of the table.</source>
      <translation>Nur {matched} von {count} Gebieten haben eine Zeile der Tabelle gefunden.</translation>
    </message>
    <message>
      <source>Columns joined before come again ({columns}); the assessment would read the earlier ones. Remove the earlier joins first to replace them.</source>
      <translation>Bereits verknüpfte Spalten kommen erneut vor ({columns}); die Bewertung würde die früheren lesen. Zum Ersetzen zuerst die früheren Verknüpfungen entfernen.</translation>
    </message>
    <message>
      <source>Accept this join?</source>
      <translation>Diese Verknüpfung übernehmen?</translation>
    </message>
    <message>
      <source>Accept it anyway?</source>
      <translation>Trotzdem übernehmen?</translation>
    </message>
    <message>
      <source>The joins were removed; the next join starts from the area layer.</source>
      <translation>Die Verknüpfungen wurden entfernt; die nächste Verknüpfung beginnt beim Gebietslayer.</translation>
    </message>
    <message>
      <source>The join was discarded.</source>
      <translation>Die Verknüpfung wurde verworfen.</translation>
    </message>
    <message>
      <source>Save join report</source>
      <translation>Verknüpfungsbericht speichern</translation>
    </message>
    <message>
      <source>Text (*.txt);;CSV (*.csv);;JSON (*.json)</source>
      <translation>Text (*.txt);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>The report could not be saved</source>
      <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
      <source>Join report saved to {path}</source>
      <translation>Verknüpfungsbericht gespeichert unter {path}</translation>
    </message>
  </context>
  <context>
    <name>JoinReport</name>
    <message>
      <source>Join of table {table} (column '{table_key}') to field '{area_key}'</source>
      <translation>Verknüpfung der Tabelle {table} (Spalte „{table_key}“) mit dem Feld „{area_key}“</translation>
    </message>
    <message>
      <source>Read with: {options}</source>
      <translation>Gelesen mit: {options}</translation>
    </message>
    <message>
      <source>format {value}</source>
      <translation>Format {value}</translation>
    </message>
    <message>
      <source>encoding {value}</source>
      <translation>Kodierung {value}</translation>
    </message>
    <message>
      <source>delimiter '{value}'</source>
      <translation>Trennzeichen „{value}“</translation>
    </message>
    <message>
      <source>delimiter tab</source>
      <translation>Trennzeichen Tabulator</translation>
    </message>
    <message>
      <source>delimiter space</source>
      <translation>Trennzeichen Leerzeichen</translation>
    </message>
    <message>
      <source>decimal mark '{value}'</source>
      <translation>Dezimalzeichen „{value}“</translation>
    </message>
    <message>
      <source>thousands separator '{value}'</source>
      <translation>Tausendertrennzeichen „{value}“</translation>
    </message>
    <message>
      <source>sheet '{value}'</source>
      <translation>Blatt „{value}“</translation>
    </message>
    <message>
      <source>header in row {value}</source>
      <translation>Kopfzeile in Zeile {value}</translation>
    </message>
    <message>
      <source>Rows read: {rows}</source>
      <translation>Gelesene Zeilen: {rows}</translation>
    </message>
    <message>
      <source>Features with a table row: {matched} of {features}</source>
      <translation>Objekte mit Tabellenzeile: {matched} von {features}</translation>
    </message>
    <message>
      <source>City reference row (row {row}): {label}</source>
      <translation>Referenzzeile der Stadt (Zeile {row}): {label}</translation>
    </message>
    <message>
      <source>No city total row found.</source>
      <translation>Keine Gesamtzeile der Stadt gefunden.</translation>
    </message>
    <message>
      <source>Features without a table row ({count}): {keys}</source>
      <translation>Objekte ohne Tabellenzeile ({count}): {keys}</translation>
    </message>
    <message>
      <source>Features without a key value: {count}</source>
      <translation>Objekte ohne Schlüsselwert: {count}</translation>
    </message>
    <message>
      <source>Table rows without a feature ({count}): {keys}</source>
      <translation>Tabellenzeilen ohne Objekt ({count}): {keys}</translation>
    </message>
    <message>
      <source>Table rows without a key ({count}): rows {rows}</source>
      <translation>Tabellenzeilen ohne Schlüssel ({count}): Zeilen {rows}</translation>
    </message>
    <message>
      <source>Keys in several rows ({count}), combined by '{how}': {keys}</source>
      <translation>Schlüssel in mehreren Zeilen ({count}), zusammengefasst mit „{how}“: {keys}</translation>
    </message>
    <message>
      <source>Values that could not be read ({count}): {cells}</source>
      <translation>Nicht lesbare Werte ({count}): {cells}</translation>
    </message>
    <message>
      <source>Missing values (placeholders or empty) per column: {counts}</source>
      <translation>Fehlende Werte (Platzhalter oder leer) je Spalte: {counts}</translation>
    </message>
    <message>
      <source>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</source>
      <translation>Codes für fehlende Werte als fehlend gelesen ({count} Zellen in {row_count} Zeilen): Zeilen {rows}; Codes {codes}</translation>
    </message>
    <message>
      <source>Units found in the cells (the columns hold the numbers): {units}</source>
      <translation>Einheiten in den Zellen (die Spalten enthalten die Zahlen): {units}</translation>
    </message>
    <message>
      <source>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</source>
      <translation>Vom Ausgabeformat gekürzte Feldnamen (ein GeoPackage behält sie): {shortened}</translation>
    </message>
    <message>
      <source>Columns renamed because the name was taken: {renamed}</source>
      <translation>Spalten umbenannt, da der Name schon vergeben war: {renamed}</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Hinweis: {text}</translation>
    </message>
    <message>
      <source>{count} key(s) belong to several features, which all get the same row: {keys}.</source>
      <translation>{count} Schlüssel gehören zu mehreren Objekten, die alle dieselbe Zeile erhalten: {keys}.</translation>
    </message>
    <message>
      <source>{key} (row {row})</source>
      <translation>{key} (Zeile {row})</translation>
    </message>
    <message>
      <source>{key} (rows {rows})</source>
      <translation>{key} (Zeilen {rows})</translation>
    </message>
    <message>
      <source>row {row}, column '{column}': '{value}'</source>
      <translation>Zeile {row}, Spalte „{column}“: „{value}“</translation>
    </message>
    <message>
      <source>'{column}': {count} ({keys})</source>
      <translation>„{column}“: {count} ({keys})</translation>
    </message>
    <message>
      <source>'{column}': {codes}</source>
      <translation>„{column}“: {codes}</translation>
    </message>
    <message>
      <source>'{column}': {symbol}</source>
      <translation>„{column}“: {symbol}</translation>
    </message>
    <message>
      <source>'{old}' → '{new}'</source>
      <translation>„{old}“ → „{new}“</translation>
    </message>
    <message>
      <source>first row</source>
      <translation>erste Zeile</translation>
    </message>
    <message>
      <source>sum</source>
      <translation>Summe</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… und {count} weitere</translation>
    </message>
    <message>
      <source>Unknown aggregation '{aggregate}'; choose one of {known}.</source>
      <translation>Unbekannte Zusammenfassung „{aggregate}“; wählen Sie eine von {known}.</translation>
    </message>
    <message>
      <source>The areas have no field '{field}'.</source>
      <translation>Die Gebiete haben kein Feld „{field}“.</translation>
    </message>
    <message>
      <source>{table}, column '{column}': {count} key(s) occur in more than one row: {keys}. Remove the duplicates or choose an aggregation (first, sum, mean).</source>
      <translation>{table}, Spalte „{column}“: {count} Schlüssel kommen in mehr als einer Zeile vor: {keys}. Entfernen Sie die Dubletten oder wählen Sie eine Zusammenfassung (erste Zeile, Summe, Mittelwert).</translation>
    </message>
  </context>
  <context>
    <name>JoinService</name>
    <message>
      <source>{name}: the sheets cannot be listed ({error}).</source>
      <translation>{name}: Die Tabellenblätter können nicht aufgelistet werden ({error}).</translation>
    </message>
    <message>
      <source>The layer '{name}' is not valid.</source>
      <translation>Der Layer „{name}“ ist ungültig.</translation>
    </message>
    <message>
      <source>The layer '{name}' has no field '{field}'; its fields are {names}.</source>
      <translation>Der Layer „{name}“ hat kein Feld „{field}“; vorhandene Felder: {names}.</translation>
    </message>
    <message>
      <source>Could not copy the layer '{name}': {message}</source>
      <translation>Der Layer „{name}“ konnte nicht kopiert werden: {message}</translation>
    </message>
    <message>
      <source>The key field '{field}' of layer '{name}' could not be copied.</source>
      <translation>Das Schlüsselfeld „{field}“ des Layers „{name}“ konnte nicht kopiert werden.</translation>
    </message>
    <message>
      <source>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</source>
      <translation>Layer „{name}“, Feld „{field}“: Der Text scheint falsch dekodiert („{example}“). {hint}</translation>
    </message>
    <message>
      <source>Could not write the joined layer to {path}: {error}</source>
      <translation>Der verknüpfte Layer konnte nicht nach {path} geschrieben werden: {error}</translation>
    </message>
    <message>
      <source>{path}: the joined layer cannot be opened.</source>
      <translation>{path}: Der verknüpfte Layer kann nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Could not open the copy {path}.</source>
      <translation>Die Kopie {path} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Could not open the joined result {path}.</source>
      <translation>Das Verknüpfungsergebnis {path} konnte nicht geöffnet werden.</translation>
    </message>
  </context>
  <context>
    <name>JoinTableAlgorithm</name>
    <message>
      <source>Join indicator table</source>
      <translation>Indikatortabelle verknüpfen</translation>
    </message>
    <message>
      <source>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</source>
      <translation>Verknüpft eine Indikatortabelle (CSV, XLSX oder ODS, wie Statistikämter sie veröffentlichen) über einen Schlüssel mit einem Polygonlayer und schreibt einen neuen Layer; Eingabelayer und Tabelle werden nicht verändert. Die Tabelle kann auch jeder Layer sein, den QGIS öffnet und dessen Attribute die Tabelle sind: eine GeoPackage-Tabelle, eine GeoJSON- oder DBF-Datei, eine PostGIS-Tabelle oder ein Layer des Projekts (über Name oder ID).

Schlüssel werden nach einer Normalisierung verglichen: Leerzeichen, „12.0“ und „12“, Zahlen und Text, führende Nullen („01100101“ und 1100101), Groß-/Kleinschreibung und Unicode-Form von Namen. Zeichenkodierung, Trennzeichen, Dezimalzeichen, Titelzeilen über der Kopfzeile und Fußnoten unter den Daten werden erkannt; Platzhalter wie „.“, „-“, „x“ werden zu leeren Werten, ebenso Codes für fehlende Werte (-9999, -999, -99999, 99999, wo sie abseits der Werte einer Spalte liegen, oder die unter MISSING_VALUES angegebenen); Einheiten in Zellen („21,4 %“, „1.234 €“) werden abgetrennt und genannt; eine Zelle, deren Tausendergruppierung nicht passt („2.41“ unter „24.118“), wird gemeldet, nie umgerechnet; die Gesamtzeile der Stadt wird erkannt und nicht verknüpft. Ein Schlüssel in mehreren Zeilen ist ein Fehler, sofern keine Aggregation gewählt ist.

Das Protokoll listet gelesene Zeilen, zugeordnete Objekte, Objekte ohne Zeile und Zeilen ohne Objekt (mit ihren Schlüsseln), nicht lesbare Werte (Zeile und Spalte) sowie die Zeile der Stadt auf.</translation>
    </message>
    <message>
      <source>Area layer (polygons)</source>
      <translation>Gebietslayer (Polygone)</translation>
    </message>
    <message>
      <source>Key field of the areas</source>
      <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
      <source>Indicator table (file, or a layer of the project by name or id)</source>
      <translation>Indikatortabelle (Datei oder ein Layer des Projekts über Name oder ID)</translation>
    </message>
    <message>
      <source>Tables ({patterns});;All files (*)</source>
      <translation>Tabellen ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Key column of the table</source>
      <translation>Schlüsselspalte der Tabelle</translation>
    </message>
    <message>
      <source>Sheet (workbooks; empty: first sheet)</source>
      <translation>Tabellenblatt (Arbeitsmappen; leer: erstes Blatt)</translation>
    </message>
    <message>
      <source>Encoding (empty: automatic)</source>
      <translation>Kodierung (leer: automatisch)</translation>
    </message>
    <message>
      <source>Delimiter (; , tab | — empty: automatic)</source>
      <translation>Trennzeichen (; , tab | — leer: automatisch)</translation>
    </message>
    <message>
      <source>Decimal mark (, or . — empty: automatic)</source>
      <translation>Dezimalzeichen (, oder . — leer: automatisch)</translation>
    </message>
    <message>
      <source>Keys in several rows</source>
      <translation>Schlüssel in mehreren Zeilen</translation>
    </message>
    <message>
      <source>Error (list them)</source>
      <translation>Fehler (auflisten)</translation>
    </message>
    <message>
      <source>Take the first row</source>
      <translation>Erste Zeile übernehmen</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>Summe</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <source>Pad numeric keys with leading zeros to this width (0: compare as they are)</source>
      <translation>Numerische Schlüssel mit führenden Nullen auf diese Breite auffüllen (0: unverändert vergleichen)</translation>
    </message>
    <message>
      <source>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</source>
      <translation>Codes für fehlende Werte, z. B. -9999; -999 (leer: -9999, -999, -99999, 99999, wo sie abseits der Werte einer Spalte liegen; „none“: keine Codes)</translation>
    </message>
    <message>
      <source>Joined layer</source>
      <translation>Verknüpfter Layer</translation>
    </message>
    <message>
      <source>Features with a table row</source>
      <translation>Objekte mit Tabellenzeile</translation>
    </message>
    <message>
      <source>Features without a table row</source>
      <translation>Objekte ohne Tabellenzeile</translation>
    </message>
    <message>
      <source>Table rows without a feature</source>
      <translation>Tabellenzeilen ohne Objekt</translation>
    </message>
    <message>
      <source>The area layer could not be opened.</source>
      <translation>Der Gebietslayer konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</source>
      <translation>Den verknüpften Layer in eine Datei (GeoPackage) oder eine Datenbanktabelle schreiben, nicht in den Arbeitsspeicher.</translation>
    </message>
    <message>
      <source>MISSING_VALUES: {error}</source>
      <translation>MISSING_VALUES: {error}</translation>
    </message>
    <message>
      <source>The decimal mark must be ',' or '.'.</source>
      <translation>Das Dezimalzeichen muss „,“ oder „.“ sein.</translation>
    </message>
  </context>
  <context>
    <name>Layers</name>
    <message>
      <source>Layer '{layer}' is not valid or could not be opened.</source>
      <translation>Der Layer „{layer}“ ist nicht gültig oder konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field {fields}.</source>
      <translation>Der Layer „{layer}“ hat kein Feld {fields}.</translation>
    </message>
    <message>
      <source>{path}: no readable layer '{table}'.</source>
      <translation>{path}: kein lesbarer Layer „{table}“.</translation>
    </message>
    <message>
      <source>Could not create the layer '{name}': {errors}</source>
      <translation>Der Layer „{name}“ konnte nicht angelegt werden: {errors}</translation>
    </message>
    <message>
      <source>Could not write table '{table}' to {path}: {error}</source>
      <translation>Die Tabelle „{table}“ konnte nicht nach {path} geschrieben werden: {error}</translation>
    </message>
    <message>
      <source>{path} is open for editing (in QGIS or another program); close it there and try again.</source>
      <translation>{path} ist zum Bearbeiten geöffnet (in QGIS oder einem anderen Programm); bitte dort schließen und erneut versuchen.</translation>
    </message>
    <message>
      <source>{path} could not be written: {reason}</source>
      <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>MapExport</name>
    <message>
      <source>As of {date}</source>
      <translation>Stand: {date}</translation>
    </message>
    <message>
      <source>Unknown page orientation '{value}' (landscape or portrait).</source>
      <translation>Unbekannte Seitenausrichtung „{value}“ (landscape oder portrait).</translation>
    </message>
    <message>
      <source>The layout template {path} is damaged.</source>
      <translation>Die Layoutvorlage {path} ist beschädigt.</translation>
    </message>
    <message>
      <source>The layout template {path} could not be loaded.</source>
      <translation>Die Layoutvorlage {path} konnte nicht geladen werden.</translation>
    </message>
    <message>
      <source>Could not add the layout '{name}' to the project.</source>
      <translation>Das Layout „{name}“ konnte dem Projekt nicht hinzugefügt werden.</translation>
    </message>
    <message>
      <source>The layout '{layout}' has no item '{item}'; reset it to the template.</source>
      <translation>Dem Layout „{layout}“ fehlt das Element „{item}“; bitte auf die Vorlage zurücksetzen.</translation>
    </message>
    <message>
      <source>Stadtbezirk boundary</source>
      <translation>Stadtbezirksgrenze</translation>
    </message>
    <message>
      <source>Numbers on the map:</source>
      <translation>Nummern in der Karte:</translation>
    </message>
    <message>
      <source>{count} Aktionsräume</source>
      <translation>{count} Aktionsräume</translation>
    </message>
    <message>
      <source>{count} Aktionsquartiere</source>
      <translation>{count} Aktionsquartiere</translation>
    </message>
    <message>
      <source>Current list</source>
      <translation>Aktuelle Liste</translation>
    </message>
    <message>
      <source>With the proposed changes</source>
      <translation>Mit den Änderungsvorschlägen</translation>
    </message>
    <message>
      <source>Unknown map variant '{value}' (landscape, portrait or comparison).</source>
      <translation>Unbekannte Kartenvariante „{value}“ (landscape, portrait oder comparison).</translation>
    </message>
    <message>
      <source>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</source>
      <translation>Das Layout „{name}“ im Projekt hat die Ausrichtung {actual}, nicht {wanted}; zum Ändern der Ausrichtung bitte auf die Vorlage zurücksetzen.</translation>
    </message>
    <message>
      <source>{path}: unknown export format '{fmt}' (pdf, png or svg).</source>
      <translation>{path}: unbekanntes Exportformat „{fmt}“ (pdf, png oder svg).</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file name.</source>
      <translation>{path} ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
      <source>{path} exists already; allow overwriting to replace it.</source>
      <translation>{path} ist schon vorhanden; zum Ersetzen das Überschreiben erlauben.</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder.</source>
      <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
      <source>{folder}: the folder does not exist.</source>
      <translation>{folder}: Der Ordner existiert nicht.</translation>
    </message>
    <message>
      <source>{path}: could not be written: {reason}.</source>
      <translation>{path}: konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
      <source>{folder}: no permission to write in this folder.</source>
      <translation>{folder}: keine Schreibberechtigung für diesen Ordner.</translation>
    </message>
    <message>
      <source>{path}: export cancelled.</source>
      <translation>{path}: Export abgebrochen.</translation>
    </message>
    <message>
      <source>{path}: export failed: {reason}.</source>
      <translation>{path}: Export fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
      <source>the file could not be written (disk full or no permission?)</source>
      <translation>die Datei konnte nicht geschrieben werden (Datenträger voll oder keine Berechtigung?)</translation>
    </message>
    <message>
      <source>not enough memory for this resolution</source>
      <translation>zu wenig Arbeitsspeicher für diese Auflösung</translation>
    </message>
    <message>
      <source>the PDF could not be created</source>
      <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
      <source>the SVG layers could not be created</source>
      <translation>die SVG-Ebenen konnten nicht erzeugt werden</translation>
    </message>
    <message>
      <source>the atlas could not be prepared</source>
      <translation>der Atlas konnte nicht vorbereitet werden</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>The resolution must lie between {low} and {high} dpi.</source>
      <translation>Die Auflösung muss zwischen {low} und {high} dpi liegen.</translation>
    </message>
    <message>
      <source>There is no current list of Aktionsräume to compare with: the areas of this set-up are derived from the data. Export the map instead, or give a scenario file with a list.</source>
      <translation>Es gibt keine aktuelle Liste der Aktionsräume zum Vergleichen: Die Gebiete dieser Einrichtung sind aus den Daten abgeleitet. Bitte stattdessen die Karte exportieren oder eine Szenariodatei mit einer Liste angeben.</translation>
    </message>
    <message>
      <source>The development map needs indicator tables of two years; of the samples, only 'Dortmund Statistikatlas' has them.</source>
      <translation>Die Entwicklungskarte braucht Indikatortabellen aus zwei Jahren; von den Beispielen hat nur „Dortmund Statistikatlas“ sie.</translation>
    </message>
    <message>
      <source>The project has no print layout called '{name}'.</source>
      <translation>Das Projekt hat kein Drucklayout namens „{name}“.</translation>
    </message>
    <message>
      <source>There is no Aktionsräume set-up to make the map from.</source>
      <translation>Es gibt keine Aktionsräume-Einrichtung, aus der die Karte erstellt werden kann.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} und {last}</translation>
    </message>
    <message>
      <source>'{text}'</source>
      <translation>„{text}“</translation>
    </message>
    <message>
      <source>d MMMM yyyy</source>
      <translation>d. MMMM yyyy</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason}).</source>
      <translation>{path}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason}).</source>
      <translation>{path}: kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <source>'{text}' is not a number (missing-value codes such as -9999; -999).</source>
      <translation>„{text}“ ist keine Zahl (Fehlwert-Codes wie -9999; -999).</translation>
    </message>
    <message>
      <source>{value} is not a number.</source>
      <translation>{value} ist keine Zahl.</translation>
    </message>
  </context>
  <context>
    <name>PanelController</name>
    <message>
      <source>The results could not be moved beside the project</source>
      <translation>Die Ergebnisse konnten nicht neben das Projekt verschoben werden</translation>
    </message>
    <message>
      <source>Choose the Sozialraum layer first.</source>
      <translation>Bitte zuerst den Sozialraum-Layer wählen.</translation>
    </message>
    <message>
      <source>There is no scenario yet: load the sample or assess the areas.</source>
      <translation>Es gibt noch kein Szenario: Beispiel laden oder Gebiete bewerten.</translation>
    </message>
    <message>
      <source>The stored scenario was not loaded</source>
      <translation>Das gespeicherte Szenario wurde nicht geladen</translation>
    </message>
    <message>
      <source>The assessment of '{layer}' could not be shown again</source>
      <translation>Die Bewertung von „{layer}“ konnte nicht wieder angezeigt werden</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>{label} {value} above the threshold of {limit}</source>
      <translation>{label} {value} über dem Schwellenwert von {limit}</translation>
    </message>
    <message>
      <source>{label} {value} below the threshold of {limit}</source>
      <translation>{label} {value} unter dem Schwellenwert von {limit}</translation>
    </message>
    <message>
      <source>{worse} of {valid} status indicators worse than the city</source>
      <translation>{worse} von {valid} Statusindikatoren schlechter als die Stadt</translation>
    </message>
    <message>
      <source>Added because: {facts}.</source>
      <translation>Aufgenommen, weil: {facts}.</translation>
    </message>
    <message>
      <source>Assessment: {facts}.</source>
      <translation>Bewertung: {facts}.</translation>
    </message>
    <message>
      <source>Removed because: {facts}.</source>
      <translation>Herausgenommen, weil: {facts}.</translation>
    </message>
    <message>
      <source>Aktionsquartier because: {facts}.</source>
      <translation>Aktionsquartier, weil: {facts}.</translation>
    </message>
    <message>
      <source>Change in the scenario: {action}</source>
      <translation>Änderung im Szenario: {action}</translation>
    </message>
    <message>
      <source>Status under the scenario “{scenario}”: {status}</source>
      <translation>Status im Szenario „{scenario}“: {status}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <source>Status index {index} ({cls}); positive = worse than the average area</source>
      <translation>Statusindex {index} ({cls}); positiv = schlechter als das durchschnittliche Gebiet</translation>
    </message>
    <message>
      <source>The project names no indicator catalogue; choose one in the panel's assessment section.</source>
      <translation>Das Projekt nennt keinen Indikatorenkatalog; wählen Sie einen im Abschnitt Bewertung des Bedienfelds.</translation>
    </message>
    <message>
      <source>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</source>
      <translation>Das Projekt hat keinen Sozialraum-Layer mit den Indikatoren des Katalogs; verknüpfen Sie zuerst die Indikatorentabelle im Bedienfeld.</translation>
    </message>
    <message>
      <source>pp</source>
      <translation>%-Punkte</translation>
    </message>
    <message>
      <source>Aktionsraum</source>
      <translation>Aktionsraum</translation>
    </message>
    <message>
      <source>Aktionsquartier</source>
      <translation>Aktionsquartier</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>Kandidat</translation>
    </message>
    <message>
      <source>Sozialraum</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Quartier</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Stadt</translation>
    </message>
    <message>
      <source>Profile areas</source>
      <translation>Profilgebiete</translation>
    </message>
    <message>
      <source>Profile indicators</source>
      <translation>Profilindikatoren</translation>
    </message>
    <message>
      <source>Stadtbezirk {name}</source>
      <translation>Stadtbezirk {name}</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>schlechter</translation>
    </message>
    <message>
      <source>better</source>
      <translation>besser</translation>
    </message>
    <message>
      <source>This area</source>
      <translation>Dieses Gebiet</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Handlungsfeld</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <source>Compared with the city</source>
      <translation>Vergleich mit der Stadt</translation>
    </message>
    <message>
      <source>z</source>
      <translation>z</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Veränderung</translation>
    </message>
    <message>
      <source>Area profile</source>
      <translation>Gebietsprofil</translation>
    </message>
    <message>
      <source>Indicators compared with the city</source>
      <translation>Indikatoren im Vergleich mit der Stadt</translation>
    </message>
    <message>
      <source>Area and city per indicator</source>
      <translation>Gebiet und Stadt je Indikator</translation>
    </message>
    <message>
      <source>Location in the city</source>
      <translation>Lage in der Stadt</translation>
    </message>
    <message>
      <source>{path}: there is no area to make a profile of.</source>
      <translation>{path}: Es gibt kein Gebiet, für das ein Profil erstellt werden könnte.</translation>
    </message>
  </context>
  <context>
    <name>ProfilesSection</name>
    <message>
      <source>Area profiles</source>
      <translation>Gebietsprofile</translation>
    </message>
    <message>
      <source>Aktionsräume and Aktionsquartiere of the scenario</source>
      <translation>Aktionsräume und Aktionsquartiere des Szenarios</translation>
    </message>
    <message>
      <source>Selected areas</source>
      <translation>Ausgewählte Gebiete</translation>
    </message>
    <message>
      <source>All areas of the level</source>
      <translation>Alle Gebiete der Ebene</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>One PDF per area</source>
      <translation>Eine PDF-Datei je Gebiet</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Gebiete</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Ebene</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Open in layout designer</source>
      <translation>Im Layoutdesigner öffnen</translation>
    </message>
    <message>
      <source>Export area profiles</source>
      <translation>Gebietsprofile exportieren</translation>
    </message>
    <message>
      <source>The layout could not be opened</source>
      <translation>Das Layout konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
      <source>The area profiles could not be made</source>
      <translation>Die Gebietsprofile konnten nicht erstellt werden</translation>
    </message>
    <message>
      <source>{path} exists already. Replace it?</source>
      <translation>{path} gibt es schon. Ersetzen?</translation>
    </message>
    <message>
      <source>Exporting {count} pages …</source>
      <translation>{count} Seiten werden exportiert …</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>The area profiles could not be exported</source>
      <translation>Die Gebietsprofile konnten nicht exportiert werden</translation>
    </message>
    <message>
      <source>{count} area profiles exported to {path}</source>
      <translation>{count} Gebietsprofile exportiert nach {path}</translation>
    </message>
  </context>
  <context>
    <name>ProjectState</name>
    <message>
      <source>scenario stored in the project</source>
      <translation>im Projekt gespeichertes Szenario</translation>
    </message>
    <message>
      <source>The scenario stored in this project was not loaded: {error}</source>
      <translation>Das in diesem Projekt gespeicherte Szenario wurde nicht geladen: {error}</translation>
    </message>
    <message>
      <source>The layer configuration stored in this project is damaged ({error}).</source>
      <translation>Die in diesem Projekt gespeicherte Layerkonfiguration ist beschädigt ({error}).</translation>
    </message>
    <message>
      <source>The layer configuration stored in this project is damaged (not an object).</source>
      <translation>Die in diesem Projekt gespeicherte Layerkonfiguration ist beschädigt (kein JSON-Objekt).</translation>
    </message>
    <message>
      <source>The scenario file was not loaded: {error}</source>
      <translation>Die Szenariodatei wurde nicht geladen: {error}</translation>
    </message>
  </context>
  <context>
    <name>ProposalsSection</name>
    <message>
      <source>List and proposals</source>
      <translation>Liste und Vorschläge</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Tick a change to apply it; select it to read its rationale</source>
      <translation>Änderung ankreuzen, um sie anzuwenden; auswählen, um ihre Begründung zu lesen</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen …</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Open scenario…</source>
      <translation>Szenario öffnen …</translation>
    </message>
    <message>
      <source>Save scenario…</source>
      <translation>Szenario speichern …</translation>
    </message>
    <message>
      <source>Export list…</source>
      <translation>Liste exportieren …</translation>
    </message>
    <message>
      <source>The list and the before/after comparison as CSV or XLSX</source>
      <translation>Die Liste und der Vorher-Nachher-Vergleich als CSV oder XLSX</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Undo: {change}</source>
      <translation>Rückgängig: {change}</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Redo: {change}</source>
      <translation>Wiederholen: {change}</translation>
    </message>
    <message>
      <source>No scenario yet: load the sample, or assess the areas and propose changes.</source>
      <translation>Noch kein Szenario: Beispiel laden oder Gebiete bewerten und Änderungen vorschlagen.</translation>
    </message>
    <message>
      <source>Baseline: {count} Aktionsräume ({names}).</source>
      <translation>Ausgangsliste: {count} Aktionsräume ({names}).</translation>
    </message>
    <message>
      <source>Baseline: no list yet; every area on the list is newly added.</source>
      <translation>Ausgangsliste: noch keine; jedes Gebiet der Liste kommt neu hinzu.</translation>
    </message>
    <message>
      <source>Aktionsräume: {before} → {after}</source>
      <translation>Aktionsräume: {before} → {after}</translation>
    </message>
    <message>
      <source>Aktionsquartiere: {before} → {after}</source>
      <translation>Aktionsquartiere: {before} → {after}</translation>
    </message>
    <message>
      <source>New: {names}</source>
      <translation>Neu: {names}</translation>
    </message>
    <message>
      <source>No longer: {names}</source>
      <translation>Nicht mehr: {names}</translation>
    </message>
    <message>
      <source>Aktionsquartiere: {names}</source>
      <translation>Aktionsquartiere: {names}</translation>
    </message>
    <message>
      <source>Population covered: {before} → {after}</source>
      <translation>Einwohner in den Gebieten: {before} → {after}</translation>
    </message>
    <message>
      <source>Edit change</source>
      <translation>Änderungsvorschlag bearbeiten</translation>
    </message>
    <message>
      <source>Add change</source>
      <translation>Änderungsvorschlag hinzufügen</translation>
    </message>
    <message>
      <source>Remove change</source>
      <translation>Änderungsvorschlag entfernen</translation>
    </message>
    <message>
      <source>Open scenario</source>
      <translation>Szenario öffnen</translation>
    </message>
    <message>
      <source>Scenario (*.json)</source>
      <translation>Szenario (*.json)</translation>
    </message>
    <message>
      <source>The scenario was not opened</source>
      <translation>Das Szenario wurde nicht geöffnet</translation>
    </message>
    <message>
      <source>Save scenario</source>
      <translation>Szenario speichern</translation>
    </message>
    <message>
      <source>The scenario was not saved</source>
      <translation>Das Szenario wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>Scenario saved to {path}</source>
      <translation>Szenario gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Export list</source>
      <translation>Liste exportieren</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>The list was not exported</source>
      <translation>Die Liste wurde nicht exportiert</translation>
    </message>
    <message>
      <source>List exported to {path}</source>
      <translation>Liste exportiert nach {path}</translation>
    </message>
  </context>
  <context>
    <name>Rationale</name>
    <message>
      <source>{label} {value:.1f}{unit} ({op} {limit:g}{unit})</source>
      <translation>{label} {value:.1f}{unit} ({op} {limit:g}{unit})</translation>
    </message>
    <message>
      <source>{label} {value:.1f}{unit} (city {reference:.1f}{unit})</source>
      <translation>{label} {value:.1f}{unit} (Stadt {reference:.1f}{unit})</translation>
    </message>
    <message>
      <source>status index {value:.2f} ({class_name})</source>
      <translation>Statusindex {value:.2f} ({class_name})</translation>
    </message>
    <message>
      <source>{worse} of {valid} indicators below the city average</source>
      <translation>{worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>quarter still with {worse} of {valid} indicators below the city average</source>
      <translation>Quartier weiterhin mit {worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>only {worse} of {valid} indicators still below the city average</source>
      <translation>nur noch {worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>{count}: {indicators}</source>
      <translation>{count}: {indicators}</translation>
    </message>
    <message>
      <source>{count}, including {indicators}</source>
      <translation>{count}, darunter {indicators}</translation>
    </message>
    <message>
      <source>{count}, no threshold exceeded</source>
      <translation>{count}, kein Schwellenwert überschritten</translation>
    </message>
  </context>
  <context>
    <name>RepairBoundariesAlgorithm</name>
    <message>
      <source>Repair boundaries</source>
      <translation>Grenzen reparieren</translation>
    </message>
    <message>
      <source>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</source>
      <translation>Repariert die Polygone eines Gebietslayers mit „Geometrien reparieren“ von QGIS (native:fixgeometries) in einen neuen Layer und meldet Objekt für Objekt, was sich geändert hat: die Fläche vorher und nachher in wahren m² im Gelände (gemessen wie bei der Grenzprüfung). Der Eingabelayer wird nicht verändert.

Ausgaben: der reparierte Layer (OUTPUT), die Anzahl der geänderten Objekte (CHANGED) und der danach noch ungültigen Polygone (INVALID_AFTER).</translation>
    </message>
    <message>
      <source>Area layer</source>
      <translation>Gebietslayer</translation>
    </message>
    <message>
      <source>Key field</source>
      <translation>Schlüsselfeld</translation>
    </message>
    <message>
      <source>Repaired areas</source>
      <translation>Reparierte Gebiete</translation>
    </message>
    <message>
      <source>Changed features</source>
      <translation>Geänderte Objekte</translation>
    </message>
    <message>
      <source>Invalid polygons afterwards</source>
      <translation>Danach ungültige Polygone</translation>
    </message>
  </context>
  <context>
    <name>ResultStorage</name>
    <message>
      <source>Aktionsräume – results</source>
      <translation>Aktionsräume – Ergebnisse</translation>
    </message>
  </context>
  <context>
    <name>SampleProject</name>
    <message>
      <source>Stadtbezirke</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Aktionsplan Soziale Stadt Dortmund</source>
      <translation>Aktionsplan Soziale Stadt Dortmund</translation>
    </message>
    <message>
      <source>Aktionsräume and Aktionsquartiere – revision 2020</source>
      <translation>Aktionsräume und Aktionsquartiere – Fortschreibung 2020</translation>
    </message>
    <message>
      <source>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</source>
      <translation>Datengrundlage: Bericht zur sozialen Lage in Dortmund 2018 (synthetische Beispielwerte). Karte: Aktionsräume für QGIS</translation>
    </message>
    <message>
      <source>Sample data: synthetic geometry, not the official boundaries.</source>
      <translation>Beispieldaten: synthetische Geometrie, keine amtlichen Grenzen.</translation>
    </message>
    <message>
      <source>Aktionsräume – Aktionsräume and Aktionsquartiere</source>
      <translation>Aktionsräume – Aktionsräume und Aktionsquartiere</translation>
    </message>
    <message>
      <source>Aktionsräume – sample Dortmund 2020</source>
      <translation>Aktionsräume – Beispiel Dortmund 2020</translation>
    </message>
    <message>
      <source>Source layers (read-only)</source>
      <translation>Quelllayer (schreibgeschützt)</translation>
    </message>
    <message>
      <source>Boundaries: City of Dortmund, open data portal (statistische Unterbezirke); data: City of Dortmund, Dortmunder Statistik: Statistikatlas 2019 and Statistikportal 2024; licence: dl-de/by-2-0</source>
      <translation>Grenzen: Stadt Dortmund, Open-Data-Portal (statistische Unterbezirke); Daten: Stadt Dortmund, Dortmunder Statistik: Statistikatlas 2019 und Statistikportal 2024; Lizenz: dl-de/by-2-0</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke</source>
      <translation>Statistische Unterbezirke</translation>
    </message>
    <message>
      <source>Social situation in Dortmund {year}</source>
      <translation>Soziale Lage in Dortmund {year}</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke below the city average</source>
      <translation>Statistische Unterbezirke unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>Below average: all five indicators of the social situation worse than the mean of the Unterbezirke, or a benefit receipt rate above 25 %.</source>
      <translation>Unter dem Durchschnitt: alle fünf Indikatoren der sozialen Lage schlechter als das Mittel der Unterbezirke oder Transferleistungsquote über 25 %.</translation>
    </message>
    <message>
      <source>2018 → 2024</source>
      <translation>2018 → 2024</translation>
    </message>
    <message>
      <source>Still below the city average</source>
      <translation>Weiterhin unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>Newly below the city average</source>
      <translation>Neu unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>No longer below the city average</source>
      <translation>Nicht mehr unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>Other Unterbezirke</source>
      <translation>Übrige Unterbezirke</translation>
    </message>
    <message>
      <source>Candidates {year}</source>
      <translation>Kandidaten {year}</translation>
    </message>
    <message>
      <source>Below the city average</source>
      <translation>Unter dem städtischen Durchschnitt</translation>
    </message>
    <message>
      <source>Aktionsräume – sample Dortmund Statistikatlas</source>
      <translation>Aktionsräume – Beispiel Dortmund Statistikatlas</translation>
    </message>
    <message>
      <source>Social situation in Dortmund 2018 → 2024</source>
      <translation>Soziale Lage in Dortmund 2018 → 2024</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke below the city average: then and now</source>
      <translation>Statistische Unterbezirke unter dem städtischen Durchschnitt: damals und heute</translation>
    </message>
  </context>
  <context>
    <name>Scenario</name>
    <message>
      <source>A change needs an id (text), not {id}.</source>
      <translation>Eine Änderung braucht eine ID (Text), nicht {id}.</translation>
    </message>
    <message>
      <source>Change '{change}': unknown action '{action}' (allowed: {allowed}).</source>
      <translation>Änderung „{change}“: unbekannte Aktion „{action}“ (erlaubt: {allowed}).</translation>
    </message>
    <message>
      <source>Change '{change}': "{field}" must be text.</source>
      <translation>Änderung „{change}“: „{field}“ muss Text sein.</translation>
    </message>
    <message>
      <source>Change '{change}' needs an area key (a Sozialraum or Quartier key).</source>
      <translation>Änderung „{change}“ braucht einen Gebietsschlüssel (Sozialraum- oder Quartierschlüssel).</translation>
    </message>
    <message>
      <source>Change '{change}' keeps a quarter and needs the key of its Sozialraum as parent.</source>
      <translation>Änderung „{change}“ behält ein Quartier und braucht den Schlüssel seines Sozialraums als übergeordnetes Gebiet.</translation>
    </message>
    <message>
      <source>Change '{change}': "enabled" must be true or false.</source>
      <translation>Änderung „{change}“: „enabled“ muss true oder false sein.</translation>
    </message>
    <message>
      <source>Change '{change}': "reasons" must be a list of messages ({error}).</source>
      <translation>Änderung „{change}“: „reasons“ muss eine Liste von Meldungen sein ({error}).</translation>
    </message>
    <message>
      <source>Scenario '{scenario}': {value} is not a change.</source>
      <translation>Szenario „{scenario}“: {value} ist keine Änderung.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' has two changes with the id '{id}'.</source>
      <translation>Szenario „{scenario}“ hat zwei Änderungen mit der ID „{id}“.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' has no change with id '{id}'.</source>
      <translation>Szenario „{scenario}“ hat keine Änderung mit der ID „{id}“.</translation>
    </message>
    <message>
      <source>A change has no field {fields}.</source>
      <translation>Eine Änderung hat kein Feld {fields}.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' already has a change with id '{id}'.</source>
      <translation>Szenario „{scenario}“ hat schon eine Änderung mit der ID „{id}“.</translation>
    </message>
    <message>
      <source>{source}: not valid JSON (line {line}, column {column}: {error}).</source>
      <translation>{source}: kein gültiges JSON (Zeile {line}, Spalte {column}: {error}).</translation>
    </message>
    <message>
      <source>{source}: a scenario must be a JSON object.</source>
      <translation>{source}: ein Szenario muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>{source}: not an Aktionsräume scenario ("format" is not '{format}').</source>
      <translation>{source}: kein Aktionsräume-Szenario („format“ ist nicht „{format}“).</translation>
    </message>
    <message>
      <source>{source}: "version" must be a whole number.</source>
      <translation>{source}: „version“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
      <source>{source}: scenario version {version} was written by a newer release of the plugin; this release reads up to version {supported}. Please update the plugin.</source>
      <translation>{source}: Szenarioversion {version} wurde von einer neueren Version des Plugins geschrieben; diese Version liest bis Version {supported}. Bitte aktualisieren Sie das Plugin.</translation>
    </message>
    <message>
      <source>{source}: unknown scenario version {version}.</source>
      <translation>{source}: unbekannte Szenarioversion {version}.</translation>
    </message>
    <message>
      <source>{source}: "baseline" is missing or not an object.</source>
      <translation>{source}: „baseline“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
      <source>{source}: "changes" must be a list.</source>
      <translation>{source}: „changes“ muss eine Liste sein.</translation>
    </message>
    <message>
      <source>{source}: change {n}</source>
      <translation>{source}: Änderung {n}</translation>
    </message>
    <message>
      <source>{source}: "{field}"</source>
      <translation>{source}: „{field}“</translation>
    </message>
    <message>
      <source>{source}: baseline "{field}"</source>
      <translation>{source}: Ausgangsliste „{field}“</translation>
    </message>
    <message>
      <source>{where} must be text.</source>
      <translation>{where} muss Text sein.</translation>
    </message>
    <message>
      <source>{where} must be a list of area keys.</source>
      <translation>{where} muss eine Liste von Gebietsschlüsseln sein.</translation>
    </message>
    <message>
      <source>{where}: {value} is not an area key (keys are non-empty text).</source>
      <translation>{where}: {value} ist kein Gebietsschlüssel (Schlüssel sind nicht leerer Text).</translation>
    </message>
    <message>
      <source>{where} lists {keys} more than once.</source>
      <translation>{where} nennt {keys} mehrfach.</translation>
    </message>
    <message>
      <source>{where} must be an object.</source>
      <translation>{where} muss ein Objekt sein.</translation>
    </message>
    <message>
      <source>"reasons" must be a list.</source>
      <translation>„reasons“ muss eine Liste sein.</translation>
    </message>
    <message>
      <source>{path}: scenario file not found.</source>
      <translation>{path}: Szenariodatei nicht gefunden.</translation>
    </message>
    <message>
      <source>{path}: not a UTF-8 text file; scenario files are UTF-8 JSON.</source>
      <translation>{path}: keine UTF-8-Textdatei; Szenariodateien sind UTF-8-JSON.</translation>
    </message>
    <message>
      <source>The area table has no field '{field}' for the baseline.</source>
      <translation>Die Gebietstabelle hat kein Feld „{field}“ für die Ausgangsliste.</translation>
    </message>
    <message>
      <source>{path}: baseline file not found.</source>
      <translation>{path}: Datei der Ausgangsliste nicht gefunden.</translation>
    </message>
    <message>
      <source>{path}: not a JSON baseline or scenario file ({error}).</source>
      <translation>{path}: keine JSON-Datei mit Ausgangsliste oder Szenario ({error}).</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>The current list names {count} Aktionsräume that are not Sozialraum keys of the layer: {keys}.</source>
      <translation>Die Ausgangsliste nennt {count} Aktionsräume, die keine Sozialraum-Schlüssel des Layers sind: {keys}.</translation>
    </message>
    <message>
      <source>The current list names {count} Aktionsquartiere that are not Quartier keys of the layer: {keys}.</source>
      <translation>Die Ausgangsliste nennt {count} Aktionsquartiere, die keine Quartier-Schlüssel des Layers sind: {keys}.</translation>
    </message>
    <message>
      <source>{count} changes name areas that are not Sozialraum keys of the layer: {keys}.</source>
      <translation>{count} Änderungen nennen Gebiete, die keine Sozialraum-Schlüssel des Layers sind: {keys}.</translation>
    </message>
    <message>
      <source>{count} changes name areas that are not Quartier keys of the layer: {keys}.</source>
      <translation>{count} Änderungen nennen Gebiete, die keine Quartier-Schlüssel des Layers sind: {keys}.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>{message}

Export with the replacement fonts?</source>
      <translation>{message}

Mit den Ersatzschriften exportieren?</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Remains Aktionsraum</source>
      <translation>Bleibt Aktionsraum</translation>
    </message>
    <message>
      <source>New Aktionsraum</source>
      <translation>Neuer Aktionsraum</translation>
    </message>
    <message>
      <source>No longer Aktionsraum</source>
      <translation>Kein Aktionsraum mehr</translation>
    </message>
    <message>
      <source>Aktionsquartier</source>
      <translation>Aktionsquartier</translation>
    </message>
    <message>
      <source>Other areas</source>
      <translation>Übrige Gebiete</translation>
    </message>
  </context>
  <context>
    <name>StatusLayers</name>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Der Layer „{layer}“ hat kein Feld „{field}“.</translation>
    </message>
    <message>
      <source>Sozialräume – status</source>
      <translation>Sozialräume – Status</translation>
    </message>
    <message>
      <source>Quartiere – Aktionsquartiere</source>
      <translation>Quartiere – Aktionsquartiere</translation>
    </message>
    <message>
      <source>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</source>
      <translation>Der Layer „{layer}“ hat schon ein Feld „{field}“; bitte vorher umbenennen.</translation>
    </message>
    <message>
      <source>Could not update the statuses of layer '{layer}'.</source>
      <translation>Die Status des Layers „{layer}“ konnten nicht aktualisiert werden.</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <source>List</source>
      <translation>Liste</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Ebene</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <source>Sozialraum</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Quartier</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Kennzahl</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Differenz</translation>
    </message>
    <message>
      <source>Aktionsräume</source>
      <translation>Aktionsräume</translation>
    </message>
    <message>
      <source>Aktionsquartiere</source>
      <translation>Aktionsquartiere</translation>
    </message>
    <message>
      <source>Population covered</source>
      <translation>Einwohner in den Gebieten</translation>
    </message>
    <message>
      <source>Aktionsräume (names)</source>
      <translation>Aktionsräume (Namen)</translation>
    </message>
    <message>
      <source>Aktionsquartiere (names)</source>
      <translation>Aktionsquartiere (Namen)</translation>
    </message>
  </context>
  <context>
    <name>TableLayers</name>
    <message>
      <source>The layer '{name}' is not a vector layer or table.</source>
      <translation>Der Layer „{name}“ ist kein Vektorlayer und keine Tabelle.</translation>
    </message>
    <message>
      <source>{source}: cannot be opened as a table.</source>
      <translation>{source}: kann nicht als Tabelle geöffnet werden.</translation>
    </message>
    <message>
      <source>The table layer '{name}' is not valid.</source>
      <translation>Der Tabellenlayer „{name}“ ist nicht gültig.</translation>
    </message>
    <message>
      <source>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</source>
      <translation>{file} ist wahrscheinlich in {encoding} kodiert: Stellen Sie das unter Layereigenschaften › Quelle › Kodierung der Datenquelle ein oder legen Sie eine Datei {cpg} mit dem Inhalt „{codepage}“ daneben.</translation>
    </message>
    <message>
      <source>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</source>
      <translation>{file} ist wahrscheinlich in {encoding} kodiert, GeoJSON wird aber als UTF-8 gelesen: Speichern Sie die Datei als UTF-8 (zum Beispiel mit einem Texteditor) und laden Sie sie neu.</translation>
    </message>
  </context>
  <context>
    <name>TableRead</name>
    <message>
      <source>{file}, sheet '{sheet}'</source>
      <translation>{file}, Blatt „{sheet}“</translation>
    </message>
    <message>
      <source>{path}: file not found.</source>
      <translation>{path}: Datei nicht gefunden.</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a table file.</source>
      <translation>{path}: ist ein Ordner, keine Tabellendatei.</translation>
    </message>
    <message>
      <source>{file}: the file is empty.</source>
      <translation>{file}: die Datei ist leer.</translation>
    </message>
    <message>
      <source>{file}: old Excel format (.xls) is not supported; save it as .xlsx or CSV.</source>
      <translation>{file}: das alte Excel-Format (.xls) wird nicht unterstützt; speichern Sie die Datei als .xlsx oder CSV.</translation>
    </message>
    <message>
      <source>{file}: the file is a ZIP archive (perhaps an Excel or ODS workbook), not a text table; give it the extension .xlsx or .ods, or export it as CSV.</source>
      <translation>{file}: die Datei ist ein ZIP-Archiv (vielleicht eine Excel- oder ODS-Arbeitsmappe), keine Texttabelle; geben Sie ihr die Endung .xlsx oder .ods oder exportieren Sie sie als CSV.</translation>
    </message>
    <message>
      <source>{file}: unknown encoding '{encoding}'.</source>
      <translation>{file}: unbekannte Kodierung „{encoding}“.</translation>
    </message>
    <message>
      <source>{file}: cannot be decoded as {encoding}; choose the encoding.</source>
      <translation>{file}: kann nicht als {encoding} dekodiert werden; wählen Sie die Kodierung.</translation>
    </message>
    <message>
      <source>{file}, row {row}: {saw} fields where the header (row {header_row}) has {expected}; check the delimiter and quotes in that row.</source>
      <translation>{file}, Zeile {row}: {saw} Felder, wo die Kopfzeile (Zeile {header_row}) {expected} hat; prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
      <source>{file}: cannot be read as CSV ({error}).</source>
      <translation>{file}: kann nicht als CSV gelesen werden ({error}).</translation>
    </message>
    <message>
      <source>{file}: the file has no header row.</source>
      <translation>{file}: die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
      <source>{file}: the file is binary, not a text table (CSV).</source>
      <translation>{file}: die Datei ist binär, keine Texttabelle (CSV).</translation>
    </message>
    <message>
      <source>{file}: no column '{column}' (key column); the columns are {columns}.</source>
      <translation>{file}: keine Spalte „{column}“ (Schlüsselspalte); die Spalten sind {columns}.</translation>
    </message>
    <message>
      <source>{file}: reading this format needs the Python package {package}.</source>
      <translation>{file}: zum Lesen dieses Formats wird das Python-Paket {package} gebraucht.</translation>
    </message>
    <message>
      <source>{file}: cannot be opened as an Excel workbook; the file is damaged or truncated ({error}).</source>
      <translation>{file}: kann nicht als Excel-Arbeitsmappe geöffnet werden; die Datei ist beschädigt oder unvollständig ({error}).</translation>
    </message>
    <message>
      <source>{file}, sheet '{sheet}': cannot be read; the file is damaged or truncated ({error}).</source>
      <translation>{file}, Blatt „{sheet}“: kann nicht gelesen werden; die Datei ist beschädigt oder unvollständig ({error}).</translation>
    </message>
    <message>
      <source>{file}: cannot be opened as an ODS spreadsheet; the file is damaged ({error}).</source>
      <translation>{file}: kann nicht als ODS-Tabelle geöffnet werden; die Datei ist beschädigt ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no sheets.</source>
      <translation>{file}: die Arbeitsmappe hat keine Blätter.</translation>
    </message>
    <message>
      <source>{file}: no sheet '{sheet}'; the sheets are {sheets}.</source>
      <translation>{file}: kein Blatt „{sheet}“; die Blätter sind {sheets}.</translation>
    </message>
    <message>
      <source>{where}: the sheet is empty.</source>
      <translation>{where}: das Blatt ist leer.</translation>
    </message>
    <message>
      <source>{where}: the table has no columns.</source>
      <translation>{where}: die Tabelle hat keine Spalten.</translation>
    </message>
    <message>
      <source>{where}: the table has no rows.</source>
      <translation>{where}: die Tabelle hat keine Zeilen.</translation>
    </message>
    <message>
      <source>{where}: the table has a header (row {row}) but no data rows.</source>
      <translation>{where}: die Tabelle hat eine Kopfzeile (Zeile {row}), aber keine Datenzeilen.</translation>
    </message>
    <message>
      <source>{where}: the table has no data rows besides the total row.</source>
      <translation>{where}: die Tabelle hat außer der Gesamtzeile keine Datenzeilen.</translation>
    </message>
    <message>
      <source>The file is not UTF-8 throughout; it was read as {encoding}.</source>
      <translation>Die Datei ist nicht durchgehend UTF-8; sie wurde als {encoding} gelesen.</translation>
    </message>
    <message>
      <source>{count} row(s) without a key in column '{column}': rows {rows}.</source>
      <translation>{count} Zeile(n) ohne Schlüssel in Spalte „{column}“: Zeilen {rows}.</translation>
    </message>
    <message>
      <source>Further total rows (subtotals) were left out: rows {rows}.</source>
      <translation>Weitere Summenzeilen (Zwischensummen) wurden ausgelassen: Zeilen {rows}.</translation>
    </message>
    <message>
      <source>City total row '{label}' found in row {row}; it is not joined to any area.</source>
      <translation>Gesamtzeile der Stadt „{label}“ in Zeile {row} gefunden; sie wird keinem Gebiet zugeordnet.</translation>
    </message>
    <message>
      <source>{where}, column '{column}': cells with different units: {units}.</source>
      <translation>{where}, Spalte „{column}“: Zellen mit verschiedenen Einheiten: {units}.</translation>
    </message>
    <message>
      <source>'{symbol}' ({count})</source>
      <translation>„{symbol}“ ({count})</translation>
    </message>
    <message>
      <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</source>
      <translation>{where}, Spalte „{column}“: Der Text sieht falsch dekodiert aus („{example}“); einige Zeichen ließen sich nicht dekodieren; die Quelle ist wahrscheinlich in einer Ein-Byte-Kodierung wie Windows-1252 (cp1252) oder ISO-8859-1, nicht UTF-8: Kodierung wählen.</translation>
    </message>
    <message>
      <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</source>
      <translation>{where}, Spalte „{column}“: Der Text sieht falsch dekodiert aus („{example}“); die Quelle ist wahrscheinlich UTF-8, wurde aber in einer Ein-Byte-Kodierung gelesen: UTF-8 wählen.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>The {what} layer of the Aktionsräume set-up is missing from the project.</source>
      <translation>Der Layer „{what}“ der Aktionsräume-Einrichtung fehlt im Projekt.</translation>
    </message>
    <message>
      <source>Aktionsplan Soziale Stadt</source>
      <translation>Aktionsplan Soziale Stadt</translation>
    </message>
    <message>
      <source>Aktionsräume and Aktionsquartiere</source>
      <translation>Aktionsräume und Aktionsquartiere</translation>
    </message>
    <message>
      <source>Data: statistics office</source>
      <translation>Datengrundlage: Statistikamt</translation>
    </message>
    <message>
      <source>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</source>
      <translation>Dieses Projekt hat noch keine Aktionsräume-Einrichtung; bitte im Aktionsräume-Bedienfeld einrichten.</translation>
    </message>
    <message>
      <source>This project holds no scenario.</source>
      <translation>Dieses Projekt enthält kein Szenario.</translation>
    </message>
    <message>
      <source>status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Aktionsquartier</source>
      <translation>Aktionsquartier</translation>
    </message>
    <message>
      <source>Sozialraum</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Quartier</source>
      <translation>Quartier</translation>
    </message>
    <message>
      <source>Stadtbezirk</source>
      <translation>Stadtbezirk</translation>
    </message>
    <message>
      <source>The set-up names no Sozialraum layer.</source>
      <translation>Die Einrichtung nennt keinen Sozialraum-Layer.</translation>
    </message>
  </context>
  <context>
    <name>YearSource</name>
    <message>
      <source>Indicator table ({patterns})</source>
      <translation>Indikatortabelle ({patterns})</translation>
    </message>
    <message>
      <source>Or a table file (CSV, XLSX, ODS); a file is used before a layer</source>
      <translation>Oder eine Tabellendatei (CSV, XLSX, ODS); eine Datei geht einem Layer vor</translation>
    </message>
    <message>
      <source>or a table file …</source>
      <translation>oder eine Tabellendatei …</translation>
    </message>
  </context>
</TS>

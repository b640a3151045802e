<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AktionsraeumeAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="21" />
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="22" />
            <source>Assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="23" />
            <source>Boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="24" />
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="87" />
            <source>Stop when the layout names a font that is not installed</source>
            <translation>Abbrechen, wenn das Layout eine nicht installierte Schrift nennt</translation>
        </message>
    </context>
    <context>
        <name>AktionsraeumeDock</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/dock.py" line="111" />
            <source>Aktionsräume</source>
            <translation>Aktionsräume</translation>
        </message>
    </context>
    <context>
        <name>AktionsraeumePanel</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/dock.py" line="38" />
            <source>Aktionsräume</source>
            <translation>Aktionsräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/dock.py" line="41" />
            <source>Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, export the map.</source>
            <translation>Indikatoren mit Sozialräumen und Quartieren verknüpfen, die Liste der Aktionsräume prüfen, die Karte exportieren.</translation>
        </message>
    </context>
    <context>
        <name>AktionsraeumePlugin</name>
        <message>
            <location filename="../aktionsraeume_plugin/plugin.py" line="42" />
            <source>Aktionsräume panel</source>
            <translation>Aktionsräume-Bedienfeld</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/plugin.py" line="45" />
            <source>Show or hide the Aktionsräume panel</source>
            <translation>Aktionsräume-Bedienfeld ein- oder ausblenden</translation>
        </message>
    </context>
    <context>
        <name>AktionsraeumeProvider</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/provider.py" line="38" />
            <source>Aktionsräume</source>
            <translation>Aktionsräume</translation>
        </message>
    </context>
    <context>
        <name>AreasSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="145" />
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="85" />
            <source>Areas</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="86" />
            <source>Load sample data</source>
            <translation>Beispieldaten laden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="89" />
            <source>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</source>
            <translation>Synthetische Stadt mit 39 Sozialräumen, Indikatortabellen und dem Szenario 2020</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="97" />
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="97" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="98" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="98" />
            <source>Stadtbezirk key</source>
            <translation>Stadtbezirksschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="99" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="99" />
            <source>Sozialraum key</source>
            <translation>Sozialraumschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="100" />
            <source>Stadtbezirke</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="102" />
            <source>Use these layers</source>
            <translation>Diese Layer verwenden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="127" />
            <source>The sample data could not be loaded</source>
            <translation>Die Beispieldaten konnten nicht geladen werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="136" />
            <source>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</source>
            <translation>Beispiel „Dortmund 2020“ mit dem Szenario „{name}“ geladen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="145" />
            <source>Choose the Sozialraum layer and its key field.</source>
            <translation>Bitte den Sozialraum-Layer und sein Schlüsselfeld wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="152" />
            <source>These layers cannot be used</source>
            <translation>Diese Layer können nicht verwendet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="155" />
            <source>{count} Sozialräume ready.</source>
            <translation>{count} Sozialräume bereit.</translation>
        </message>
    </context>
    <context>
        <name>AssessAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="45" />
            <source>Assess areas</source>
            <translation>Gebiete bewerten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="46" />
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
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="74" />
            <source>Joined area layer</source>
            <translation>Verknüpfter Gebietslayer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="81" />
            <source>Indicator catalogue (TOML)</source>
            <translation>Indikatorenkatalog (TOML)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="83" />
            <source>Indicator catalogue (*.toml)</source>
            <translation>Indikatorenkatalog (*.toml)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="89" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="90" />
            <source>Comparison with the city average</source>
            <translation>Vergleich mit dem städtischen Durchschnitt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="90" />
            <source>Standardised index</source>
            <translation>Standardisierter Index</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="97" />
            <source>Area key field (names areas in messages)</source>
            <translation>Schlüsselfeld der Gebiete (benennt die Gebiete in Meldungen)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="105" />
            <source>Indicator table with the city total row (reference values)</source>
            <translation>Indikatortabelle mit der Gesamtzeile der Stadt (Referenzwerte)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="107" />
            <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
            <translation>Tabellen (*.csv *.txt *.xlsx *.ods)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="111" />
            <source>Assessed areas</source>
            <translation>Bewertete Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="112" />
            <source>Areas below average</source>
            <translation>Unterdurchschnittliche Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="125" />
            <source>The input layer</source>
            <translation>Der Eingabelayer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="154" />
            <source>{count} areas below average.</source>
            <translation>{count} Gebiete liegen unter dem Durchschnitt.</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="123" />
            <source>City reference: the table's total row '{label}'.</source>
            <translation>Städtischer Bezugswert: die Gesamtzeile der Tabelle „{label}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="126" />
            <source>City reference: the mean weighted by '{column}'.</source>
            <translation>Städtischer Bezugswert: der mit „{column}“ gewichtete Mittelwert.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="129" />
            <source>City reference: the plain mean of the areas.</source>
            <translation>Städtischer Bezugswert: der einfache Mittelwert der Gebiete.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="132" />
            <source>{count} missing values skipped (area/indicator): {pairs}.</source>
            <translation>{count} fehlende Werte übersprungen (Gebiet/Indikator): {pairs}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="135" />
            <source>{area}/{indicator}</source>
            <translation>{area}/{indicator}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="136" />
            <source>{count} areas unclassified: {areas}.</source>
            <translation>{count} Gebiete nicht eingestuft: {areas}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="137" />
            <source>No city reference for indicator(s) {indicators}; they are not compared.</source>
            <translation>Kein städtischer Bezugswert für Indikator(en) {indicators}; sie werden nicht verglichen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="140" />
            <source>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</source>
            <translation>Indikator „{indicator}“ hat in allen bewerteten Gebieten denselben Wert; sein z-Wert ist 0.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="143" />
            <source>The composite index has no spread over the assessed areas; every index is 0.</source>
            <translation>Der Gesamtindex streut über die bewerteten Gebiete nicht; jeder Index ist 0.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="146" />
            <source>Dynamik: {note}</source>
            <translation>Dynamik: {note}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="147" />
            <source>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</source>
            <translation>Mindesteinwohnerzahl {minimum:g} nicht angewandt: Die Tabelle hat keine Einwohnerspalte „{column}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="151" />
            <source>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</source>
            <translation>Gebiet „{area}“: {population:g} Einwohner, weniger als das Minimum {minimum:g}; nicht eingestuft.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="155" />
            <source>Area '{area}', column '{column}': {value} is a missing-value code; left out.</source>
            <translation>Gebiet „{area}“, Spalte „{column}“: {value} ist ein Fehlwert-Code; ausgelassen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="158" />
            <source>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</source>
            <translation>Gebiet „{area}“, Spalte „{column}“: {value} liegt weit außerhalb der übrigen Werte; es sieht nach einem Code aus, nicht nach einem Messwert, und bleibt bei der Bewertung außen vor.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="163" />
            <source>Area '{area}': no status indicator has a value; left unclassified.</source>
            <translation>Gebiet „{area}“: Kein Statusindikator hat einen Wert; nicht eingestuft.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="51" />
            <source>Assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="61" />
            <source>Indicator catalogue (*.toml *.json)</source>
            <translation>Indikatorenkatalog (*.toml *.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="62" />
            <source>Indicator catalogue</source>
            <translation>Indikatorenkatalog</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="64" />
            <source>Which columns are indicators, their domain and direction, the rule for 'below average'</source>
            <translation>Welche Spalten Indikatoren sind, ihr Themenfeld und ihre Richtung, die Regel für „unterdurchschnittlich“</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="68" />
            <source>City average</source>
            <translation>Städtischer Durchschnitt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="71" />
            <source>Comparison with the city average: per indicator better or worse than the city value; counts per domain</source>
            <translation>Vergleich mit dem städtischen Durchschnitt: je Indikator besser oder schlechter als der städtische Wert; Anzahl je Themenfeld</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="76" />
            <source>Status index</source>
            <translation>Statusindex</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="79" />
            <source>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</source>
            <translation>Standardisierter Statusindex: z-Werte, nach Richtung mit Vorzeichen versehen und summiert, erneut standardisiert, in Klassen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="85" />
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="86" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="91" />
            <source>Assess</source>
            <translation>Bewerten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="93" />
            <source>Assess every level with joined indicators</source>
            <translation>Jede Ebene mit verknüpften Indikatoren bewerten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="103" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="104" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="108" />
            <source>Red: worse than the city, blue: better; the middle class holds the city value</source>
            <translation>Rot: schlechter als die Stadt, Blau: besser; die mittlere Klasse enthält den städtischen Wert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="110" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="111" />
            <source>Colour map by</source>
            <translation>Karte einfärben nach</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="159" />
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="136" />
            <source>Propose changes</source>
            <translation>Änderungen vorschlagen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="142" />
            <source>Layer fields</source>
            <translation>Layerfelder</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="158" />
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="143" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="147" />
            <source>Field marking today's Aktionsräume (1, ja, x)</source>
            <translation>Feld, das die heutigen Aktionsräume markiert (1, ja, x)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="151" />
            <source>Field marking today's Aktionsquartiere (1, ja, x)</source>
            <translation>Feld, das die heutigen Aktionsquartiere markiert (1, ja, x)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="154" />
            <source>Scenario or list (*.json)</source>
            <translation>Szenario oder Liste (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="155" />
            <source>Current list</source>
            <translation>Aktuelle Liste</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="156" />
            <source>Aktionsräume</source>
            <translation>Aktionsräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="157" />
            <source>Aktionsquartiere</source>
            <translation>Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="162" />
            <source>Compare the current list with the assessment; the changes appear as switches below</source>
            <translation>Aktuelle Liste mit der Bewertung vergleichen; die Änderungsvorschläge erscheinen unten zum Ein- und Ausschalten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="192" />
            <source>Choose an indicator catalogue (TOML).</source>
            <translation>Bitte einen Indikatorenkatalog (TOML) wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="198" />
            <source>Not usable: {error}</source>
            <translation>Nicht verwendbar: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="199" />
            <source>The catalogue could not be read</source>
            <translation>Der Indikatorenkatalog konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="205" />
            <source>'{name}': {indicators} indicators in {domains} domains.</source>
            <translation>„{name}“: {indicators} Indikatoren in {domains} Themenfeldern.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="245" />
            <source>The areas could not be assessed</source>
            <translation>Die Gebiete konnten nicht bewertet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="249" />
            <source>Choose an indicator catalogue.</source>
            <translation>Bitte einen Indikatorenkatalog wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="252" />
            <source>Join an indicator table to the Sozialräume first.</source>
            <translation>Bitte zuerst eine Indikatortabelle mit den Sozialräumen verknüpfen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="267" />
            <source>{layer} – assessed</source>
            <translation>{layer} – bewertet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="272" />
            <source>Layer '{layer}' could not be assessed</source>
            <translation>Der Layer „{layer}“ konnte nicht bewertet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="280" />
            <source>Assessing…</source>
            <translation>Bewertung läuft …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="285" />
            <source>The assessment failed; see the message bar.</source>
            <translation>Die Bewertung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="306" />
            <source>{below} of {count} Sozialräume below average.</source>
            <translation>{below} von {count} Sozialräumen unterdurchschnittlich.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="443" />
            <source>The map could not be coloured</source>
            <translation>Die Karte konnte nicht eingefärbt werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="459" />
            <source>No changes could be proposed</source>
            <translation>Es konnten keine Änderungen vorgeschlagen werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="463" />
            <source>Assess the Sozialräume first.</source>
            <translation>Bitte zuerst die Sozialräume bewerten.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="472" />
            <source>Proposals from the assessment of {date}</source>
            <translation>Vorschläge aus der Bewertung vom {date}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="484" />
            <source>{count} changes proposed; switch them on and off under 'List and proposals'.</source>
            <translation>{count} Änderungen vorgeschlagen; unter „Liste und Vorschläge“ ein- und ausschalten.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="494" />
            <source>Choose the file with the current list.</source>
            <translation>Bitte die Datei mit der aktuellen Liste wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="497" />
            <source>Choose the field that marks today's Aktionsräume.</source>
            <translation>Bitte das Feld wählen, das die heutigen Aktionsräume markiert.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="163" />
            <source>Layer '{name}'</source>
            <translation>Layer „{name}“</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="167" />
            <source>Layer '{name}' has no field '{field}'.</source>
            <translation>Der Layer „{name}“ hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="268" />
            <source>{name} (assessed)</source>
            <translation>{name} (bewertet)</translation>
        </message>
    </context>
    <context>
        <name>BoundariesSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="57" />
            <source>Boundary check</source>
            <translation>Grenzprüfung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="70" />
            <source>Overlaps, gaps and uncovered parts up to this area are ignored</source>
            <translation>Überlappungen, Lücken und nicht abgedeckte Teile bis zu dieser Fläche werden ignoriert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="71" />
            <source>Tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="73" />
            <source>Check boundaries</source>
            <translation>Grenzen prüfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="76" />
            <source>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</source>
            <translation>Gültigkeit, Überlappungen und Lücken, Verschachtelung der Quartiere in Sozialräumen und der Sozialräume in Stadtbezirken, Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="84" />
            <source>Repair into new layer</source>
            <translation>In neuen Layer reparieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="87" />
            <source>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</source>
            <translation>Die ungültigen Polygone mit „Geometrien reparieren“ von QGIS in einen neuen Layer reparieren (die Quelle bleibt unverändert), ihn für die Gebietsebene verwenden und erneut prüfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Keys</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="106" />
            <source>Click a finding to show it on the map</source>
            <translation>Einen Befund anklicken, um ihn auf der Karte zu zeigen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="141" />
            <source>The boundaries could not be checked</source>
            <translation>Die Grenzen konnten nicht geprüft werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="143" />
            <source>Choose the area layers first (Areas).</source>
            <translation>Bitte zuerst die Gebietslayer wählen (Gebiete).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="162" />
            <source>Checking…</source>
            <translation>Prüfung läuft …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="171" />
            <source>The check failed; see the message bar.</source>
            <translation>Die Prüfung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="240" />
            <source>The boundaries could not be repaired</source>
            <translation>Die Grenzen konnten nicht repariert werden</translation>
        </message>
    </context>
    <context>
        <name>BoundaryCheck</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="189" />
            <source>{Level} {key} is not a valid polygon: {reason}.</source>
            <translation>{Level} {key} ist kein gültiges Polygon: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="192" />
            <source>{Level} {key} has no geometry.</source>
            <translation>{Level} {key} hat keine Geometrie.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="193" />
            <source>{Level} {key} has an empty geometry.</source>
            <translation>{Level} {key} hat eine leere Geometrie.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="194" />
            <source>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</source>
            <translation>Ein Teil von {level} {key} ({area:.1f} m²) liegt {distance:.0f} m vom Hauptteil entfernt.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="198" />
            <source>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</source>
            <translation>{Level} {key} hat eine Splitterfläche von {area:.1f} m² (unter {threshold:g} m²).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="201" />
            <source>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</source>
            <translation>{Level} {key_a} und {level} {key_b} überlappen sich um {area:.1f} m².</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="204" />
            <source>Gap of {area:.1f} m² between {levels} {neighbours}.</source>
            <translation>Lücke von {area:.1f} m² zwischen {levels} {neighbours}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="205" />
            <source>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</source>
            <translation>{Level} {key} hat ein Loch von {area:.1f} m², das kein anderes Gebiet füllt.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="208" />
            <source>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</source>
            <translation>Die Operation „{operation}“ für {level} {keys} ließ sich auch mit Einrasten auf ein Raster von {grid:g} m nicht berechnen ({error}); prüfen und reparieren Sie die Geometrie dieser Objekte.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="213" />
            <source>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</source>
            <translation>{Level} {key} liegt nicht in einem einzigen {parent_level}: {shares}; {area:.1f} m² liegen außerhalb von {best}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="217" />
            <source>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</source>
            <translation>{Level} {key} gibt {parent_level} {stated} an, liegt aber in {parent_level} {geometric} ({share:.1f} %).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="221" />
            <source>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</source>
            <translation>{area:.1f} m² von {parent_level} {key} sind von keinem {level} abgedeckt.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="224" />
            <source>{key} {share:.1f} %</source>
            <translation>{key} {share:.1f} %</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="225" />
            <source>Key {key} is used by {count} {levels} (feature ids {fids}).</source>
            <translation>Schlüssel {key} wird von {count} {levels} verwendet (Objekt-IDs {fids}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="228" />
            <source>{Level} with feature id {fid} has no {what}.</source>
            <translation>{Level} mit Objekt-ID {fid} hat keinen {what}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="231" />
            <source>Key {key} in {table} has no {level} polygon.</source>
            <translation>Schlüssel {key} in {table} hat kein {level}-Polygon.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="234" />
            <source>{Level} {key} has no row in {table}.</source>
            <translation>{Level} {key} hat keine Zeile in {table}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="237" />
            <source>{Level} layer ({source}) was reprojected to {target} for the check.</source>
            <translation>Der {Level}-Layer ({source}) wurde für die Prüfung nach {target} umprojiziert.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="240" />
            <source>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</source>
            <translation>Der {Level}-Layer verwendet das geografische KBS {source} (Grad); die Prüfung lief in {target}, damit Flächen und Toleranzen in Metern gelten.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="245" />
            <source>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</source>
            <translation>Das KBS {source} des {Level}-Layers misst hier keine wahren Flächen im Gelände (1 m² im Gelände sind darin {factor:.2f} m²); die Prüfung lief in {target}, damit Flächen, Längen und Toleranzen wahre Geländewerte sind.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="251" />
            <source>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</source>
            <translation>Der {Level}-Layer hat den Filter {filter}: Geprüft wurden die {count} Gebiete, die er zeigt, nicht die ganze Tabelle.</translation>
        </message>
    </context>
    <context>
        <name>BoundaryService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="309" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="302" />
            <location filename="../aktionsraeume_plugin/services/messages.py" line="372" />
            <source>space</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="373" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="310" />
            <location filename="../aktionsraeume_plugin/services/messages.py" line="376" />
            <source>quarter</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="377" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="311" />
            <location filename="../aktionsraeume_plugin/services/messages.py" line="380" />
            <source>district</source>
            <translation>Stadtbezirk</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="381" />
            <source>Stadtbezirke</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="395" />
            <source>{level} key</source>
            <translation>{level}-Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="402" />
            <source>every {level}</source>
            <translation>jedem {level}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="405" />
            <source>key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="407" />
            <source>intersection</source>
            <translation>Verschneidung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="408" />
            <source>difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="409" />
            <source>union</source>
            <translation>Vereinigung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="101" />
            <source>Invalid geometry</source>
            <translation>Ungültige Geometrie</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="102" />
            <source>Missing geometry</source>
            <translation>Fehlende Geometrie</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="103" />
            <source>Empty geometry</source>
            <translation>Leere Geometrie</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="104" />
            <source>Overlap</source>
            <translation>Überlappung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="105" />
            <source>Gap</source>
            <translation>Lücke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="106" />
            <source>Hole in one area</source>
            <translation>Loch in einem Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="107" />
            <source>Geometry could not be processed</source>
            <translation>Geometrie nicht verarbeitbar</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="108" />
            <source>Not inside one parent area</source>
            <translation>Nicht in genau einem übergeordneten Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="109" />
            <source>Parent key disagrees with geometry</source>
            <translation>Übergeordneter Schlüssel widerspricht der Geometrie</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="112" />
            <source>Parent area not covered</source>
            <translation>Übergeordnetes Gebiet nicht abgedeckt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="113" />
            <source>Duplicate key</source>
            <translation>Doppelter Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="114" />
            <source>Missing key</source>
            <translation>Fehlender Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="115" />
            <source>Far-away part</source>
            <translation>Weit entfernter Teil</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="116" />
            <source>Sliver</source>
            <translation>Splitterfläche</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="117" />
            <source>Key without polygon</source>
            <translation>Schlüssel ohne Polygon</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="118" />
            <source>Polygon without key in table</source>
            <translation>Polygon ohne Schlüssel in der Tabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="119" />
            <source>Geographic CRS</source>
            <translation>Geografisches KBS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="120" />
            <source>CRS distorts areas</source>
            <translation>KBS verzerrt Flächen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="121" />
            <source>Reprojected layer</source>
            <translation>Umprojizierter Layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="122" />
            <source>Filtered layer</source>
            <translation>Gefilterter Layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="257" />
            <source>custom CRS</source>
            <translation>benutzerdefiniertes KBS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="264" />
            <source>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</source>
            <translation>Der Layer hat kein bekanntes KBS: Flächen und Längen sind in seinen Koordinateneinheiten angegeben und werden als Meter gelesen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="269" />
            <source>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</source>
            <translation>Flächen und Längen in Metern im Gelände, gemessen im KBS {crs} des Layers (es weicht hier um {deviation:.2f} % von den wahren Flächen ab).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="274" />
            <source>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</source>
            <translation>Flächen und Längen in Metern im Gelände, gemessen in {target} (der UTM-Zone des Gebiets), nicht im KBS {source} des Layers.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="384" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="300" />
            <source>The {level} layer is not valid or could not be opened.</source>
            <translation>Der {level}-Layer ist ungültig oder konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="824" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="392" />
            <source>Layer '{layer}' has no field '{field}'.</source>
            <translation>Der Layer „{layer}“ hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="443" />
            <source>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</source>
            <translation>Objekt {fid} des Layers „{layer}“ lässt sich nicht von {source} nach {target} transformieren: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="675" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="660" />
            <source>Boundary findings</source>
            <translation>Befunde der Grenzprüfung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="678" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="667" />
            <source>Boundary finding areas</source>
            <translation>Befundflächen der Grenzprüfung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="702" />
            <source>No problems found.</source>
            <translation>Keine Probleme gefunden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="706" />
            <source>{count} findings:</source>
            <translation>{count} Befunde:</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="818" />
            <source>The layer to repair is not valid or could not be opened.</source>
            <translation>Der zu reparierende Layer ist ungültig oder ließ sich nicht öffnen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="848" />
            <source>QGIS's Fix geometries failed on layer '{layer}': {error}</source>
            <translation>„Geometrien reparieren“ von QGIS ist am Layer „{layer}“ gescheitert: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="856" />
            <source>{layer} (repaired)</source>
            <translation>{layer} (repariert)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="920" />
            <source>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</source>
            <translation>„Geometrien reparieren“ (QGIS) hat „{layer}“ geschrieben: {changed} von {count} Objekten geändert, danach {invalid} ungültig.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="935" />
            <source>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</source>
            <translation>Flächenänderung insgesamt {total:+.1f} m², größte {largest:+.1f} m² ({key}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="943" />
            <source>  {key}: removed (no polygon left)</source>
            <translation>  {key}: entfernt (kein Polygon übrig)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="949" />
            <source>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</source>
            <translation>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="960" />
            <source>  … and {count} more</source>
            <translation>  … und {count} weitere</translation>
        </message>
    </context>
    <context>
        <name>ChangeAction</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="30" />
            <source>Remove Aktionsraum</source>
            <translation>Aktionsraum entfernen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="31" />
            <source>Add Aktionsraum</source>
            <translation>Aktionsraum hinzufügen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="32" />
            <source>Keep quarter as Aktionsquartier</source>
            <translation>Quartier als Aktionsquartier beibehalten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="35" />
            <source>Add Aktionsquartier</source>
            <translation>Aktionsquartier hinzufügen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="36" />
            <source>Remove Aktionsquartier</source>
            <translation>Aktionsquartier entfernen</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="309" />
            <source>Proposed change</source>
            <translation>Änderungsvorschlag</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="320" />
            <source>Sozialraum key (for quarters)</source>
            <translation>Sozialraumschlüssel (bei Quartieren)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="323" />
            <source>Action</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="324" />
            <source>Area</source>
            <translation>Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="325" />
            <source>Sozialraum</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="326" />
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>CheckBoundariesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="57" />
            <source>Check boundaries</source>
            <translation>Grenzen prüfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="58" />
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
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="187" />
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="105" />
            <source>Social spaces</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="107" />
            <source>Social space key</source>
            <translation>Sozialraumschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="112" />
            <source>District key of the social spaces</source>
            <translation>Stadtbezirksschlüssel der Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="187" />
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="119" />
            <source>Quarters</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="123" />
            <source>Quarter key</source>
            <translation>Quartiersschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="129" />
            <source>Social space key of the quarters</source>
            <translation>Sozialraumschlüssel der Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="136" />
            <source>Districts</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="140" />
            <source>District key</source>
            <translation>Stadtbezirksschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="146" />
            <source>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</source>
            <translation>Flächentoleranz (m²): kleinere Überlappungen, Lücken und nicht abgedeckte Teile werden ignoriert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="155" />
            <source>Share of a quarter's area that must lie in one social space (%)</source>
            <translation>Anteil der Quartiersfläche, der in einem einzigen Sozialraum liegen muss (%)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="163" />
            <source>Sliver area (m²): smaller polygons or parts are reported</source>
            <translation>Splitterfläche (m²): kleinere Polygone oder Teile werden gemeldet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="170" />
            <source>Distance (m) beyond which a part is far from its main part</source>
            <translation>Abstand (m), ab dem ein Teil als weit vom Hauptteil entfernt gilt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="177" />
            <source>Table whose keys must match the polygons</source>
            <translation>Tabelle, deren Schlüssel zu den Polygonen passen müssen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="182" />
            <source>Key field of the table</source>
            <translation>Schlüsselfeld der Tabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="186" />
            <source>Level of the table's keys</source>
            <translation>Ebene der Tabellenschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="196" />
            <source>Boundary findings</source>
            <translation>Befunde der Grenzprüfung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="202" />
            <source>Boundary finding areas</source>
            <translation>Befundflächen der Grenzprüfung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="208" />
            <source>Number of findings</source>
            <translation>Anzahl der Befunde</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="217" />
            <source>Choose the key field of layer '{layer}'.</source>
            <translation>Bitte das Schlüsselfeld des Layers „{layer}“ wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="225" />
            <source>The social spaces layer could not be opened.</source>
            <translation>Der Sozialraum-Layer konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="233" />
            <source>Choose the key field of the table.</source>
            <translation>Bitte das Schlüsselfeld der Tabelle wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="237" />
            <source>The table's keys are quarter keys, but no quarters are given.</source>
            <translation>Die Schlüssel der Tabelle sind Quartiersschlüssel, es sind aber keine Quartiere angegeben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="246" />
            <source>Reading the layers…</source>
            <translation>Layer werden gelesen …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="258" />
            <source>Cancelled: the findings are incomplete.</source>
            <translation>Abgebrochen: Die Befunde sind unvollständig.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="286" />
            <source>… and {count} more (see the output layers).</source>
            <translation>… und {count} weitere (siehe Ausgabelayer).</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="40" />
            <source>Aktionsräume: export the city map of action spaces without opening QGIS.</source>
            <translation>Aktionsräume: die Stadtkarte der Aktionsräume exportieren, ohne QGIS zu öffnen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="47" />
            <source>language of the map texts: de (default) or en</source>
            <translation>Sprache der Kartentexte: de (Standard) oder en</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="53" />
            <source>export the map of Aktionsräume and Aktionsquartiere</source>
            <translation>Karte der Aktionsräume und Aktionsquartiere exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="54" />
            <source>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</source>
            <translation>Karte der Aktionsräume und Aktionsquartiere über das Drucklayout exportieren.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="148" />
            <location filename="../aktionsraeume_plugin/cli.py" line="63" />
            <source>use the embedded sample 'Dortmund 2020'</source>
            <translation>das eingebaute Beispiel „Dortmund 2020“ verwenden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="153" />
            <location filename="../aktionsraeume_plugin/cli.py" line="68" />
            <source>use a QGIS project set up in the panel</source>
            <translation>ein im Bedienfeld eingerichtetes QGIS-Projekt verwenden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="159" />
            <location filename="../aktionsraeume_plugin/cli.py" line="74" />
            <source>scenario file (default: the one of the project/sample)</source>
            <translation>Szenariodatei (Standard: die des Projekts bzw. Beispiels)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="82" />
            <source>output format; repeat for several (default: from the file name of --out)</source>
            <translation>Ausgabeformat; für mehrere wiederholen (Standard: nach dem Dateinamen von --out)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="89" />
            <source>resolution of PNG (default 300 for print; 150 is enough for the web)</source>
            <translation>Auflösung des PNG in dpi (Standard 300 für den Druck; 150 genügt fürs Web)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="97" />
            <source>the map, or the current list and the scenario side by side (comparison)</source>
            <translation>die Karte oder die aktuelle Liste und das Szenario nebeneinander (comparison)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="104" />
            <source>A4 page orientation of the map (default: as in the project, else landscape)</source>
            <translation>Ausrichtung der A4-Seite der Karte (Standard: wie im Projekt, sonst Querformat)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="186" />
            <location filename="../aktionsraeume_plugin/cli.py" line="111" />
            <source>rebuild the layout from the template instead of using the project's</source>
            <translation>das Layout aus der Vorlage neu aufbauen, statt das des Projekts zu verwenden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="202" />
            <location filename="../aktionsraeume_plugin/cli.py" line="120" />
            <source>output file</source>
            <translation>Ausgabedatei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="207" />
            <location filename="../aktionsraeume_plugin/cli.py" line="125" />
            <source>overwrite existing files</source>
            <translation>vorhandene Dateien überschreiben</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="193" />
            <location filename="../aktionsraeume_plugin/cli.py" line="131" />
            <source>stop with an error when the layout names a font that is not installed</source>
            <translation>mit einem Fehler abbrechen, wenn das Layout eine nicht installierte Schrift nennt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="138" />
            <source>export the area profiles (one A4 page per area)</source>
            <translation>die Gebietsprofile exportieren (eine A4-Seite je Gebiet)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="139" />
            <source>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</source>
            <translation>Die Gebietsprofile exportieren: eine A4-Seite je Gebiet über das Drucklayout der Profile.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="166" />
            <source>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</source>
            <translation>nur Sozialräume oder nur Quartiere (Vorgabe: die Aktionsräume und Aktionsquartiere des Szenarios)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="174" />
            <source>every area of the level, not only those of the scenario's list</source>
            <translation>alle Gebiete der Ebene, nicht nur die der Liste des Szenarios</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="181" />
            <source>one PDF per area instead of one multi-page PDF</source>
            <translation>eine PDF-Datei je Gebiet statt einer mehrseitigen PDF-Datei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="234" />
            <source>Error: {message}</source>
            <translation>Fehler: {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="278" />
            <source>{path}: cannot tell the format from the file name; use --format.</source>
            <translation>{path}: Das Format ist am Dateinamen nicht zu erkennen; bitte --format angeben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="283" />
            <source>--dpi must lie between 30 and 1200.</source>
            <translation>--dpi muss zwischen 30 und 1200 liegen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="285" />
            <source>The comparison exists in A4 landscape only.</source>
            <translation>Den Vergleich gibt es nur im A4-Querformat.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="353" />
            <location filename="../aktionsraeume_plugin/cli.py" line="290" />
            <source>{files} exists already; use --force to overwrite.</source>
            <translation>{files} ist schon vorhanden; mit --force wird überschrieben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="360" />
            <location filename="../aktionsraeume_plugin/cli.py" line="297" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="366" />
            <location filename="../aktionsraeume_plugin/cli.py" line="303" />
            <source>{folder}: the folder does not exist.</source>
            <translation>{folder}: Der Ordner existiert nicht.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="344" />
            <source>Warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="383" />
            <source>{path}: the profiles are written as PDF (.pdf).</source>
            <translation>{path}: Die Profile werden als PDF (.pdf) geschrieben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="433" />
            <source>{path}: no such project file.</source>
            <translation>{path}: Projektdatei nicht gefunden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="437" />
            <source>{path}: QGIS could not read the project: {reason}</source>
            <translation>{path}: QGIS konnte das Projekt nicht lesen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="47" />
            <source>The database destination '{destination}' names no table (table="schema"."name").</source>
            <translation>Das Datenbankziel '{destination}' nennt keine Tabelle (table="schema"."name").</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="93" />
            <source>The result would replace its own source table {table}; choose another table.</source>
            <translation>Das Ergebnis würde seine eigene Quelltabelle {table} ersetzen; bitte eine andere Tabelle wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="250" />
            <source>Could not write the table {table}: {error}</source>
            <translation>Die Tabelle {table} konnte nicht geschrieben werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../aktionsraeume_plugin/dependencies.py" line="44" />
            <source>Aktionsräume needs the Python packages {packages}. Install them into QGIS's Python (Debian/Ubuntu: apt install python3-pandas python3-shapely; Windows: OSGeo4W shell, python -m pip install {packages}) and restart QGIS.</source>
            <translation>Aktionsräume benötigt die Python-Pakete {packages}. Diese in das Python von QGIS installieren (Debian/Ubuntu: apt install python3-pandas python3-shapely; Windows: OSGeo4W-Shell, python -m pip install {packages}) und QGIS neu starten.</translation>
        </message>
    </context>
    <context>
        <name>ExportMapAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="40" />
            <source>Export the map</source>
            <translation>Karte exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="42" />
            <source>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</source>
            <translation>Exportiert die Karte der Aktionsräume und Aktionsquartiere des aktuellen Projekts als PDF (Vektor, Schriften eingebettet), PNG oder SVG.

Ohne Angabe eines Layouts wird das Kartenlayout des Projekts so verwendet, wie es im Layoutdesigner angepasst wurde; es wird aus der Vorlage (A4 Querformat, A4 Hochformat oder Vergleich der aktuellen Liste mit dem Szenario) erstellt, wenn es fehlt oder wenn „Layout auf die Vorlage zurücksetzen“ angehakt ist. Eine Szenariodatei wird nur für diesen Export angezeigt; das Projekt behält sein eigenes Szenario. Die Datei wird vollständig oder gar nicht geschrieben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="59" />
            <source>Print layout (empty: the Aktionsräume map of the project)</source>
            <translation>Drucklayout (leer: die Aktionsräume-Karte des Projekts)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="66" />
            <source>Template, when the map layout is made</source>
            <translation>Vorlage, falls das Kartenlayout erstellt wird</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="68" />
            <source>A4 landscape</source>
            <translation>A4 Querformat</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="69" />
            <source>A4 portrait</source>
            <translation>A4 Hochformat</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="70" />
            <source>Comparison: current list and scenario side by side</source>
            <translation>Vergleich: aktuelle Liste und Szenario nebeneinander</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="77" />
            <source>Reset the layout to the template</source>
            <translation>Layout auf die Vorlage zurücksetzen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="83" />
            <source>Scenario file (empty: the scenario of the project)</source>
            <translation>Szenariodatei (leer: das Szenario des Projekts)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="90" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="95" />
            <source>Resolution (dpi; 300 for print, 150 for the web)</source>
            <translation>Auflösung (dpi; 300 für den Druck, 150 fürs Web)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="108" />
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="105" />
            <source>Map file</source>
            <translation>Kartendatei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="128" />
            <source>Exporting the layout '{name}'.</source>
            <translation>Layout „{name}“ wird exportiert.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="142" />
            <source>Written: {path}</source>
            <translation>Geschrieben: {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportProfilesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="45" />
            <source>Export the area profiles</source>
            <translation>Gebietsprofile exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="47" />
            <source>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</source>
            <translation>Exportiert eine A4-Seite je Gebiet (Gebietsprofil) als PDF: Name, Art und Stadtbezirk, den Status im Szenario und den Grund einer Änderung, eine Übersichts- und eine Detailkarte, jeden Indikator des Katalogs im Vergleich mit der Stadt mit Balkendiagramm, Quellenangabe.

Die Seiten entstehen aus dem Profil-Layout des Projekts (Projekt ▸ Layoutverwaltung); fehlt es, wird es aus der Vorlage erzeugt, sonst so verwendet, wie es im Layoutdesigner angepasst wurde. Die Datei wird vollständig oder gar nicht geschrieben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="63" />
            <source>Areas</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="65" />
            <source>Sozialräume and Quartiere</source>
            <translation>Sozialräume und Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="66" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="67" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="75" />
            <source>Which areas</source>
            <translation>Welche Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="77" />
            <source>The Aktionsräume and Aktionsquartiere of the scenario</source>
            <translation>Die Aktionsräume und Aktionsquartiere des Szenarios</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="78" />
            <source>All areas of the level</source>
            <translation>Alle Gebiete der Ebene</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="86" />
            <source>Scenario file (empty: the scenario of the project)</source>
            <translation>Szenariodatei (leer: das Szenario des Projekts)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="93" />
            <source>One PDF per area</source>
            <translation>Eine PDF-Datei je Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="98" />
            <source>Reset the layout to the template</source>
            <translation>Layout auf die Vorlage zurücksetzen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="107" />
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="104" />
            <source>Profile PDF</source>
            <translation>Profil-PDF</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="131" />
            <source>Exporting {count} pages.</source>
            <translation>{count} Seiten werden exportiert.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="144" />
            <source>Written: {path}</source>
            <translation>Geschrieben: {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="165" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="155" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="147" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="72" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="30" />
            <source>Export map</source>
            <translation>Karte exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="37" />
            <source>As in the project (A4 landscape when new)</source>
            <translation>Wie im Projekt (A4 quer, wenn neu)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="38" />
            <source>A4 landscape</source>
            <translation>A4 Querformat</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="39" />
            <source>A4 portrait</source>
            <translation>A4 Hochformat</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="40" />
            <source>Comparison: current list and scenario side by side</source>
            <translation>Vergleich: aktuelle Liste und Szenario nebeneinander</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="42" />
            <source>The project's map layout is used as it was adjusted; reset it to change its orientation</source>
            <translation>Das Kartenlayout des Projekts wird so verwendet, wie es angepasst wurde; zum Ändern der Ausrichtung auf die Vorlage zurücksetzen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="46" />
            <source>PDF (print)</source>
            <translation>PDF (Druck)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="46" />
            <source>PNG (image)</source>
            <translation>PNG (Bild)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="60" />
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="61" />
            <source>Map</source>
            <translation>Karte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="62" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="63" />
            <source>Resolution</source>
            <translation>Auflösung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="64" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="67" />
            <source>Open in layout designer</source>
            <translation>Im Layoutdesigner öffnen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="68" />
            <source>Reset to template</source>
            <translation>Auf Vorlage zurücksetzen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="99" />
            <source>Aktionsräume map</source>
            <translation>Aktionsräume-Karte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="135" />
            <source>The layout could not be opened</source>
            <translation>Das Layout konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="141" />
            <source>The layout could not be reset</source>
            <translation>Das Layout konnte nicht zurückgesetzt werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="143" />
            <source>The layout was rebuilt from the template.</source>
            <translation>Das Layout wurde aus der Vorlage neu aufgebaut.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="155" />
            <source>Choose a file to export to.</source>
            <translation>Bitte eine Zieldatei für den Export wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="166" />
            <source>{path} exists already. Replace it?</source>
            <translation>{path} ist schon vorhanden. Ersetzen?</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="175" />
            <source>Exporting the Aktionsräume map</source>
            <translation>Aktionsräume-Karte wird exportiert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="186" />
            <source>The map could not be exported</source>
            <translation>Die Karte konnte nicht exportiert werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="193" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="192" />
            <source>Map exported to {path}</source>
            <translation>Karte exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/fonts.py" line="101" />
            <source>“{font}” (replaced by “{substitute}”)</source>
            <translation>„{font}“ (ersetzt durch „{substitute}“)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/fonts.py" line="106" />
            <source>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</source>
            <translation>Das Layout nennt Schriften, die nicht installiert sind: {fonts}. Installieren Sie sie für das vorgesehene Aussehen.</translation>
        </message>
    </context>
    <context>
        <name>IndexClass</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="48" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="49" />
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="50" />
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="51" />
            <source>Very low</source>
            <translation>Sehr niedrig</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="52" />
            <source>Positive</source>
            <translation>Positiv</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="53" />
            <source>Stable</source>
            <translation>Stabil</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="54" />
            <source>Negative</source>
            <translation>Negativ</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="57" />
            <source>Not classified</source>
            <translation>Nicht klassifiziert</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="67" />
            <source>Indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="79" />
            <source>Tables ({patterns});;All files (*)</source>
            <translation>Tabellen ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="80" />
            <source>Indicator table</source>
            <translation>Indikatortabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="83" />
            <source>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</source>
            <translation>CSV, XLSX oder ODS, wie das Statistikamt sie veröffentlicht, oder eine GeoPackage-, GeoJSON- oder DBF-Datei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="93" />
            <source>A layer of the project whose attributes are the table (instead of a file)</source>
            <translation>Ein Layer des Projekts, dessen Attribute die Tabelle sind (statt einer Datei)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="97" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="98" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="103" />
            <source>Key field of the area layer</source>
            <translation>Schlüsselfeld des Gebietslayers</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="107" />
            <source>Key column of the table</source>
            <translation>Schlüsselspalte der Tabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="108" />
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="109" />
            <source>or layer</source>
            <translation>oder Layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="110" />
            <source>Join to</source>
            <translation>Verknüpfen mit</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="111" />
            <source>Layer key</source>
            <translation>Layerschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="112" />
            <source>Table key</source>
            <translation>Tabellenschlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="118" />
            <source>Reading options</source>
            <translation>Leseoptionen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="123" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="139" />
            <source>Semicolon ;</source>
            <translation>Semikolon ;</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="146" />
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="140" />
            <source>Comma ,</source>
            <translation>Komma ,</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="141" />
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="142" />
            <source>Pipe |</source>
            <translation>Senkrechter Strich |</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="146" />
            <source>Point .</source>
            <translation>Punkt .</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="150" />
            <source>Automatic (-9999, -999, -99999, 99999 where they stand apart)</source>
            <translation>Automatisch (-9999, -999, -99999, 99999, wo sie abseits der Werte liegen)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="151" />
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="157" />
            <source>Codes that mean 'no value' in number columns, e.g. -9999; -999</source>
            <translation>Codes, die in Zahlenspalten „kein Wert“ bedeuten, z. B. -9999; -999</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="159" />
            <source>First with the key</source>
            <translation>Erstes mit Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="160" />
            <source>Sheet of a workbook (XLSX, ODS)</source>
            <translation>Tabellenblatt einer Arbeitsmappe (XLSX, ODS)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="161" />
            <source>Encoding</source>
            <translation>Kodierung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="162" />
            <source>Delimiter</source>
            <translation>Trennzeichen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="163" />
            <source>Decimal mark</source>
            <translation>Dezimalzeichen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="164" />
            <source>Sheet</source>
            <translation>Tabellenblatt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="165" />
            <source>Missing-value codes</source>
            <translation>Codes für fehlende Werte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="168" />
            <source>Join</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="170" />
            <source>Join the table; the result is shown before it is added</source>
            <translation>Tabelle verknüpfen; das Ergebnis wird vor dem Hinzufügen angezeigt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="177" />
            <source>The join report appears here.</source>
            <translation>Hier erscheint der Verknüpfungsbericht.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="181" />
            <source>Accept</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="183" />
            <source>Add the joined layer to the project</source>
            <translation>Verknüpften Layer zum Projekt hinzufügen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="184" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="190" />
            <source>Attribute table</source>
            <translation>Attributtabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="192" />
            <source>Open the attribute table of the joined layer</source>
            <translation>Attributtabelle des verknüpften Layers öffnen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="193" />
            <source>Save report…</source>
            <translation>Bericht speichern …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="325" />
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="311" />
            <source>The table could not be read</source>
            <translation>Die Tabelle konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="350" />
            <source>The table could not be read.</source>
            <translation>Die Tabelle konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="352" />
            <source>Reading {name}…</source>
            <translation>{name} wird gelesen …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="354" />
            <source>The table {name} could not be read</source>
            <translation>Die Tabelle {name} konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="367" />
            <source>No column of the table shares keys with the layer.</source>
            <translation>Keine Spalte der Tabelle hat gemeinsame Schlüssel mit dem Layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="372" />
            <source>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</source>
            <translation>Vorschlag: „{field}“ ↔ „{column}“ ({matches} Schlüssel stimmen überein).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="385" />
            <source>The table could not be joined</source>
            <translation>Die Tabelle konnte nicht verknüpft werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="392" />
            <source>Choose a table file or layer.</source>
            <translation>Wählen Sie eine Tabellendatei oder einen Layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="395" />
            <source>Choose the area layers first (Areas).</source>
            <translation>Bitte zuerst die Gebietslayer wählen (Gebiete).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="398" />
            <source>Choose the key field and the key column.</source>
            <translation>Bitte Schlüsselfeld und Schlüsselspalte wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="461" />
            <source>Check the report, then accept the joined layer or discard it.</source>
            <translation>Bitte den Bericht prüfen und den verknüpften Layer dann übernehmen oder verwerfen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="466" />
            <source>The join failed; see the message bar.</source>
            <translation>Die Verknüpfung ist fehlgeschlagen; siehe Meldungsleiste.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="470" />
            <source>Joining {name}…</source>
            <translation>{name} wird verknüpft …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="472" />
            <source>The table {name} could not be joined</source>
            <translation>Die Tabelle {name} konnte nicht verknüpft werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="484" />
            <source>{layer} + {table}</source>
            <translation>{layer} + {table}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="505" />
            <source>The joined layer could not be stored</source>
            <translation>Der verknüpfte Layer konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="517" />
            <source>'{layer}' added ({path}, table {table}).</source>
            <translation>„{layer}“ hinzugefügt ({path}, Tabelle {table}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="530" />
            <source>The join was discarded.</source>
            <translation>Die Verknüpfung wurde verworfen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="550" />
            <source>Save join report</source>
            <translation>Verknüpfungsbericht speichern</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="552" />
            <source>Text (*.txt);;CSV (*.csv);;JSON (*.json)</source>
            <translation>Text (*.txt);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="565" />
            <source>The report could not be saved</source>
            <translation>Der Bericht konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="567" />
            <source>Join report saved to {path}</source>
            <translation>Verknüpfungsbericht gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>JoinReport</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="39" />
            <source>Join of table {table} (column '{table_key}') to field '{area_key}'</source>
            <translation>Verknüpfung der Tabelle {table} (Spalte „{table_key}“) mit dem Feld „{area_key}“</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="42" />
            <source>Read with: {options}</source>
            <translation>Gelesen mit: {options}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="43" />
            <source>Rows read: {rows}</source>
            <translation>Gelesene Zeilen: {rows}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="44" />
            <source>Features with a table row: {matched} of {features}</source>
            <translation>Objekte mit Tabellenzeile: {matched} von {features}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="45" />
            <source>City reference row (row {row}): {label}</source>
            <translation>Referenzzeile der Stadt (Zeile {row}): {label}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="46" />
            <source>No city total row found.</source>
            <translation>Keine Gesamtzeile der Stadt gefunden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="47" />
            <source>Features without a table row ({count}): {keys}</source>
            <translation>Objekte ohne Tabellenzeile ({count}): {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="50" />
            <source>Features without a key value: {count}</source>
            <translation>Objekte ohne Schlüsselwert: {count}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="51" />
            <source>Table rows without a feature ({count}): {keys}</source>
            <translation>Tabellenzeilen ohne Objekt ({count}): {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="54" />
            <source>Table rows without a key ({count}): rows {rows}</source>
            <translation>Tabellenzeilen ohne Schlüssel ({count}): Zeilen {rows}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="57" />
            <source>Keys in several rows ({count}), combined by '{how}': {keys}</source>
            <translation>Schlüssel in mehreren Zeilen ({count}), zusammengefasst mit „{how}“: {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="60" />
            <source>Values that could not be read ({count}): {cells}</source>
            <translation>Nicht lesbare Werte ({count}): {cells}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="61" />
            <source>Missing values (placeholders or empty) per column: {counts}</source>
            <translation>Fehlende Werte (Platzhalter oder leer) je Spalte: {counts}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="64" />
            <source>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</source>
            <translation>Codes für fehlende Werte als fehlend gelesen ({count} Zellen in {row_count} Zeilen): Zeilen {rows}; Codes {codes}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="68" />
            <source>Units found in the cells (the columns hold the numbers): {units}</source>
            <translation>Einheiten in den Zellen (die Spalten enthalten die Zahlen): {units}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="71" />
            <source>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</source>
            <translation>Vom Ausgabeformat gekürzte Feldnamen (ein GeoPackage behält sie): {shortened}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="74" />
            <source>Columns renamed because the name was taken: {renamed}</source>
            <translation>Spalten umbenannt, da der Name schon vergeben war: {renamed}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="75" />
            <source>Note: {text}</source>
            <translation>Hinweis: {text}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="76" />
            <source>{count} key(s) belong to several features, which all get the same row: {keys}.</source>
            <translation>{count} Schlüssel gehören zu mehreren Objekten, die alle dieselbe Zeile erhalten: {keys}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="79" />
            <source>{key} (row {row})</source>
            <translation>{key} (Zeile {row})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="80" />
            <source>{key} (rows {rows})</source>
            <translation>{key} (Zeilen {rows})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="81" />
            <source>row {row}, column '{column}': '{value}'</source>
            <translation>Zeile {row}, Spalte „{column}“: „{value}“</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="82" />
            <source>'{column}': {count}</source>
            <translation>„{column}“: {count}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="83" />
            <source>'{column}': {codes}</source>
            <translation>„{column}“: {codes}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="84" />
            <source>'{column}': {symbol}</source>
            <translation>„{column}“: {symbol}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="85" />
            <source>'{old}' → '{new}'</source>
            <translation>„{old}“ → „{new}“</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="86" />
            <source>first row</source>
            <translation>erste Zeile</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="87" />
            <source>sum</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="88" />
            <source>mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="89" />
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
    </context>
    <context>
        <name>JoinService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="142" />
            <source>The layer '{name}' is not valid.</source>
            <translation>Der Layer „{name}“ ist ungültig.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="149" />
            <source>The layer '{name}' has no field '{field}'; its fields are {names}.</source>
            <translation>Der Layer „{name}“ hat kein Feld „{field}“; vorhandene Felder: {names}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="181" />
            <source>Could not copy the layer '{name}': {message}</source>
            <translation>Der Layer „{name}“ konnte nicht kopiert werden: {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="197" />
            <source>The key field '{field}' of layer '{name}' could not be copied.</source>
            <translation>Das Schlüsselfeld „{field}“ des Layers „{name}“ konnte nicht kopiert werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="213" />
            <source>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</source>
            <translation>Layer „{name}“, Feld „{field}“: Der Text scheint falsch dekodiert („{example}“). {hint}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="652" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="316" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="298" />
            <source>Could not write the joined layer to {path}: {error}</source>
            <translation>Der verknüpfte Layer konnte nicht nach {path} geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="361" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="350" />
            <source>{path}: the joined layer cannot be opened.</source>
            <translation>{path}: Der verknüpfte Layer kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="440" />
            <source>Could not open the copy {path}.</source>
            <translation>Die Kopie {path} konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="570" />
            <source>Could not open the joined result {path}.</source>
            <translation>Das Verknüpfungsergebnis {path} konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="680" />
            <source>{name}: the sheets cannot be listed ({error}).</source>
            <translation>{name}: Die Tabellenblätter können nicht aufgelistet werden ({error}).</translation>
        </message>
    </context>
    <context>
        <name>JoinTableAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="50" />
            <source>Join indicator table</source>
            <translation>Indikatortabelle verknüpfen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="51" />
            <source>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</source>
            <translation>Verknüpft eine Indikatortabelle (CSV, XLSX oder ODS, wie Statistikämter sie veröffentlichen) über einen Schlüssel mit einem Polygonlayer und schreibt einen neuen Layer; Eingabelayer und Tabelle werden nicht verändert. Die Tabelle kann auch jeder Layer sein, den QGIS öffnet und dessen Attribute die Tabelle sind: eine GeoPackage-Tabelle, eine GeoJSON- oder DBF-Datei, eine PostGIS-Tabelle oder ein Layer des Projekts (über Name oder ID).

Schlüssel werden nach einer Normalisierung verglichen: Leerzeichen, „12.0“ und „12“, Zahlen und Text, führende Nullen („01100101“ und 1100101), Groß-/Kleinschreibung und Unicode-Form von Namen. Zeichenkodierung, Trennzeichen, Dezimalzeichen, Titelzeilen über der Kopfzeile und Fußnoten unter den Daten werden erkannt; Platzhalter wie „.“, „-“, „x“ werden zu leeren Werten, ebenso Codes für fehlende Werte (-9999, -999, -99999, 99999, wo sie abseits der Werte einer Spalte liegen, oder die unter MISSING_VALUES angegebenen); Einheiten in Zellen („21,4 %“, „1.234 €“) werden abgetrennt und genannt; eine Zelle, deren Tausendergruppierung nicht passt („2.41“ unter „24.118“), wird gemeldet, nie umgerechnet; die Gesamtzeile der Stadt wird erkannt und nicht verknüpft. Ein Schlüssel in mehreren Zeilen ist ein Fehler, sofern keine Aggregation gewählt ist.

Das Protokoll listet gelesene Zeilen, zugeordnete Objekte, Objekte ohne Zeile und Zeilen ohne Objekt (mit ihren Schlüsseln), nicht lesbare Werte (Zeile und Spalte) sowie die Zeile der Stadt auf.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="93" />
            <source>Area layer (polygons)</source>
            <translation>Gebietslayer (Polygone)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="98" />
            <source>Key field of the areas</source>
            <translation>Schlüsselfeld der Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="104" />
            <source>Indicator table (file, or a layer of the project by name or id)</source>
            <translation>Indikatortabelle (Datei oder ein Layer des Projekts über Name oder ID)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="106" />
            <source>Tables ({patterns});;All files (*)</source>
            <translation>Tabellen ({patterns});;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="111" />
            <source>Key column of the table</source>
            <translation>Schlüsselspalte der Tabelle</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="114" />
            <source>Sheet (workbooks; empty: first sheet)</source>
            <translation>Tabellenblatt (Arbeitsmappen; leer: erstes Blatt)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="117" />
            <source>Encoding (empty: automatic)</source>
            <translation>Kodierung (leer: automatisch)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="120" />
            <source>Delimiter (; , tab | — empty: automatic)</source>
            <translation>Trennzeichen (; , tab | — leer: automatisch)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="123" />
            <source>Decimal mark (, or . — empty: automatic)</source>
            <translation>Dezimalzeichen (, oder . — leer: automatisch)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="127" />
            <source>Keys in several rows</source>
            <translation>Schlüssel in mehreren Zeilen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="129" />
            <source>Error (list them)</source>
            <translation>Fehler (auflisten)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="130" />
            <source>Take the first row</source>
            <translation>Erste Zeile übernehmen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="131" />
            <source>Sum</source>
            <translation>Summe</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="132" />
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="139" />
            <source>Pad numeric keys with leading zeros to this width (0: compare as they are)</source>
            <translation>Numerische Schlüssel mit führenden Nullen auf diese Breite auffüllen (0: unverändert vergleichen)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="148" />
            <source>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</source>
            <translation>Codes für fehlende Werte, z. B. -9999; -999 (leer: -9999, -999, -99999, 99999, wo sie abseits der Werte einer Spalte liegen; „none“: keine Codes)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="160" />
            <source>Joined layer</source>
            <translation>Verknüpfter Layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="163" />
            <source>Features with a table row</source>
            <translation>Objekte mit Tabellenzeile</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="165" />
            <source>Features without a table row</source>
            <translation>Objekte ohne Tabellenzeile</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="168" />
            <source>Table rows without a feature</source>
            <translation>Tabellenzeilen ohne Objekt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="175" />
            <source>The area layer could not be opened.</source>
            <translation>Der Gebietslayer konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="200" />
            <source>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</source>
            <translation>Den verknüpften Layer in eine Datei (GeoPackage) oder eine Datenbanktabelle schreiben, nicht in den Arbeitsspeicher.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="212" />
            <source>MISSING_VALUES: {error}</source>
            <translation>MISSING_VALUES: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="228" />
            <source>The decimal mark must be ',' or '.'.</source>
            <translation>Das Dezimalzeichen muss „,“ oder „.“ sein.</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/layers.py" line="47" />
            <source>{path} is open for editing (in QGIS or another program); close it there and try again.</source>
            <translation>{path} ist zum Bearbeiten geöffnet (in QGIS oder einem anderen Programm); bitte dort schließen und erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/layers.py" line="51" />
            <source>{path} could not be written: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MapExport</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="104" />
            <source>As of {date}</source>
            <translation>Stand: {date}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="172" />
            <source>Unknown page orientation '{value}' (landscape or portrait).</source>
            <translation>Unbekannte Seitenausrichtung „{value}“ (landscape oder portrait).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="179" />
            <source>The layout template {path} is damaged.</source>
            <translation>Die Layoutvorlage {path} ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="188" />
            <source>The layout template {path} could not be loaded.</source>
            <translation>Die Layoutvorlage {path} konnte nicht geladen werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="222" />
            <source>Could not add the layout '{name}' to the project.</source>
            <translation>Das Layout „{name}“ konnte dem Projekt nicht hinzugefügt werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="955" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="232" />
            <source>The layout '{layout}' has no item '{item}'; reset it to the template.</source>
            <translation>Dem Layout „{layout}“ fehlt das Element „{item}“; bitte auf die Vorlage zurücksetzen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="342" />
            <source>Stadtbezirk boundary</source>
            <translation>Stadtbezirksgrenze</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="439" />
            <source>{count} Aktionsräume</source>
            <translation>{count} Aktionsräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="441" />
            <source>{count} Aktionsquartiere</source>
            <translation>{count} Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="482" />
            <source>Current list</source>
            <translation>Aktuelle Liste</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="486" />
            <source>With the proposed changes</source>
            <translation>Mit den Änderungsvorschlägen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="516" />
            <source>Unknown map variant '{value}' (landscape, portrait or comparison).</source>
            <translation>Unbekannte Kartenvariante „{value}“ (landscape, portrait oder comparison).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="525" />
            <source>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</source>
            <translation>Das Layout „{name}“ im Projekt hat die Ausrichtung {actual}, nicht {wanted}; zum Ändern der Ausrichtung bitte auf die Vorlage zurücksetzen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="78" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="602" />
            <source>{path}: unknown export format '{fmt}' (pdf, png or svg).</source>
            <translation>{path}: unbekanntes Exportformat „{fmt}“ (pdf, png oder svg).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1012" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="671" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="608" />
            <source>{path} exists already; allow overwriting to replace it.</source>
            <translation>{path} ist schon vorhanden; zum Ersetzen das Überschreiben erlauben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="614" />
            <source>{path} is a folder, not a file name.</source>
            <translation>{path} ist ein Ordner, kein Dateiname.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="996" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="619" />
            <source>{folder}: the folder does not exist.</source>
            <translation>{folder}: Der Ordner existiert nicht.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1027" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="645" />
            <source>{path}: could not be written: {reason}.</source>
            <translation>{path}: konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="684" />
            <source>{folder}: no permission to write in this folder.</source>
            <translation>{folder}: keine Schreibberechtigung für diesen Ordner.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="692" />
            <source>{path}: export cancelled.</source>
            <translation>{path}: Export abgebrochen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="743" />
            <source>the file could not be written (disk full or no permission?)</source>
            <translation>die Datei konnte nicht geschrieben werden (Datenträger voll oder keine Berechtigung?)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="746" />
            <source>not enough memory for this resolution</source>
            <translation>zu wenig Arbeitsspeicher für diese Auflösung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="749" />
            <source>the PDF could not be created</source>
            <translation>das PDF konnte nicht erzeugt werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="752" />
            <source>the SVG layers could not be created</source>
            <translation>die SVG-Ebenen konnten nicht erzeugt werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="755" />
            <source>the atlas could not be prepared</source>
            <translation>der Atlas konnte nicht vorbereitet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="758" />
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="760" />
            <source>{path}: export failed: {reason}.</source>
            <translation>{path}: Export fehlgeschlagen: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="89" />
            <source>The resolution must lie between {low} and {high} dpi.</source>
            <translation>Die Auflösung muss zwischen {low} und {high} dpi liegen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="124" />
            <source>The project has no print layout called '{name}'.</source>
            <translation>Das Projekt hat kein Drucklayout namens „{name}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="132" />
            <source>There is no Aktionsräume set-up to make the map from.</source>
            <translation>Es gibt keine Aktionsräume-Einrichtung, aus der die Karte erstellt werden kann.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="35" />
            <source>{items} and {last}</source>
            <translation>{items} und {last}</translation>
        </message>
    </context>
    <context>
        <name>PanelController</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="45" />
            <source>Switch '{change}'</source>
            <translation>„{change}“ umschalten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="193" />
            <source>Choose the Sozialraum layer first.</source>
            <translation>Bitte zuerst den Sozialraum-Layer wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="202" />
            <source>Aktionsplan Soziale Stadt</source>
            <translation>Aktionsplan Soziale Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="203" />
            <source>Aktionsräume and Aktionsquartiere</source>
            <translation>Aktionsräume und Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="205" />
            <source>Data: statistics office</source>
            <translation>Datengrundlage: Statistikamt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="220" />
            <source>There is no scenario yet: load the sample or assess the areas.</source>
            <translation>Es gibt noch kein Szenario: Beispiel laden oder Gebiete bewerten.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="266" />
            <source>The stored scenario was not loaded</source>
            <translation>Das gespeicherte Szenario wurde nicht geladen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="313" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="179" />
            <source>The project names no indicator catalogue; choose one in the panel's assessment section.</source>
            <translation>Das Projekt nennt keinen Indikatorenkatalog; wählen Sie einen im Abschnitt Bewertung des Bedienfelds.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="201" />
            <source>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</source>
            <translation>Das Projekt hat keinen Sozialraum-Layer mit den Indikatoren des Katalogs; verknüpfen Sie zuerst die Indikatorentabelle im Bedienfeld.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="361" />
            <source>pp</source>
            <translation>%-Punkte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="368" />
            <source>Aktionsraum</source>
            <translation>Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="369" />
            <source>Aktionsquartier</source>
            <translation>Aktionsquartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="370" />
            <source>Candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="371" />
            <source>Sozialraum</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="776" />
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="372" />
            <source>Quartier</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="381" />
            <source>{label} {value} above the threshold of {limit}</source>
            <translation>{label} {value} über dem Schwellenwert von {limit}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="383" />
            <source>{label} {value} below the threshold of {limit}</source>
            <translation>{label} {value} unter dem Schwellenwert von {limit}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="407" />
            <source>{worse} of {valid} indicators worse than the city</source>
            <translation>{worse} von {valid} Indikatoren schlechter als die Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="414" />
            <source>Added because: {facts}.</source>
            <translation>Aufgenommen, weil: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="422" />
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="415" />
            <source>Assessment: {facts}.</source>
            <translation>Bewertung: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="416" />
            <source>Removed because: {facts}.</source>
            <translation>Herausgenommen, weil: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="419" />
            <source>Aktionsquartier because: {facts}.</source>
            <translation>Aktionsquartier, weil: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="433" />
            <source>Change in the scenario: {action}</source>
            <translation>Änderung im Szenario: {action}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="447" />
            <source>Status under the scenario “{scenario}”: {status}</source>
            <translation>Status im Szenario „{scenario}“: {status}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="450" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="456" />
            <source>Status index {index} ({cls}); positive = worse than the average area</source>
            <translation>Statusindex {index} ({cls}); positiv = schlechter als das durchschnittliche Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="800" />
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="483" />
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="603" />
            <source>Profile areas</source>
            <translation>Profilgebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="608" />
            <source>Profile indicators</source>
            <translation>Profilindikatoren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="620" />
            <source>Stadtbezirk {name}</source>
            <translation>Stadtbezirk {name}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="659" />
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="661" />
            <source>better</source>
            <translation>besser</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="727" />
            <source>This area</source>
            <translation>Dieses Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="797" />
            <source>Domain</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="798" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="799" />
            <source>Area</source>
            <translation>Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="801" />
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="802" />
            <source>Compared with the city</source>
            <translation>Vergleich mit der Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="803" />
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="804" />
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="887" />
            <source>Area profile</source>
            <translation>Gebietsprofil</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="901" />
            <source>Indicators compared with the city</source>
            <translation>Indikatoren im Vergleich mit der Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="902" />
            <source>Area and city per indicator</source>
            <translation>Gebiet und Stadt je Indikator</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="903" />
            <source>Location in the city</source>
            <translation>Lage in der Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1004" />
            <source>{path}: there is no area to make a profile of.</source>
            <translation>{path}: Es gibt kein Gebiet, für das ein Profil erstellt werden könnte.</translation>
        </message>
    </context>
    <context>
        <name>ProfilesSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="31" />
            <source>Area profiles</source>
            <translation>Gebietsprofile</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="36" />
            <source>Aktionsräume and Aktionsquartiere of the scenario</source>
            <translation>Aktionsräume und Aktionsquartiere des Szenarios</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="37" />
            <source>Selected areas</source>
            <translation>Ausgewählte Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="38" />
            <source>All areas of the level</source>
            <translation>Alle Gebiete der Ebene</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="41" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="42" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="43" />
            <source>One PDF per area</source>
            <translation>Eine PDF-Datei je Gebiet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="52" />
            <source>Areas</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="53" />
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="55" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="58" />
            <source>Open in layout designer</source>
            <translation>Im Layoutdesigner öffnen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="120" />
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="59" />
            <source>Export area profiles</source>
            <translation>Gebietsprofile exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="114" />
            <source>The layout could not be opened</source>
            <translation>Das Layout konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="122" />
            <source>Choose a file to export to.</source>
            <translation>Wählen Sie eine Datei für den Export.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="127" />
            <source>The area profiles could not be made</source>
            <translation>Die Gebietsprofile konnten nicht erstellt werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="140" />
            <source>{path} exists already. Replace it?</source>
            <translation>{path} gibt es schon. Ersetzen?</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="150" />
            <source>Exporting {count} pages …</source>
            <translation>{count} Seiten werden exportiert …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="150" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="165" />
            <source>The area profiles could not be exported</source>
            <translation>Die Gebietsprofile konnten nicht exportiert werden</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="171" />
            <source>{count} area profiles exported to {path}</source>
            <translation>{count} Gebietsprofile exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>ProjectState</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="68" />
            <source>scenario stored in the project</source>
            <translation>im Projekt gespeichertes Szenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="72" />
            <source>The scenario stored in this project was not loaded: {error}</source>
            <translation>Das in diesem Projekt gespeicherte Szenario wurde nicht geladen: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="111" />
            <source>The layer configuration stored in this project is damaged ({error}).</source>
            <translation>Die in diesem Projekt gespeicherte Layerkonfiguration ist beschädigt ({error}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="117" />
            <source>The layer configuration stored in this project is damaged (not an object).</source>
            <translation>Die in diesem Projekt gespeicherte Layerkonfiguration ist beschädigt (kein JSON-Objekt).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="172" />
            <source>The scenario file was not loaded: {error}</source>
            <translation>Die Szenariodatei wurde nicht geladen: {error}</translation>
        </message>
    </context>
    <context>
        <name>ProposalsSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="39" />
            <source>List and proposals</source>
            <translation>Liste und Vorschläge</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="51" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="53" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="60" />
            <source>Add…</source>
            <translation>Hinzufügen …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="61" />
            <source>Edit…</source>
            <translation>Bearbeiten …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="62" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="72" />
            <source>Open scenario…</source>
            <translation>Szenario öffnen …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="73" />
            <source>Save scenario…</source>
            <translation>Szenario speichern …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="74" />
            <source>Export list…</source>
            <translation>Liste exportieren …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="75" />
            <source>The list and the before/after comparison as CSV or XLSX</source>
            <translation>Die Liste und der Vorher-Nachher-Vergleich als CSV oder XLSX</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="116" />
            <source>No scenario yet: load the sample, or assess the areas and propose changes.</source>
            <translation>Noch kein Szenario: Beispiel laden oder Gebiete bewerten und Änderungen vorschlagen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="135" />
            <source>Baseline: {count} Aktionsräume ({names}).</source>
            <translation>Ausgangsliste: {count} Aktionsräume ({names}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="168" />
            <source>Aktionsräume: {before} → {after}</source>
            <translation>Aktionsräume: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="171" />
            <source>Aktionsquartiere: {before} → {after}</source>
            <translation>Aktionsquartiere: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="174" />
            <source>New: {names}</source>
            <translation>Neu: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="175" />
            <source>No longer: {names}</source>
            <translation>Nicht mehr: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="176" />
            <source>Aktionsquartiere: {names}</source>
            <translation>Aktionsquartiere: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="180" />
            <source>Population covered: {before} → {after}</source>
            <translation>Einwohner in den Gebieten: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="218" />
            <source>Edit change</source>
            <translation>Änderungsvorschlag bearbeiten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="218" />
            <source>Add change</source>
            <translation>Änderungsvorschlag hinzufügen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="224" />
            <source>Remove change</source>
            <translation>Änderungsvorschlag entfernen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="255" />
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="245" />
            <source>Open scenario</source>
            <translation>Szenario öffnen</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="260" />
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="245" />
            <source>Scenario (*.json)</source>
            <translation>Szenario (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="257" />
            <source>The scenario was not opened</source>
            <translation>Das Szenario wurde nicht geöffnet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="260" />
            <source>Save scenario</source>
            <translation>Szenario speichern</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="266" />
            <source>The scenario was not saved</source>
            <translation>Das Szenario wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="268" />
            <source>Scenario saved to {path}</source>
            <translation>Szenario gespeichert unter {path}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="272" />
            <source>Export list</source>
            <translation>Liste exportieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="273" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="294" />
            <source>The list was not exported</source>
            <translation>Die Liste wurde nicht exportiert</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="296" />
            <source>List exported to {path}</source>
            <translation>Liste exportiert nach {path}</translation>
        </message>
    </context>
    <context>
        <name>Rationale</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="169" />
            <source>{label} {value:.1f}{unit} ({op} {limit:g}{unit})</source>
            <translation>{label} {value:.1f}{unit} ({op} {limit:g}{unit})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="170" />
            <source>{label} {value:.1f}{unit} (city {reference:.1f}{unit})</source>
            <translation>{label} {value:.1f}{unit} (Stadt {reference:.1f}{unit})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="173" />
            <source>status index {value:.2f} ({class_name})</source>
            <translation>Statusindex {value:.2f} ({class_name})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="174" />
            <source>{worse} of {valid} indicators below the city average</source>
            <translation>{worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="177" />
            <source>quarter still with {worse} of {valid} indicators below the city average</source>
            <translation>Quartier weiterhin mit {worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="180" />
            <source>only {worse} of {valid} indicators still below the city average</source>
            <translation>nur noch {worse} von {valid} Indikatoren unter dem städtischen Durchschnitt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="183" />
            <source>{count}: {indicators}</source>
            <translation>{count}: {indicators}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="184" />
            <source>{count}, including {indicators}</source>
            <translation>{count}, darunter {indicators}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="185" />
            <source>{count}, no threshold exceeded</source>
            <translation>{count}, kein Schwellenwert überschritten</translation>
        </message>
    </context>
    <context>
        <name>RepairBoundariesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="28" />
            <source>Repair boundaries</source>
            <translation>Grenzen reparieren</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="29" />
            <source>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</source>
            <translation>Repariert die Polygone eines Gebietslayers mit „Geometrien reparieren“ von QGIS (native:fixgeometries) in einen neuen Layer und meldet Objekt für Objekt, was sich geändert hat: die Fläche vorher und nachher in wahren m² im Gelände (gemessen wie bei der Grenzprüfung). Der Eingabelayer wird nicht verändert.

Ausgaben: der reparierte Layer (OUTPUT), die Anzahl der geänderten Objekte (CHANGED) und der danach noch ungültigen Polygone (INVALID_AFTER).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="47" />
            <source>Area layer</source>
            <translation>Gebietslayer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="50" />
            <source>Key field</source>
            <translation>Schlüsselfeld</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="53" />
            <source>Repaired areas</source>
            <translation>Reparierte Gebiete</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="56" />
            <source>Changed features</source>
            <translation>Geänderte Objekte</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="57" />
            <source>Invalid polygons afterwards</source>
            <translation>Danach ungültige Polygone</translation>
        </message>
    </context>
    <context>
        <name>ResultStorage</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/result_storage.py" line="29" />
            <source>Aktionsräume – results</source>
            <translation>Aktionsräume – Ergebnisse</translation>
        </message>
    </context>
    <context>
        <name>SampleProject</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="33" />
            <source>Stadtbezirke</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="34" />
            <source>Sozialräume</source>
            <translation>Sozialräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="35" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="50" />
            <source>Aktionsplan Soziale Stadt Dortmund</source>
            <translation>Aktionsplan Soziale Stadt Dortmund</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="51" />
            <source>Aktionsräume and Aktionsquartiere – revision 2020</source>
            <translation>Aktionsräume und Aktionsquartiere – Fortschreibung 2020</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="55" />
            <source>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</source>
            <translation>Datengrundlage: Bericht zur sozialen Lage in Dortmund 2018 (synthetische Beispielwerte). Karte: Aktionsräume für QGIS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="59" />
            <source>Sample data: synthetic geometry, not the official boundaries.</source>
            <translation>Beispieldaten: synthetische Geometrie, keine amtlichen Grenzen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="96" />
            <source>Aktionsräume – Aktionsräume and Aktionsquartiere</source>
            <translation>Aktionsräume – Aktionsräume und Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="113" />
            <source>Aktionsräume – sample Dortmund 2020</source>
            <translation>Aktionsräume – Beispiel Dortmund 2020</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="115" />
            <source>Source layers (read-only)</source>
            <translation>Quelllayer (schreibgeschützt)</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/base.py" line="44" />
            <source>{message}

Export with the replacement fonts?</source>
            <translation>{message}

Mit den Ersatzschriften exportieren?</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="18" />
            <source>Remains Aktionsraum</source>
            <translation>Bleibt Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="19" />
            <source>New Aktionsraum</source>
            <translation>Neuer Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="20" />
            <source>No longer Aktionsraum</source>
            <translation>Kein Aktionsraum mehr</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="21" />
            <source>Aktionsquartier</source>
            <translation>Aktionsquartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="22" />
            <source>None</source>
            <translation>Übrige Gebiete</translation>
        </message>
    </context>
    <context>
        <name>StatusLayers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="64" />
            <source>Layer '{layer}' has no field '{field}'.</source>
            <translation>Der Layer „{layer}“ hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="125" />
            <source>Sozialräume – status</source>
            <translation>Sozialräume – Status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="126" />
            <source>Quartiere – Aktionsquartiere</source>
            <translation>Quartiere – Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="156" />
            <source>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</source>
            <translation>Der Layer „{layer}“ hat schon ein Feld „{field}“; bitte vorher umbenennen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="204" />
            <source>Could not update the statuses of layer '{layer}'.</source>
            <translation>Die Status des Layers „{layer}“ konnten nicht aktualisiert werden.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="65" />
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="66" />
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="67" />
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="68" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="69" />
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="71" />
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="72" />
            <source>Sozialraum</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="73" />
            <source>Quartier</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="74" />
            <source>Measure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="75" />
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="76" />
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="77" />
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="78" />
            <source>Aktionsräume</source>
            <translation>Aktionsräume</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="79" />
            <source>Aktionsquartiere</source>
            <translation>Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="80" />
            <source>Population covered</source>
            <translation>Einwohner in den Gebieten</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="81" />
            <source>Aktionsräume (names)</source>
            <translation>Aktionsräume (Namen)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="82" />
            <source>Aktionsquartiere (names)</source>
            <translation>Aktionsquartiere (Namen)</translation>
        </message>
    </context>
    <context>
        <name>TableLayers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="93" />
            <source>The layer '{name}' is not a vector layer or table.</source>
            <translation>Der Layer „{name}“ ist kein Vektorlayer und keine Tabelle.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="107" />
            <source>{source}: cannot be opened as a table.</source>
            <translation>{source}: kann nicht als Tabelle geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="122" />
            <source>The table layer '{name}' is not valid.</source>
            <translation>Der Tabellenlayer „{name}“ ist nicht gültig.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="162" />
            <source>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</source>
            <translation>{file} ist wahrscheinlich in {encoding} kodiert: Stellen Sie das unter Layereigenschaften › Quelle › Kodierung der Datenquelle ein oder legen Sie eine Datei {cpg} mit dem Inhalt „{codepage}“ daneben.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="173" />
            <source>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</source>
            <translation>{file} ist wahrscheinlich in {encoding} kodiert, GeoJSON wird aber als UTF-8 gelesen: Speichern Sie die Datei als UTF-8 (zum Beispiel mit einem Texteditor) und laden Sie sie neu.</translation>
        </message>
    </context>
    <context>
        <name>TableRead</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="93" />
            <source>The file is not UTF-8 throughout; it was read as {encoding}.</source>
            <translation>Die Datei ist nicht durchgehend UTF-8; sie wurde als {encoding} gelesen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="96" />
            <source>{count} row(s) without a key in column '{column}': rows {rows}.</source>
            <translation>{count} Zeile(n) ohne Schlüssel in Spalte „{column}“: Zeilen {rows}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="99" />
            <source>Further total rows (subtotals) were left out: rows {rows}.</source>
            <translation>Weitere Summenzeilen (Zwischensummen) wurden ausgelassen: Zeilen {rows}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="102" />
            <source>City total row '{label}' found in row {row}; it is not joined to any area.</source>
            <translation>Gesamtzeile der Stadt „{label}“ in Zeile {row} gefunden; sie wird keinem Gebiet zugeordnet.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="105" />
            <source>{where}, column '{column}': cells with different units: {units}.</source>
            <translation>{where}, Spalte „{column}“: Zellen mit verschiedenen Einheiten: {units}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="108" />
            <source>'{symbol}' ({count})</source>
            <translation>„{symbol}“ ({count})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="109" />
            <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</source>
            <translation>{where}, Spalte „{column}“: Der Text sieht falsch dekodiert aus („{example}“); einige Zeichen ließen sich nicht dekodieren; die Quelle ist wahrscheinlich in einer Ein-Byte-Kodierung wie Windows-1252 (cp1252) oder ISO-8859-1, nicht UTF-8: Kodierung wählen.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="115" />
            <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</source>
            <translation>{where}, Spalte „{column}“: Der Text sieht falsch dekodiert aus („{example}“); die Quelle ist wahrscheinlich UTF-8, wurde aber in einer Ein-Byte-Kodierung gelesen: UTF-8 wählen.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="81" />
            <source>The {what} layer of the Aktionsräume set-up is missing from the project.</source>
            <translation>Der Layer „{what}“ der Aktionsräume-Einrichtung fehlt im Projekt.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="100" />
            <source>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</source>
            <translation>Dieses Projekt hat noch keine Aktionsräume-Einrichtung; bitte im Aktionsräume-Bedienfeld einrichten.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="110" />
            <source>This project holds no scenario.</source>
            <translation>Dieses Projekt enthält kein Szenario.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="122" />
            <source>Sozialraum</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="123" />
            <source>Quartier</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="124" />
            <source>Stadtbezirk</source>
            <translation>Stadtbezirk</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="127" />
            <source>The set-up names no Sozialraum layer.</source>
            <translation>Die Einrichtung nennt keinen Sozialraum-Layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="130" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="137" />
            <source>Aktionsquartier</source>
            <translation>Aktionsquartier</translation>
        </message>
    </context>
</TS>

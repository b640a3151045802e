<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AktionsraeumeAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="21" />
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="22" />
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="23" />
            <source>Boundaries</source>
            <translation>Boundaries</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="24" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/algorithm.py" line="87" />
            <source>Stop when the layout names a font that is not installed</source>
            <translation>Stop when the layout names a font that is not installed</translation>
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
            <translation>Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, export the map.</translation>
        </message>
    </context>
    <context>
        <name>AktionsraeumePlugin</name>
        <message>
            <location filename="../aktionsraeume_plugin/plugin.py" line="42" />
            <source>Aktionsräume panel</source>
            <translation>Aktionsräume panel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/plugin.py" line="45" />
            <source>Show or hide the Aktionsräume panel</source>
            <translation>Show or hide the Aktionsräume panel</translation>
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
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="86" />
            <source>Load sample data</source>
            <translation>Load sample data</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="89" />
            <source>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</source>
            <translation>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="97" />
            <source>Key</source>
            <translation>Key</translation>
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
            <translation>Stadtbezirk key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="99" />
            <source>Quartiere</source>
            <translation>Quartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="99" />
            <source>Sozialraum key</source>
            <translation>Sozialraum key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="100" />
            <source>Stadtbezirke</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="102" />
            <source>Use these layers</source>
            <translation>Use these layers</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="127" />
            <source>The sample data could not be loaded</source>
            <translation>The sample data could not be loaded</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="136" />
            <source>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</source>
            <translation>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="145" />
            <source>Choose the Sozialraum layer and its key field.</source>
            <translation>Choose the Sozialraum layer and its key field.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="152" />
            <source>These layers cannot be used</source>
            <translation>These layers cannot be used</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/areas.py" line="155" />
            <source>{count} Sozialräume ready.</source>
            <translation>{count} Sozialräume ready.</translation>
        </message>
    </context>
    <context>
        <name>AssessAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="45" />
            <source>Assess areas</source>
            <translation>Assess areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="46" />
            <source>Assesses every area of a joined area layer with the indicators of a catalogue (TOML).

Method 'Comparison with the city average': per indicator worse or not than the city reference (fields w_&lt;id&gt;), counts overall (n_worse) and per domain (n_worse_&lt;domain&gt;), threshold rules (thr_hit, thr_ids) and the catalogue's rule (bel_avg = 1: below average).
Method 'Standardised index': z-scores signed so that positive is worse (z_&lt;id&gt;), status index and class (status_idx, status_cls), Dynamik index over change indicators (dyn_idx, dyn_cls); areas under the minimum population stay unclassified; bel_avg = 1 for the catalogue's flagged classes.

City reference: the total row of the reference table if one is given (e.g. the indicator CSV that was joined), else a total row in the input, else the population-weighted mean (if the catalogue's population column is a field), else the plain mean.
The input is not changed. BELOW_AVERAGE is the number of areas with bel_avg = 1.</source>
            <translation>Assesses every area of a joined area layer with the indicators of a catalogue (TOML).

Method 'Comparison with the city average': per indicator worse or not than the city reference (fields w_&lt;id&gt;), counts overall (n_worse) and per domain (n_worse_&lt;domain&gt;), threshold rules (thr_hit, thr_ids) and the catalogue's rule (bel_avg = 1: below average).
Method 'Standardised index': z-scores signed so that positive is worse (z_&lt;id&gt;), status index and class (status_idx, status_cls), Dynamik index over change indicators (dyn_idx, dyn_cls); areas under the minimum population stay unclassified; bel_avg = 1 for the catalogue's flagged classes.

City reference: the total row of the reference table if one is given (e.g. the indicator CSV that was joined), else a total row in the input, else the population-weighted mean (if the catalogue's population column is a field), else the plain mean.
The input is not changed. BELOW_AVERAGE is the number of areas with bel_avg = 1.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="74" />
            <source>Joined area layer</source>
            <translation>Joined area layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="81" />
            <source>Indicator catalogue (TOML)</source>
            <translation>Indicator catalogue (TOML)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="83" />
            <source>Indicator catalogue (*.toml)</source>
            <translation>Indicator catalogue (*.toml)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="89" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="90" />
            <source>Comparison with the city average</source>
            <translation>Comparison with the city average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="90" />
            <source>Standardised index</source>
            <translation>Standardised index</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="97" />
            <source>Area key field (names areas in messages)</source>
            <translation>Area key field (names areas in messages)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="105" />
            <source>Indicator table with the city total row (reference values)</source>
            <translation>Indicator table with the city total row (reference values)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="107" />
            <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
            <translation>Tables (*.csv *.txt *.xlsx *.ods)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="111" />
            <source>Assessed areas</source>
            <translation>Assessed areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="112" />
            <source>Areas below average</source>
            <translation>Areas below average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="125" />
            <source>The input layer</source>
            <translation>The input layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/assess.py" line="154" />
            <source>{count} areas below average.</source>
            <translation>{count} areas below average.</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="123" />
            <source>City reference: the table's total row '{label}'.</source>
            <translation>City reference: the table's total row '{label}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="126" />
            <source>City reference: the mean weighted by '{column}'.</source>
            <translation>City reference: the mean weighted by '{column}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="129" />
            <source>City reference: the plain mean of the areas.</source>
            <translation>City reference: the plain mean of the areas.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="132" />
            <source>{count} missing values skipped (area/indicator): {pairs}.</source>
            <translation>{count} missing values skipped (area/indicator): {pairs}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="135" />
            <source>{area}/{indicator}</source>
            <translation>{area}/{indicator}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="136" />
            <source>{count} areas unclassified: {areas}.</source>
            <translation>{count} areas unclassified: {areas}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="137" />
            <source>No city reference for indicator(s) {indicators}; they are not compared.</source>
            <translation>No city reference for indicator(s) {indicators}; they are not compared.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="140" />
            <source>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</source>
            <translation>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="143" />
            <source>The composite index has no spread over the assessed areas; every index is 0.</source>
            <translation>The composite index has no spread over the assessed areas; every index is 0.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="146" />
            <source>Dynamik: {note}</source>
            <translation>Dynamik: {note}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="147" />
            <source>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</source>
            <translation>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="151" />
            <source>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</source>
            <translation>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="155" />
            <source>Area '{area}', column '{column}': {value} is a missing-value code; left out.</source>
            <translation>Area '{area}', column '{column}': {value} is a missing-value code; left out.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="158" />
            <source>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</source>
            <translation>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="163" />
            <source>Area '{area}': no status indicator has a value; left unclassified.</source>
            <translation>Area '{area}': no status indicator has a value; left unclassified.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="51" />
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="61" />
            <source>Indicator catalogue (*.toml *.json)</source>
            <translation>Indicator catalogue (*.toml *.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="62" />
            <source>Indicator catalogue</source>
            <translation>Indicator catalogue</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="64" />
            <source>Which columns are indicators, their domain and direction, the rule for 'below average'</source>
            <translation>Which columns are indicators, their domain and direction, the rule for 'below average'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="68" />
            <source>City average</source>
            <translation>City average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="71" />
            <source>Comparison with the city average: per indicator better or worse than the city value; counts per domain</source>
            <translation>Comparison with the city average: per indicator better or worse than the city value; counts per domain</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="76" />
            <source>Status index</source>
            <translation>Status index</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="79" />
            <source>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</source>
            <translation>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="85" />
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="86" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="91" />
            <source>Assess</source>
            <translation>Assess</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="93" />
            <source>Assess every level with joined indicators</source>
            <translation>Assess every level with joined indicators</translation>
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
            <translation>Red: worse than the city, blue: better; the middle class holds the city value</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="110" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="111" />
            <source>Colour map by</source>
            <translation>Colour map by</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="159" />
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="136" />
            <source>Propose changes</source>
            <translation>Propose changes</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="142" />
            <source>Layer fields</source>
            <translation>Layer fields</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="158" />
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="143" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="147" />
            <source>Field marking today's Aktionsräume (1, ja, x)</source>
            <translation>Field marking today's Aktionsräume (1, ja, x)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="151" />
            <source>Field marking today's Aktionsquartiere (1, ja, x)</source>
            <translation>Field marking today's Aktionsquartiere (1, ja, x)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="154" />
            <source>Scenario or list (*.json)</source>
            <translation>Scenario or list (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="155" />
            <source>Current list</source>
            <translation>Current list</translation>
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
            <translation>Compare the current list with the assessment; the changes appear as switches below</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="192" />
            <source>Choose an indicator catalogue (TOML).</source>
            <translation>Choose an indicator catalogue (TOML).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="198" />
            <source>Not usable: {error}</source>
            <translation>Not usable: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="199" />
            <source>The catalogue could not be read</source>
            <translation>The catalogue could not be read</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="205" />
            <source>'{name}': {indicators} indicators in {domains} domains.</source>
            <translation>'{name}': {indicators} indicators in {domains} domains.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="245" />
            <source>The areas could not be assessed</source>
            <translation>The areas could not be assessed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="249" />
            <source>Choose an indicator catalogue.</source>
            <translation>Choose an indicator catalogue.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="252" />
            <source>Join an indicator table to the Sozialräume first.</source>
            <translation>Join an indicator table to the Sozialräume first.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="267" />
            <source>{layer} – assessed</source>
            <translation>{layer} – assessed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="272" />
            <source>Layer '{layer}' could not be assessed</source>
            <translation>Layer '{layer}' could not be assessed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="280" />
            <source>Assessing…</source>
            <translation>Assessing…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="285" />
            <source>The assessment failed; see the message bar.</source>
            <translation>The assessment failed; see the message bar.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="306" />
            <source>{below} of {count} Sozialräume below average.</source>
            <translation>{below} of {count} Sozialräume below average.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="443" />
            <source>The map could not be coloured</source>
            <translation>The map could not be coloured</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="459" />
            <source>No changes could be proposed</source>
            <translation>No changes could be proposed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="463" />
            <source>Assess the Sozialräume first.</source>
            <translation>Assess the Sozialräume first.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="472" />
            <source>Proposals from the assessment of {date}</source>
            <translation>Proposals from the assessment of {date}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="484" />
            <source>{count} changes proposed; switch them on and off under 'List and proposals'.</source>
            <translation>{count} changes proposed; switch them on and off under 'List and proposals'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="494" />
            <source>Choose the file with the current list.</source>
            <translation>Choose the file with the current list.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/assessment.py" line="497" />
            <source>Choose the field that marks today's Aktionsräume.</source>
            <translation>Choose the field that marks today's Aktionsräume.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="163" />
            <source>Layer '{name}'</source>
            <translation>Layer '{name}'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="167" />
            <source>Layer '{name}' has no field '{field}'.</source>
            <translation>Layer '{name}' has no field '{field}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/assessment_service.py" line="268" />
            <source>{name} (assessed)</source>
            <translation>{name} (assessed)</translation>
        </message>
    </context>
    <context>
        <name>BoundariesSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="57" />
            <source>Boundary check</source>
            <translation>Boundary check</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="70" />
            <source>Overlaps, gaps and uncovered parts up to this area are ignored</source>
            <translation>Overlaps, gaps and uncovered parts up to this area are ignored</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="71" />
            <source>Tolerance</source>
            <translation>Tolerance</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="73" />
            <source>Check boundaries</source>
            <translation>Check boundaries</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="76" />
            <source>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</source>
            <translation>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="84" />
            <source>Repair into new layer</source>
            <translation>Repair into new layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="87" />
            <source>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</source>
            <translation>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="100" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="106" />
            <source>Click a finding to show it on the map</source>
            <translation>Click a finding to show it on the map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="141" />
            <source>The boundaries could not be checked</source>
            <translation>The boundaries could not be checked</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="143" />
            <source>Choose the area layers first (Areas).</source>
            <translation>Choose the area layers first (Areas).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="162" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="171" />
            <source>The check failed; see the message bar.</source>
            <translation>The check failed; see the message bar.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/boundaries.py" line="240" />
            <source>The boundaries could not be repaired</source>
            <translation>The boundaries could not be repaired</translation>
        </message>
    </context>
    <context>
        <name>BoundaryCheck</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="189" />
            <source>{Level} {key} is not a valid polygon: {reason}.</source>
            <translation>{Level} {key} is not a valid polygon: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="192" />
            <source>{Level} {key} has no geometry.</source>
            <translation>{Level} {key} has no geometry.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="193" />
            <source>{Level} {key} has an empty geometry.</source>
            <translation>{Level} {key} has an empty geometry.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="194" />
            <source>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</source>
            <translation>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="198" />
            <source>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</source>
            <translation>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="201" />
            <source>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</source>
            <translation>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="204" />
            <source>Gap of {area:.1f} m² between {levels} {neighbours}.</source>
            <translation>Gap of {area:.1f} m² between {levels} {neighbours}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="205" />
            <source>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</source>
            <translation>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="208" />
            <source>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</source>
            <translation>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="213" />
            <source>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</source>
            <translation>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="217" />
            <source>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</source>
            <translation>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="221" />
            <source>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</source>
            <translation>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="224" />
            <source>{key} {share:.1f} %</source>
            <translation>{key} {share:.1f} %</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="225" />
            <source>Key {key} is used by {count} {levels} (feature ids {fids}).</source>
            <translation>Key {key} is used by {count} {levels} (feature ids {fids}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="228" />
            <source>{Level} with feature id {fid} has no {what}.</source>
            <translation>{Level} with feature id {fid} has no {what}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="231" />
            <source>Key {key} in {table} has no {level} polygon.</source>
            <translation>Key {key} in {table} has no {level} polygon.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="234" />
            <source>{Level} {key} has no row in {table}.</source>
            <translation>{Level} {key} has no row in {table}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="237" />
            <source>{Level} layer ({source}) was reprojected to {target} for the check.</source>
            <translation>{Level} layer ({source}) was reprojected to {target} for the check.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="240" />
            <source>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</source>
            <translation>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="245" />
            <source>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</source>
            <translation>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="251" />
            <source>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</source>
            <translation>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</translation>
        </message>
    </context>
    <context>
        <name>BoundaryService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="309" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="302" />
            <location filename="../aktionsraeume_plugin/services/messages.py" line="372" />
            <source>space</source>
            <translation>space</translation>
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
            <translation>quarter</translation>
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
            <translation>district</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="381" />
            <source>Stadtbezirke</source>
            <translation>Stadtbezirke</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="395" />
            <source>{level} key</source>
            <translation>{level} key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="402" />
            <source>every {level}</source>
            <translation>every {level}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="405" />
            <source>key</source>
            <translation>key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="407" />
            <source>intersection</source>
            <translation>intersection</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="408" />
            <source>difference</source>
            <translation>difference</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="409" />
            <source>union</source>
            <translation>union</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="101" />
            <source>Invalid geometry</source>
            <translation>Invalid geometry</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="102" />
            <source>Missing geometry</source>
            <translation>Missing geometry</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="103" />
            <source>Empty geometry</source>
            <translation>Empty geometry</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="104" />
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="105" />
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="106" />
            <source>Hole in one area</source>
            <translation>Hole in one area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="107" />
            <source>Geometry could not be processed</source>
            <translation>Geometry could not be processed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="108" />
            <source>Not inside one parent area</source>
            <translation>Not inside one parent area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="109" />
            <source>Parent key disagrees with geometry</source>
            <translation>Parent key disagrees with geometry</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="112" />
            <source>Parent area not covered</source>
            <translation>Parent area not covered</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="113" />
            <source>Duplicate key</source>
            <translation>Duplicate key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="114" />
            <source>Missing key</source>
            <translation>Missing key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="115" />
            <source>Far-away part</source>
            <translation>Far-away part</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="116" />
            <source>Sliver</source>
            <translation>Sliver</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="117" />
            <source>Key without polygon</source>
            <translation>Key without polygon</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="118" />
            <source>Polygon without key in table</source>
            <translation>Polygon without key in table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="119" />
            <source>Geographic CRS</source>
            <translation>Geographic CRS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="120" />
            <source>CRS distorts areas</source>
            <translation>CRS distorts areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="121" />
            <source>Reprojected layer</source>
            <translation>Reprojected layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="122" />
            <source>Filtered layer</source>
            <translation>Filtered layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="257" />
            <source>custom CRS</source>
            <translation>custom CRS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="264" />
            <source>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</source>
            <translation>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="269" />
            <source>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</source>
            <translation>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="274" />
            <source>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</source>
            <translation>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="384" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="300" />
            <source>The {level} layer is not valid or could not be opened.</source>
            <translation>The {level} layer is not valid or could not be opened.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="824" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="392" />
            <source>Layer '{layer}' has no field '{field}'.</source>
            <translation>Layer '{layer}' has no field '{field}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="443" />
            <source>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</source>
            <translation>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="675" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="660" />
            <source>Boundary findings</source>
            <translation>Boundary findings</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="678" />
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="667" />
            <source>Boundary finding areas</source>
            <translation>Boundary finding areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="702" />
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="706" />
            <source>{count} findings:</source>
            <translation>{count} findings:</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="818" />
            <source>The layer to repair is not valid or could not be opened.</source>
            <translation>The layer to repair is not valid or could not be opened.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="848" />
            <source>QGIS's Fix geometries failed on layer '{layer}': {error}</source>
            <translation>QGIS's Fix geometries failed on layer '{layer}': {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="856" />
            <source>{layer} (repaired)</source>
            <translation>{layer} (repaired)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="920" />
            <source>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</source>
            <translation>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="935" />
            <source>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</source>
            <translation>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="943" />
            <source>  {key}: removed (no polygon left)</source>
            <translation>  {key}: removed (no polygon left)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="949" />
            <source>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</source>
            <translation>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/boundary_service.py" line="960" />
            <source>  … and {count} more</source>
            <translation>  … and {count} more</translation>
        </message>
    </context>
    <context>
        <name>ChangeAction</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="30" />
            <source>Remove Aktionsraum</source>
            <translation>Remove Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="31" />
            <source>Add Aktionsraum</source>
            <translation>Add Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="32" />
            <source>Keep quarter as Aktionsquartier</source>
            <translation>Keep quarter as Aktionsquartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="35" />
            <source>Add Aktionsquartier</source>
            <translation>Add Aktionsquartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="36" />
            <source>Remove Aktionsquartier</source>
            <translation>Remove Aktionsquartier</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="309" />
            <source>Proposed change</source>
            <translation>Proposed change</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="320" />
            <source>Sozialraum key (for quarters)</source>
            <translation>Sozialraum key (for quarters)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="323" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="324" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="325" />
            <source>Sozialraum</source>
            <translation>Sozialraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="326" />
            <source>Rationale</source>
            <translation>Rationale</translation>
        </message>
    </context>
    <context>
        <name>CheckBoundariesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="57" />
            <source>Check boundaries</source>
            <translation>Check boundaries</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="58" />
            <source>Checks the area levels before a report is published and writes every problem as a located, explained feature.

Geometry: invalid polygons (with reason and location), missing or empty geometries, parts far from the main part, slivers. Tiling of each level: overlaps and gaps. Nesting: every quarter inside exactly one social space (and every space inside one district), the parent key agreeing with the geometry, the children covering their parent. Keys: missing or duplicated, and keys of an optional table without polygon and the reverse.

A hole inside one polygon that no other area fills is reported as a hole, not as a gap between areas; an enclave that fills a hole is accepted.

Areas, lengths and tolerances are true ground values: all levels are checked in the CRS of the social spaces if it measures true ground areas there, else (geographic CRS in degrees, Web Mercator and other distorting projections) in the UTM zone of the area; the log says which. Geometry that GEOS cannot overlay is retried with snap rounding and otherwise reported.

Outputs: Boundary findings (OUTPUT), a point at every finding, and the optional Boundary finding areas (OUTPUT_AREAS), the polygons of overlaps, gaps, holes and similar findings; both with type, severity, keys, area in m² and message. FINDINGS is the number of findings. Input layers are not changed. Invalid polygons can be repaired with QGIS's Fix geometries (native:fixgeometries).</source>
            <translation>Checks the area levels before a report is published and writes every problem as a located, explained feature.

Geometry: invalid polygons (with reason and location), missing or empty geometries, parts far from the main part, slivers. Tiling of each level: overlaps and gaps. Nesting: every quarter inside exactly one social space (and every space inside one district), the parent key agreeing with the geometry, the children covering their parent. Keys: missing or duplicated, and keys of an optional table without polygon and the reverse.

A hole inside one polygon that no other area fills is reported as a hole, not as a gap between areas; an enclave that fills a hole is accepted.

Areas, lengths and tolerances are true ground values: all levels are checked in the CRS of the social spaces if it measures true ground areas there, else (geographic CRS in degrees, Web Mercator and other distorting projections) in the UTM zone of the area; the log says which. Geometry that GEOS cannot overlay is retried with snap rounding and otherwise reported.

Outputs: Boundary findings (OUTPUT), a point at every finding, and the optional Boundary finding areas (OUTPUT_AREAS), the polygons of overlaps, gaps, holes and similar findings; both with type, severity, keys, area in m² and message. FINDINGS is the number of findings. Input layers are not changed. Invalid polygons can be repaired with QGIS's Fix geometries (native:fixgeometries).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="187" />
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="105" />
            <source>Social spaces</source>
            <translation>Social spaces</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="107" />
            <source>Social space key</source>
            <translation>Social space key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="112" />
            <source>District key of the social spaces</source>
            <translation>District key of the social spaces</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="187" />
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="119" />
            <source>Quarters</source>
            <translation>Quarters</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="123" />
            <source>Quarter key</source>
            <translation>Quarter key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="129" />
            <source>Social space key of the quarters</source>
            <translation>Social space key of the quarters</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="136" />
            <source>Districts</source>
            <translation>Districts</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="140" />
            <source>District key</source>
            <translation>District key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="146" />
            <source>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</source>
            <translation>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="155" />
            <source>Share of a quarter's area that must lie in one social space (%)</source>
            <translation>Share of a quarter's area that must lie in one social space (%)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="163" />
            <source>Sliver area (m²): smaller polygons or parts are reported</source>
            <translation>Sliver area (m²): smaller polygons or parts are reported</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="170" />
            <source>Distance (m) beyond which a part is far from its main part</source>
            <translation>Distance (m) beyond which a part is far from its main part</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="177" />
            <source>Table whose keys must match the polygons</source>
            <translation>Table whose keys must match the polygons</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="182" />
            <source>Key field of the table</source>
            <translation>Key field of the table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="186" />
            <source>Level of the table's keys</source>
            <translation>Level of the table's keys</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="196" />
            <source>Boundary findings</source>
            <translation>Boundary findings</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="202" />
            <source>Boundary finding areas</source>
            <translation>Boundary finding areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="208" />
            <source>Number of findings</source>
            <translation>Number of findings</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="217" />
            <source>Choose the key field of layer '{layer}'.</source>
            <translation>Choose the key field of layer '{layer}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="225" />
            <source>The social spaces layer could not be opened.</source>
            <translation>The social spaces layer could not be opened.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="233" />
            <source>Choose the key field of the table.</source>
            <translation>Choose the key field of the table.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="237" />
            <source>The table's keys are quarter keys, but no quarters are given.</source>
            <translation>The table's keys are quarter keys, but no quarters are given.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="246" />
            <source>Reading the layers…</source>
            <translation>Reading the layers…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="258" />
            <source>Cancelled: the findings are incomplete.</source>
            <translation>Cancelled: the findings are incomplete.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/check_boundaries.py" line="286" />
            <source>… and {count} more (see the output layers).</source>
            <translation>… and {count} more (see the output layers).</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="40" />
            <source>Aktionsräume: export the city map of action spaces without opening QGIS.</source>
            <translation>Aktionsräume: export the city map of action spaces without opening QGIS.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="47" />
            <source>language of the map texts: de (default) or en</source>
            <translation>language of the map texts: de (default) or en</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="53" />
            <source>export the map of Aktionsräume and Aktionsquartiere</source>
            <translation>export the map of Aktionsräume and Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="54" />
            <source>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</source>
            <translation>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="148" />
            <location filename="../aktionsraeume_plugin/cli.py" line="63" />
            <source>use the embedded sample 'Dortmund 2020'</source>
            <translation>use the embedded sample 'Dortmund 2020'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="153" />
            <location filename="../aktionsraeume_plugin/cli.py" line="68" />
            <source>use a QGIS project set up in the panel</source>
            <translation>use a QGIS project set up in the panel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="159" />
            <location filename="../aktionsraeume_plugin/cli.py" line="74" />
            <source>scenario file (default: the one of the project/sample)</source>
            <translation>scenario file (default: the one of the project/sample)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="82" />
            <source>output format; repeat for several (default: from the file name of --out)</source>
            <translation>output format; repeat for several (default: from the file name of --out)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="89" />
            <source>resolution of PNG (default 300 for print; 150 is enough for the web)</source>
            <translation>resolution of PNG (default 300 for print; 150 is enough for the web)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="97" />
            <source>the map, or the current list and the scenario side by side (comparison)</source>
            <translation>the map, or the current list and the scenario side by side (comparison)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="104" />
            <source>A4 page orientation of the map (default: as in the project, else landscape)</source>
            <translation>A4 page orientation of the map (default: as in the project, else landscape)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="186" />
            <location filename="../aktionsraeume_plugin/cli.py" line="111" />
            <source>rebuild the layout from the template instead of using the project's</source>
            <translation>rebuild the layout from the template instead of using the project's</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="202" />
            <location filename="../aktionsraeume_plugin/cli.py" line="120" />
            <source>output file</source>
            <translation>output file</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="207" />
            <location filename="../aktionsraeume_plugin/cli.py" line="125" />
            <source>overwrite existing files</source>
            <translation>overwrite existing files</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="193" />
            <location filename="../aktionsraeume_plugin/cli.py" line="131" />
            <source>stop with an error when the layout names a font that is not installed</source>
            <translation>stop with an error when the layout names a font that is not installed</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="138" />
            <source>export the area profiles (one A4 page per area)</source>
            <translation>export the area profiles (one A4 page per area)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="139" />
            <source>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</source>
            <translation>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="166" />
            <source>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</source>
            <translation>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="174" />
            <source>every area of the level, not only those of the scenario's list</source>
            <translation>every area of the level, not only those of the scenario's list</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="181" />
            <source>one PDF per area instead of one multi-page PDF</source>
            <translation>one PDF per area instead of one multi-page PDF</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="234" />
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="278" />
            <source>{path}: cannot tell the format from the file name; use --format.</source>
            <translation>{path}: cannot tell the format from the file name; use --format.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="283" />
            <source>--dpi must lie between 30 and 1200.</source>
            <translation>--dpi must lie between 30 and 1200.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="285" />
            <source>The comparison exists in A4 landscape only.</source>
            <translation>The comparison exists in A4 landscape only.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="353" />
            <location filename="../aktionsraeume_plugin/cli.py" line="290" />
            <source>{files} exists already; use --force to overwrite.</source>
            <translation>{files} exists already; use --force to overwrite.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="360" />
            <location filename="../aktionsraeume_plugin/cli.py" line="297" />
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} is a file, not a folder.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="366" />
            <location filename="../aktionsraeume_plugin/cli.py" line="303" />
            <source>{folder}: the folder does not exist.</source>
            <translation>{folder}: the folder does not exist.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="344" />
            <source>Warning: {message}</source>
            <translation>Warning: {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="383" />
            <source>{path}: the profiles are written as PDF (.pdf).</source>
            <translation>{path}: the profiles are written as PDF (.pdf).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="433" />
            <source>{path}: no such project file.</source>
            <translation>{path}: no such project file.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/cli.py" line="437" />
            <source>{path}: QGIS could not read the project: {reason}</source>
            <translation>{path}: QGIS could not read the project: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="47" />
            <source>The database destination '{destination}' names no table (table="schema"."name").</source>
            <translation>The database destination '{destination}' names no table (table="schema"."name").</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="93" />
            <source>The result would replace its own source table {table}; choose another table.</source>
            <translation>The result would replace its own source table {table}; choose another table.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/database.py" line="250" />
            <source>Could not write the table {table}: {error}</source>
            <translation>Could not write the table {table}: {error}</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../aktionsraeume_plugin/dependencies.py" line="44" />
            <source>Aktionsräume needs the Python packages {packages}. Install them into QGIS's Python (Debian/Ubuntu: apt install python3-pandas python3-shapely; Windows: OSGeo4W shell, python -m pip install {packages}) and restart QGIS.</source>
            <translation>Aktionsräume needs the Python packages {packages}. Install them into QGIS's Python (Debian/Ubuntu: apt install python3-pandas python3-shapely; Windows: OSGeo4W shell, python -m pip install {packages}) and restart QGIS.</translation>
        </message>
    </context>
    <context>
        <name>ExportMapAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="40" />
            <source>Export the map</source>
            <translation>Export the map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="42" />
            <source>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</source>
            <translation>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="59" />
            <source>Print layout (empty: the Aktionsräume map of the project)</source>
            <translation>Print layout (empty: the Aktionsräume map of the project)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="66" />
            <source>Template, when the map layout is made</source>
            <translation>Template, when the map layout is made</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="68" />
            <source>A4 landscape</source>
            <translation>A4 landscape</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="69" />
            <source>A4 portrait</source>
            <translation>A4 portrait</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="70" />
            <source>Comparison: current list and scenario side by side</source>
            <translation>Comparison: current list and scenario side by side</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="77" />
            <source>Reset the layout to the template</source>
            <translation>Reset the layout to the template</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="83" />
            <source>Scenario file (empty: the scenario of the project)</source>
            <translation>Scenario file (empty: the scenario of the project)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="90" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="95" />
            <source>Resolution (dpi; 300 for print, 150 for the web)</source>
            <translation>Resolution (dpi; 300 for print, 150 for the web)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="108" />
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="105" />
            <source>Map file</source>
            <translation>Map file</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="128" />
            <source>Exporting the layout '{name}'.</source>
            <translation>Exporting the layout '{name}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_map.py" line="142" />
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportProfilesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="45" />
            <source>Export the area profiles</source>
            <translation>Export the area profiles</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="47" />
            <source>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</source>
            <translation>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="63" />
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="65" />
            <source>Sozialräume and Quartiere</source>
            <translation>Sozialräume and Quartiere</translation>
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
            <translation>Which areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="77" />
            <source>The Aktionsräume and Aktionsquartiere of the scenario</source>
            <translation>The Aktionsräume and Aktionsquartiere of the scenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="78" />
            <source>All areas of the level</source>
            <translation>All areas of the level</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="86" />
            <source>Scenario file (empty: the scenario of the project)</source>
            <translation>Scenario file (empty: the scenario of the project)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="93" />
            <source>One PDF per area</source>
            <translation>One PDF per area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="98" />
            <source>Reset the layout to the template</source>
            <translation>Reset the layout to the template</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="107" />
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="104" />
            <source>Profile PDF</source>
            <translation>Profile PDF</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="131" />
            <source>Exporting {count} pages.</source>
            <translation>Exporting {count} pages.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/export_profiles.py" line="144" />
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
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
            <translation>Export map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="37" />
            <source>As in the project (A4 landscape when new)</source>
            <translation>As in the project (A4 landscape when new)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="38" />
            <source>A4 landscape</source>
            <translation>A4 landscape</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="39" />
            <source>A4 portrait</source>
            <translation>A4 portrait</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="40" />
            <source>Comparison: current list and scenario side by side</source>
            <translation>Comparison: current list and scenario side by side</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="42" />
            <source>The project's map layout is used as it was adjusted; reset it to change its orientation</source>
            <translation>The project's map layout is used as it was adjusted; reset it to change its orientation</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="46" />
            <source>PDF (print)</source>
            <translation>PDF (print)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="46" />
            <source>PNG (image)</source>
            <translation>PNG (image)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="60" />
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="61" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="62" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="63" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="64" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="67" />
            <source>Open in layout designer</source>
            <translation>Open in layout designer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="68" />
            <source>Reset to template</source>
            <translation>Reset to template</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="99" />
            <source>Aktionsräume map</source>
            <translation>Aktionsräume map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="135" />
            <source>The layout could not be opened</source>
            <translation>The layout could not be opened</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="141" />
            <source>The layout could not be reset</source>
            <translation>The layout could not be reset</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="143" />
            <source>The layout was rebuilt from the template.</source>
            <translation>The layout was rebuilt from the template.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="155" />
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="166" />
            <source>{path} exists already. Replace it?</source>
            <translation>{path} exists already. Replace it?</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="175" />
            <source>Exporting the Aktionsräume map</source>
            <translation>Exporting the Aktionsräume map</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="186" />
            <source>The map could not be exported</source>
            <translation>The map could not be exported</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="193" />
            <location filename="../aktionsraeume_plugin/ui/sections/export.py" line="192" />
            <source>Map exported to {path}</source>
            <translation>Map exported to {path}</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/fonts.py" line="101" />
            <source>“{font}” (replaced by “{substitute}”)</source>
            <translation>“{font}” (replaced by “{substitute}”)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/fonts.py" line="106" />
            <source>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</source>
            <translation>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</translation>
        </message>
    </context>
    <context>
        <name>IndexClass</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="48" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="49" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="50" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="51" />
            <source>Very low</source>
            <translation>Very low</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="52" />
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="53" />
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="54" />
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="57" />
            <source>Not classified</source>
            <translation>Not classified</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="67" />
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="79" />
            <source>Tables ({patterns});;All files (*)</source>
            <translation>Tables ({patterns});;All files (*)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="80" />
            <source>Indicator table</source>
            <translation>Indicator table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="83" />
            <source>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</source>
            <translation>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="93" />
            <source>A layer of the project whose attributes are the table (instead of a file)</source>
            <translation>A layer of the project whose attributes are the table (instead of a file)</translation>
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
            <translation>Key field of the area layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="107" />
            <source>Key column of the table</source>
            <translation>Key column of the table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="108" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="109" />
            <source>or layer</source>
            <translation>or layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="110" />
            <source>Join to</source>
            <translation>Join to</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="111" />
            <source>Layer key</source>
            <translation>Layer key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="112" />
            <source>Table key</source>
            <translation>Table key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="118" />
            <source>Reading options</source>
            <translation>Reading options</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="123" />
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="139" />
            <source>Semicolon ;</source>
            <translation>Semicolon ;</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="146" />
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="140" />
            <source>Comma ,</source>
            <translation>Comma ,</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="141" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="142" />
            <source>Pipe |</source>
            <translation>Pipe |</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="146" />
            <source>Point .</source>
            <translation>Point .</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="150" />
            <source>Automatic (-9999, -999, -99999, 99999 where they stand apart)</source>
            <translation>Automatic (-9999, -999, -99999, 99999 where they stand apart)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="151" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="157" />
            <source>Codes that mean 'no value' in number columns, e.g. -9999; -999</source>
            <translation>Codes that mean 'no value' in number columns, e.g. -9999; -999</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="159" />
            <source>First with the key</source>
            <translation>First with the key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="160" />
            <source>Sheet of a workbook (XLSX, ODS)</source>
            <translation>Sheet of a workbook (XLSX, ODS)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="161" />
            <source>Encoding</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="162" />
            <source>Delimiter</source>
            <translation>Delimiter</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="163" />
            <source>Decimal mark</source>
            <translation>Decimal mark</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="164" />
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="165" />
            <source>Missing-value codes</source>
            <translation>Missing-value codes</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="168" />
            <source>Join</source>
            <translation>Join</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="170" />
            <source>Join the table; the result is shown before it is added</source>
            <translation>Join the table; the result is shown before it is added</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="177" />
            <source>The join report appears here.</source>
            <translation>The join report appears here.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="181" />
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="183" />
            <source>Add the joined layer to the project</source>
            <translation>Add the joined layer to the project</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="184" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="190" />
            <source>Attribute table</source>
            <translation>Attribute table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="192" />
            <source>Open the attribute table of the joined layer</source>
            <translation>Open the attribute table of the joined layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="193" />
            <source>Save report…</source>
            <translation>Save report…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="325" />
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="311" />
            <source>The table could not be read</source>
            <translation>The table could not be read</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="350" />
            <source>The table could not be read.</source>
            <translation>The table could not be read.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="352" />
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="354" />
            <source>The table {name} could not be read</source>
            <translation>The table {name} could not be read</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="367" />
            <source>No column of the table shares keys with the layer.</source>
            <translation>No column of the table shares keys with the layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="372" />
            <source>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</source>
            <translation>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="385" />
            <source>The table could not be joined</source>
            <translation>The table could not be joined</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="392" />
            <source>Choose a table file or layer.</source>
            <translation>Choose a table file or layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="395" />
            <source>Choose the area layers first (Areas).</source>
            <translation>Choose the area layers first (Areas).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="398" />
            <source>Choose the key field and the key column.</source>
            <translation>Choose the key field and the key column.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="461" />
            <source>Check the report, then accept the joined layer or discard it.</source>
            <translation>Check the report, then accept the joined layer or discard it.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="466" />
            <source>The join failed; see the message bar.</source>
            <translation>The join failed; see the message bar.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="470" />
            <source>Joining {name}…</source>
            <translation>Joining {name}…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="472" />
            <source>The table {name} could not be joined</source>
            <translation>The table {name} could not be joined</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="484" />
            <source>{layer} + {table}</source>
            <translation>{layer} + {table}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="505" />
            <source>The joined layer could not be stored</source>
            <translation>The joined layer could not be stored</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="517" />
            <source>'{layer}' added ({path}, table {table}).</source>
            <translation>'{layer}' added ({path}, table {table}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="530" />
            <source>The join was discarded.</source>
            <translation>The join was discarded.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="550" />
            <source>Save join report</source>
            <translation>Save join report</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="552" />
            <source>Text (*.txt);;CSV (*.csv);;JSON (*.json)</source>
            <translation>Text (*.txt);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="565" />
            <source>The report could not be saved</source>
            <translation>The report could not be saved</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/indicators.py" line="567" />
            <source>Join report saved to {path}</source>
            <translation>Join report saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>JoinReport</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="39" />
            <source>Join of table {table} (column '{table_key}') to field '{area_key}'</source>
            <translation>Join of table {table} (column '{table_key}') to field '{area_key}'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="42" />
            <source>Read with: {options}</source>
            <translation>Read with: {options}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="43" />
            <source>Rows read: {rows}</source>
            <translation>Rows read: {rows}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="44" />
            <source>Features with a table row: {matched} of {features}</source>
            <translation>Features with a table row: {matched} of {features}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="45" />
            <source>City reference row (row {row}): {label}</source>
            <translation>City reference row (row {row}): {label}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="46" />
            <source>No city total row found.</source>
            <translation>No city total row found.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="47" />
            <source>Features without a table row ({count}): {keys}</source>
            <translation>Features without a table row ({count}): {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="50" />
            <source>Features without a key value: {count}</source>
            <translation>Features without a key value: {count}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="51" />
            <source>Table rows without a feature ({count}): {keys}</source>
            <translation>Table rows without a feature ({count}): {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="54" />
            <source>Table rows without a key ({count}): rows {rows}</source>
            <translation>Table rows without a key ({count}): rows {rows}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="57" />
            <source>Keys in several rows ({count}), combined by '{how}': {keys}</source>
            <translation>Keys in several rows ({count}), combined by '{how}': {keys}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="60" />
            <source>Values that could not be read ({count}): {cells}</source>
            <translation>Values that could not be read ({count}): {cells}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="61" />
            <source>Missing values (placeholders or empty) per column: {counts}</source>
            <translation>Missing values (placeholders or empty) per column: {counts}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="64" />
            <source>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</source>
            <translation>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="68" />
            <source>Units found in the cells (the columns hold the numbers): {units}</source>
            <translation>Units found in the cells (the columns hold the numbers): {units}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="71" />
            <source>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</source>
            <translation>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="74" />
            <source>Columns renamed because the name was taken: {renamed}</source>
            <translation>Columns renamed because the name was taken: {renamed}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="75" />
            <source>Note: {text}</source>
            <translation>Note: {text}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="76" />
            <source>{count} key(s) belong to several features, which all get the same row: {keys}.</source>
            <translation>{count} key(s) belong to several features, which all get the same row: {keys}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="79" />
            <source>{key} (row {row})</source>
            <translation>{key} (row {row})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="80" />
            <source>{key} (rows {rows})</source>
            <translation>{key} (rows {rows})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="81" />
            <source>row {row}, column '{column}': '{value}'</source>
            <translation>row {row}, column '{column}': '{value}'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="82" />
            <source>'{column}': {count}</source>
            <translation>'{column}': {count}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="83" />
            <source>'{column}': {codes}</source>
            <translation>'{column}': {codes}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="84" />
            <source>'{column}': {symbol}</source>
            <translation>'{column}': {symbol}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="85" />
            <source>'{old}' → '{new}'</source>
            <translation>'{old}' → '{new}'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="86" />
            <source>first row</source>
            <translation>first row</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="87" />
            <source>sum</source>
            <translation>sum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="88" />
            <source>mean</source>
            <translation>mean</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="89" />
            <source>… and {count} more</source>
            <translation>… and {count} more</translation>
        </message>
    </context>
    <context>
        <name>JoinService</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="142" />
            <source>The layer '{name}' is not valid.</source>
            <translation>The layer '{name}' is not valid.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="149" />
            <source>The layer '{name}' has no field '{field}'; its fields are {names}.</source>
            <translation>The layer '{name}' has no field '{field}'; its fields are {names}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="181" />
            <source>Could not copy the layer '{name}': {message}</source>
            <translation>Could not copy the layer '{name}': {message}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="197" />
            <source>The key field '{field}' of layer '{name}' could not be copied.</source>
            <translation>The key field '{field}' of layer '{name}' could not be copied.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="213" />
            <source>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</source>
            <translation>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="652" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="316" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="298" />
            <source>Could not write the joined layer to {path}: {error}</source>
            <translation>Could not write the joined layer to {path}: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="361" />
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="350" />
            <source>{path}: the joined layer cannot be opened.</source>
            <translation>{path}: the joined layer cannot be opened.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="440" />
            <source>Could not open the copy {path}.</source>
            <translation>Could not open the copy {path}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="570" />
            <source>Could not open the joined result {path}.</source>
            <translation>Could not open the joined result {path}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/join_service.py" line="680" />
            <source>{name}: the sheets cannot be listed ({error}).</source>
            <translation>{name}: the sheets cannot be listed ({error}).</translation>
        </message>
    </context>
    <context>
        <name>JoinTableAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="50" />
            <source>Join indicator table</source>
            <translation>Join indicator table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="51" />
            <source>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</source>
            <translation>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="93" />
            <source>Area layer (polygons)</source>
            <translation>Area layer (polygons)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="98" />
            <source>Key field of the areas</source>
            <translation>Key field of the areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="104" />
            <source>Indicator table (file, or a layer of the project by name or id)</source>
            <translation>Indicator table (file, or a layer of the project by name or id)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="106" />
            <source>Tables ({patterns});;All files (*)</source>
            <translation>Tables ({patterns});;All files (*)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="111" />
            <source>Key column of the table</source>
            <translation>Key column of the table</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="114" />
            <source>Sheet (workbooks; empty: first sheet)</source>
            <translation>Sheet (workbooks; empty: first sheet)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="117" />
            <source>Encoding (empty: automatic)</source>
            <translation>Encoding (empty: automatic)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="120" />
            <source>Delimiter (; , tab | — empty: automatic)</source>
            <translation>Delimiter (; , tab | — empty: automatic)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="123" />
            <source>Decimal mark (, or . — empty: automatic)</source>
            <translation>Decimal mark (, or . — empty: automatic)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="127" />
            <source>Keys in several rows</source>
            <translation>Keys in several rows</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="129" />
            <source>Error (list them)</source>
            <translation>Error (list them)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="130" />
            <source>Take the first row</source>
            <translation>Take the first row</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="131" />
            <source>Sum</source>
            <translation>Sum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="132" />
            <source>Mean</source>
            <translation>Mean</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="139" />
            <source>Pad numeric keys with leading zeros to this width (0: compare as they are)</source>
            <translation>Pad numeric keys with leading zeros to this width (0: compare as they are)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="148" />
            <source>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</source>
            <translation>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="160" />
            <source>Joined layer</source>
            <translation>Joined layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="163" />
            <source>Features with a table row</source>
            <translation>Features with a table row</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="165" />
            <source>Features without a table row</source>
            <translation>Features without a table row</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="168" />
            <source>Table rows without a feature</source>
            <translation>Table rows without a feature</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="175" />
            <source>The area layer could not be opened.</source>
            <translation>The area layer could not be opened.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="200" />
            <source>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</source>
            <translation>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="212" />
            <source>MISSING_VALUES: {error}</source>
            <translation>MISSING_VALUES: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/join_table.py" line="228" />
            <source>The decimal mark must be ',' or '.'.</source>
            <translation>The decimal mark must be ',' or '.'.</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/layers.py" line="47" />
            <source>{path} is open for editing (in QGIS or another program); close it there and try again.</source>
            <translation>{path} is open for editing (in QGIS or another program); close it there and try again.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/layers.py" line="51" />
            <source>{path} could not be written: {reason}</source>
            <translation>{path} could not be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MapExport</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="104" />
            <source>As of {date}</source>
            <translation>As of {date}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="172" />
            <source>Unknown page orientation '{value}' (landscape or portrait).</source>
            <translation>Unknown page orientation '{value}' (landscape or portrait).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="179" />
            <source>The layout template {path} is damaged.</source>
            <translation>The layout template {path} is damaged.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="188" />
            <source>The layout template {path} could not be loaded.</source>
            <translation>The layout template {path} could not be loaded.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="222" />
            <source>Could not add the layout '{name}' to the project.</source>
            <translation>Could not add the layout '{name}' to the project.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="955" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="232" />
            <source>The layout '{layout}' has no item '{item}'; reset it to the template.</source>
            <translation>The layout '{layout}' has no item '{item}'; reset it to the template.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="342" />
            <source>Stadtbezirk boundary</source>
            <translation>Stadtbezirk boundary</translation>
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
            <translation>Current list</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="486" />
            <source>With the proposed changes</source>
            <translation>With the proposed changes</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="516" />
            <source>Unknown map variant '{value}' (landscape, portrait or comparison).</source>
            <translation>Unknown map variant '{value}' (landscape, portrait or comparison).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="525" />
            <source>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</source>
            <translation>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="78" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="602" />
            <source>{path}: unknown export format '{fmt}' (pdf, png or svg).</source>
            <translation>{path}: unknown export format '{fmt}' (pdf, png or svg).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1012" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="671" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="608" />
            <source>{path} exists already; allow overwriting to replace it.</source>
            <translation>{path} exists already; allow overwriting to replace it.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="614" />
            <source>{path} is a folder, not a file name.</source>
            <translation>{path} is a folder, not a file name.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="996" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="619" />
            <source>{folder}: the folder does not exist.</source>
            <translation>{folder}: the folder does not exist.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1027" />
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="645" />
            <source>{path}: could not be written: {reason}.</source>
            <translation>{path}: could not be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="684" />
            <source>{folder}: no permission to write in this folder.</source>
            <translation>{folder}: no permission to write in this folder.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="692" />
            <source>{path}: export cancelled.</source>
            <translation>{path}: export cancelled.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="743" />
            <source>the file could not be written (disk full or no permission?)</source>
            <translation>the file could not be written (disk full or no permission?)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="746" />
            <source>not enough memory for this resolution</source>
            <translation>not enough memory for this resolution</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="749" />
            <source>the PDF could not be created</source>
            <translation>the PDF could not be created</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="752" />
            <source>the SVG layers could not be created</source>
            <translation>the SVG layers could not be created</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="755" />
            <source>the atlas could not be prepared</source>
            <translation>the atlas could not be prepared</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="758" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_export.py" line="760" />
            <source>{path}: export failed: {reason}.</source>
            <translation>{path}: export failed: {reason}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="89" />
            <source>The resolution must lie between {low} and {high} dpi.</source>
            <translation>The resolution must lie between {low} and {high} dpi.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="124" />
            <source>The project has no print layout called '{name}'.</source>
            <translation>The project has no print layout called '{name}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/map_service.py" line="132" />
            <source>There is no Aktionsräume set-up to make the map from.</source>
            <translation>There is no Aktionsräume set-up to make the map from.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="35" />
            <source>{items} and {last}</source>
            <translation>{items} and {last}</translation>
        </message>
    </context>
    <context>
        <name>PanelController</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="45" />
            <source>Switch '{change}'</source>
            <translation>Switch '{change}'</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="193" />
            <source>Choose the Sozialraum layer first.</source>
            <translation>Choose the Sozialraum layer first.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="202" />
            <source>Aktionsplan Soziale Stadt</source>
            <translation>Aktionsplan Soziale Stadt</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="203" />
            <source>Aktionsräume and Aktionsquartiere</source>
            <translation>Aktionsräume and Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="205" />
            <source>Data: statistics office</source>
            <translation>Data: statistics office</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="220" />
            <source>There is no scenario yet: load the sample or assess the areas.</source>
            <translation>There is no scenario yet: load the sample or assess the areas.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="266" />
            <source>The stored scenario was not loaded</source>
            <translation>The stored scenario was not loaded</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/controller.py" line="313" />
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="179" />
            <source>The project names no indicator catalogue; choose one in the panel's assessment section.</source>
            <translation>The project names no indicator catalogue; choose one in the panel's assessment section.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="201" />
            <source>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</source>
            <translation>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="361" />
            <source>pp</source>
            <translation>pp</translation>
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
            <translation>Candidate</translation>
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
            <translation>{label} {value} above the threshold of {limit}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="383" />
            <source>{label} {value} below the threshold of {limit}</source>
            <translation>{label} {value} below the threshold of {limit}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="407" />
            <source>{worse} of {valid} indicators worse than the city</source>
            <translation>{worse} of {valid} indicators worse than the city</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="414" />
            <source>Added because: {facts}.</source>
            <translation>Added because: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="422" />
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="415" />
            <source>Assessment: {facts}.</source>
            <translation>Assessment: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="416" />
            <source>Removed because: {facts}.</source>
            <translation>Removed because: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="419" />
            <source>Aktionsquartier because: {facts}.</source>
            <translation>Aktionsquartier because: {facts}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="433" />
            <source>Change in the scenario: {action}</source>
            <translation>Change in the scenario: {action}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="447" />
            <source>Status under the scenario “{scenario}”: {status}</source>
            <translation>Status under the scenario “{scenario}”: {status}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="450" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="456" />
            <source>Status index {index} ({cls}); positive = worse than the average area</source>
            <translation>Status index {index} ({cls}); positive = worse than the average area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="800" />
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="483" />
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="603" />
            <source>Profile areas</source>
            <translation>Profile areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="608" />
            <source>Profile indicators</source>
            <translation>Profile indicators</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="620" />
            <source>Stadtbezirk {name}</source>
            <translation>Stadtbezirk {name}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="659" />
            <source>worse</source>
            <translation>worse</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="661" />
            <source>better</source>
            <translation>better</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="727" />
            <source>This area</source>
            <translation>This area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="797" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="798" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="799" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="801" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="802" />
            <source>Compared with the city</source>
            <translation>Compared with the city</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="803" />
            <source>z</source>
            <translation>z</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="804" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="887" />
            <source>Area profile</source>
            <translation>Area profile</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="901" />
            <source>Indicators compared with the city</source>
            <translation>Indicators compared with the city</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="902" />
            <source>Area and city per indicator</source>
            <translation>Area and city per indicator</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="903" />
            <source>Location in the city</source>
            <translation>Location in the city</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/profile_export.py" line="1004" />
            <source>{path}: there is no area to make a profile of.</source>
            <translation>{path}: there is no area to make a profile of.</translation>
        </message>
    </context>
    <context>
        <name>ProfilesSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="31" />
            <source>Area profiles</source>
            <translation>Area profiles</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="36" />
            <source>Aktionsräume and Aktionsquartiere of the scenario</source>
            <translation>Aktionsräume and Aktionsquartiere of the scenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="37" />
            <source>Selected areas</source>
            <translation>Selected areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="38" />
            <source>All areas of the level</source>
            <translation>All areas of the level</translation>
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
            <translation>One PDF per area</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="52" />
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="53" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="55" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="58" />
            <source>Open in layout designer</source>
            <translation>Open in layout designer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="120" />
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="59" />
            <source>Export area profiles</source>
            <translation>Export area profiles</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="114" />
            <source>The layout could not be opened</source>
            <translation>The layout could not be opened</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="122" />
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="127" />
            <source>The area profiles could not be made</source>
            <translation>The area profiles could not be made</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="140" />
            <source>{path} exists already. Replace it?</source>
            <translation>{path} exists already. Replace it?</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="150" />
            <source>Exporting {count} pages …</source>
            <translation>Exporting {count} pages …</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="150" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="165" />
            <source>The area profiles could not be exported</source>
            <translation>The area profiles could not be exported</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/profiles.py" line="171" />
            <source>{count} area profiles exported to {path}</source>
            <translation>{count} area profiles exported to {path}</translation>
        </message>
    </context>
    <context>
        <name>ProjectState</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="68" />
            <source>scenario stored in the project</source>
            <translation>scenario stored in the project</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="72" />
            <source>The scenario stored in this project was not loaded: {error}</source>
            <translation>The scenario stored in this project was not loaded: {error}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="111" />
            <source>The layer configuration stored in this project is damaged ({error}).</source>
            <translation>The layer configuration stored in this project is damaged ({error}).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="117" />
            <source>The layer configuration stored in this project is damaged (not an object).</source>
            <translation>The layer configuration stored in this project is damaged (not an object).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/project_state.py" line="172" />
            <source>The scenario file was not loaded: {error}</source>
            <translation>The scenario file was not loaded: {error}</translation>
        </message>
    </context>
    <context>
        <name>ProposalsSection</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="39" />
            <source>List and proposals</source>
            <translation>List and proposals</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="51" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="53" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="60" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="61" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="62" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="72" />
            <source>Open scenario…</source>
            <translation>Open scenario…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="73" />
            <source>Save scenario…</source>
            <translation>Save scenario…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="74" />
            <source>Export list…</source>
            <translation>Export list…</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="75" />
            <source>The list and the before/after comparison as CSV or XLSX</source>
            <translation>The list and the before/after comparison as CSV or XLSX</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="116" />
            <source>No scenario yet: load the sample, or assess the areas and propose changes.</source>
            <translation>No scenario yet: load the sample, or assess the areas and propose changes.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="135" />
            <source>Baseline: {count} Aktionsräume ({names}).</source>
            <translation>Baseline: {count} Aktionsräume ({names}).</translation>
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
            <translation>New: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="175" />
            <source>No longer: {names}</source>
            <translation>No longer: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="176" />
            <source>Aktionsquartiere: {names}</source>
            <translation>Aktionsquartiere: {names}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="180" />
            <source>Population covered: {before} → {after}</source>
            <translation>Population covered: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="218" />
            <source>Edit change</source>
            <translation>Edit change</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="218" />
            <source>Add change</source>
            <translation>Add change</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="224" />
            <source>Remove change</source>
            <translation>Remove change</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="255" />
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="245" />
            <source>Open scenario</source>
            <translation>Open scenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="260" />
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="245" />
            <source>Scenario (*.json)</source>
            <translation>Scenario (*.json)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="257" />
            <source>The scenario was not opened</source>
            <translation>The scenario was not opened</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="260" />
            <source>Save scenario</source>
            <translation>Save scenario</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="266" />
            <source>The scenario was not saved</source>
            <translation>The scenario was not saved</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="268" />
            <source>Scenario saved to {path}</source>
            <translation>Scenario saved to {path}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="272" />
            <source>Export list</source>
            <translation>Export list</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="273" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="294" />
            <source>The list was not exported</source>
            <translation>The list was not exported</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/proposals.py" line="296" />
            <source>List exported to {path}</source>
            <translation>List exported to {path}</translation>
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
            <translation>{label} {value:.1f}{unit} (city {reference:.1f}{unit})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="173" />
            <source>status index {value:.2f} ({class_name})</source>
            <translation>status index {value:.2f} ({class_name})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="174" />
            <source>{worse} of {valid} indicators below the city average</source>
            <translation>{worse} of {valid} indicators below the city average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="177" />
            <source>quarter still with {worse} of {valid} indicators below the city average</source>
            <translation>quarter still with {worse} of {valid} indicators below the city average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="180" />
            <source>only {worse} of {valid} indicators still below the city average</source>
            <translation>only {worse} of {valid} indicators still below the city average</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="183" />
            <source>{count}: {indicators}</source>
            <translation>{count}: {indicators}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="184" />
            <source>{count}, including {indicators}</source>
            <translation>{count}, including {indicators}</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="185" />
            <source>{count}, no threshold exceeded</source>
            <translation>{count}, no threshold exceeded</translation>
        </message>
    </context>
    <context>
        <name>RepairBoundariesAlgorithm</name>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="28" />
            <source>Repair boundaries</source>
            <translation>Repair boundaries</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="29" />
            <source>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</source>
            <translation>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="47" />
            <source>Area layer</source>
            <translation>Area layer</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="50" />
            <source>Key field</source>
            <translation>Key field</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="53" />
            <source>Repaired areas</source>
            <translation>Repaired areas</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="56" />
            <source>Changed features</source>
            <translation>Changed features</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/processing/repair_boundaries.py" line="57" />
            <source>Invalid polygons afterwards</source>
            <translation>Invalid polygons afterwards</translation>
        </message>
    </context>
    <context>
        <name>ResultStorage</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/result_storage.py" line="29" />
            <source>Aktionsräume – results</source>
            <translation>Aktionsräume – results</translation>
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
            <translation>Aktionsräume and Aktionsquartiere – revision 2020</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="55" />
            <source>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</source>
            <translation>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="59" />
            <source>Sample data: synthetic geometry, not the official boundaries.</source>
            <translation>Sample data: synthetic geometry, not the official boundaries.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="96" />
            <source>Aktionsräume – Aktionsräume and Aktionsquartiere</source>
            <translation>Aktionsräume – Aktionsräume and Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="113" />
            <source>Aktionsräume – sample Dortmund 2020</source>
            <translation>Aktionsräume – sample Dortmund 2020</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/sample_project.py" line="115" />
            <source>Source layers (read-only)</source>
            <translation>Source layers (read-only)</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <location filename="../aktionsraeume_plugin/ui/sections/base.py" line="44" />
            <source>{message}

Export with the replacement fonts?</source>
            <translation>{message}

Export with the replacement fonts?</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="18" />
            <source>Remains Aktionsraum</source>
            <translation>Remains Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="19" />
            <source>New Aktionsraum</source>
            <translation>New Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="20" />
            <source>No longer Aktionsraum</source>
            <translation>No longer Aktionsraum</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="21" />
            <source>Aktionsquartier</source>
            <translation>Aktionsquartier</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="22" />
            <source>None</source>
            <translation>None</translation>
        </message>
    </context>
    <context>
        <name>StatusLayers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="64" />
            <source>Layer '{layer}' has no field '{field}'.</source>
            <translation>Layer '{layer}' has no field '{field}'.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="125" />
            <source>Sozialräume – status</source>
            <translation>Sozialräume – status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="126" />
            <source>Quartiere – Aktionsquartiere</source>
            <translation>Quartiere – Aktionsquartiere</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="156" />
            <source>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</source>
            <translation>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/status_layers.py" line="204" />
            <source>Could not update the statuses of layer '{layer}'.</source>
            <translation>Could not update the statuses of layer '{layer}'.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="65" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="66" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="67" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="68" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="69" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="70" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="71" />
            <source>Rationale</source>
            <translation>Rationale</translation>
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
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="75" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="76" />
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="77" />
            <source>Difference</source>
            <translation>Difference</translation>
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
            <translation>Population covered</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="81" />
            <source>Aktionsräume (names)</source>
            <translation>Aktionsräume (names)</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/labels.py" line="82" />
            <source>Aktionsquartiere (names)</source>
            <translation>Aktionsquartiere (names)</translation>
        </message>
    </context>
    <context>
        <name>TableLayers</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="93" />
            <source>The layer '{name}' is not a vector layer or table.</source>
            <translation>The layer '{name}' is not a vector layer or table.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="107" />
            <source>{source}: cannot be opened as a table.</source>
            <translation>{source}: cannot be opened as a table.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="122" />
            <source>The table layer '{name}' is not valid.</source>
            <translation>The table layer '{name}' is not valid.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="162" />
            <source>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</source>
            <translation>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/table_layers.py" line="173" />
            <source>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</source>
            <translation>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</translation>
        </message>
    </context>
    <context>
        <name>TableRead</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="93" />
            <source>The file is not UTF-8 throughout; it was read as {encoding}.</source>
            <translation>The file is not UTF-8 throughout; it was read as {encoding}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="96" />
            <source>{count} row(s) without a key in column '{column}': rows {rows}.</source>
            <translation>{count} row(s) without a key in column '{column}': rows {rows}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="99" />
            <source>Further total rows (subtotals) were left out: rows {rows}.</source>
            <translation>Further total rows (subtotals) were left out: rows {rows}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="102" />
            <source>City total row '{label}' found in row {row}; it is not joined to any area.</source>
            <translation>City total row '{label}' found in row {row}; it is not joined to any area.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="105" />
            <source>{where}, column '{column}': cells with different units: {units}.</source>
            <translation>{where}, column '{column}': cells with different units: {units}.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="108" />
            <source>'{symbol}' ({count})</source>
            <translation>'{symbol}' ({count})</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="109" />
            <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</source>
            <translation>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/messages.py" line="115" />
            <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</source>
            <translation>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="81" />
            <source>The {what} layer of the Aktionsräume set-up is missing from the project.</source>
            <translation>The {what} layer of the Aktionsräume set-up is missing from the project.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="100" />
            <source>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</source>
            <translation>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="110" />
            <source>This project holds no scenario.</source>
            <translation>This project holds no scenario.</translation>
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
            <translation>The set-up names no Sozialraum layer.</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="130" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../aktionsraeume_plugin/services/workspace.py" line="137" />
            <source>Aktionsquartier</source>
            <translation>Aktionsquartier</translation>
        </message>
    </context>
</TS>

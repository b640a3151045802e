<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AktionsraeumeAlgorithm</name>
    <message>
      <source>Tables</source>
      <translation>Tables</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Boundaries</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Map</translation>
    </message>
    <message>
      <source>Parameter {name} ('{label}') is empty: choose the key field of layer '{layer}'.</source>
      <translation>Parameter {name} ('{label}') is empty: choose the key field of layer '{layer}'.</translation>
    </message>
    <message>
      <source>Indicator catalogue (TOML)</source>
      <translation>Indicator catalogue (TOML)</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml)</source>
      <translation>Indicator catalogue (*.toml)</translation>
    </message>
    <message>
      <source>Comparison with the city average</source>
      <translation>Comparison with the city average</translation>
    </message>
    <message>
      <source>Standardised index</source>
      <translation>Standardised index</translation>
    </message>
    <message>
      <source>Scenario file (empty: the scenario of the project)</source>
      <translation>Scenario file (empty: the scenario of the project)</translation>
    </message>
    <message>
      <source>Reset the layout to the template</source>
      <translation>Reset the layout to the template</translation>
    </message>
    <message>
      <source>Stop when the layout names a font that is not installed</source>
      <translation>Stop when the layout names a font that is not installed</translation>
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
      <translation>Join indicators to Sozialräume and Quartiere, review the list of Aktionsräume, export the map.</translation>
    </message>
    <message>
      <source>Step of the work</source>
      <translation>Step of the work</translation>
    </message>
    <message>
      <source>Previous step</source>
      <translation>Previous step</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Stop the work running in the background; nothing of it is applied</source>
      <translation>Stop the work running in the background; nothing of it is applied</translation>
    </message>
  </context>
  <context>
    <name>AktionsraeumePlugin</name>
    <message>
      <source>Aktionsräume panel</source>
      <translation>Aktionsräume panel</translation>
    </message>
    <message>
      <source>Show or hide the Aktionsräume panel</source>
      <translation>Show or hide the Aktionsräume panel</translation>
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
      <translation>Areas</translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>Load sample data</translation>
    </message>
    <message>
      <source>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</source>
      <translation>Synthetic city with 39 Sozialräume, indicator tables and the 2020 scenario</translation>
    </message>
    <message>
      <source>Dortmund 2020 (synthetic, press release)</source>
      <translation>Dortmund 2020 (synthetic, press release)</translation>
    </message>
    <message>
      <source>Dortmund Statistikatlas (real data 2018 and 2024)</source>
      <translation>Dortmund Statistikatlas (real data 2018 and 2024)</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Key</translation>
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
      <translation>Stadtbezirk key</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>Sozialraum key</source>
      <translation>Sozialraum key</translation>
    </message>
    <message>
      <source>Stadtbezirke</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>Use these layers</source>
      <translation>Use these layers</translation>
    </message>
    <message>
      <source>Guessing the area layers failed</source>
      <translation>Guessing the area layers failed</translation>
    </message>
    <message>
      <source>The sample data could not be loaded</source>
      <translation>The sample data could not be loaded</translation>
    </message>
    <message>
      <source>Sample 'Dortmund Statistikatlas' loaded: {count} Unterbezirke below the city average.</source>
      <translation>Sample 'Dortmund Statistikatlas' loaded: {count} Unterbezirke below the city average.</translation>
    </message>
    <message>
      <source>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</source>
      <translation>Sample 'Dortmund 2020' loaded with the scenario '{name}'.</translation>
    </message>
    <message>
      <source>Choose the Sozialraum layer and its key field.</source>
      <translation>Choose the Sozialraum layer and its key field.</translation>
    </message>
    <message>
      <source>These layers cannot be used</source>
      <translation>These layers cannot be used</translation>
    </message>
    <message>
      <source>{count} Sozialräume ready.</source>
      <translation>{count} Sozialräume ready.</translation>
    </message>
  </context>
  <context>
    <name>AssessAlgorithm</name>
    <message>
      <source>Assess areas</source>
      <translation>Assess areas</translation>
    </message>
    <message>
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
      <source>Joined area layer</source>
      <translation>Joined area layer</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Area key field (names areas in messages)</source>
      <translation>Area key field (names areas in messages)</translation>
    </message>
    <message>
      <source>Indicator table with the city total row (reference values)</source>
      <translation>Indicator table with the city total row (reference values)</translation>
    </message>
    <message>
      <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
      <translation>Tables (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
      <source>Assessed areas</source>
      <translation>Assessed areas</translation>
    </message>
    <message>
      <source>Areas below average</source>
      <translation>Areas below average</translation>
    </message>
    <message>
      <source>The input layer</source>
      <translation>The input layer</translation>
    </message>
    <message>
      <source>{count} areas below average.</source>
      <translation>{count} areas below average.</translation>
    </message>
  </context>
  <context>
    <name>Assessment</name>
    <message>
      <source>Area '{area}', column '{column}': '{value}' is not a number (allowed placeholders for suppressed values: '.', '-').</source>
      <translation>Area '{area}', column '{column}': '{value}' is not a number (allowed placeholders for suppressed values: '.', '-').</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} is not a number.</source>
      <translation>Area '{area}', column '{column}': {value} is not a number.</translation>
    </message>
    <message>
      <source>The total row '{label}' has no column '{column}'.</source>
      <translation>The total row '{label}' has no column '{column}'.</translation>
    </message>
    <message>
      <source>The table has no key column '{column}'.</source>
      <translation>The table has no key column '{column}'.</translation>
    </message>
    <message>
      <source>Row {row} has no area key in column '{column}'.</source>
      <translation>Row {row} has no area key in column '{column}'.</translation>
    </message>
    <message>
      <source>Area key(s) {keys} occur more than once in column '{column}'.</source>
      <translation>Area key(s) {keys} occur more than once in column '{column}'.</translation>
    </message>
    <message>
      <source>Unknown assessment method '{method}' (use '{average}' or '{index}').</source>
      <translation>Unknown assessment method '{method}' (use '{average}' or '{index}').</translation>
    </message>
    <message>
      <source>The development classes need two ascending break points (e.g. -1, 1), not {breaks}.</source>
      <translation>The development classes need two ascending break points (e.g. -1, 1), not {breaks}.</translation>
    </message>
    <message>
      <source>{table}: no key column '{column}'.</source>
      <translation>{table}: no key column '{column}'.</translation>
    </message>
    <message>
      <source>No status indicator of the catalogue is a column of both {later} and {earlier}.</source>
      <translation>No status indicator of the catalogue is a column of both {later} and {earlier}.</translation>
    </message>
    <message>
      <source>the later table</source>
      <translation>the later table</translation>
    </message>
    <message>
      <source>the earlier table</source>
      <translation>the earlier table</translation>
    </message>
    <message>
      <source>the later layer</source>
      <translation>the later layer</translation>
    </message>
    <message>
      <source>{count} indicators compared: {ids}.</source>
      <translation>{count} indicators compared: {ids}.</translation>
    </message>
    <message>
      <source>Areas only in {table} ({count}): {items}.</source>
      <translation>Areas only in {table} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Indicators only in {table} ({count}): {items}.</source>
      <translation>Indicators only in {table} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Indicators in neither table: {items}.</source>
      <translation>Indicators in neither table: {items}.</translation>
    </message>
    <message>
      <source>Development: {note}</source>
      <translation>Development: {note}</translation>
    </message>
    <message>
      <source>{file}: no city total row found (looked for {labels}).</source>
      <translation>{file}: no city total row found (looked for {labels}).</translation>
    </message>
    <message>
      <source>No key field of the later layer matches a column of the earlier table; choose the key fields.</source>
      <translation>No key field of the later layer matches a column of the earlier table; choose the key fields.</translation>
    </message>
    <message>
      <source>Unknown selection '{selection}' (use {known}).</source>
      <translation>Unknown selection '{selection}' (use {known}).</translation>
    </message>
    <message>
      <source>Unknown area level '{level}' (use {known}).</source>
      <translation>Unknown area level '{level}' (use {known}).</translation>
    </message>
    <message>
      <source>No area to make a profile of (level '{level}', selection '{selection}').</source>
      <translation>No area to make a profile of (level '{level}', selection '{selection}').</translation>
    </message>
    <message>
      <source>City reference: the table's total row '{label}'.</source>
      <translation>City reference: the table's total row '{label}'.</translation>
    </message>
    <message>
      <source>City reference: the mean weighted by '{column}'.</source>
      <translation>City reference: the mean weighted by '{column}'.</translation>
    </message>
    <message>
      <source>City reference: the plain mean of the areas.</source>
      <translation>City reference: the plain mean of the areas.</translation>
    </message>
    <message>
      <source>{count} missing values skipped (area/indicator): {pairs}.</source>
      <translation>{count} missing values skipped (area/indicator): {pairs}.</translation>
    </message>
    <message>
      <source>{area}/{indicator}</source>
      <translation>{area}/{indicator}</translation>
    </message>
    <message>
      <source>{count} areas unclassified: {areas}.</source>
      <translation>{count} areas unclassified: {areas}.</translation>
    </message>
    <message>
      <source>No city reference for indicator(s) {indicators}; they are not compared.</source>
      <translation>No city reference for indicator(s) {indicators}; they are not compared.</translation>
    </message>
    <message>
      <source>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</source>
      <translation>Indicator '{indicator}' has the same value in every assessed area; its z-score is 0.</translation>
    </message>
    <message>
      <source>The composite index has no spread over the assessed areas; every index is 0.</source>
      <translation>The composite index has no spread over the assessed areas; every index is 0.</translation>
    </message>
    <message>
      <source>Dynamik: {note}</source>
      <translation>Dynamik: {note}</translation>
    </message>
    <message>
      <source>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</source>
      <translation>Minimum population {minimum:g} not applied: the table has no population column '{column}'.</translation>
    </message>
    <message>
      <source>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</source>
      <translation>Area '{area}': population {population:g} below the minimum {minimum:g}; left unclassified.</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} is a missing-value code; left out.</source>
      <translation>Area '{area}', column '{column}': {value} is a missing-value code; left out.</translation>
    </message>
    <message>
      <source>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</source>
      <translation>Area '{area}', column '{column}': {value} lies far outside the other values; it looks like a code, not a measurement, and is left out of the assessment.</translation>
    </message>
    <message>
      <source>Area '{area}': no status indicator has a value; left unclassified.</source>
      <translation>Area '{area}': no status indicator has a value; left unclassified.</translation>
    </message>
  </context>
  <context>
    <name>AssessmentSection</name>
    <message>
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml *.json)</source>
      <translation>Indicator catalogue (*.toml *.json)</translation>
    </message>
    <message>
      <source>Indicator catalogue</source>
      <translation>Indicator catalogue</translation>
    </message>
    <message>
      <source>Which columns are indicators, their domain and direction, the rule for 'below average'</source>
      <translation>Which columns are indicators, their domain and direction, the rule for 'below average'</translation>
    </message>
    <message>
      <source>City average</source>
      <translation>City average</translation>
    </message>
    <message>
      <source>Comparison with the city average: per indicator better or worse than the city value; counts per domain</source>
      <translation>Comparison with the city average: per indicator better or worse than the city value; counts per domain</translation>
    </message>
    <message>
      <source>Status index</source>
      <translation>Status index</translation>
    </message>
    <message>
      <source>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</source>
      <translation>Standardised status index: z-scores signed by direction and summed, standardised again, in classes</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Assess</source>
      <translation>Assess</translation>
    </message>
    <message>
      <source>Assess every level with joined indicators</source>
      <translation>Assess every level with joined indicators</translation>
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
      <translation>Red: worse than the city, blue: better; the middle class holds the city value</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Colour map by</source>
      <translation>Colour map by</translation>
    </message>
    <message>
      <source>Table in its own window</source>
      <translation>Table in its own window</translation>
    </message>
    <message>
      <source>The area table in a window of its own, as wide as you like</source>
      <translation>The area table in a window of its own, as wide as you like</translation>
    </message>
    <message>
      <source>Propose changes</source>
      <translation>Propose changes</translation>
    </message>
    <message>
      <source>Layer fields</source>
      <translation>Layer fields</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>None yet (first list)</source>
      <translation>None yet (first list)</translation>
    </message>
    <message>
      <source>Field marking today's Aktionsräume (1, ja, x)</source>
      <translation>Field marking today's Aktionsräume (1, ja, x)</translation>
    </message>
    <message>
      <source>Field marking today's Aktionsquartiere (1, ja, x)</source>
      <translation>Field marking today's Aktionsquartiere (1, ja, x)</translation>
    </message>
    <message>
      <source>Scenario or list (*.json)</source>
      <translation>Scenario or list (*.json)</translation>
    </message>
    <message>
      <source>Current list</source>
      <translation>Current list</translation>
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
      <translation>Compare the current list with the assessment; the changes appear as switches below</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue (TOML).</source>
      <translation>Choose an indicator catalogue (TOML).</translation>
    </message>
    <message>
      <source>Not usable: {error}</source>
      <translation>Not usable: {error}</translation>
    </message>
    <message>
      <source>The catalogue could not be read</source>
      <translation>The catalogue could not be read</translation>
    </message>
    <message>
      <source>'{name}': {indicators} indicators in {domains} domains.</source>
      <translation>'{name}': {indicators} indicators in {domains} domains.</translation>
    </message>
    <message>
      <source>The areas could not be assessed</source>
      <translation>The areas could not be assessed</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue.</source>
      <translation>Choose an indicator catalogue.</translation>
    </message>
    <message>
      <source>Join an indicator table to the Sozialräume first.</source>
      <translation>Join an indicator table to the Sozialräume first.</translation>
    </message>
    <message>
      <source>{layer} – assessed</source>
      <translation>{layer} – assessed</translation>
    </message>
    <message>
      <source>Layer '{layer}' could not be assessed</source>
      <translation>Layer '{layer}' could not be assessed</translation>
    </message>
    <message>
      <source>Assessing…</source>
      <translation>Assessing…</translation>
    </message>
    <message>
      <source>Assessing the areas</source>
      <translation>Assessing the areas</translation>
    </message>
    <message>
      <source>The assessment failed; see the message bar.</source>
      <translation>The assessment failed; see the message bar.</translation>
    </message>
    <message>
      <source>{below} of {count} Sozialräume below average.</source>
      <translation>{below} of {count} Sozialräume below average.</translation>
    </message>
    <message>
      <source>Assessed areas</source>
      <translation>Assessed areas</translation>
    </message>
    <message>
      <source>The map could not be coloured</source>
      <translation>The map could not be coloured</translation>
    </message>
    <message>
      <source>No changes could be proposed</source>
      <translation>No changes could be proposed</translation>
    </message>
    <message>
      <source>Assess the Sozialräume first.</source>
      <translation>Assess the Sozialräume first.</translation>
    </message>
    <message>
      <source>Proposals from the assessment of {date}</source>
      <translation>Proposals from the assessment of {date}</translation>
    </message>
    <message>
      <source>{count} changes proposed; switch them on and off under 'List and proposals'.</source>
      <translation>{count} changes proposed; switch them on and off under 'List and proposals'.</translation>
    </message>
    <message>
      <source>Choose the file with the current list.</source>
      <translation>Choose the file with the current list.</translation>
    </message>
    <message>
      <source>Choose the field that marks today's Aktionsräume.</source>
      <translation>Choose the field that marks today's Aktionsräume.</translation>
    </message>
  </context>
  <context>
    <name>AssessmentService</name>
    <message>
      <source>Layer '{name}'</source>
      <translation>Layer '{name}'</translation>
    </message>
    <message>
      <source>Layer '{name}' holds columns of the catalogue twice ({columns}): a table was joined on top of an earlier one. Remove the earlier joins and join the right table again.</source>
      <translation>Layer '{name}' holds columns of the catalogue twice ({columns}): a table was joined on top of an earlier one. Remove the earlier joins and join the right table again.</translation>
    </message>
    <message>
      <source>Layer '{name}' has no field '{field}'.</source>
      <translation>Layer '{name}' has no field '{field}'.</translation>
    </message>
    <message>
      <source>{name} (assessed)</source>
      <translation>{name} (assessed)</translation>
    </message>
  </context>
  <context>
    <name>AssessmentView</name>
    <message>
      <source>total row {label}</source>
      <translation>total row {label}</translation>
    </message>
    <message>
      <source>mean weighted by '{label}'</source>
      <translation>mean weighted by '{label}'</translation>
    </message>
    <message>
      <source>plain mean of the areas</source>
      <translation>plain mean of the areas</translation>
    </message>
    <message>
      <source>Method: standardised status index (z-scores, positive = worse); class edges {breaks}; flagged classes: {classes}.</source>
      <translation>Method: standardised status index (z-scores, positive = worse); class edges {breaks}; flagged classes: {classes}.</translation>
    </message>
    <message>
      <source>Method: comparison with the city average; reference: {reference}. Below average: {rule}.</source>
      <translation>Method: comparison with the city average; reference: {reference}. Below average: {rule}.</translation>
    </message>
    <message>
      <source>at least {k} of {n} indicators worse</source>
      <translation>at least {k} of {n} indicators worse</translation>
    </message>
    <message>
      <source>a threshold rule holds</source>
      <translation>a threshold rule holds</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} or {second}</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Name of the area</source>
      <translation>Name of the area</translation>
    </message>
    <message>
      <source>Index</source>
      <translation>Index</translation>
    </message>
    <message>
      <source>Status index (positive = worse than the city)</source>
      <translation>Status index (positive = worse than the city)</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Class</translation>
    </message>
    <message>
      <source>Class of the status index</source>
      <translation>Class of the status index</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>Worse</translation>
    </message>
    <message>
      <source>Indicators worse than the city value / indicators with a value</source>
      <translation>Indicators worse than the city value / indicators with a value</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Threshold</translation>
    </message>
    <message>
      <source>Indicators whose threshold rule holds</source>
      <translation>Indicators whose threshold rule holds</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Below</translation>
    </message>
    <message>
      <source>Below the city average by the method's rule</source>
      <translation>Below the city average by the method's rule</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>Worse than the city: {indicators}</source>
      <translation>Worse than the city: {indicators}</translation>
    </message>
    <message>
      <source>Status index</source>
      <translation>Status index</translation>
    </message>
    <message>
      <source>Indicators worse (all domains)</source>
      <translation>Indicators worse (all domains)</translation>
    </message>
    <message>
      <source>Worse in: {domain}</source>
      <translation>Worse in: {domain}</translation>
    </message>
    <message>
      <source>Status (Aktionsräume)</source>
      <translation>Status (Aktionsräume)</translation>
    </message>
    <message>
      <source>There is no city value for '{indicator}'.</source>
      <translation>There is no city value for '{indicator}'.</translation>
    </message>
  </context>
  <context>
    <name>BoundariesSection</name>
    <message>
      <source>Boundary check</source>
      <translation>Boundary check</translation>
    </message>
    <message>
      <source>Overlaps, gaps and uncovered parts up to this area are ignored</source>
      <translation>Overlaps, gaps and uncovered parts up to this area are ignored</translation>
    </message>
    <message>
      <source>Tolerance</source>
      <translation>Tolerance</translation>
    </message>
    <message>
      <source>Check boundaries</source>
      <translation>Check boundaries</translation>
    </message>
    <message>
      <source>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</source>
      <translation>Validity, overlaps and gaps, nesting of quarters in spaces and spaces in districts, keys</translation>
    </message>
    <message>
      <source>Repair into new layer</source>
      <translation>Repair into new layer</translation>
    </message>
    <message>
      <source>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</source>
      <translation>Repair the invalid polygons with QGIS's Fix geometries into a new layer (the source stays unchanged), use it for the area level and check again</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Click a finding to show it on the map</source>
      <translation>Click a finding to show it on the map</translation>
    </message>
    <message>
      <source>The project holds the findings of an earlier check; check again to list them.</source>
      <translation>The project holds the findings of an earlier check; check again to list them.</translation>
    </message>
    <message>
      <source>The boundaries could not be checked</source>
      <translation>The boundaries could not be checked</translation>
    </message>
    <message>
      <source>Choose the area layers first (Areas).</source>
      <translation>Choose the area layers first (Areas).</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Checking the boundaries</source>
      <translation>Checking the boundaries</translation>
    </message>
    <message>
      <source>The check failed; see the message bar.</source>
      <translation>The check failed; see the message bar.</translation>
    </message>
    <message>
      <source>The boundaries could not be repaired</source>
      <translation>The boundaries could not be repaired</translation>
    </message>
  </context>
  <context>
    <name>BoundaryCheck</name>
    <message>
      <source>{Level} {key} is not a valid polygon: {reason}.</source>
      <translation>{Level} {key} is not a valid polygon: {reason}.</translation>
    </message>
    <message>
      <source>{Level} {key} has no geometry.</source>
      <translation>{Level} {key} has no geometry.</translation>
    </message>
    <message>
      <source>{Level} {key} has an empty geometry.</source>
      <translation>{Level} {key} has an empty geometry.</translation>
    </message>
    <message>
      <source>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</source>
      <translation>A part of {level} {key} ({area:.1f} m²) lies {distance:.0f} m away from its main part.</translation>
    </message>
    <message>
      <source>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</source>
      <translation>{Level} {key} has a sliver of {area:.1f} m² (below {threshold:g} m²).</translation>
    </message>
    <message>
      <source>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</source>
      <translation>{Level} {key_a} and {level} {key_b} overlap by {area:.1f} m².</translation>
    </message>
    <message>
      <source>Gap of {area:.1f} m² between {levels} {neighbours}.</source>
      <translation>Gap of {area:.1f} m² between {levels} {neighbours}.</translation>
    </message>
    <message>
      <source>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</source>
      <translation>{Level} {key} has a hole of {area:.1f} m² that no other {level} fills.</translation>
    </message>
    <message>
      <source>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</source>
      <translation>The {operation} of {level} {keys} could not be computed, even with snap rounding to {grid:g} m ({error}); check and repair these features' geometry.</translation>
    </message>
    <message>
      <source>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</source>
      <translation>{Level} {key} does not lie inside one {parent_level}: {shares}; {area:.1f} m² lie outside {best}.</translation>
    </message>
    <message>
      <source>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</source>
      <translation>{Level} {key} gives {parent_level} {stated}, but lies in {parent_level} {geometric} ({share:.1f} %).</translation>
    </message>
    <message>
      <source>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</source>
      <translation>{area:.1f} m² of {parent_level} {key} are not covered by any {level}.</translation>
    </message>
    <message>
      <source>{key} {share:.1f} %</source>
      <translation>{key} {share:.1f} %</translation>
    </message>
    <message>
      <source>Key {key} is used by {count} {levels} (feature ids {fids}).</source>
      <translation>Key {key} is used by {count} {levels} (feature ids {fids}).</translation>
    </message>
    <message>
      <source>{Level} with feature id {fid} has no {what}.</source>
      <translation>{Level} with feature id {fid} has no {what}.</translation>
    </message>
    <message>
      <source>Key {key} in {table} has no {level} polygon.</source>
      <translation>Key {key} in {table} has no {level} polygon.</translation>
    </message>
    <message>
      <source>{Level} {key} has no row in {table}.</source>
      <translation>{Level} {key} has no row in {table}.</translation>
    </message>
    <message>
      <source>{Level} layer ({source}) was reprojected to {target} for the check.</source>
      <translation>{Level} layer ({source}) was reprojected to {target} for the check.</translation>
    </message>
    <message>
      <source>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</source>
      <translation>{Level} layer uses the geographic CRS {source} (degrees); the check ran in {target} so that areas and tolerances are in metres.</translation>
    </message>
    <message>
      <source>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</source>
      <translation>{Level} layer's CRS {source} does not measure true ground areas here (1 m² on the ground is {factor:.2f} m² in it); the check ran in {target} so that areas, lengths and tolerances are true ground values.</translation>
    </message>
    <message>
      <source>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</source>
      <translation>{Level} layer has the filter {filter}: the check saw the {count} areas it shows, not the whole table.</translation>
    </message>
  </context>
  <context>
    <name>BoundaryService</name>
    <message>
      <source>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</source>
      <translation>Areas and lengths in ground metres, measured in the layer's CRS {crs} (it deviates from true ground areas by {deviation:.2f} % here).</translation>
    </message>
    <message>
      <source>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</source>
      <translation>Area change in total {total:+.1f} m², largest {largest:+.1f} m² ({key}).</translation>
    </message>
    <message>
      <source>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</source>
      <translation>  {key}: {before:.1f} m² → {after:.1f} m² ({difference:+.1f} m²)</translation>
    </message>
    <message>
      <source>space</source>
      <translation>space</translation>
    </message>
    <message>
      <source>Sozialräume</source>
      <translation>Sozialräume</translation>
    </message>
    <message>
      <source>quarter</source>
      <translation>quarter</translation>
    </message>
    <message>
      <source>Quartiere</source>
      <translation>Quartiere</translation>
    </message>
    <message>
      <source>district</source>
      <translation>district</translation>
    </message>
    <message>
      <source>Stadtbezirke</source>
      <translation>Stadtbezirke</translation>
    </message>
    <message>
      <source>{level} key</source>
      <translation>{level} key</translation>
    </message>
    <message>
      <source>every {level}</source>
      <translation>every {level}</translation>
    </message>
    <message>
      <source>key</source>
      <translation>key</translation>
    </message>
    <message>
      <source>intersection</source>
      <translation>intersection</translation>
    </message>
    <message>
      <source>difference</source>
      <translation>difference</translation>
    </message>
    <message>
      <source>union</source>
      <translation>union</translation>
    </message>
    <message>
      <source>Invalid geometry</source>
      <translation>Invalid geometry</translation>
    </message>
    <message>
      <source>Missing geometry</source>
      <translation>Missing geometry</translation>
    </message>
    <message>
      <source>Empty geometry</source>
      <translation>Empty geometry</translation>
    </message>
    <message>
      <source>Overlap</source>
      <translation>Overlap</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Gap</translation>
    </message>
    <message>
      <source>Hole in one area</source>
      <translation>Hole in one area</translation>
    </message>
    <message>
      <source>Geometry could not be processed</source>
      <translation>Geometry could not be processed</translation>
    </message>
    <message>
      <source>Not inside one parent area</source>
      <translation>Not inside one parent area</translation>
    </message>
    <message>
      <source>Parent key disagrees with geometry</source>
      <translation>Parent key disagrees with geometry</translation>
    </message>
    <message>
      <source>Parent area not covered</source>
      <translation>Parent area not covered</translation>
    </message>
    <message>
      <source>Duplicate key</source>
      <translation>Duplicate key</translation>
    </message>
    <message>
      <source>Missing key</source>
      <translation>Missing key</translation>
    </message>
    <message>
      <source>Far-away part</source>
      <translation>Far-away part</translation>
    </message>
    <message>
      <source>Sliver</source>
      <translation>Sliver</translation>
    </message>
    <message>
      <source>Key without polygon</source>
      <translation>Key without polygon</translation>
    </message>
    <message>
      <source>Polygon without key in table</source>
      <translation>Polygon without key in table</translation>
    </message>
    <message>
      <source>Geographic CRS</source>
      <translation>Geographic CRS</translation>
    </message>
    <message>
      <source>CRS distorts areas</source>
      <translation>CRS distorts areas</translation>
    </message>
    <message>
      <source>Reprojected layer</source>
      <translation>Reprojected layer</translation>
    </message>
    <message>
      <source>Filtered layer</source>
      <translation>Filtered layer</translation>
    </message>
    <message>
      <source>custom CRS</source>
      <translation>custom CRS</translation>
    </message>
    <message>
      <source>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</source>
      <translation>The layer has no known CRS: areas and lengths are in its coordinate units, taken as metres.</translation>
    </message>
    <message>
      <source>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</source>
      <translation>Areas and lengths in ground metres, measured in {target} (the UTM zone of the area), not in the layer's CRS {source}.</translation>
    </message>
    <message>
      <source>The {level} layer is not valid or could not be opened.</source>
      <translation>The {level} layer is not valid or could not be opened.</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Layer '{layer}' has no field '{field}'.</translation>
    </message>
    <message>
      <source>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</source>
      <translation>Feature {fid} of layer '{layer}' cannot be transformed from {source} to {target}: {error}</translation>
    </message>
    <message>
      <source>Boundary findings</source>
      <translation>Boundary findings</translation>
    </message>
    <message>
      <source>Boundary finding areas</source>
      <translation>Boundary finding areas</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>{count} findings:</source>
      <translation>{count} findings:</translation>
    </message>
    <message>
      <source>The layer to repair is not valid or could not be opened.</source>
      <translation>The layer to repair is not valid or could not be opened.</translation>
    </message>
    <message>
      <source>QGIS's Fix geometries failed on layer '{layer}': {error}</source>
      <translation>QGIS's Fix geometries failed on layer '{layer}': {error}</translation>
    </message>
    <message>
      <source>{layer} (repaired)</source>
      <translation>{layer} (repaired)</translation>
    </message>
    <message>
      <source>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</source>
      <translation>Fix geometries (QGIS) wrote '{layer}': {changed} of {count} features changed, {invalid} invalid afterwards.</translation>
    </message>
    <message>
      <source>  {key}: removed (no polygon left)</source>
      <translation>  {key}: removed (no polygon left)</translation>
    </message>
    <message>
      <source>  … and {count} more</source>
      <translation>  … and {count} more</translation>
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
      <translation>{file}, line {line}</translation>
    </message>
    <message>
      <source>the table</source>
      <translation>the table</translation>
    </message>
    <message>
      <source>'{column}' (indicator '{indicator}')</source>
      <translation>'{column}' (indicator '{indicator}')</translation>
    </message>
    <message>
      <source>{table} has no column {columns}. Column names must match the table header exactly.</source>
      <translation>{table} has no column {columns}. Column names must match the table header exactly.</translation>
    </message>
    <message>
      <source>catalogue file not found.</source>
      <translation>catalogue file not found.</translation>
    </message>
    <message>
      <source>not a UTF-8 text file; catalogues are UTF-8 TOML.</source>
      <translation>not a UTF-8 text file; catalogues are UTF-8 TOML.</translation>
    </message>
    <message>
      <source>cannot be read ({reason}).</source>
      <translation>cannot be read ({reason}).</translation>
    </message>
    <message>
      <source>not valid TOML: {problem}.</source>
      <translation>not valid TOML: {problem}.</translation>
    </message>
    <message>
      <source>"format" is '{format}'; an indicator catalogue has '{expected}'.</source>
      <translation>"format" is '{format}'; an indicator catalogue has '{expected}'.</translation>
    </message>
    <message>
      <source>"version" must be a whole number ≥ 1.</source>
      <translation>"version" must be a whole number ≥ 1.</translation>
    </message>
    <message>
      <source>catalogue version {version} was written for a newer release of the plugin; this release reads up to version {supported}.</source>
      <translation>catalogue version {version} was written for a newer release of the plugin; this release reads up to version {supported}.</translation>
    </message>
    <message>
      <source>"missing_values" must be a list of numbers, e.g. missing_values = [-9999, -999].</source>
      <translation>"missing_values" must be a list of numbers, e.g. missing_values = [-9999, -999].</translation>
    </message>
    <message>
      <source>"domain" must be written as [[domain]] tables.</source>
      <translation>"domain" must be written as [[domain]] tables.</translation>
    </message>
    <message>
      <source>each domain must be a [[domain]] table.</source>
      <translation>each domain must be a [[domain]] table.</translation>
    </message>
    <message>
      <source>duplicate domain id '{id}'; every domain needs its own id.</source>
      <translation>duplicate domain id '{id}'; every domain needs its own id.</translation>
    </message>
    <message>
      <source>the catalogue lists no indicators; add at least one [[indicator]] table.</source>
      <translation>the catalogue lists no indicators; add at least one [[indicator]] table.</translation>
    </message>
    <message>
      <source>each indicator must be an [[indicator]] table.</source>
      <translation>each indicator must be an [[indicator]] table.</translation>
    </message>
    <message>
      <source>duplicate indicator id '{id}' (first used on line {first_line}); every indicator needs its own id.</source>
      <translation>duplicate indicator id '{id}' (first used on line {first_line}); every indicator needs its own id.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' needs "column", the table column name.</source>
      <translation>indicator '{indicator}' needs "column", the table column name.</translation>
    </message>
    <message>
      <source>indicators '{first}' and '{second}' both use column '{column}'.</source>
      <translation>indicators '{first}' and '{second}' both use column '{column}'.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has unknown domain '{domain}' (known domains: {known}); define it as a [[domain]] table or correct the id.</source>
      <translation>indicator '{indicator}' has unknown domain '{domain}' (known domains: {known}); define it as a [[domain]] table or correct the id.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has direction '{direction}'; use "{worse}" or "{better}".</source>
      <translation>indicator '{indicator}' has direction '{direction}'; use "{worse}" or "{better}".</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has kind '{kind}'; use "status" or "change".</source>
      <translation>indicator '{indicator}' has kind '{kind}'; use "status" or "change".</translation>
    </message>
    <message>
      <source>indicator '{indicator}': "weight" must be a number above 0.</source>
      <translation>indicator '{indicator}': "weight" must be a number above 0.</translation>
    </message>
    <message>
      <source>indicator '{indicator}': write the threshold as {{ op = "&gt;", value = 20.0 }}.</source>
      <translation>indicator '{indicator}': write the threshold as {{ op = "&gt;", value = 20.0 }}.</translation>
    </message>
    <message>
      <source>indicator '{indicator}' has threshold operator '{op}'; use one of {known}.</source>
      <translation>indicator '{indicator}' has threshold operator '{op}'; use one of {known}.</translation>
    </message>
    <message>
      <source>indicator '{indicator}': the threshold "value" must be a number.</source>
      <translation>indicator '{indicator}': the threshold "value" must be a number.</translation>
    </message>
    <message>
      <source>"{key}" must be a table.</source>
      <translation>"{key}" must be a table.</translation>
    </message>
    <message>
      <source>"min_worse" must be a whole number from 1 to {count} (the number of status indicators).</source>
      <translation>"min_worse" must be a whole number from 1 to {count} (the number of status indicators).</translation>
    </message>
    <message>
      <source>"thresholds" must be true or false.</source>
      <translation>"thresholds" must be true or false.</translation>
    </message>
    <message>
      <source>the rule flags no area: set "min_worse" or "thresholds = true".</source>
      <translation>the rule flags no area: set "min_worse" or "thresholds = true".</translation>
    </message>
    <message>
      <source>"total_row" must be a list of texts.</source>
      <translation>"total_row" must be a list of texts.</translation>
    </message>
    <message>
      <source>"flag_classes" names {classes}, which are not in "classes".</source>
      <translation>"flag_classes" names {classes}, which are not in "classes".</translation>
    </message>
    <message>
      <source>"min_population" must be a number ≥ 0.</source>
      <translation>"min_population" must be a number ≥ 0.</translation>
    </message>
    <message>
      <source>"{key}" must be a list of numbers, e.g. [-1.0, 1.0, 1.5].</source>
      <translation>"{key}" must be a list of numbers, e.g. [-1.0, 1.0, 1.5].</translation>
    </message>
    <message>
      <source>"{key}" must be strictly increasing.</source>
      <translation>"{key}" must be strictly increasing.</translation>
    </message>
    <message>
      <source>"{key}" must be a list of class codes (texts).</source>
      <translation>"{key}" must be a list of class codes (texts).</translation>
    </message>
    <message>
      <source>"{key}" needs {expected} codes, one more than "{edges}" has edges; it has {count}.</source>
      <translation>"{key}" needs {expected} codes, one more than "{edges}" has edges; it has {count}.</translation>
    </message>
    <message>
      <source>"{key}" lists a code more than once.</source>
      <translation>"{key}" lists a code more than once.</translation>
    </message>
    <message>
      <source>[[{what}]] id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (ids become field names).</source>
      <translation>[[{what}]] id '{id}' is not valid: use lower-case letters, digits and '_', starting with a letter (ids become field names).</translation>
    </message>
    <message>
      <source>"{key}" must be text (in quotes).</source>
      <translation>"{key}" must be text (in quotes).</translation>
    </message>
  </context>
  <context>
    <name>ChangeAction</name>
    <message>
      <source>Remove Aktionsraum</source>
      <translation>Remove Aktionsraum</translation>
    </message>
    <message>
      <source>Add Aktionsraum</source>
      <translation>Add Aktionsraum</translation>
    </message>
    <message>
      <source>Keep quarter as Aktionsquartier</source>
      <translation>Keep quarter as Aktionsquartier</translation>
    </message>
    <message>
      <source>Add Aktionsquartier</source>
      <translation>Add Aktionsquartier</translation>
    </message>
    <message>
      <source>Remove Aktionsquartier</source>
      <translation>Remove Aktionsquartier</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Keep quarter</source>
      <translation>Keep quarter</translation>
    </message>
    <message>
      <source>Add quarter</source>
      <translation>Add quarter</translation>
    </message>
    <message>
      <source>Remove quarter</source>
      <translation>Remove quarter</translation>
    </message>
  </context>
  <context>
    <name>ChangeDialog</name>
    <message>
      <source>Proposed change</source>
      <translation>Proposed change</translation>
    </message>
    <message>
      <source>Sozialraum key (for quarters)</source>
      <translation>Sozialraum key (for quarters)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Sozialraum</source>
      <translation>Sozialraum</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Rationale</translation>
    </message>
  </context>
  <context>
    <name>ChangeSwitch</name>
    <message>
      <source>remove {name}</source>
      <translation>remove {name}</translation>
    </message>
    <message>
      <source>add {name}</source>
      <translation>add {name}</translation>
    </message>
    <message>
      <source>keep {name} as quarter</source>
      <translation>keep {name} as quarter</translation>
    </message>
    <message>
      <source>add quarter {name}</source>
      <translation>add quarter {name}</translation>
    </message>
    <message>
      <source>remove quarter {name}</source>
      <translation>remove quarter {name}</translation>
    </message>
    <message>
      <source>keep {name}</source>
      <translation>keep {name}</translation>
    </message>
    <message>
      <source>leave out {name}</source>
      <translation>leave out {name}</translation>
    </message>
    <message>
      <source>drop quarter {name}</source>
      <translation>drop quarter {name}</translation>
    </message>
    <message>
      <source>leave out quarter {name}</source>
      <translation>leave out quarter {name}</translation>
    </message>
    <message>
      <source>keep quarter {name}</source>
      <translation>keep quarter {name}</translation>
    </message>
  </context>
  <context>
    <name>CheckBoundariesAlgorithm</name>
    <message>
      <source>Check boundaries</source>
      <translation>Check boundaries</translation>
    </message>
    <message>
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
      <source>Social spaces</source>
      <translation>Social spaces</translation>
    </message>
    <message>
      <source>Social space key</source>
      <translation>Social space key</translation>
    </message>
    <message>
      <source>District key of the social spaces</source>
      <translation>District key of the social spaces</translation>
    </message>
    <message>
      <source>Quarters</source>
      <translation>Quarters</translation>
    </message>
    <message>
      <source>Quarter key</source>
      <translation>Quarter key</translation>
    </message>
    <message>
      <source>Social space key of the quarters</source>
      <translation>Social space key of the quarters</translation>
    </message>
    <message>
      <source>Districts</source>
      <translation>Districts</translation>
    </message>
    <message>
      <source>District key</source>
      <translation>District key</translation>
    </message>
    <message>
      <source>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</source>
      <translation>Area tolerance (m²): smaller overlaps, gaps and uncovered parts are ignored</translation>
    </message>
    <message>
      <source>Share of a quarter's area that must lie in one social space (%)</source>
      <translation>Share of a quarter's area that must lie in one social space (%)</translation>
    </message>
    <message>
      <source>Sliver area (m²): smaller polygons or parts are reported</source>
      <translation>Sliver area (m²): smaller polygons or parts are reported</translation>
    </message>
    <message>
      <source>Distance (m) beyond which a part is far from its main part</source>
      <translation>Distance (m) beyond which a part is far from its main part</translation>
    </message>
    <message>
      <source>Table whose keys must match the polygons</source>
      <translation>Table whose keys must match the polygons</translation>
    </message>
    <message>
      <source>Key field of the table</source>
      <translation>Key field of the table</translation>
    </message>
    <message>
      <source>Level of the table's keys</source>
      <translation>Level of the table's keys</translation>
    </message>
    <message>
      <source>Boundary findings</source>
      <translation>Boundary findings</translation>
    </message>
    <message>
      <source>Boundary finding areas</source>
      <translation>Boundary finding areas</translation>
    </message>
    <message>
      <source>Number of findings</source>
      <translation>Number of findings</translation>
    </message>
    <message>
      <source>The social spaces layer could not be opened.</source>
      <translation>The social spaces layer could not be opened.</translation>
    </message>
    <message>
      <source>The table's keys are quarter keys, but no quarters are given.</source>
      <translation>The table's keys are quarter keys, but no quarters are given.</translation>
    </message>
    <message>
      <source>Reading the layers…</source>
      <translation>Reading the layers…</translation>
    </message>
    <message>
      <source>Cancelled: the findings are incomplete.</source>
      <translation>Cancelled: the findings are incomplete.</translation>
    </message>
    <message>
      <source>… and {count} more (see the output layers).</source>
      <translation>… and {count} more (see the output layers).</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Aktionsräume: export the city map of action spaces without opening QGIS.</source>
      <translation>Aktionsräume: export the city map of action spaces without opening QGIS.</translation>
    </message>
    <message>
      <source>language of the map texts: de (default) or en</source>
      <translation>language of the map texts: de (default) or en</translation>
    </message>
    <message>
      <source>export the map of Aktionsräume and Aktionsquartiere</source>
      <translation>export the map of Aktionsräume and Aktionsquartiere</translation>
    </message>
    <message>
      <source>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</source>
      <translation>Export the map of Aktionsräume and Aktionsquartiere through the print layout.</translation>
    </message>
    <message>
      <source>output format; repeat for several (default: from the file name of --out)</source>
      <translation>output format; repeat for several (default: from the file name of --out)</translation>
    </message>
    <message>
      <source>resolution of PNG (default 300 for print; 150 is enough for the web)</source>
      <translation>resolution of PNG (default 300 for print; 150 is enough for the web)</translation>
    </message>
    <message>
      <source>the map, or the current list and the scenario side by side (comparison), or with --sample statistikatlas the status 2018 → 2024 (development)</source>
      <translation>the map, or the current list and the scenario side by side (comparison), or with --sample statistikatlas the status 2018 → 2024 (development)</translation>
    </message>
    <message>
      <source>A4 page orientation of the map (default: as in the project, else landscape)</source>
      <translation>A4 page orientation of the map (default: as in the project, else landscape)</translation>
    </message>
    <message>
      <source>export the area profiles (one A4 page per area)</source>
      <translation>export the area profiles (one A4 page per area)</translation>
    </message>
    <message>
      <source>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</source>
      <translation>Export the area profiles (Gebietsprofile): one A4 page per area through the profile print layout.</translation>
    </message>
    <message>
      <source>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</source>
      <translation>only Sozialräume or only Quartiere (default: the Aktionsräume and Aktionsquartiere of the scenario)</translation>
    </message>
    <message>
      <source>every area of the level, not only those of the scenario's list</source>
      <translation>every area of the level, not only those of the scenario's list</translation>
    </message>
    <message>
      <source>one PDF per area instead of one multi-page PDF</source>
      <translation>one PDF per area instead of one multi-page PDF</translation>
    </message>
    <message>
      <source>use an embedded sample: 'Dortmund 2020' (default) or 'statistikatlas' (real boundaries and figures)</source>
      <translation>use an embedded sample: 'Dortmund 2020' (default) or 'statistikatlas' (real boundaries and figures)</translation>
    </message>
    <message>
      <source>use a QGIS project set up in the panel</source>
      <translation>use a QGIS project set up in the panel</translation>
    </message>
    <message>
      <source>scenario file (default: the one of the project/sample)</source>
      <translation>scenario file (default: the one of the project/sample)</translation>
    </message>
    <message>
      <source>rebuild the layout from the template instead of using the project's</source>
      <translation>rebuild the layout from the template instead of using the project's</translation>
    </message>
    <message>
      <source>stop with an error when the layout names a font that is not installed</source>
      <translation>stop with an error when the layout names a font that is not installed</translation>
    </message>
    <message>
      <source>overwrite existing files</source>
      <translation>overwrite existing files</translation>
    </message>
    <message>
      <source>output file</source>
      <translation>output file</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>Error: {message}</translation>
    </message>
    <message>
      <source>{path}: cannot tell the format from the file name; use --format.</source>
      <translation>{path}: cannot tell the format from the file name; use --format.</translation>
    </message>
    <message>
      <source>--dpi must lie between 30 and 1200.</source>
      <translation>--dpi must lie between 30 and 1200.</translation>
    </message>
    <message>
      <source>The comparison exists in A4 landscape only.</source>
      <translation>The comparison exists in A4 landscape only.</translation>
    </message>
    <message>
      <source>Warning: {message}</source>
      <translation>Warning: {message}</translation>
    </message>
    <message>
      <source>{path} exists already; use --force to overwrite.</source>
      <translation>{path} exists already; use --force to overwrite.</translation>
    </message>
    <message>
      <source>{path}: the profiles are written as PDF (.pdf).</source>
      <translation>{path}: the profiles are written as PDF (.pdf).</translation>
    </message>
    <message>
      <source>{path}: no such project file.</source>
      <translation>{path}: no such project file.</translation>
    </message>
    <message>
      <source>{path}: QGIS could not read the project: {reason}</source>
      <translation>{path}: QGIS could not read the project: {reason}</translation>
    </message>
  </context>
  <context>
    <name>CompareYearsAlgorithm</name>
    <message>
      <source>Compare two years</source>
      <translation>Compare two years</translation>
    </message>
    <message>
      <source>Compares the indicators of a later year (the input areas) with an earlier year (a layer or table matched by key; keys written differently, such as 1 and 001, match).

Per area and indicator: the earlier value (e_&lt;id&gt;) and the change in the indicator's unit, percentage points for rates, signed so that positive means a worse development (d_&lt;id&gt;). The development index (dev_idx) standardises the changes the way the status index standardises the values; the development class (dev_cls: improved, stable, worsened) comes from its two break points. The status by the catalogue's rule in both years (bel_then, bel_now) gives st_chg: still_below, newly_below, no_longer_below or not_below.

Only indicators present in both years are compared. Areas and indicators found in one year only are named in the log; areas of the input without a partner keep empty development fields. IMPROVED and WORSENED count the areas of those classes.</source>
      <translation>Compares the indicators of a later year (the input areas) with an earlier year (a layer or table matched by key; keys written differently, such as 1 and 001, match).

Per area and indicator: the earlier value (e_&lt;id&gt;) and the change in the indicator's unit, percentage points for rates, signed so that positive means a worse development (d_&lt;id&gt;). The development index (dev_idx) standardises the changes the way the status index standardises the values; the development class (dev_cls: improved, stable, worsened) comes from its two break points. The status by the catalogue's rule in both years (bel_then, bel_now) gives st_chg: still_below, newly_below, no_longer_below or not_below.

Only indicators present in both years are compared. Areas and indicators found in one year only are named in the log; areas of the input without a partner keep empty development fields. IMPROVED and WORSENED count the areas of those classes.</translation>
    </message>
    <message>
      <source>Areas with the later year's indicators</source>
      <translation>Areas with the later year's indicators</translation>
    </message>
    <message>
      <source>Areas or table with the earlier year's indicators</source>
      <translation>Areas or table with the earlier year's indicators</translation>
    </message>
    <message>
      <source>Area key field</source>
      <translation>Area key field</translation>
    </message>
    <message>
      <source>Area key field of the earlier year</source>
      <translation>Area key field of the earlier year</translation>
    </message>
    <message>
      <source>Area name field (names areas in the log)</source>
      <translation>Area name field (names areas in the log)</translation>
    </message>
    <message>
      <source>Status method</source>
      <translation>Status method</translation>
    </message>
    <message>
      <source>Development index at or below which an area improved</source>
      <translation>Development index at or below which an area improved</translation>
    </message>
    <message>
      <source>Development index above which an area worsened</source>
      <translation>Development index above which an area worsened</translation>
    </message>
    <message>
      <source>Areas with their development</source>
      <translation>Areas with their development</translation>
    </message>
    <message>
      <source>Areas improved</source>
      <translation>Areas improved</translation>
    </message>
    <message>
      <source>Areas worsened</source>
      <translation>Areas worsened</translation>
    </message>
    <message>
      <source>the input layer</source>
      <translation>the input layer</translation>
    </message>
    <message>
      <source>the earlier table</source>
      <translation>the earlier table</translation>
    </message>
    <message>
      <source>Areas matched by '{later}' and '{earlier}'.</source>
      <translation>Areas matched by '{later}' and '{earlier}'.</translation>
    </message>
    <message>
      <source>{improved} areas improved, {worsened} worsened.</source>
      <translation>{improved} areas improved, {worsened} worsened.</translation>
    </message>
  </context>
  <context>
    <name>Database</name>
    <message>
      <source>The database destination '{destination}' names no table (table="schema"."name").</source>
      <translation>The database destination '{destination}' names no table (table="schema"."name").</translation>
    </message>
    <message>
      <source>The result would replace its own source table {table}; choose another table.</source>
      <translation>The result would replace its own source table {table}; choose another table.</translation>
    </message>
    <message>
      <source>Could not write the table {table}: {error}</source>
      <translation>Could not write the table {table}: {error}</translation>
    </message>
  </context>
  <context>
    <name>Dependencies</name>
    <message>
      <source>Aktionsräume needs the Python packages {packages} in QGIS's Python. Install them in the OSGeo4W Shell (Start menu, QGIS folder) with: {commands} — then restart QGIS.</source>
      <translation>Aktionsräume needs the Python packages {packages} in QGIS's Python. Install them in the OSGeo4W Shell (Start menu, QGIS folder) with: {commands} — then restart QGIS.</translation>
    </message>
    <message>
      <source>Aktionsräume needs the Python packages {packages} in QGIS's Python (Python {version}). Install them in a terminal with: {commands} — then restart QGIS.</source>
      <translation>Aktionsräume needs the Python packages {packages} in QGIS's Python (Python {version}). Install them in a terminal with: {commands} — then restart QGIS.</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentLayers</name>
    <message>
      <source>Improved</source>
      <translation>Improved</translation>
    </message>
    <message>
      <source>better</source>
      <translation>better</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Stable</translation>
    </message>
    <message>
      <source>stable</source>
      <translation>stable</translation>
    </message>
    <message>
      <source>Worsened</source>
      <translation>Worsened</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>worse</translation>
    </message>
    <message>
      <source>Still below average</source>
      <translation>Still below average</translation>
    </message>
    <message>
      <source>still</source>
      <translation>still</translation>
    </message>
    <message>
      <source>Newly below average</source>
      <translation>Newly below average</translation>
    </message>
    <message>
      <source>newly</source>
      <translation>newly</translation>
    </message>
    <message>
      <source>No longer below average</source>
      <translation>No longer below average</translation>
    </message>
    <message>
      <source>no longer</source>
      <translation>no longer</translation>
    </message>
    <message>
      <source>Never below average</source>
      <translation>Never below average</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>No earlier value</source>
      <translation>No earlier value</translation>
    </message>
    <message>
      <source>Layer '{name}' is not valid.</source>
      <translation>Layer '{name}' is not valid.</translation>
    </message>
    <message>
      <source>No column of {source} holds the keys of the areas ('{field}').</source>
      <translation>No column of {source} holds the keys of the areas ('{field}').</translation>
    </message>
    <message>
      <source>Layer '{name}' holds no readable comparison of two years.</source>
      <translation>Layer '{name}' holds no readable comparison of two years.</translation>
    </message>
    <message>
      <source>{count} indicators compared: {labels}.</source>
      <translation>{count} indicators compared: {labels}.</translation>
    </message>
    <message>
      <source>Indicators only in {source} ({count}), not compared: {items}.</source>
      <translation>Indicators only in {source} ({count}), not compared: {items}.</translation>
    </message>
    <message>
      <source>Areas only in {source} ({count}): {items}.</source>
      <translation>Areas only in {source} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Areas of the map without values in {source} ({count}): {items}.</source>
      <translation>Areas of the map without values in {source} ({count}): {items}.</translation>
    </message>
    <message>
      <source>Every area and every compared indicator is in both years.</source>
      <translation>Every area and every compared indicator is in both years.</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Below</translation>
    </message>
    <message>
      <source>Below the city average: still, newly, no longer or never</source>
      <translation>Below the city average: still, newly, no longer or never</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Development class from the development index: better, stable or worse</source>
      <translation>Development class from the development index: better, stable or worse</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Name of the area</source>
      <translation>Name of the area</translation>
    </message>
    <message>
      <source>Then</source>
      <translation>Then</translation>
    </message>
    <message>
      <source>Value in the earlier year</source>
      <translation>Value in the earlier year</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>Value in the later year</source>
      <translation>Value in the later year</translation>
    </message>
    <message>
      <source>Change: now minus then, in {unit}</source>
      <translation>Change: now minus then, in {unit}</translation>
    </message>
    <message>
      <source>the indicator's unit</source>
      <translation>the indicator's unit</translation>
    </message>
    <message>
      <source>{indicator}: then, now and the change Δ (now minus then).</source>
      <translation>{indicator}: then, now and the change Δ (now minus then).</translation>
    </message>
    <message>
      <source>{indicator} in {unit}: then, now and the change Δ (now minus then), unit {change_unit}.</source>
      <translation>{indicator} in {unit}: then, now and the change Δ (now minus then), unit {change_unit}.</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentSection</name>
    <message>
      <source>Compare two years</source>
      <translation>Compare two years</translation>
    </message>
    <message>
      <source>How did each area develop since an earlier year? The years are matched by area key; the map shows the areas of the first step.</source>
      <translation>How did each area develop since an earlier year? The years are matched by area key; the map shows the areas of the first step.</translation>
    </message>
    <message>
      <source>The later year's values: the areas with joined indicators, or a table</source>
      <translation>The later year's values: the areas with joined indicators, or a table</translation>
    </message>
    <message>
      <source>The earlier year's values for the same areas: a layer or a table</source>
      <translation>The earlier year's values for the same areas: a layer or a table</translation>
    </message>
    <message>
      <source>Indicator catalogue (*.toml *.json)</source>
      <translation>Indicator catalogue (*.toml *.json)</translation>
    </message>
    <message>
      <source>The indicators, their direction and units, the rule for 'below average'</source>
      <translation>The indicators, their direction and units, the rule for 'below average'</translation>
    </message>
    <message>
      <source>Later year</source>
      <translation>Later year</translation>
    </message>
    <message>
      <source>Earlier year</source>
      <translation>Earlier year</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>Per area the change of every indicator, the development class and the status then and now</source>
      <translation>Per area the change of every indicator, the development class and the status then and now</translation>
    </message>
    <message>
      <source>Development</source>
      <translation>Development</translation>
    </message>
    <message>
      <source>Improved, stable or worsened, by the development index</source>
      <translation>Improved, stable or worsened, by the development index</translation>
    </message>
    <message>
      <source>Status then → now</source>
      <translation>Status then → now</translation>
    </message>
    <message>
      <source>Still, newly, no longer or never below the city average</source>
      <translation>Still, newly, no longer or never below the city average</translation>
    </message>
    <message>
      <source>The indicator the table shows then and now</source>
      <translation>The indicator the table shows then and now</translation>
    </message>
    <message>
      <source>Colour map by</source>
      <translation>Colour map by</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>The years could not be compared</source>
      <translation>The years could not be compared</translation>
    </message>
    <message>
      <source>Choose the areas in the first step.</source>
      <translation>Choose the areas in the first step.</translation>
    </message>
    <message>
      <source>Choose the later and the earlier year's values.</source>
      <translation>Choose the later and the earlier year's values.</translation>
    </message>
    <message>
      <source>Choose an indicator catalogue.</source>
      <translation>Choose an indicator catalogue.</translation>
    </message>
    <message>
      <source>Development {earlier} → {later}</source>
      <translation>Development {earlier} → {later}</translation>
    </message>
    <message>
      <source>Comparing…</source>
      <translation>Comparing…</translation>
    </message>
    <message>
      <source>Comparing two years</source>
      <translation>Comparing two years</translation>
    </message>
    <message>
      <source>The comparison did not finish; see the message bar.</source>
      <translation>The comparison did not finish; see the message bar.</translation>
    </message>
    <message>
      <source>The comparison cannot be shown</source>
      <translation>The comparison cannot be shown</translation>
    </message>
    <message>
      <source>{earlier} → {later}: {count} areas compared.</source>
      <translation>{earlier} → {later}: {count} areas compared.</translation>
    </message>
  </context>
  <context>
    <name>ExportMapAlgorithm</name>
    <message>
      <source>Export the map</source>
      <translation>Export the map</translation>
    </message>
    <message>
      <source>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</source>
      <translation>Exports the map of Aktionsräume and Aktionsquartiere of the current project as PDF (vector, fonts embedded), PNG or SVG.

Without a layout, the project's map layout is used as it was adjusted in the layout designer; it is made from the template (A4 landscape, A4 portrait, or the comparison of the current list with the scenario) when it is missing or when 'Reset the layout' is ticked. A scenario file is shown for this export only; the project keeps its own. The file is written completely or not at all.</translation>
    </message>
    <message>
      <source>Print layout (empty: the Aktionsräume map of the project)</source>
      <translation>Print layout (empty: the Aktionsräume map of the project)</translation>
    </message>
    <message>
      <source>Template, when the map layout is made</source>
      <translation>Template, when the map layout is made</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 landscape</translation>
    </message>
    <message>
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <source>Comparison: current list and scenario side by side</source>
      <translation>Comparison: current list and scenario side by side</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Resolution (dpi; 300 for print, 150 for the web)</source>
      <translation>Resolution (dpi; 300 for print, 150 for the web)</translation>
    </message>
    <message>
      <source>Map file</source>
      <translation>Map file</translation>
    </message>
    <message>
      <source>Exporting the layout '{name}'.</source>
      <translation>Exporting the layout '{name}'.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
  </context>
  <context>
    <name>ExportProfilesAlgorithm</name>
    <message>
      <source>Export the area profiles</source>
      <translation>Export the area profiles</translation>
    </message>
    <message>
      <source>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</source>
      <translation>Exports one A4 page per area (Gebietsprofil) as PDF: name, type and Stadtbezirk, the status under the scenario and why it changes, an overview and a detail map, every catalogue indicator against the city with a bar chart, source line.

The pages come from the project's profile layout (Project ▸ Layout Manager), made from the template when missing and used as adjusted in the layout designer otherwise. The file is written completely or not at all.</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Sozialräume and Quartiere</source>
      <translation>Sozialräume and Quartiere</translation>
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
      <translation>Which areas</translation>
    </message>
    <message>
      <source>The Aktionsräume and Aktionsquartiere of the scenario</source>
      <translation>The Aktionsräume and Aktionsquartiere of the scenario</translation>
    </message>
    <message>
      <source>All areas of the level</source>
      <translation>All areas of the level</translation>
    </message>
    <message>
      <source>One PDF per area</source>
      <translation>One PDF per area</translation>
    </message>
    <message>
      <source>Profile PDF</source>
      <translation>Profile PDF</translation>
    </message>
    <message>
      <source>Exporting {count} pages.</source>
      <translation>Exporting {count} pages.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Written: {path}</translation>
    </message>
  </context>
  <context>
    <name>ExportSection</name>
    <message>
      <source>Export map</source>
      <translation>Export map</translation>
    </message>
    <message>
      <source>As in the project (A4 landscape when new)</source>
      <translation>As in the project (A4 landscape when new)</translation>
    </message>
    <message>
      <source>A4 landscape</source>
      <translation>A4 landscape</translation>
    </message>
    <message>
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <source>Comparison: current list and scenario side by side</source>
      <translation>Comparison: current list and scenario side by side</translation>
    </message>
    <message>
      <source>The project's map layout is used as it was adjusted; reset it to change its orientation</source>
      <translation>The project's map layout is used as it was adjusted; reset it to change its orientation</translation>
    </message>
    <message>
      <source>PDF (print)</source>
      <translation>PDF (print)</translation>
    </message>
    <message>
      <source>PNG (image)</source>
      <translation>PNG (image)</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <source>Map</source>
      <translation>Map</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Open in layout designer</source>
      <translation>Open in layout designer</translation>
    </message>
    <message>
      <source>Reset to template</source>
      <translation>Reset to template</translation>
    </message>
    <message>
      <source>Aktionsräume map</source>
      <translation>Aktionsräume map</translation>
    </message>
    <message>
      <source>The layout could not be opened</source>
      <translation>The layout could not be opened</translation>
    </message>
    <message>
      <source>Rebuild the map layout from the template? Changes made in the layout designer are lost.</source>
      <translation>Rebuild the map layout from the template? Changes made in the layout designer are lost.</translation>
    </message>
    <message>
      <source>The layout could not be reset</source>
      <translation>The layout could not be reset</translation>
    </message>
    <message>
      <source>The layout was rebuilt from the template.</source>
      <translation>The layout was rebuilt from the template.</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Choose a file to export to.</translation>
    </message>
    <message>
      <source>{path} exists already. Replace it?</source>
      <translation>{path} exists already. Replace it?</translation>
    </message>
    <message>
      <source>Exporting the Aktionsräume map</source>
      <translation>Exporting the Aktionsräume map</translation>
    </message>
    <message>
      <source>The map could not be exported</source>
      <translation>The map could not be exported</translation>
    </message>
    <message>
      <source>Map exported to {path}</source>
      <translation>Map exported to {path}</translation>
    </message>
  </context>
  <context>
    <name>Fonts</name>
    <message>
      <source>“{font}” (replaced by “{substitute}”)</source>
      <translation>“{font}” (replaced by “{substitute}”)</translation>
    </message>
    <message>
      <source>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</source>
      <translation>The layout names fonts that are not installed: {fonts}. Install them for the intended look.</translation>
    </message>
  </context>
  <context>
    <name>IndexClass</name>
    <message>
      <source>High</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Very low</source>
      <translation>Very low</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positive</translation>
    </message>
    <message>
      <source>Stable</source>
      <translation>Stable</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negative</translation>
    </message>
    <message>
      <source>Not classified</source>
      <translation>Not classified</translation>
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
      <translation>{range} (city: {value}{unit})</translation>
    </message>
    <message>
      <source>{count} worse</source>
      <translation>{count} worse</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>no data</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Layer '{layer}' has no field '{field}'.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsSection</name>
    <message>
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Tables ({patterns});;All files (*)</source>
      <translation>Tables ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>Indicator table</source>
      <translation>Indicator table</translation>
    </message>
    <message>
      <source>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</source>
      <translation>CSV, XLSX or ODS as the statistics office publishes it, or a GeoPackage, GeoJSON or DBF file</translation>
    </message>
    <message>
      <source>A layer of the project whose attributes are the table (instead of a file)</source>
      <translation>A layer of the project whose attributes are the table (instead of a file)</translation>
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
      <translation>Key field of the area layer</translation>
    </message>
    <message>
      <source>Key column of the table</source>
      <translation>Key column of the table</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>or layer</source>
      <translation>or layer</translation>
    </message>
    <message>
      <source>Join to</source>
      <translation>Join to</translation>
    </message>
    <message>
      <source>Layer key</source>
      <translation>Layer key</translation>
    </message>
    <message>
      <source>Table key</source>
      <translation>Table key</translation>
    </message>
    <message>
      <source>Reading options</source>
      <translation>Reading options</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <source>Semicolon ;</source>
      <translation>Semicolon ;</translation>
    </message>
    <message>
      <source>Comma ,</source>
      <translation>Comma ,</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <source>Pipe |</source>
      <translation>Pipe |</translation>
    </message>
    <message>
      <source>Point .</source>
      <translation>Point .</translation>
    </message>
    <message>
      <source>Automatic (-9999, -999, -99999, 99999 where they stand apart)</source>
      <translation>Automatic (-9999, -999, -99999, 99999 where they stand apart)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Codes that mean 'no value' in number columns, e.g. -9999; -999</source>
      <translation>Codes that mean 'no value' in number columns, e.g. -9999; -999</translation>
    </message>
    <message>
      <source>First with the key</source>
      <translation>First with the key</translation>
    </message>
    <message>
      <source>Sheet of a workbook (XLSX, ODS)</source>
      <translation>Sheet of a workbook (XLSX, ODS)</translation>
    </message>
    <message>
      <source>Encoding</source>
      <translation>Encoding</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Delimiter</translation>
    </message>
    <message>
      <source>Decimal mark</source>
      <translation>Decimal mark</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Missing-value codes</source>
      <translation>Missing-value codes</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Join</translation>
    </message>
    <message>
      <source>Join the table; the result is shown before it is added</source>
      <translation>Join the table; the result is shown before it is added</translation>
    </message>
    <message>
      <source>The join report appears here.</source>
      <translation>The join report appears here.</translation>
    </message>
    <message>
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>Add the joined layer to the project</source>
      <translation>Add the joined layer to the project</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Attribute table</source>
      <translation>Attribute table</translation>
    </message>
    <message>
      <source>Open the attribute table of the joined layer</source>
      <translation>Open the attribute table of the joined layer</translation>
    </message>
    <message>
      <source>Save report…</source>
      <translation>Save report…</translation>
    </message>
    <message>
      <source>Remove joins</source>
      <translation>Remove joins</translation>
    </message>
    <message>
      <source>Take this level's joined tables out again; the next join starts from the area layer</source>
      <translation>Take this level's joined tables out again; the next join starts from the area layer</translation>
    </message>
    <message>
      <source>Joined: {tables}</source>
      <translation>Joined: {tables}</translation>
    </message>
    <message>
      <source>No table joined yet.</source>
      <translation>No table joined yet.</translation>
    </message>
    <message>
      <source>The table could not be read</source>
      <translation>The table could not be read</translation>
    </message>
    <message>
      <source>The table could not be read.</source>
      <translation>The table could not be read.</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <source>Reading the table {name}</source>
      <translation>Reading the table {name}</translation>
    </message>
    <message>
      <source>The table {name} could not be read</source>
      <translation>The table {name} could not be read</translation>
    </message>
    <message>
      <source>No column of the table shares keys with the layer.</source>
      <translation>No column of the table shares keys with the layer.</translation>
    </message>
    <message>
      <source>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</source>
      <translation>Suggested: '{field}' ↔ '{column}' ({matches} keys match).</translation>
    </message>
    <message>
      <source>The table could not be joined</source>
      <translation>The table could not be joined</translation>
    </message>
    <message>
      <source>Choose a table file or layer.</source>
      <translation>Choose a table file or layer.</translation>
    </message>
    <message>
      <source>Choose the area layers first (Areas).</source>
      <translation>Choose the area layers first (Areas).</translation>
    </message>
    <message>
      <source>Choose the key field and the key column.</source>
      <translation>Choose the key field and the key column.</translation>
    </message>
    <message>
      <source>Check the report, then accept the joined layer or discard it.</source>
      <translation>Check the report, then accept the joined layer or discard it.</translation>
    </message>
    <message>
      <source>The join failed; see the message bar.</source>
      <translation>The join failed; see the message bar.</translation>
    </message>
    <message>
      <source>Joining {name}…</source>
      <translation>Joining {name}…</translation>
    </message>
    <message>
      <source>Joining the table {name}</source>
      <translation>Joining the table {name}</translation>
    </message>
    <message>
      <source>The table {name} could not be joined</source>
      <translation>The table {name} could not be joined</translation>
    </message>
    <message>
      <source>{layer} + {table}</source>
      <translation>{layer} + {table}</translation>
    </message>
    <message>
      <source>The joined layer could not be stored</source>
      <translation>The joined layer could not be stored</translation>
    </message>
    <message>
      <source>'{layer}' added ({path}, table {table}).</source>
      <translation>'{layer}' added ({path}, table {table}).</translation>
    </message>
    <message>
      <source>No area found a row of the table: the keys do not match.</source>
      <translation>No area found a row of the table: the keys do not match.</translation>
    </message>
    <message>
      <source>Only {matched} of {count} areas found a row of the table.</source>
      <translation>Only {matched} of {count} areas found a row of the table.</translation>
    </message>
    <message>
      <source>Columns joined before come again ({columns}); the assessment would read the earlier ones. Remove the earlier joins first to replace them.</source>
      <translation>Columns joined before come again ({columns}); the assessment would read the earlier ones. Remove the earlier joins first to replace them.</translation>
    </message>
    <message>
      <source>Accept this join?</source>
      <translation>Accept this join?</translation>
    </message>
    <message>
      <source>Accept it anyway?</source>
      <translation>Accept it anyway?</translation>
    </message>
    <message>
      <source>The joins were removed; the next join starts from the area layer.</source>
      <translation>The joins were removed; the next join starts from the area layer.</translation>
    </message>
    <message>
      <source>The join was discarded.</source>
      <translation>The join was discarded.</translation>
    </message>
    <message>
      <source>Save join report</source>
      <translation>Save join report</translation>
    </message>
    <message>
      <source>Text (*.txt);;CSV (*.csv);;JSON (*.json)</source>
      <translation>Text (*.txt);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>The report could not be saved</source>
      <translation>The report could not be saved</translation>
    </message>
    <message>
      <source>Join report saved to {path}</source>
      <translation>Join report saved to {path}</translation>
    </message>
  </context>
  <context>
    <name>JoinReport</name>
    <message>
      <source>Join of table {table} (column '{table_key}') to field '{area_key}'</source>
      <translation>Join of table {table} (column '{table_key}') to field '{area_key}'</translation>
    </message>
    <message>
      <source>Read with: {options}</source>
      <translation>Read with: {options}</translation>
    </message>
    <message>
      <source>format {value}</source>
      <translation>format {value}</translation>
    </message>
    <message>
      <source>encoding {value}</source>
      <translation>encoding {value}</translation>
    </message>
    <message>
      <source>delimiter '{value}'</source>
      <translation>delimiter '{value}'</translation>
    </message>
    <message>
      <source>delimiter tab</source>
      <translation>delimiter tab</translation>
    </message>
    <message>
      <source>delimiter space</source>
      <translation>delimiter space</translation>
    </message>
    <message>
      <source>decimal mark '{value}'</source>
      <translation>decimal mark '{value}'</translation>
    </message>
    <message>
      <source>thousands separator '{value}'</source>
      <translation>thousands separator '{value}'</translation>
    </message>
    <message>
      <source>sheet '{value}'</source>
      <translation>sheet '{value}'</translation>
    </message>
    <message>
      <source>header in row {value}</source>
      <translation>header in row {value}</translation>
    </message>
    <message>
      <source>Rows read: {rows}</source>
      <translation>Rows read: {rows}</translation>
    </message>
    <message>
      <source>Features with a table row: {matched} of {features}</source>
      <translation>Features with a table row: {matched} of {features}</translation>
    </message>
    <message>
      <source>City reference row (row {row}): {label}</source>
      <translation>City reference row (row {row}): {label}</translation>
    </message>
    <message>
      <source>No city total row found.</source>
      <translation>No city total row found.</translation>
    </message>
    <message>
      <source>Features without a table row ({count}): {keys}</source>
      <translation>Features without a table row ({count}): {keys}</translation>
    </message>
    <message>
      <source>Features without a key value: {count}</source>
      <translation>Features without a key value: {count}</translation>
    </message>
    <message>
      <source>Table rows without a feature ({count}): {keys}</source>
      <translation>Table rows without a feature ({count}): {keys}</translation>
    </message>
    <message>
      <source>Table rows without a key ({count}): rows {rows}</source>
      <translation>Table rows without a key ({count}): rows {rows}</translation>
    </message>
    <message>
      <source>Keys in several rows ({count}), combined by '{how}': {keys}</source>
      <translation>Keys in several rows ({count}), combined by '{how}': {keys}</translation>
    </message>
    <message>
      <source>Values that could not be read ({count}): {cells}</source>
      <translation>Values that could not be read ({count}): {cells}</translation>
    </message>
    <message>
      <source>Missing values (placeholders or empty) per column: {counts}</source>
      <translation>Missing values (placeholders or empty) per column: {counts}</translation>
    </message>
    <message>
      <source>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</source>
      <translation>Missing-value codes read as missing ({count} cells in {row_count} rows): rows {rows}; codes {codes}</translation>
    </message>
    <message>
      <source>Units found in the cells (the columns hold the numbers): {units}</source>
      <translation>Units found in the cells (the columns hold the numbers): {units}</translation>
    </message>
    <message>
      <source>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</source>
      <translation>Field names cut by the output format (write a GeoPackage to keep them): {shortened}</translation>
    </message>
    <message>
      <source>Columns renamed because the name was taken: {renamed}</source>
      <translation>Columns renamed because the name was taken: {renamed}</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Note: {text}</translation>
    </message>
    <message>
      <source>{count} key(s) belong to several features, which all get the same row: {keys}.</source>
      <translation>{count} key(s) belong to several features, which all get the same row: {keys}.</translation>
    </message>
    <message>
      <source>{key} (row {row})</source>
      <translation>{key} (row {row})</translation>
    </message>
    <message>
      <source>{key} (rows {rows})</source>
      <translation>{key} (rows {rows})</translation>
    </message>
    <message>
      <source>row {row}, column '{column}': '{value}'</source>
      <translation>row {row}, column '{column}': '{value}'</translation>
    </message>
    <message>
      <source>'{column}': {count} ({keys})</source>
      <translation>'{column}': {count} ({keys})</translation>
    </message>
    <message>
      <source>'{column}': {codes}</source>
      <translation>'{column}': {codes}</translation>
    </message>
    <message>
      <source>'{column}': {symbol}</source>
      <translation>'{column}': {symbol}</translation>
    </message>
    <message>
      <source>'{old}' → '{new}'</source>
      <translation>'{old}' → '{new}'</translation>
    </message>
    <message>
      <source>first row</source>
      <translation>first row</translation>
    </message>
    <message>
      <source>sum</source>
      <translation>sum</translation>
    </message>
    <message>
      <source>mean</source>
      <translation>mean</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… and {count} more</translation>
    </message>
    <message>
      <source>Unknown aggregation '{aggregate}'; choose one of {known}.</source>
      <translation>Unknown aggregation '{aggregate}'; choose one of {known}.</translation>
    </message>
    <message>
      <source>The areas have no field '{field}'.</source>
      <translation>The areas have no field '{field}'.</translation>
    </message>
    <message>
      <source>{table}, column '{column}': {count} key(s) occur in more than one row: {keys}. Remove the duplicates or choose an aggregation (first, sum, mean).</source>
      <translation>{table}, column '{column}': {count} key(s) occur in more than one row: {keys}. Remove the duplicates or choose an aggregation (first, sum, mean).</translation>
    </message>
  </context>
  <context>
    <name>JoinService</name>
    <message>
      <source>{name}: the sheets cannot be listed ({error}).</source>
      <translation>{name}: the sheets cannot be listed ({error}).</translation>
    </message>
    <message>
      <source>The layer '{name}' is not valid.</source>
      <translation>The layer '{name}' is not valid.</translation>
    </message>
    <message>
      <source>The layer '{name}' has no field '{field}'; its fields are {names}.</source>
      <translation>The layer '{name}' has no field '{field}'; its fields are {names}.</translation>
    </message>
    <message>
      <source>Could not copy the layer '{name}': {message}</source>
      <translation>Could not copy the layer '{name}': {message}</translation>
    </message>
    <message>
      <source>The key field '{field}' of layer '{name}' could not be copied.</source>
      <translation>The key field '{field}' of layer '{name}' could not be copied.</translation>
    </message>
    <message>
      <source>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</source>
      <translation>The layer '{name}', field '{field}': the text looks wrongly decoded ('{example}'). {hint}</translation>
    </message>
    <message>
      <source>Could not write the joined layer to {path}: {error}</source>
      <translation>Could not write the joined layer to {path}: {error}</translation>
    </message>
    <message>
      <source>{path}: the joined layer cannot be opened.</source>
      <translation>{path}: the joined layer cannot be opened.</translation>
    </message>
    <message>
      <source>Could not open the copy {path}.</source>
      <translation>Could not open the copy {path}.</translation>
    </message>
    <message>
      <source>Could not open the joined result {path}.</source>
      <translation>Could not open the joined result {path}.</translation>
    </message>
  </context>
  <context>
    <name>JoinTableAlgorithm</name>
    <message>
      <source>Join indicator table</source>
      <translation>Join indicator table</translation>
    </message>
    <message>
      <source>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</source>
      <translation>Joins an indicator table (CSV, XLSX or ODS, as statistics offices publish them) to a polygon layer by key and writes a new layer; the input layer and the table are not changed. The table may also be any layer QGIS opens whose attributes are the table: a GeoPackage table, a GeoJSON or DBF file, a PostGIS table or a layer of the project (by name or id).

Keys are compared after normalising: spaces, '12.0' and '12', numbers and text, leading zeros ('01100101' and 1100101), case and Unicode form of names. Encoding, delimiter, decimal mark, title lines above the header and footnotes below the data are detected; placeholders such as '.', '-', 'x' become empty values, and so do missing-value codes (-9999, -999, -99999, 99999 where they stand apart from a column's values, or the codes given in MISSING_VALUES); units in cells ('21,4 %', '1.234 €') are taken off and named; a cell whose thousands grouping does not fit ('2.41' among '24.118') is reported, never rescaled; the city total row is recognised and not joined. A key found in several rows is an error unless an aggregation is chosen.

The log lists rows read, matched features, features without a row and rows without a feature (with their keys), values that could not be read (row and column) and the city row.</translation>
    </message>
    <message>
      <source>Area layer (polygons)</source>
      <translation>Area layer (polygons)</translation>
    </message>
    <message>
      <source>Key field of the areas</source>
      <translation>Key field of the areas</translation>
    </message>
    <message>
      <source>Indicator table (file, or a layer of the project by name or id)</source>
      <translation>Indicator table (file, or a layer of the project by name or id)</translation>
    </message>
    <message>
      <source>Tables ({patterns});;All files (*)</source>
      <translation>Tables ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>Key column of the table</source>
      <translation>Key column of the table</translation>
    </message>
    <message>
      <source>Sheet (workbooks; empty: first sheet)</source>
      <translation>Sheet (workbooks; empty: first sheet)</translation>
    </message>
    <message>
      <source>Encoding (empty: automatic)</source>
      <translation>Encoding (empty: automatic)</translation>
    </message>
    <message>
      <source>Delimiter (; , tab | — empty: automatic)</source>
      <translation>Delimiter (; , tab | — empty: automatic)</translation>
    </message>
    <message>
      <source>Decimal mark (, or . — empty: automatic)</source>
      <translation>Decimal mark (, or . — empty: automatic)</translation>
    </message>
    <message>
      <source>Keys in several rows</source>
      <translation>Keys in several rows</translation>
    </message>
    <message>
      <source>Error (list them)</source>
      <translation>Error (list them)</translation>
    </message>
    <message>
      <source>Take the first row</source>
      <translation>Take the first row</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>Sum</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <source>Pad numeric keys with leading zeros to this width (0: compare as they are)</source>
      <translation>Pad numeric keys with leading zeros to this width (0: compare as they are)</translation>
    </message>
    <message>
      <source>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</source>
      <translation>Missing-value codes, e.g. -9999; -999 (empty: -9999, -999, -99999, 99999 where they stand apart from a column's values; 'none': no codes)</translation>
    </message>
    <message>
      <source>Joined layer</source>
      <translation>Joined layer</translation>
    </message>
    <message>
      <source>Features with a table row</source>
      <translation>Features with a table row</translation>
    </message>
    <message>
      <source>Features without a table row</source>
      <translation>Features without a table row</translation>
    </message>
    <message>
      <source>Table rows without a feature</source>
      <translation>Table rows without a feature</translation>
    </message>
    <message>
      <source>The area layer could not be opened.</source>
      <translation>The area layer could not be opened.</translation>
    </message>
    <message>
      <source>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</source>
      <translation>Write the joined layer to a file (GeoPackage) or a database table, not to memory.</translation>
    </message>
    <message>
      <source>MISSING_VALUES: {error}</source>
      <translation>MISSING_VALUES: {error}</translation>
    </message>
    <message>
      <source>The decimal mark must be ',' or '.'.</source>
      <translation>The decimal mark must be ',' or '.'.</translation>
    </message>
  </context>
  <context>
    <name>Layers</name>
    <message>
      <source>Layer '{layer}' is not valid or could not be opened.</source>
      <translation>Layer '{layer}' is not valid or could not be opened.</translation>
    </message>
    <message>
      <source>Layer '{layer}' has no field {fields}.</source>
      <translation>Layer '{layer}' has no field {fields}.</translation>
    </message>
    <message>
      <source>{path}: no readable layer '{table}'.</source>
      <translation>{path}: no readable layer '{table}'.</translation>
    </message>
    <message>
      <source>Could not create the layer '{name}': {errors}</source>
      <translation>Could not create the layer '{name}': {errors}</translation>
    </message>
    <message>
      <source>Could not write table '{table}' to {path}: {error}</source>
      <translation>Could not write table '{table}' to {path}: {error}</translation>
    </message>
    <message>
      <source>{path} is open for editing (in QGIS or another program); close it there and try again.</source>
      <translation>{path} is open for editing (in QGIS or another program); close it there and try again.</translation>
    </message>
    <message>
      <source>{path} could not be written: {reason}</source>
      <translation>{path} could not be written: {reason}</translation>
    </message>
  </context>
  <context>
    <name>MapExport</name>
    <message>
      <source>As of {date}</source>
      <translation>As of {date}</translation>
    </message>
    <message>
      <source>Unknown page orientation '{value}' (landscape or portrait).</source>
      <translation>Unknown page orientation '{value}' (landscape or portrait).</translation>
    </message>
    <message>
      <source>The layout template {path} is damaged.</source>
      <translation>The layout template {path} is damaged.</translation>
    </message>
    <message>
      <source>The layout template {path} could not be loaded.</source>
      <translation>The layout template {path} could not be loaded.</translation>
    </message>
    <message>
      <source>Could not add the layout '{name}' to the project.</source>
      <translation>Could not add the layout '{name}' to the project.</translation>
    </message>
    <message>
      <source>The layout '{layout}' has no item '{item}'; reset it to the template.</source>
      <translation>The layout '{layout}' has no item '{item}'; reset it to the template.</translation>
    </message>
    <message>
      <source>Stadtbezirk boundary</source>
      <translation>Stadtbezirk boundary</translation>
    </message>
    <message>
      <source>Numbers on the map:</source>
      <translation>Numbers on the map:</translation>
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
      <translation>Current list</translation>
    </message>
    <message>
      <source>With the proposed changes</source>
      <translation>With the proposed changes</translation>
    </message>
    <message>
      <source>Unknown map variant '{value}' (landscape, portrait or comparison).</source>
      <translation>Unknown map variant '{value}' (landscape, portrait or comparison).</translation>
    </message>
    <message>
      <source>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</source>
      <translation>The layout '{name}' in the project is {actual}, not {wanted}; reset it to the template to change the orientation.</translation>
    </message>
    <message>
      <source>{path}: unknown export format '{fmt}' (pdf, png or svg).</source>
      <translation>{path}: unknown export format '{fmt}' (pdf, png or svg).</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file name.</source>
      <translation>{path} is a folder, not a file name.</translation>
    </message>
    <message>
      <source>{path} exists already; allow overwriting to replace it.</source>
      <translation>{path} exists already; allow overwriting to replace it.</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder.</source>
      <translation>{folder} is a file, not a folder.</translation>
    </message>
    <message>
      <source>{folder}: the folder does not exist.</source>
      <translation>{folder}: the folder does not exist.</translation>
    </message>
    <message>
      <source>{path}: could not be written: {reason}.</source>
      <translation>{path}: could not be written: {reason}.</translation>
    </message>
    <message>
      <source>{folder}: no permission to write in this folder.</source>
      <translation>{folder}: no permission to write in this folder.</translation>
    </message>
    <message>
      <source>{path}: export cancelled.</source>
      <translation>{path}: export cancelled.</translation>
    </message>
    <message>
      <source>{path}: export failed: {reason}.</source>
      <translation>{path}: export failed: {reason}.</translation>
    </message>
    <message>
      <source>the file could not be written (disk full or no permission?)</source>
      <translation>the file could not be written (disk full or no permission?)</translation>
    </message>
    <message>
      <source>not enough memory for this resolution</source>
      <translation>not enough memory for this resolution</translation>
    </message>
    <message>
      <source>the PDF could not be created</source>
      <translation>the PDF could not be created</translation>
    </message>
    <message>
      <source>the SVG layers could not be created</source>
      <translation>the SVG layers could not be created</translation>
    </message>
    <message>
      <source>the atlas could not be prepared</source>
      <translation>the atlas could not be prepared</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>The resolution must lie between {low} and {high} dpi.</source>
      <translation>The resolution must lie between {low} and {high} dpi.</translation>
    </message>
    <message>
      <source>There is no current list of Aktionsräume to compare with: the areas of this set-up are derived from the data. Export the map instead, or give a scenario file with a list.</source>
      <translation>There is no current list of Aktionsräume to compare with: the areas of this set-up are derived from the data. Export the map instead, or give a scenario file with a list.</translation>
    </message>
    <message>
      <source>The development map needs indicator tables of two years; of the samples, only 'Dortmund Statistikatlas' has them.</source>
      <translation>The development map needs indicator tables of two years; of the samples, only 'Dortmund Statistikatlas' has them.</translation>
    </message>
    <message>
      <source>The project has no print layout called '{name}'.</source>
      <translation>The project has no print layout called '{name}'.</translation>
    </message>
    <message>
      <source>There is no Aktionsräume set-up to make the map from.</source>
      <translation>There is no Aktionsräume set-up to make the map from.</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} and {last}</translation>
    </message>
    <message>
      <source>'{text}'</source>
      <translation>'{text}'</translation>
    </message>
    <message>
      <source>d MMMM yyyy</source>
      <translation>d MMMM yyyy</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({reason}).</source>
      <translation>{path}: cannot be read ({reason}).</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason}).</source>
      <translation>{path}: cannot be written ({reason}).</translation>
    </message>
    <message>
      <source>'{text}' is not a number (missing-value codes such as -9999; -999).</source>
      <translation>'{text}' is not a number (missing-value codes such as -9999; -999).</translation>
    </message>
    <message>
      <source>{value} is not a number.</source>
      <translation>{value} is not a number.</translation>
    </message>
  </context>
  <context>
    <name>PanelController</name>
    <message>
      <source>The results could not be moved beside the project</source>
      <translation>The results could not be moved beside the project</translation>
    </message>
    <message>
      <source>Choose the Sozialraum layer first.</source>
      <translation>Choose the Sozialraum layer first.</translation>
    </message>
    <message>
      <source>There is no scenario yet: load the sample or assess the areas.</source>
      <translation>There is no scenario yet: load the sample or assess the areas.</translation>
    </message>
    <message>
      <source>The stored scenario was not loaded</source>
      <translation>The stored scenario was not loaded</translation>
    </message>
    <message>
      <source>The assessment of '{layer}' could not be shown again</source>
      <translation>The assessment of '{layer}' could not be shown again</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>{label} {value} above the threshold of {limit}</source>
      <translation>{label} {value} above the threshold of {limit}</translation>
    </message>
    <message>
      <source>{label} {value} below the threshold of {limit}</source>
      <translation>{label} {value} below the threshold of {limit}</translation>
    </message>
    <message>
      <source>{worse} of {valid} status indicators worse than the city</source>
      <translation>{worse} of {valid} status indicators worse than the city</translation>
    </message>
    <message>
      <source>Added because: {facts}.</source>
      <translation>Added because: {facts}.</translation>
    </message>
    <message>
      <source>Assessment: {facts}.</source>
      <translation>Assessment: {facts}.</translation>
    </message>
    <message>
      <source>Removed because: {facts}.</source>
      <translation>Removed because: {facts}.</translation>
    </message>
    <message>
      <source>Aktionsquartier because: {facts}.</source>
      <translation>Aktionsquartier because: {facts}.</translation>
    </message>
    <message>
      <source>Change in the scenario: {action}</source>
      <translation>Change in the scenario: {action}</translation>
    </message>
    <message>
      <source>Status under the scenario “{scenario}”: {status}</source>
      <translation>Status under the scenario “{scenario}”: {status}</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <source>Status index {index} ({cls}); positive = worse than the average area</source>
      <translation>Status index {index} ({cls}); positive = worse than the average area</translation>
    </message>
    <message>
      <source>The project names no indicator catalogue; choose one in the panel's assessment section.</source>
      <translation>The project names no indicator catalogue; choose one in the panel's assessment section.</translation>
    </message>
    <message>
      <source>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</source>
      <translation>The project has no Sozialraum layer with the catalogue's indicators joined; join the indicator table in the panel first.</translation>
    </message>
    <message>
      <source>pp</source>
      <translation>pp</translation>
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
      <translation>Candidate</translation>
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
      <translation>City</translation>
    </message>
    <message>
      <source>Profile areas</source>
      <translation>Profile areas</translation>
    </message>
    <message>
      <source>Profile indicators</source>
      <translation>Profile indicators</translation>
    </message>
    <message>
      <source>Stadtbezirk {name}</source>
      <translation>Stadtbezirk {name}</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>worse</translation>
    </message>
    <message>
      <source>better</source>
      <translation>better</translation>
    </message>
    <message>
      <source>This area</source>
      <translation>This area</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domain</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
    <message>
      <source>Compared with the city</source>
      <translation>Compared with the city</translation>
    </message>
    <message>
      <source>z</source>
      <translation>z</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Area profile</source>
      <translation>Area profile</translation>
    </message>
    <message>
      <source>Indicators compared with the city</source>
      <translation>Indicators compared with the city</translation>
    </message>
    <message>
      <source>Area and city per indicator</source>
      <translation>Area and city per indicator</translation>
    </message>
    <message>
      <source>Location in the city</source>
      <translation>Location in the city</translation>
    </message>
    <message>
      <source>{path}: there is no area to make a profile of.</source>
      <translation>{path}: there is no area to make a profile of.</translation>
    </message>
  </context>
  <context>
    <name>ProfilesSection</name>
    <message>
      <source>Area profiles</source>
      <translation>Area profiles</translation>
    </message>
    <message>
      <source>Aktionsräume and Aktionsquartiere of the scenario</source>
      <translation>Aktionsräume and Aktionsquartiere of the scenario</translation>
    </message>
    <message>
      <source>Selected areas</source>
      <translation>Selected areas</translation>
    </message>
    <message>
      <source>All areas of the level</source>
      <translation>All areas of the level</translation>
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
      <translation>One PDF per area</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Open in layout designer</source>
      <translation>Open in layout designer</translation>
    </message>
    <message>
      <source>Export area profiles</source>
      <translation>Export area profiles</translation>
    </message>
    <message>
      <source>The layout could not be opened</source>
      <translation>The layout could not be opened</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Choose a file to export to.</translation>
    </message>
    <message>
      <source>The area profiles could not be made</source>
      <translation>The area profiles could not be made</translation>
    </message>
    <message>
      <source>{path} exists already. Replace it?</source>
      <translation>{path} exists already. Replace it?</translation>
    </message>
    <message>
      <source>Exporting {count} pages …</source>
      <translation>Exporting {count} pages …</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>The area profiles could not be exported</source>
      <translation>The area profiles could not be exported</translation>
    </message>
    <message>
      <source>{count} area profiles exported to {path}</source>
      <translation>{count} area profiles exported to {path}</translation>
    </message>
  </context>
  <context>
    <name>ProjectState</name>
    <message>
      <source>scenario stored in the project</source>
      <translation>scenario stored in the project</translation>
    </message>
    <message>
      <source>The scenario stored in this project was not loaded: {error}</source>
      <translation>The scenario stored in this project was not loaded: {error}</translation>
    </message>
    <message>
      <source>The layer configuration stored in this project is damaged ({error}).</source>
      <translation>The layer configuration stored in this project is damaged ({error}).</translation>
    </message>
    <message>
      <source>The layer configuration stored in this project is damaged (not an object).</source>
      <translation>The layer configuration stored in this project is damaged (not an object).</translation>
    </message>
    <message>
      <source>The scenario file was not loaded: {error}</source>
      <translation>The scenario file was not loaded: {error}</translation>
    </message>
  </context>
  <context>
    <name>ProposalsSection</name>
    <message>
      <source>List and proposals</source>
      <translation>List and proposals</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Tick a change to apply it; select it to read its rationale</source>
      <translation>Tick a change to apply it; select it to read its rationale</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Open scenario…</source>
      <translation>Open scenario…</translation>
    </message>
    <message>
      <source>Save scenario…</source>
      <translation>Save scenario…</translation>
    </message>
    <message>
      <source>Export list…</source>
      <translation>Export list…</translation>
    </message>
    <message>
      <source>The list and the before/after comparison as CSV or XLSX</source>
      <translation>The list and the before/after comparison as CSV or XLSX</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Undo: {change}</source>
      <translation>Undo: {change}</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Redo: {change}</source>
      <translation>Redo: {change}</translation>
    </message>
    <message>
      <source>No scenario yet: load the sample, or assess the areas and propose changes.</source>
      <translation>No scenario yet: load the sample, or assess the areas and propose changes.</translation>
    </message>
    <message>
      <source>Baseline: {count} Aktionsräume ({names}).</source>
      <translation>Baseline: {count} Aktionsräume ({names}).</translation>
    </message>
    <message>
      <source>Baseline: no list yet; every area on the list is newly added.</source>
      <translation>Baseline: no list yet; every area on the list is newly added.</translation>
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
      <translation>New: {names}</translation>
    </message>
    <message>
      <source>No longer: {names}</source>
      <translation>No longer: {names}</translation>
    </message>
    <message>
      <source>Aktionsquartiere: {names}</source>
      <translation>Aktionsquartiere: {names}</translation>
    </message>
    <message>
      <source>Population covered: {before} → {after}</source>
      <translation>Population covered: {before} → {after}</translation>
    </message>
    <message>
      <source>Edit change</source>
      <translation>Edit change</translation>
    </message>
    <message>
      <source>Add change</source>
      <translation>Add change</translation>
    </message>
    <message>
      <source>Remove change</source>
      <translation>Remove change</translation>
    </message>
    <message>
      <source>Open scenario</source>
      <translation>Open scenario</translation>
    </message>
    <message>
      <source>Scenario (*.json)</source>
      <translation>Scenario (*.json)</translation>
    </message>
    <message>
      <source>The scenario was not opened</source>
      <translation>The scenario was not opened</translation>
    </message>
    <message>
      <source>Save scenario</source>
      <translation>Save scenario</translation>
    </message>
    <message>
      <source>The scenario was not saved</source>
      <translation>The scenario was not saved</translation>
    </message>
    <message>
      <source>Scenario saved to {path}</source>
      <translation>Scenario saved to {path}</translation>
    </message>
    <message>
      <source>Export list</source>
      <translation>Export list</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>The list was not exported</source>
      <translation>The list was not exported</translation>
    </message>
    <message>
      <source>List exported to {path}</source>
      <translation>List exported to {path}</translation>
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
      <translation>{label} {value:.1f}{unit} (city {reference:.1f}{unit})</translation>
    </message>
    <message>
      <source>status index {value:.2f} ({class_name})</source>
      <translation>status index {value:.2f} ({class_name})</translation>
    </message>
    <message>
      <source>{worse} of {valid} indicators below the city average</source>
      <translation>{worse} of {valid} indicators below the city average</translation>
    </message>
    <message>
      <source>quarter still with {worse} of {valid} indicators below the city average</source>
      <translation>quarter still with {worse} of {valid} indicators below the city average</translation>
    </message>
    <message>
      <source>only {worse} of {valid} indicators still below the city average</source>
      <translation>only {worse} of {valid} indicators still below the city average</translation>
    </message>
    <message>
      <source>{count}: {indicators}</source>
      <translation>{count}: {indicators}</translation>
    </message>
    <message>
      <source>{count}, including {indicators}</source>
      <translation>{count}, including {indicators}</translation>
    </message>
    <message>
      <source>{count}, no threshold exceeded</source>
      <translation>{count}, no threshold exceeded</translation>
    </message>
  </context>
  <context>
    <name>RepairBoundariesAlgorithm</name>
    <message>
      <source>Repair boundaries</source>
      <translation>Repair boundaries</translation>
    </message>
    <message>
      <source>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</source>
      <translation>Repairs the polygons of an area layer with QGIS's own Fix geometries (native:fixgeometries) into a new layer and reports, feature by feature, what changed: the area before and after in true ground m² (measured like the boundary check). The input layer is not changed.

Outputs: the repaired layer (OUTPUT), the number of changed features (CHANGED) and of polygons still invalid afterwards (INVALID_AFTER).</translation>
    </message>
    <message>
      <source>Area layer</source>
      <translation>Area layer</translation>
    </message>
    <message>
      <source>Key field</source>
      <translation>Key field</translation>
    </message>
    <message>
      <source>Repaired areas</source>
      <translation>Repaired areas</translation>
    </message>
    <message>
      <source>Changed features</source>
      <translation>Changed features</translation>
    </message>
    <message>
      <source>Invalid polygons afterwards</source>
      <translation>Invalid polygons afterwards</translation>
    </message>
  </context>
  <context>
    <name>ResultStorage</name>
    <message>
      <source>Aktionsräume – results</source>
      <translation>Aktionsräume – results</translation>
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
      <translation>Aktionsräume and Aktionsquartiere – revision 2020</translation>
    </message>
    <message>
      <source>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</source>
      <translation>Data: Bericht zur sozialen Lage in Dortmund 2018 (synthetic sample values). Map: Aktionsräume for QGIS</translation>
    </message>
    <message>
      <source>Sample data: synthetic geometry, not the official boundaries.</source>
      <translation>Sample data: synthetic geometry, not the official boundaries.</translation>
    </message>
    <message>
      <source>Aktionsräume – Aktionsräume and Aktionsquartiere</source>
      <translation>Aktionsräume – Aktionsräume and Aktionsquartiere</translation>
    </message>
    <message>
      <source>Aktionsräume – sample Dortmund 2020</source>
      <translation>Aktionsräume – sample Dortmund 2020</translation>
    </message>
    <message>
      <source>Source layers (read-only)</source>
      <translation>Source layers (read-only)</translation>
    </message>
    <message>
      <source>Boundaries: City of Dortmund, open data portal (statistische Unterbezirke); data: City of Dortmund, Dortmunder Statistik: Statistikatlas 2019 and Statistikportal 2024; licence: dl-de/by-2-0</source>
      <translation>Boundaries: City of Dortmund, open data portal (statistische Unterbezirke); data: City of Dortmund, Dortmunder Statistik: Statistikatlas 2019 and Statistikportal 2024; licence: dl-de/by-2-0</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke</source>
      <translation>Statistical Unterbezirke</translation>
    </message>
    <message>
      <source>Social situation in Dortmund {year}</source>
      <translation>Social situation in Dortmund {year}</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke below the city average</source>
      <translation>Statistical Unterbezirke below the city average</translation>
    </message>
    <message>
      <source>Below average: all five indicators of the social situation worse than the mean of the Unterbezirke, or a benefit receipt rate above 25 %.</source>
      <translation>Below average: all five indicators of the social situation worse than the mean of the Unterbezirke, or a benefit receipt rate above 25 %.</translation>
    </message>
    <message>
      <source>2018 → 2024</source>
      <translation>2018 → 2024</translation>
    </message>
    <message>
      <source>Still below the city average</source>
      <translation>Still below the city average</translation>
    </message>
    <message>
      <source>Newly below the city average</source>
      <translation>Newly below the city average</translation>
    </message>
    <message>
      <source>No longer below the city average</source>
      <translation>No longer below the city average</translation>
    </message>
    <message>
      <source>Other Unterbezirke</source>
      <translation>Other Unterbezirke</translation>
    </message>
    <message>
      <source>Candidates {year}</source>
      <translation>Candidates {year}</translation>
    </message>
    <message>
      <source>Below the city average</source>
      <translation>Below the city average</translation>
    </message>
    <message>
      <source>Aktionsräume – sample Dortmund Statistikatlas</source>
      <translation>Aktionsräume – sample Dortmund Statistikatlas</translation>
    </message>
    <message>
      <source>Social situation in Dortmund 2018 → 2024</source>
      <translation>Social situation in Dortmund 2018 → 2024</translation>
    </message>
    <message>
      <source>Statistical Unterbezirke below the city average: then and now</source>
      <translation>Statistical Unterbezirke below the city average: then and now</translation>
    </message>
  </context>
  <context>
    <name>Scenario</name>
    <message>
      <source>A change needs an id (text), not {id}.</source>
      <translation>A change needs an id (text), not {id}.</translation>
    </message>
    <message>
      <source>Change '{change}': unknown action '{action}' (allowed: {allowed}).</source>
      <translation>Change '{change}': unknown action '{action}' (allowed: {allowed}).</translation>
    </message>
    <message>
      <source>Change '{change}': "{field}" must be text.</source>
      <translation>Change '{change}': "{field}" must be text.</translation>
    </message>
    <message>
      <source>Change '{change}' needs an area key (a Sozialraum or Quartier key).</source>
      <translation>Change '{change}' needs an area key (a Sozialraum or Quartier key).</translation>
    </message>
    <message>
      <source>Change '{change}' keeps a quarter and needs the key of its Sozialraum as parent.</source>
      <translation>Change '{change}' keeps a quarter and needs the key of its Sozialraum as parent.</translation>
    </message>
    <message>
      <source>Change '{change}': "enabled" must be true or false.</source>
      <translation>Change '{change}': "enabled" must be true or false.</translation>
    </message>
    <message>
      <source>Change '{change}': "reasons" must be a list of messages ({error}).</source>
      <translation>Change '{change}': "reasons" must be a list of messages ({error}).</translation>
    </message>
    <message>
      <source>Scenario '{scenario}': {value} is not a change.</source>
      <translation>Scenario '{scenario}': {value} is not a change.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' has two changes with the id '{id}'.</source>
      <translation>Scenario '{scenario}' has two changes with the id '{id}'.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' has no change with id '{id}'.</source>
      <translation>Scenario '{scenario}' has no change with id '{id}'.</translation>
    </message>
    <message>
      <source>A change has no field {fields}.</source>
      <translation>A change has no field {fields}.</translation>
    </message>
    <message>
      <source>Scenario '{scenario}' already has a change with id '{id}'.</source>
      <translation>Scenario '{scenario}' already has a change with id '{id}'.</translation>
    </message>
    <message>
      <source>{source}: not valid JSON (line {line}, column {column}: {error}).</source>
      <translation>{source}: not valid JSON (line {line}, column {column}: {error}).</translation>
    </message>
    <message>
      <source>{source}: a scenario must be a JSON object.</source>
      <translation>{source}: a scenario must be a JSON object.</translation>
    </message>
    <message>
      <source>{source}: not an Aktionsräume scenario ("format" is not '{format}').</source>
      <translation>{source}: not an Aktionsräume scenario ("format" is not '{format}').</translation>
    </message>
    <message>
      <source>{source}: "version" must be a whole number.</source>
      <translation>{source}: "version" must be a whole number.</translation>
    </message>
    <message>
      <source>{source}: scenario version {version} was written by a newer release of the plugin; this release reads up to version {supported}. Please update the plugin.</source>
      <translation>{source}: scenario version {version} was written by a newer release of the plugin; this release reads up to version {supported}. Please update the plugin.</translation>
    </message>
    <message>
      <source>{source}: unknown scenario version {version}.</source>
      <translation>{source}: unknown scenario version {version}.</translation>
    </message>
    <message>
      <source>{source}: "baseline" is missing or not an object.</source>
      <translation>{source}: "baseline" is missing or not an object.</translation>
    </message>
    <message>
      <source>{source}: "changes" must be a list.</source>
      <translation>{source}: "changes" must be a list.</translation>
    </message>
    <message>
      <source>{source}: change {n}</source>
      <translation>{source}: change {n}</translation>
    </message>
    <message>
      <source>{source}: "{field}"</source>
      <translation>{source}: "{field}"</translation>
    </message>
    <message>
      <source>{source}: baseline "{field}"</source>
      <translation>{source}: baseline "{field}"</translation>
    </message>
    <message>
      <source>{where} must be text.</source>
      <translation>{where} must be text.</translation>
    </message>
    <message>
      <source>{where} must be a list of area keys.</source>
      <translation>{where} must be a list of area keys.</translation>
    </message>
    <message>
      <source>{where}: {value} is not an area key (keys are non-empty text).</source>
      <translation>{where}: {value} is not an area key (keys are non-empty text).</translation>
    </message>
    <message>
      <source>{where} lists {keys} more than once.</source>
      <translation>{where} lists {keys} more than once.</translation>
    </message>
    <message>
      <source>{where} must be an object.</source>
      <translation>{where} must be an object.</translation>
    </message>
    <message>
      <source>"reasons" must be a list.</source>
      <translation>"reasons" must be a list.</translation>
    </message>
    <message>
      <source>{path}: scenario file not found.</source>
      <translation>{path}: scenario file not found.</translation>
    </message>
    <message>
      <source>{path}: not a UTF-8 text file; scenario files are UTF-8 JSON.</source>
      <translation>{path}: not a UTF-8 text file; scenario files are UTF-8 JSON.</translation>
    </message>
    <message>
      <source>The area table has no field '{field}' for the baseline.</source>
      <translation>The area table has no field '{field}' for the baseline.</translation>
    </message>
    <message>
      <source>{path}: baseline file not found.</source>
      <translation>{path}: baseline file not found.</translation>
    </message>
    <message>
      <source>{path}: not a JSON baseline or scenario file ({error}).</source>
      <translation>{path}: not a JSON baseline or scenario file ({error}).</translation>
    </message>
    <message>
      <source>{problems}</source>
      <translation>{problems}</translation>
    </message>
    <message>
      <source>The current list names {count} Aktionsräume that are not Sozialraum keys of the layer: {keys}.</source>
      <translation>The current list names {count} Aktionsräume that are not Sozialraum keys of the layer: {keys}.</translation>
    </message>
    <message>
      <source>The current list names {count} Aktionsquartiere that are not Quartier keys of the layer: {keys}.</source>
      <translation>The current list names {count} Aktionsquartiere that are not Quartier keys of the layer: {keys}.</translation>
    </message>
    <message>
      <source>{count} changes name areas that are not Sozialraum keys of the layer: {keys}.</source>
      <translation>{count} changes name areas that are not Sozialraum keys of the layer: {keys}.</translation>
    </message>
    <message>
      <source>{count} changes name areas that are not Quartier keys of the layer: {keys}.</source>
      <translation>{count} changes name areas that are not Quartier keys of the layer: {keys}.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>{message}

Export with the replacement fonts?</source>
      <translation>{message}

Export with the replacement fonts?</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Remains Aktionsraum</source>
      <translation>Remains Aktionsraum</translation>
    </message>
    <message>
      <source>New Aktionsraum</source>
      <translation>New Aktionsraum</translation>
    </message>
    <message>
      <source>No longer Aktionsraum</source>
      <translation>No longer Aktionsraum</translation>
    </message>
    <message>
      <source>Aktionsquartier</source>
      <translation>Aktionsquartier</translation>
    </message>
    <message>
      <source>Other areas</source>
      <translation>Other areas</translation>
    </message>
  </context>
  <context>
    <name>StatusLayers</name>
    <message>
      <source>Layer '{layer}' has no field '{field}'.</source>
      <translation>Layer '{layer}' has no field '{field}'.</translation>
    </message>
    <message>
      <source>Sozialräume – status</source>
      <translation>Sozialräume – status</translation>
    </message>
    <message>
      <source>Quartiere – Aktionsquartiere</source>
      <translation>Quartiere – Aktionsquartiere</translation>
    </message>
    <message>
      <source>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</source>
      <translation>Layer '{layer}' already has a field '{field}'; rename it before building statuses.</translation>
    </message>
    <message>
      <source>Could not update the statuses of layer '{layer}'.</source>
      <translation>Could not update the statuses of layer '{layer}'.</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <source>List</source>
      <translation>List</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Rationale</translation>
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
      <translation>Measure</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>After</source>
      <translation>After</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
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
      <translation>Population covered</translation>
    </message>
    <message>
      <source>Aktionsräume (names)</source>
      <translation>Aktionsräume (names)</translation>
    </message>
    <message>
      <source>Aktionsquartiere (names)</source>
      <translation>Aktionsquartiere (names)</translation>
    </message>
  </context>
  <context>
    <name>TableLayers</name>
    <message>
      <source>The layer '{name}' is not a vector layer or table.</source>
      <translation>The layer '{name}' is not a vector layer or table.</translation>
    </message>
    <message>
      <source>{source}: cannot be opened as a table.</source>
      <translation>{source}: cannot be opened as a table.</translation>
    </message>
    <message>
      <source>The table layer '{name}' is not valid.</source>
      <translation>The table layer '{name}' is not valid.</translation>
    </message>
    <message>
      <source>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</source>
      <translation>{file} is probably encoded in {encoding}: set it under Layer Properties › Source › Data source encoding, or put a file {cpg} containing '{codepage}' next to it.</translation>
    </message>
    <message>
      <source>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</source>
      <translation>{file} is probably encoded in {encoding}, but GeoJSON is read as UTF-8: save it as UTF-8 (for example with a text editor) and load it again.</translation>
    </message>
  </context>
  <context>
    <name>TableRead</name>
    <message>
      <source>{file}, sheet '{sheet}'</source>
      <translation>{file}, sheet '{sheet}'</translation>
    </message>
    <message>
      <source>{path}: file not found.</source>
      <translation>{path}: file not found.</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a table file.</source>
      <translation>{path}: is a folder, not a table file.</translation>
    </message>
    <message>
      <source>{file}: the file is empty.</source>
      <translation>{file}: the file is empty.</translation>
    </message>
    <message>
      <source>{file}: old Excel format (.xls) is not supported; save it as .xlsx or CSV.</source>
      <translation>{file}: old Excel format (.xls) is not supported; save it as .xlsx or CSV.</translation>
    </message>
    <message>
      <source>{file}: the file is a ZIP archive (perhaps an Excel or ODS workbook), not a text table; give it the extension .xlsx or .ods, or export it as CSV.</source>
      <translation>{file}: the file is a ZIP archive (perhaps an Excel or ODS workbook), not a text table; give it the extension .xlsx or .ods, or export it as CSV.</translation>
    </message>
    <message>
      <source>{file}: unknown encoding '{encoding}'.</source>
      <translation>{file}: unknown encoding '{encoding}'.</translation>
    </message>
    <message>
      <source>{file}: cannot be decoded as {encoding}; choose the encoding.</source>
      <translation>{file}: cannot be decoded as {encoding}; choose the encoding.</translation>
    </message>
    <message>
      <source>{file}, row {row}: {saw} fields where the header (row {header_row}) has {expected}; check the delimiter and quotes in that row.</source>
      <translation>{file}, row {row}: {saw} fields where the header (row {header_row}) has {expected}; check the delimiter and quotes in that row.</translation>
    </message>
    <message>
      <source>{file}: cannot be read as CSV ({error}).</source>
      <translation>{file}: cannot be read as CSV ({error}).</translation>
    </message>
    <message>
      <source>{file}: the file has no header row.</source>
      <translation>{file}: the file has no header row.</translation>
    </message>
    <message>
      <source>{file}: the file is binary, not a text table (CSV).</source>
      <translation>{file}: the file is binary, not a text table (CSV).</translation>
    </message>
    <message>
      <source>{file}: no column '{column}' (key column); the columns are {columns}.</source>
      <translation>{file}: no column '{column}' (key column); the columns are {columns}.</translation>
    </message>
    <message>
      <source>{file}: reading this format needs the Python package {package}.</source>
      <translation>{file}: reading this format needs the Python package {package}.</translation>
    </message>
    <message>
      <source>{file}: cannot be opened as an Excel workbook; the file is damaged or truncated ({error}).</source>
      <translation>{file}: cannot be opened as an Excel workbook; the file is damaged or truncated ({error}).</translation>
    </message>
    <message>
      <source>{file}, sheet '{sheet}': cannot be read; the file is damaged or truncated ({error}).</source>
      <translation>{file}, sheet '{sheet}': cannot be read; the file is damaged or truncated ({error}).</translation>
    </message>
    <message>
      <source>{file}: cannot be opened as an ODS spreadsheet; the file is damaged ({error}).</source>
      <translation>{file}: cannot be opened as an ODS spreadsheet; the file is damaged ({error}).</translation>
    </message>
    <message>
      <source>{file}: the workbook has no sheets.</source>
      <translation>{file}: the workbook has no sheets.</translation>
    </message>
    <message>
      <source>{file}: no sheet '{sheet}'; the sheets are {sheets}.</source>
      <translation>{file}: no sheet '{sheet}'; the sheets are {sheets}.</translation>
    </message>
    <message>
      <source>{where}: the sheet is empty.</source>
      <translation>{where}: the sheet is empty.</translation>
    </message>
    <message>
      <source>{where}: the table has no columns.</source>
      <translation>{where}: the table has no columns.</translation>
    </message>
    <message>
      <source>{where}: the table has no rows.</source>
      <translation>{where}: the table has no rows.</translation>
    </message>
    <message>
      <source>{where}: the table has a header (row {row}) but no data rows.</source>
      <translation>{where}: the table has a header (row {row}) but no data rows.</translation>
    </message>
    <message>
      <source>{where}: the table has no data rows besides the total row.</source>
      <translation>{where}: the table has no data rows besides the total row.</translation>
    </message>
    <message>
      <source>The file is not UTF-8 throughout; it was read as {encoding}.</source>
      <translation>The file is not UTF-8 throughout; it was read as {encoding}.</translation>
    </message>
    <message>
      <source>{count} row(s) without a key in column '{column}': rows {rows}.</source>
      <translation>{count} row(s) without a key in column '{column}': rows {rows}.</translation>
    </message>
    <message>
      <source>Further total rows (subtotals) were left out: rows {rows}.</source>
      <translation>Further total rows (subtotals) were left out: rows {rows}.</translation>
    </message>
    <message>
      <source>City total row '{label}' found in row {row}; it is not joined to any area.</source>
      <translation>City total row '{label}' found in row {row}; it is not joined to any area.</translation>
    </message>
    <message>
      <source>{where}, column '{column}': cells with different units: {units}.</source>
      <translation>{where}, column '{column}': cells with different units: {units}.</translation>
    </message>
    <message>
      <source>'{symbol}' ({count})</source>
      <translation>'{symbol}' ({count})</translation>
    </message>
    <message>
      <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</source>
      <translation>{where}, column '{column}': the text looks wrongly decoded ('{example}'); some characters could not be decoded; the source is probably in a single-byte encoding such as Windows-1252 (cp1252) or ISO-8859-1, not UTF-8: choose its encoding.</translation>
    </message>
    <message>
      <source>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</source>
      <translation>{where}, column '{column}': the text looks wrongly decoded ('{example}'); the source is probably UTF-8 but was read in a single-byte encoding: choose UTF-8.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>The {what} layer of the Aktionsräume set-up is missing from the project.</source>
      <translation>The {what} layer of the Aktionsräume set-up is missing from the project.</translation>
    </message>
    <message>
      <source>Aktionsplan Soziale Stadt</source>
      <translation>Aktionsplan Soziale Stadt</translation>
    </message>
    <message>
      <source>Aktionsräume and Aktionsquartiere</source>
      <translation>Aktionsräume and Aktionsquartiere</translation>
    </message>
    <message>
      <source>Data: statistics office</source>
      <translation>Data: statistics office</translation>
    </message>
    <message>
      <source>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</source>
      <translation>This project has no Aktionsräume set-up yet; set it up in the Aktionsräume panel.</translation>
    </message>
    <message>
      <source>This project holds no scenario.</source>
      <translation>This project holds no scenario.</translation>
    </message>
    <message>
      <source>status</source>
      <translation>status</translation>
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
      <translation>The set-up names no Sozialraum layer.</translation>
    </message>
  </context>
  <context>
    <name>YearSource</name>
    <message>
      <source>Indicator table ({patterns})</source>
      <translation>Indicator table ({patterns})</translation>
    </message>
    <message>
      <source>Or a table file (CSV, XLSX, ODS); a file is used before a layer</source>
      <translation>Or a table file (CSV, XLSX, ODS); a file is used before a layer</translation>
    </message>
    <message>
      <source>or a table file …</source>
      <translation>or a table file …</translation>
    </message>
  </context>
</TS>

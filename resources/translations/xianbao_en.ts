<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="23" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>Filling the demo county with two years of sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="26" />
        <location filename="../../desktop_app/ui/report_actions.py" line="139" />
        <location filename="../../desktop_app/app.py" line="86" />
        <location filename="../../desktop_app/app.py" line="98" />
        <source>Xianbao</source>
        <translation>Xianbao</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="49" />
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="50" />
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="51" />
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="52" />
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="53" />
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="74" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="76" />
        <source>Home region: {name} ({code}, {level})</source>
        <translation>Home region: {name} ({code}, {level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="82" />
        <source>{indicators} indicators and {regions} regions are loaded.</source>
        <translation>{indicators} indicators and {regions} regions are loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="92" />
        <location filename="../../desktop_app/cli.py" line="128" />
        <location filename="../../desktop_app/cli.py" line="191" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="92" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="92" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="94" />
        <source>{count} regions.</source>
        <translation>{count} regions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>Added {name} ({code}, {level}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="121" />
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="123" />
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="124" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="129" />
        <location filename="../../desktop_app/cli.py" line="192" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="130" />
        <location filename="../../desktop_app/cli.py" line="193" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="131" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="132" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="133" />
        <source>Keyed as</source>
        <translation>Keyed as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="156" />
        <source>Unchanged: {value}</source>
        <translation>Unchanged: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="159" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>Saved {indicator} for {region}, {period}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="176" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>Target of {indicator} for {region} in {year}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="185" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="186" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187" />
        <source>This half-year</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="188" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="195" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="197" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="198" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="199" />
        <source>YTD YoY (%)</source>
        <translation>YTD YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="200" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="217" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name} ({code}), {period}; year to date {ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="237" />
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="252" />
        <source>Roll-up:</source>
        <translation>Roll-up:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="90" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Wrote {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="73" />
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="74" />
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="75" />
        <source>half-yearly</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="76" />
        <source>annual</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="89" />
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="93" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="94" />
        <source>Form number</source>
        <translation>Form number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="95" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="96" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="97" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="98" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="99" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="124" />
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="147" />
        <source>Refused: {message}</source>
        <translation>Refused: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="155" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows not matched</source>
        <translation>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows not matched</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="182" />
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="185" />
        <source>Stored {count} values.</source>
        <translation>Stored {count} values.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="69" />
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="18" />
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="19" />
        <source>pasted</source>
        <translation>pasted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="20" />
        <source>copied</source>
        <translation>copied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="21" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="22" />
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="33" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="34" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="35" />
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="36" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="37" />
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="59" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>no such region</source>
        <translation>no such region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>file refused</source>
        <translation>file refused</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="163" />
        <source>Import: what would change</source>
        <translation>Import: what would change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="181" />
        <source>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows with no such region, %7 files refused. %8 files can be imported; a file with a conflict or an unknown region is not imported at all.</source>
        <translation>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows with no such region, %7 files refused. %8 files can be imported; a file with a conflict or an unknown region is not imported at all.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="198" />
        <source>&amp;Import %1 files</source>
        <translation>&amp;Import %1 files</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="115" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="116" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="117" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="118" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="119" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="120" />
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="121" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="122" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="123" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="60" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="65" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>Indicator {indicator} counts whole units; {value} is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="68" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>Indicator {indicator} keeps {scale} decimal places; {value} has more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="71" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>Indicator {indicator} cannot be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="74" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>Indicator {indicator} must be at least {minimum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="77" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>Indicator {indicator} must be at most {maximum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="80" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>Indicator {indicator} is computed from its parts and cannot be typed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="83" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="86" />
        <source>Indicator {indicator} for this period is already kept at {name} ({region}); a branch keeps each figure at one level so that totals never count it twice.</source>
        <translation>Indicator {indicator} for this period is already kept at {name} ({region}); a branch keeps each figure at one level so that totals never count it twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="91" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>No region has the code {code}. List them with: xianbao regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="94" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>No indicator has the code {code}. List them with: xianbao indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="97" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016Q1, 2016年第一季度, 2016H1 or 2016.</source>
        <translation>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016Q1, 2016年第一季度, 2016H1 or 2016.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="102" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>The year {year} is outside the years Xianbao keeps.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="105" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>There is no period number {index} of that kind in a year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="108" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} is not a valid code for a {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="109" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} needs a parent region above the {level} level.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="112" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} does not begin with the code of its parent {parent}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="115" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</source>
        <translation>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="120" />
        <source>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</source>
        <translation>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="125" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="129" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="133" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="137" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="141" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="146" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="150" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="155" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="160" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>The return still has {count} errors; correct them before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="163" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>{count} warnings still need an explanation (情况说明) before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="166" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>Say why the submitted return must change; the reason is kept with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="169" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>The return of {region} has not been submitted, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="172" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="177" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="180" />
        <source>Region {code} needs a name.</source>
        <translation>Region {code} needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="181" />
        <source>A region with the code {code} already exists.</source>
        <translation>A region with the code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="182" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>This database has no county yet. Create one with: xianbao init --region CODE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="186" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>There is no Excel template “{template}”. List them with: xianbao templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="189" />
        <source>The template mapping {where} cannot be read: {detail}</source>
        <translation>The template mapping {where} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="192" />
        <source>Template {template}: its workbook {file} is not beside the mapping.</source>
        <translation>Template {template}: its workbook {file} is not beside the mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="195" />
        <source>Template {template}: its workbook cannot be opened ({detail}).</source>
        <translation>Template {template}: its workbook cannot be opened ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="198" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="201" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>The template's years {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="204" />
        <source>The mapping maps no sheet.</source>
        <translation>The mapping maps no sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="205" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>The workbook has no sheet “{sheet}”, which the mapping uses.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="208" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="212" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>Cell {sheet}!{cell} lies outside the sheet's table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="215" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="219" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="222" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>Cell {sheet}!{cell} is mapped more than once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="225" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="230" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>Sheet {sheet} is a region table but the mapping gives no table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="233" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="236" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="239" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="243" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="246" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="250" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>Template {template} belongs to another province than {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="253" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>Template {template} is not made for a region at the level of {region}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="256" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>Sheet {sheet} has room for {rows} regions, but there are {regions}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="259" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>Sheet {sheet} has no row for {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="262" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>The return could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="265" />
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="266" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="271" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="276" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="281" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="285" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="289" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="294" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="299" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} says no 报告期; give the period. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="302" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} is the return for {found}, not for {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="305" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} says no region code; give the region. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="308" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} is the return of {found}, not of {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="311" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>Row {row}: no region has the code or name “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="314" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>Row {row} holds figures but no region code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="315" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="319" />
        <source>{file} has {conflicts} conflicting values and {unmatched} rows that match no region; resolve them first. Nothing was imported.</source>
        <translation>{file} has {conflicts} conflicting values and {unmatched} rows that match no region; resolve them first. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="324" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}” is not a date; write it as 2025-04-08.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="328" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="334" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="340" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="345" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="350" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="355" />
        <source>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</source>
        <translation>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="88" />
        <location filename="../../desktop_app/ui/main_window.py" line="107" />
        <source>Opening the database…</source>
        <extracomment>The store's regions and the first return are on screen.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="90" />
        <location filename="../../desktop_app/ui/main_window.py" line="129" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130" />
        <source>By township</source>
        <translation>By township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176" />
        <source>◀ Previous month</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179" />
        <source>Next month ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="193" />
        <source>Every change is saved as you type.</source>
        <translation>Every change is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="198" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="203" />
        <source>Find indicator…</source>
        <translation>Find indicator…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207" />
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208" />
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210" />
        <location filename="../../desktop_app/ui/main_window.py" line="258" />
        <source>Keyboard help</source>
        <translation>Keyboard help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Find indicator</source>
        <translation>Find indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Code or part of the name:</source>
        <translation>Code or part of the name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252" />
        <source>No indicator matches “%1”.</source>
        <translation>No indicator matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="260" />
        <source>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.
Ctrl+Z undo · Ctrl+V paste from Excel/WPS · Ctrl+Shift+L copy last period
Ctrl+PgUp / Ctrl+PgDown previous / next month · Ctrl+F find an indicator
Ctrl+H history of a cell · Ctrl+Enter submit the return</source>
        <translation>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.
Ctrl+Z undo · Ctrl+V paste from Excel/WPS · Ctrl+Shift+L copy last period
Ctrl+PgUp / Ctrl+PgDown previous / next month · Ctrl+F find an indicator
Ctrl+H history of a cell · Ctrl+Enter submit the return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="313" />
        <source>Xianbao — %1, %2</source>
        <translation>Xianbao — %1, %2</translation>
    </message>
</context>
<context>
    <name>MultiUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="204" />
        <source>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</source>
        <translation>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="221" />
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="249" />
        <source>Pasted %1 cells.</source>
        <translation>Pasted %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="257" />
        <source>%1 cells cannot be typed into (outside the grid or computed) and were left out.</source>
        <translation>%1 cells cannot be typed into (outside the grid or computed) and were left out.</translation>
    </message>
</context>
<context>
    <name>MultiUnitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="53" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="54" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="55" />
        <source>Keyed as</source>
        <translation>Keyed as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="56" />
        <source>County total</source>
        <translation>County total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="121" />
        <source>year to date</source>
        <extracomment>A person changed a township's cell: region code, indicator code, text as typed.</extracomment>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="122" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="79" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>Export the province's Excel return…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="84" />
        <source>Import Excel returns…</source>
        <translation>Import Excel returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="87" />
        <source>Import a folder of returns…</source>
        <translation>Import a folder of returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="90" />
        <source>Templates…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="93" />
        <source>Monthly summary (PDF)…</source>
        <translation>Monthly summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="96" />
        <source>Blank paper forms (PDF)…</source>
        <translation>Blank paper forms (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="99" />
        <source>Who has submitted (PDF)…</source>
        <translation>Who has submitted (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="143" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="148" />
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="154" />
        <source>Choose a region first.</source>
        <translation>Choose a region first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="171" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="185" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="186" />
        <source>Which return?</source>
        <translation>Which return?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="204" />
        <source>Filling the province's workbook…</source>
        <translation>Filling the province's workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="208" />
        <source>Exported {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="216" />
        <source> (sample)</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="225" />
        <source>Where should exported returns go?</source>
        <translation>Where should exported returns go?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="238" />
        <source>Import Excel returns</source>
        <translation>Import Excel returns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="240" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="247" />
        <source>Import every return in a folder</source>
        <translation>Import every return in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="260" />
        <source>Reading the returns…</source>
        <translation>Reading the returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="270" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="285" />
        <source>Storing the imported values…</source>
        <translation>Storing the imported values…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="288" />
        <source>Imported {count} values from {files} files.</source>
        <translation>Imported {count} values from {files} files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="327" />
        <source>The monthly summary is made for a month.</source>
        <translation>The monthly summary is made for a month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="333" />
        <location filename="../../desktop_app/ui/report_actions.py" line="338" />
        <location filename="../../desktop_app/ui/report_actions.py" line="360" />
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="349" />
        <source>Making the forms…</source>
        <translation>Making the forms…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="64" />
        <source>Print preview – {name}</source>
        <translation>Print preview – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="66" />
        <location filename="../../desktop_app/ui/report_preview.py" line="129" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="67" />
        <source>Save a copy of the report as PDF</source>
        <translation>Save a copy of the report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="118" />
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="120" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="130" />
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/exporting/pdf/document.py" line="99" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="63" />
        <source>{year}-{month}-{day}</source>
        <extracomment>Room to write a figure by hand on the paper form (about 6 mm).</extracomment>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="74" />
        <source>January total</source>
        <translation>January total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="140" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="212" />
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="149" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region} e-commerce development monthly report ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="160" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="415" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="161" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="417" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="162" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="418" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="165" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="280" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="166" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="167" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="208" />
        <source>Notes on warnings</source>
        <translation>Notes on warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="210" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="230" />
        <source>____ / ____ / ____</source>
        <translation>____ / ____ / ____</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="255" />
        <source>(Stamp)</source>
        <translation>(Stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="236" />
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="75" />
        <source>Months 1–{month}</source>
        <translation>Months 1–{month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="164" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="279" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="238" />
        <source>Head of statistics</source>
        <translation>Head of statistics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="240" />
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="241" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="242" />
        <source>Date of report</source>
        <translation>Date of report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="275" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="276" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="416" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="540" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="277" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="499" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="281" />
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="319" />
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="320" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="410" />
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="329" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>Regions ranked by {indicator} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="342" />
        <source>Key indicators over the last 12 months</source>
        <translation>Key indicators over the last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="353" />
        <source>Progress against the year's targets</source>
        <translation>Progress against the year's targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="393" />
        <source>Rural e-commerce monthly return</source>
        <translation>Rural e-commerce monthly return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="402" />
        <source>Send to: {authority}</source>
        <translation>Send to: {authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="409" />
        <source>Reporting unit (stamp)</source>
        <translation>Reporting unit (stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="420" />
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="447" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</source>
        <translation>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="479" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>Submission of returns: {region} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="486" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="487" />
        <source>Submitted late</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="488" />
        <source>Not yet submitted</source>
        <translation>Not yet submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="489" />
        <source>Overdue, not submitted</source>
        <translation>Overdue, not submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="490" />
        <source>Reopened for correction</source>
        <translation>Reopened for correction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="496" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="497" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="498" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="517" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="518" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="522" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="539" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="542" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="543" />
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="544" />
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="545" />
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="87" />
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="132" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent} ({done} of {target} {unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="156" />
        <source>Time elapsed {percent}%</source>
        <translation>Time elapsed {percent}%</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="148" />
        <source>Undo</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. The return's status changed (submitted, reopened): the window updates its title.</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="150" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="152" />
        <source>Copy last period</source>
        <translation>Copy last period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="155" />
        <source>Submit (报送)</source>
        <translation>Submit (报送)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="158" />
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="160" />
        <source>History of this cell…</source>
        <translation>History of this cell…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="232" />
        <source>Submitted on %1 by %2; reopen it to change a figure.</source>
        <translation>Submitted on %1 by %2; reopen it to change a figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="236" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="240" />
        <location filename="../../desktop_app/ui/return_page.py" line="401" />
        <source>Reopened: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="242" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="247" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="279" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="281" />
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="291" />
        <source>Restored %1: %2</source>
        <translation>Restored %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="326" />
        <source>Pasted %1 cells; refused %2 — %3</source>
        <translation>Pasted %1 cells; refused %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="330" />
        <source>Pasted %1 cells.</source>
        <translation>Pasted %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="346" />
        <source>Copied %1 end-of-period figures from the last period; confirm each with Enter.</source>
        <translation>Copied %1 end-of-period figures from the last period; confirm each with Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="367" />
        <source>Explanation (情况说明)</source>
        <translation>Explanation (情况说明)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="368" />
        <source>Explain this figure for the return:</source>
        <translation>Explain this figure for the return:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="371" />
        <source>Not submitted: every warning needs an explanation.</source>
        <translation>Not submitted: every warning needs an explanation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="381" />
        <source>Submitted. The return is locked.</source>
        <translation>Submitted. The return is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Reopen the return</source>
        <translation>Reopen the return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Why must the submitted return change?</source>
        <translation>Why must the submitted return change?</translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="62" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="63" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="64" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="65" />
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="66" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="67" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="68" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="69" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="70" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="71" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="72" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="264" />
        <source>Copied from the last period; confirm with Enter.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. A person changed a cell: indicator code, column, text as typed.</extracomment>
        <translation>Copied from the last period; confirm with Enter.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="29" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="39" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43" />
        <source>&amp;Bureau name:</source>
        <translation>&amp;Bureau name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="44" />
        <source>Bureau &amp;head:</source>
        <translation>Bureau &amp;head:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="45" />
        <source>&amp;Statistics lead:</source>
        <translation>&amp;Statistics lead:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="46" />
        <source>Pr&amp;eparer:</source>
        <translation>Pr&amp;eparer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="47" />
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="57" />
        <source>found on this computer</source>
        <translation>found on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63" />
        <source>Report &amp;font:</source>
        <translation>Report &amp;font:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="68" />
        <source>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</source>
        <translation>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="86" />
        <source>Choose a Chinese TrueType font</source>
        <translation>Choose a Chinese TrueType font</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="88" />
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="66" />
        <source>Set up Xianbao</source>
        <extracomment>The usual name of a county's commerce bureau, as returns print it (data, not interface text).</extracomment>
        <translation>Set up Xianbao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="70" />
        <source>Choose the county your bureau reports for and the people who sign its returns. The names can be changed later.</source>
        <translation>Choose the county your bureau reports for and the people who sign its returns. The names can be changed later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="77" />
        <source>Set up &amp;my county</source>
        <translation>Set up &amp;my county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="79" />
        <source>Open a &amp;demo county with two years of sample data</source>
        <translation>Open a &amp;demo county with two years of sample data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="83" />
        <source>Choose a province</source>
        <translation>Choose a province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="84" />
        <source>Choose a prefecture</source>
        <translation>Choose a prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="85" />
        <source>Choose a county</source>
        <translation>Choose a county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="86" />
        <source>Your county</source>
        <translation>Your county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="90" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="93" />
        <source>P&amp;refecture:</source>
        <translation>P&amp;refecture:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="95" />
        <source>&amp;County:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="103" />
        <source>Printed on every return</source>
        <translation>Printed on every return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="107" />
        <source>&amp;Bureau name:</source>
        <translation>&amp;Bureau name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="110" />
        <source>Bureau &amp;head:</source>
        <translation>Bureau &amp;head:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="113" />
        <source>&amp;Statistics lead:</source>
        <translation>&amp;Statistics lead:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="117" />
        <source>Pr&amp;eparer:</source>
        <translation>Pr&amp;eparer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="119" />
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="127" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="63" />
        <source>This period (本期)</source>
        <translation>This period (本期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="64" />
        <source>Year to date (1–N月累计)</source>
        <translation>Year to date (1–N月累计)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="65" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="66" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="67" />
        <source>Year on year (%)</source>
        <translation>Year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="68" />
        <source>Year to date, year on year (%)</source>
        <translation>Year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="69" />
        <source>On the previous period (%)</source>
        <translation>On the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="70" />
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="71" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="72" />
        <source>Progress to target (%)</source>
        <translation>Progress to target (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="75" />
        <source>Reporting unit (填报单位)</source>
        <translation>Reporting unit (填报单位)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="76" />
        <source>Region name</source>
        <translation>Region name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="77" />
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="78" />
        <source>Reporting period (报告期)</source>
        <translation>Reporting period (报告期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="79" />
        <source>Period as 1–N月</source>
        <translation>Period as 1–N月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="80" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="81" />
        <source>Bureau head (单位负责人)</source>
        <translation>Bureau head (单位负责人)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="82" />
        <source>Statistics lead</source>
        <translation>Statistics lead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="83" />
        <source>Preparer (填表人)</source>
        <translation>Preparer (填表人)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="84" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="85" />
        <source>Date sent (报出日期)</source>
        <translation>Date sent (报出日期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="88" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="89" />
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="90" />
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="91" />
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="176" />
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="188" />
        <source>New from a workbook…</source>
        <translation>New from a workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="193" />
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="196" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="206" />
        <source>Not mapped</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="207" />
        <source>A figure</source>
        <translation>A figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="208" />
        <source>A header or footer field</source>
        <translation>A header or footer field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="218" />
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="222" />
        <source>Cell:</source>
        <translation>Cell:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="223" />
        <source>Holds:</source>
        <translation>Holds:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="224" />
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="225" />
        <source>Measure:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="226" />
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="231" />
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="239" />
        <source>&amp;Save mapping</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="321" />
        <source>The province's workbook</source>
        <translation>The province's workbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="323" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="329" />
        <location filename="../../desktop_app/ui/template_editor.py" line="336" />
        <location filename="../../desktop_app/ui/template_editor.py" line="344" />
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="330" />
        <source>Title of the return:</source>
        <translation>Title of the return:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="337" />
        <source>Form number (表号):</source>
        <translation>Form number (表号):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="345" />
        <source>How often:</source>
        <translation>How often:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="480" />
        <source>None: every mapped cell can be written.</source>
        <translation>None: every mapped cell can be written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="504" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
</TS>
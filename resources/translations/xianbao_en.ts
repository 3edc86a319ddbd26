<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="24" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>Filling the demo county with two years of sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="27" />
        <location filename="../../desktop_app/ui/report_actions.py" line="141" />
        <location filename="../../desktop_app/ui/report_actions.py" line="304" />
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
        <location filename="../../desktop_app/cli.py" line="93" />
        <location filename="../../desktop_app/cli.py" line="109" />
        <location filename="../../desktop_app/cli.py" line="150" />
        <location filename="../../desktop_app/cli.py" line="213" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <location filename="../../desktop_app/cli.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="95" />
        <source>{count} regions.</source>
        <translation>{count} regions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="111" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="112" />
        <source>Succeeded by</source>
        <translation>Succeeded by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="114" />
        <source>Former divisions: {count}</source>
        <translation>Former divisions: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="122" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>Added {name} ({code}, {level}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="143" />
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="145" />
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="146" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="151" />
        <location filename="../../desktop_app/cli.py" line="214" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="152" />
        <location filename="../../desktop_app/cli.py" line="215" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="153" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="154" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="155" />
        <source>Keyed as</source>
        <translation>Keyed as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="178" />
        <source>Unchanged: {value}</source>
        <translation>Unchanged: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="181" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>Saved {indicator} for {region}, {period}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="198" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>Target of {indicator} for {region} in {year}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="208" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="209" />
        <source>This half-year</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="210" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="217" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="218" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="219" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="220" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="221" />
        <source>YTD YoY (%)</source>
        <translation>YTD YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="222" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="272" />
        <source>{measure} {count}</source>
        <extracomment>The measures `show` prints, in column order after the unit. The mark after a figure that lacks some expected children.</extracomment>
        <translation>{measure} {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="276" />
        <source> (missing: {names})</source>
        <translation> (missing: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="277" />
        <location filename="../../desktop_app/cli.py" line="281" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="280" />
        <source> (incomplete: {names})</source>
        <translation> (incomplete: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="290" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name} ({code}), {period}; year to date {ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="299" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="319" />
        <source>{mark} incomplete: not every region below reported this figure.</source>
        <translation>{mark} incomplete: not every region below reported this figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="324" />
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="339" />
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
        <location filename="../../desktop_app/cli_excel.py" line="148" />
        <source>Refused: {message}</source>
        <translation>Refused: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="156" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</source>
        <translation>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="214" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="215" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="216" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="217" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="218" />
        <source>row refused</source>
        <translation>row refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="219" />
        <source>no figures</source>
        <translation>no figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="220" />
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="228" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="229" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="230" />
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="231" />
        <source>last year to date</source>
        <translation>last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="232" />
        <source>year on year (%)</source>
        <translation>year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="233" />
        <source>year to date, year on year (%)</source>
        <translation>year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="234" />
        <source>on the previous period (%)</source>
        <translation>on the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="235" />
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="236" />
        <source>annual target</source>
        <translation>annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="237" />
        <source>progress to target (%)</source>
        <translation>progress to target (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="202" />
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="205" />
        <source>Stored {count} values.</source>
        <translation>Stored {count} values.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="74" />
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="23" />
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="24" />
        <source>pasted</source>
        <translation>pasted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="25" />
        <source>copied</source>
        <translation>copied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="26" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="27" />
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="38" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="39" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="40" />
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="41" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="42" />
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="57" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="58" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="59" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>no such region</source>
        <translation>no such region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>row refused</source>
        <translation>row refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>no figures sent</source>
        <translation>no figures sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="65" />
        <source>file refused</source>
        <translation>file refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="69" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="70" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="71" />
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="72" />
        <source>last year to date</source>
        <translation>last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="73" />
        <source>year on year (%)</source>
        <translation>year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="74" />
        <source>year to date, year on year (%)</source>
        <translation>year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="75" />
        <source>on the previous period (%)</source>
        <translation>on the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="76" />
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="77" />
        <source>annual target</source>
        <translation>annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="78" />
        <source>progress to target (%)</source>
        <translation>progress to target (%)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="248" />
        <source>Import: what would change</source>
        <translation>Import: what would change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="265" />
        <source>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows refused, %7 files refused; %8 regions sent no figures, %9 cells are not read. %10 files can be imported; a file with a conflict or a refused row is not imported at all.</source>
        <translation>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows refused, %7 files refused; %8 regions sent no figures, %9 cells are not read. %10 files can be imported; a file with a conflict or a refused row is not imported at all.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="284" />
        <source>&amp;Import %1 files</source>
        <translation>&amp;Import %1 files</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="196" />
        <source>File</source>
        <extracomment>The order rows are listed in: what blocks a file first, what is only for information last.</extracomment>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="197" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="198" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="199" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="200" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="201" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="202" />
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="203" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="204" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="205" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="64" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="69" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>Indicator {indicator} counts whole units; {value} is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="72" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>Indicator {indicator} keeps {scale} decimal places; {value} has more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="75" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>Indicator {indicator} cannot be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="78" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>Indicator {indicator} must be at least {minimum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="81" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>Indicator {indicator} must be at most {maximum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="84" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>Indicator {indicator} is computed from its parts and cannot be typed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="87" />
        <source>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</source>
        <translation>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="92" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="124" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>No region has the code {code}. List them with: xianbao regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="127" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>No indicator has the code {code}. List them with: xianbao indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="95" />
        <source>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</source>
        <translation>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="100" />
        <source>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</source>
        <translation>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="105" />
        <source>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="112" />
        <source>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="118" />
        <source>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="130" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</source>
        <translation>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="135" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>The year {year} is outside the years Xianbao keeps.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="138" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>There is no period number {index} of that kind in a year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="141" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} is not a valid code for a {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="142" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} needs a parent region above the {level} level.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="145" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} does not begin with the code of its parent {parent}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="148" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</source>
        <translation>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="153" />
        <source>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</source>
        <translation>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="158" />
        <source>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</source>
        <translation>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="163" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</source>
        <translation>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="168" />
        <source>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</source>
        <translation>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="173" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="177" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="181" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="185" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="189" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="194" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="198" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="203" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="208" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>The return still has {count} errors; correct them before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="211" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>{count} warnings still need an explanation (情况说明) before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="214" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>Say why the submitted return must change; the reason is kept with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="217" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>The return of {region} has not been submitted, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="220" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="225" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="228" />
        <source>Region {code} needs a name.</source>
        <translation>Region {code} needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="229" />
        <source>A region with the code {code} already exists.</source>
        <translation>A region with the code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="230" />
        <source>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</source>
        <translation>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="235" />
        <source>{name} ({code}) existed until {until}, so it takes no figures for {period}.</source>
        <translation>{name} ({code}) existed until {until}, so it takes no figures for {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="238" />
        <source>{name} ({code}) exists from {since}, so it takes no figures for {period}.</source>
        <translation>{name} ({code}) exists from {since}, so it takes no figures for {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="241" />
        <source>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</source>
        <translation>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="246" />
        <source>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</source>
        <translation>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="250" />
        <source>{name} ({code}) existed until {until} and is no longer a region.</source>
        <translation>{name} ({code}) existed until {until} and is no longer a region.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="253" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>This database has no county yet. Create one with: xianbao init --region CODE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="257" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>There is no Excel template “{template}”. List them with: xianbao templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="260" />
        <source>The template mapping {where} cannot be read: {detail}</source>
        <translation>The template mapping {where} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="263" />
        <source>Template {template}: its workbook {file} is not beside the mapping.</source>
        <translation>Template {template}: its workbook {file} is not beside the mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="266" />
        <source>Template {template}: its workbook cannot be opened ({detail}).</source>
        <translation>Template {template}: its workbook cannot be opened ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="269" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="272" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>The template's years {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="275" />
        <source>The mapping maps no sheet.</source>
        <translation>The mapping maps no sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="276" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>The workbook has no sheet “{sheet}”, which the mapping uses.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="279" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="283" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>Cell {sheet}!{cell} lies outside the sheet's table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="286" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="290" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="293" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>Cell {sheet}!{cell} is mapped more than once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="296" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="301" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>Sheet {sheet} is a region table but the mapping gives no table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="304" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="307" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="310" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="314" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="317" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="321" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>Template {template} belongs to another province than {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="324" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>Template {template} is not made for a region at the level of {region}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>Sheet {sheet} has room for {rows} regions, but there are {regions}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="330" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>Sheet {sheet} has no row for {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="333" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>The return could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="336" />
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="337" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="342" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="347" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="352" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="356" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="360" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="365" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="370" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} says no 报告期; give the period. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="373" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} is the return for {found}, not for {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="376" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} says no region code; give the region. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="379" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} is the return of {found}, not of {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="382" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>Row {row}: no region has the code or name “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="385" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>Row {row} holds figures but no region code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="386" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="390" />
        <source>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</source>
        <translation>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="395" />
        <source>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="401" />
        <source>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="407" />
        <source>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</source>
        <translation>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="412" />
        <source>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</source>
        <translation>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="417" />
        <source>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</source>
        <translation>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="421" />
        <source>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</source>
        <translation>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="424" />
        <source>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</source>
        <translation>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="427" />
        <source>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</source>
        <translation>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="432" />
        <source>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</source>
        <translation>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="437" />
        <source>Not read: Xianbao computes growth rates and percentages itself.</source>
        <translation>Not read: Xianbao computes growth rates and percentages itself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="440" />
        <source>Not read: {indicator} is computed from its parts.</source>
        <translation>Not read: {indicator} is computed from its parts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="443" />
        <source>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</source>
        <translation>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="448" />
        <source>Not read: no indicator has the code {indicator}.</source>
        <translation>Not read: no indicator has the code {indicator}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="451" />
        <source>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</source>
        <translation>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="457" />
        <source>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</source>
        <translation>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="462" />
        <source>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</source>
        <translation>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="467" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}” is not a date; write it as 2025-04-08.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="470" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="471" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="477" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="483" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="488" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="493" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="498" />
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
        <location filename="../../desktop_app/ui/multi_unit.py" line="206" />
        <source>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</source>
        <translation>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="223" />
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="251" />
        <source>Pasted %1 cells.</source>
        <translation>Pasted %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="259" />
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
        <location filename="../../desktop_app/ui/report_actions.py" line="81" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>Export the province's Excel return…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="86" />
        <source>Import Excel returns…</source>
        <translation>Import Excel returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="89" />
        <source>Import a folder of returns…</source>
        <translation>Import a folder of returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="92" />
        <source>Templates…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="95" />
        <source>Monthly summary (PDF)…</source>
        <translation>Monthly summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="98" />
        <source>Blank paper forms (PDF)…</source>
        <translation>Blank paper forms (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="101" />
        <source>Who has submitted (PDF)…</source>
        <translation>Who has submitted (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="145" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="150" />
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="156" />
        <source>Choose a region first.</source>
        <translation>Choose a region first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="173" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="187" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="188" />
        <source>Which return?</source>
        <translation>Which return?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="206" />
        <source>Filling the province's workbook…</source>
        <translation>Filling the province's workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="210" />
        <source>Exported {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="218" />
        <source> (sample)</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="227" />
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
        <location filename="../../desktop_app/ui/report_actions.py" line="293" />
        <source>Storing the imported values…</source>
        <translation>Storing the imported values…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="298" />
        <source>Imported {count} values from {files} files.</source>
        <translation>Imported {count} values from {files} files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="338" />
        <source>The monthly summary is made for a month.</source>
        <translation>The monthly summary is made for a month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="344" />
        <location filename="../../desktop_app/ui/report_actions.py" line="349" />
        <location filename="../../desktop_app/ui/report_actions.py" line="371" />
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="360" />
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
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="81" />
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="92" />
        <source>January total</source>
        <translation>January total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="158" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="432" />
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="303" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region} e-commerce development monthly report ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="315" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="726" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="316" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="728" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="317" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="329" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="729" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="320" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="332" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="498" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="542" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="321" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="322" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="428" />
        <source>Notes on warnings</source>
        <translation>Notes on warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="430" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="450" />
        <source>____ / ____ / ____</source>
        <translation>____ / ____ / ____</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="475" />
        <source>(Stamp)</source>
        <translation>(Stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="456" />
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="93" />
        <source>Months 1–{month}</source>
        <translation>Months 1–{month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="166" />
        <source>{items}, {item}</source>
        <extracomment>How a list is joined: names (顿号 in Chinese), and the entries of a note.</extracomment>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="167" />
        <source>{items}; {item}</source>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="281" />
        <source>{coverage} (missing: {regions})</source>
        <translation>{coverage} (missing: {regions})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="285" />
        <source>{coverage} (incomplete themselves: {regions})</source>
        <translation>{coverage} (incomplete themselves: {regions})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="290" />
        <source>{name} {measures} {coverage}</source>
        <translation>{name} {measures} {coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="296" />
        <source>Note: {mark} incomplete: {entries}</source>
        <translation>Note: {mark} incomplete: {entries}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="319" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="331" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="497" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="541" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="458" />
        <source>Head of statistics</source>
        <translation>Head of statistics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="460" />
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="461" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="462" />
        <source>Date of report</source>
        <translation>Date of report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="537" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="538" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="727" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="851" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="539" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="810" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="543" />
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="596" />
        <source>Not reported for {indicator} ({count}): {regions}</source>
        <translation>Not reported for {indicator} ({count}): {regions}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="603" />
        <source>{count} regions</source>
        <translation>{count} regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="621" />
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="622" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="721" />
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="630" />
        <source>{count} indicators</source>
        <translation>{count} indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="638" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>Regions ranked by {indicator} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="653" />
        <source>Key indicators over the last 12 months</source>
        <translation>Key indicators over the last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="664" />
        <source>Progress against the year's targets</source>
        <translation>Progress against the year's targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="704" />
        <source>Rural e-commerce monthly return</source>
        <translation>Rural e-commerce monthly return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="713" />
        <source>Send to: {authority}</source>
        <translation>Send to: {authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="720" />
        <source>Reporting unit (stamp)</source>
        <translation>Reporting unit (stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="731" />
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="758" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</source>
        <translation>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="790" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>Submission of returns: {region} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="797" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="798" />
        <source>Submitted late</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="799" />
        <source>Not yet submitted</source>
        <translation>Not yet submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="800" />
        <source>Overdue, not submitted</source>
        <translation>Overdue, not submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="801" />
        <source>Reopened for correction</source>
        <translation>Reopened for correction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="807" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="808" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="809" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="828" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="829" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="833" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="850" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="853" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="854" />
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="855" />
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="856" />
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="75" />
        <source>No data for the last 12 months.</source>
        <translation>No data for the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="116" />
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="128" />
        <source>{mark} Some regions have not reported that month.</source>
        <translation>{mark} Some regions have not reported that month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="186" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent} ({done} of {target} {unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="210" />
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
        <location filename="../../desktop_app/ui/return_model.py" line="66" />
        <source>Code</source>
        <extracomment>Text of a rolled-up figure that not every child contributed to (dark amber: reads on white, on the warning yellow and in greyscale print).</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="67" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="68" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="69" />
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="70" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="71" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="72" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="73" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="74" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="75" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="76" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="264" />
        <source>{count} regions reported this figure.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. "4/5" for a rolled-up figure that lacks some children, else None. The measure (a name in services.figures.MEASURES) each figure column shows. The mark after a figure that not every child region contributed to. A person changed a cell: indicator code, column, text as typed.</extracomment>
        <translation>{count} regions reported this figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="267" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="269" />
        <source>Missing: {names}</source>
        <translation>Missing: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="273" />
        <source>Incomplete themselves: {names}</source>
        <translation>Incomplete themselves: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="309" />
        <source>Copied from the last period; confirm with Enter.</source>
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
        <location filename="../../desktop_app/ui/template_editor.py" line="484" />
        <source>None: every mapped cell can be written.</source>
        <translation>None: every mapped cell can be written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="508" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
</TS>
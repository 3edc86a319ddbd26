<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddRegionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="41" />
        <source>Add a township</source>
        <extracomment>The code a region added under a parent of this level has: its level's name and length.</extracomment>
        <translation>Add a township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="41" />
        <source>Add a village</source>
        <translation>Add a village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="52" />
        <source>e.g. 诺水河镇</source>
        <translation>e.g. 诺水河镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="52" />
        <source>e.g. 光明村</source>
        <translation>e.g. 光明村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="56" />
        <source>A township's code has 9 digits and begins with the county's %1.</source>
        <translation>A township's code has 9 digits and begins with the county's %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="58" />
        <source>A village's code has 12 digits and begins with the township's %1.</source>
        <translation>A village's code has 12 digits and begins with the township's %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="66" />
        <source>Under:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="67" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="68" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="378" />
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="387" />
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="390" />
        <source>as the audit and the returns name the person</source>
        <translation>as the audit and the returns name the person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="400" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="407" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="408" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="409" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="410" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="411" />
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="412" />
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="417" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="24" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>Filling the demo county with two years of sample data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="27" />
        <location filename="../../desktop_app/ui/refusals.py" line="32" />
        <location filename="../../desktop_app/ui/refusals.py" line="75" />
        <location filename="../../desktop_app/ui/refusals.py" line="141" />
        <location filename="../../desktop_app/ui/refusals.py" line="179" />
        <location filename="../../desktop_app/ui/report_actions.py" line="127" />
        <location filename="../../desktop_app/ui/report_actions.py" line="341" />
        <location filename="../../desktop_app/app.py" line="97" />
        <location filename="../../desktop_app/app.py" line="266" />
        <location filename="../../desktop_app/app.py" line="305" />
        <location filename="../../desktop_app/app.py" line="310" />
        <location filename="../../desktop_app/app.py" line="363" />
        <location filename="../../desktop_app/app.py" line="382" />
        <source>Xianbao</source>
        <translation>Xianbao</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="267" />
        <source>This database has not been set up yet: an administrator (管理员) logs in first and chooses its region. Ask them, then start Xianbao again.</source>
        <translation>This database has not been set up yet: an administrator (管理员) logs in first and chooses its region. Ask them, then start Xianbao again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="301" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="348" />
        <source>The backup was restored; the database it replaced is in {folder}.</source>
        <translation>The backup was restored; the database it replaced is in {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="366" />
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="102" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="126" />
        <source>Backups and restore</source>
        <extracomment>The clerk confirmed restoring this backup (a Path).</extracomment>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="130" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="132" />
        <source>Backups are kept in: {folder}</source>
        <translation>Backups are kept in: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="156" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="158" />
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="160" />
        <source>Restore from another &amp;file…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="205" />
        <source>There are no backups yet. Back up now to make one.</source>
        <translation>There are no backups yet. Back up now to make one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="223" />
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="233" />
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="235" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Xianbao databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="245" />
        <source>Replace the database {database} ({current}) with the backup made on {made} ({held})?</source>
        <translation>Replace the database {database} ({current}) with the backup made on {made} ({held})?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="252" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="256" />
        <source>The database as it is now is kept in the backups folder first.</source>
        <translation>The database as it is now is kept in the backups folder first.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="56" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="57" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="58" />
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="59" />
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="60" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="61" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="62" />
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="17" />
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="18" />
        <source>before import</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="19" />
        <source>before upgrade</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="20" />
        <source>before restore</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="21" />
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="22" />
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="24" />
        <source>other file</source>
        <translation>other file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="58" />
        <source>{regions} regions with values, last period {period}, {values} values</source>
        <translation>{regions} regions with values, last period {period}, {values} values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="39" />
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="45" />
        <source>Restored {path} ({made}: {regions} regions, {values} values).</source>
        <translation>Restored {path} ({made}: {regions} regions, {values} values).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="57" />
        <source>The database it replaced is kept as {path}</source>
        <translation>The database it replaced is kept as {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="76" />
        <source>No backups in {folder} yet.</source>
        <translation>No backups in {folder} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="79" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="80" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="81" />
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="82" />
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="83" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="84" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="85" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="93" />
        <source>{count} backups in {folder}</source>
        <translation>{count} backups in {folder}</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="158" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="159" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="160" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="161" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="162" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="163" />
        <source>County</source>
        <translation>County</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="53" />
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="54" />
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="55" />
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="56" />
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="57" />
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="81" />
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="83" />
        <source>Home region: {name} ({code}, {level})</source>
        <translation>Home region: {name} ({code}, {level})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="89" />
        <source>{indicators} indicators and {regions} regions are loaded.</source>
        <translation>{indicators} indicators and {regions} regions are loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <location filename="../../desktop_app/cli.py" line="116" />
        <location filename="../../desktop_app/cli.py" line="171" />
        <location filename="../../desktop_app/cli.py" line="225" />
        <location filename="../../desktop_app/cli.py" line="320" />
        <location filename="../../desktop_app/cli.py" line="416" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <location filename="../../desktop_app/cli.py" line="117" />
        <location filename="../../desktop_app/cli.py" line="172" />
        <location filename="../../desktop_app/cli_users.py" line="226" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="102" />
        <source>{count} regions.</source>
        <translation>{count} regions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="118" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="119" />
        <source>Succeeded by</source>
        <translation>Succeeded by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="121" />
        <source>Former divisions: {count}</source>
        <translation>Former divisions: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="129" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>Added {name} ({code}, {level}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="137" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="138" />
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="139" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="140" />
        <source>skipped (the county itself)</source>
        <translation>skipped (the county itself)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="141" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="162" />
        <source>was {name}</source>
        <translation>was {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="170" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="173" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="174" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="185" />
        <source>{new} new, {renamed} renamed, {unchanged} unchanged, {refused} refused.</source>
        <translation>{new} new, {renamed} renamed, {unchanged} unchanged, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>Nothing was written (--dry-run).</source>
        <translation>Nothing was written (--dry-run).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="200" />
        <source>The list was imported.</source>
        <translation>The list was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="218" />
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="220" />
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="221" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="226" />
        <location filename="../../desktop_app/cli.py" line="321" />
        <location filename="../../desktop_app/cli.py" line="417" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="227" />
        <location filename="../../desktop_app/cli.py" line="418" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="228" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="229" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="230" />
        <source>Keyed as</source>
        <translation>Keyed as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="267" />
        <source>Unchanged: {value}</source>
        <translation>Unchanged: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="270" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>Saved {indicator} for {region}, {period}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="280" />
        <source>This value is version {version}; set it again with --based-on {version} and the save is refused if someone has changed it meanwhile.</source>
        <translation>This value is version {version}; set it again with --based-on {version} and the save is refused if someone has changed it meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="304" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>Target of {indicator} for {region} in {year}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="322" />
        <source>Target as set</source>
        <translation>Target as set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="323" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="324" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="325" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="326" />
        <source>Expected (%)</source>
        <translation>Expected (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="346" />
        <source>Targets of {name} ({code}) for {year}, to the end of month {month}</source>
        <translation>Targets of {name} ({code}) for {year}, to the end of month {month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="352" />
        <source>No target is set for this year.</source>
        <translation>No target is set for this year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="364" />
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="369" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="372" />
        <source>Imported {count} targets from {file}.</source>
        <translation>Imported {count} targets from {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="384" />
        <source>Stored {count} targets of {region} for {year}: {codes}</source>
        <translation>Stored {count} targets of {region} for {year}: {codes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="394" />
        <source>Not in the catalogue, not stored: {codes}</source>
        <translation>Not in the catalogue, not stored: {codes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="401" />
        <source>Not mapped to an indicator: {item} “{quote}” ({reason})</source>
        <translation>Not mapped to an indicator: {item} “{quote}” ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="410" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="411" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="412" />
        <source>This half-year</source>
        <translation>This half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="413" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="420" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="421" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="422" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="423" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="424" />
        <source>YTD YoY (%)</source>
        <translation>YTD YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="425" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="475" />
        <source>{measure} {count}</source>
        <extracomment>The measures `show` prints, in column order after the unit. The mark after a figure that lacks some expected children.</extracomment>
        <translation>{measure} {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="479" />
        <source> (missing: {names})</source>
        <translation> (missing: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="480" />
        <location filename="../../desktop_app/cli.py" line="484" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="483" />
        <source> (incomplete: {names})</source>
        <translation> (incomplete: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="493" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name} ({code}), {period}; year to date {ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="502" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="522" />
        <source>{mark} incomplete: not every region below reported this figure.</source>
        <translation>{mark} incomplete: not every region below reported this figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="527" />
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="548" />
        <source>Roll-up:</source>
        <translation>Roll-up:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="96" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Wrote {path} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="46" />
        <source>Undid the import of {file}: {count} values put back as they were.</source>
        <translation>Undid the import of {file}: {count} values put back as they were.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="58" />
        <source>undone {when}</source>
        <translation>undone {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="76" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="77" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="78" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="79" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="80" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="81" />
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="93" />
        <source>New password: </source>
        <extracomment>Reads a password without echo (getpass.getpass; tests give their own).</extracomment>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="94" />
        <source>The new password again: </source>
        <translation>The new password again: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="122" />
        <source>Password of {login}: </source>
        <translation>Password of {login}: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="148" />
        <source>Added the account {login} for {name} ({role}).</source>
        <translation>Added the account {login} for {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="155" />
        <source>This database now asks who is working: give --user {login} with every command, and log in when the program starts.</source>
        <translation>This database now asks who is working: give --user {login} with every command, and log in when the program starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="167" />
        <source>The password of {login} was changed.</source>
        <translation>The password of {login} was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="170" />
        <source>{login} is now a {role}.</source>
        <translation>{login} is now a {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="177" />
        <source>{login} now works on {regions} and what lies under them.</source>
        <translation>{login} now works on {regions} and what lies under them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="181" />
        <source>{login} now works on every region.</source>
        <translation>{login} now works on every region.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="184" />
        <source>{login} is unlocked.</source>
        <translation>{login} is unlocked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="187" />
        <source>{login} can log in again.</source>
        <translation>{login} can log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="190" />
        <source>{login} can no longer log in; its history stays.</source>
        <translation>{login} can no longer log in; its history stays.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="204" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="207" />
        <source>locked until {until}</source>
        <translation>locked until {until}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="211" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="212" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="216" />
        <source>No accounts: the database needs no login. Add the first administrator with xianbao users add LOGIN --name NAME --role admin</source>
        <translation>No accounts: the database needs no login. Add the first administrator with xianbao users add LOGIN --name NAME --role admin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="225" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="227" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="228" />
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="229" />
        <location filename="../../desktop_app/cli_imports.py" line="82" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="85" />
        <source>No Excel import has been taken into this database.</source>
        <translation>No Excel import has been taken into this database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="34" />
        <source>{holders} is writing to the database; waiting up to {seconds} seconds…</source>
        <extracomment>Seconds a write waits before it says so, and between two lines after that.</extracomment>
        <translation>{holders} is writing to the database; waiting up to {seconds} seconds…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="39" />
        <source>Another Xianbao is writing to the database; waiting up to {seconds} seconds…</source>
        <translation>Another Xianbao is writing to the database; waiting up to {seconds} seconds…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="45" />
        <source>… still waiting ({elapsed} s)</source>
        <translation>… still waiting ({elapsed} s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="81" />
        <source>{user} on {computer}</source>
        <translation>{user} on {computer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="84" />
        <source>Also open in another Xianbao: {others}</source>
        <translation>Also open in another Xianbao: {others}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="70" />
        <source>Its state is version {version}; submit or reopen it with --based-on {version} and the change is refused if someone has changed the state meanwhile.</source>
        <translation>Its state is version {version}; submit or reopen it with --based-on {version} and the change is refused if someone has changed the state meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="93" />
        <source>The return of {region} for {period} was submitted on {when} by {who}; it is locked.</source>
        <translation>The return of {region} for {period} was submitted on {when} by {who}; it is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="98" />
        <source>The return of {region} for {period} was reopened on {when} by {who}: {reason}</source>
        <translation>The return of {region} for {period} was reopened on {when} by {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="102" />
        <source>The return of {region} for {period} is a draft: never submitted.</source>
        <translation>The return of {region} for {period} is a draft: never submitted.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="169" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="170" />
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="171" />
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="172" />
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="72" />
        <source>(cleared)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="135" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="141" />
        <source>%1 cleared %2 at %3, after you read it. Your entry %4 was not saved; the cell is blank now. Which should stay?</source>
        <translation>%1 cleared %2 at %3, after you read it. Your entry %4 was not saved; the cell is blank now. Which should stay?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="146" />
        <source>%1 changed %2 to %5 at %3, after you read it. Your entry %4 was not saved; the cell shows theirs now. Which should stay?</source>
        <translation>%1 changed %2 to %5 at %3, after you read it. Your entry %4 was not saved; the cell shows theirs now. Which should stay?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="158" />
        <source>%1 of your entries were not saved: someone else changed these figures after you read them, and the grid shows theirs now. Which should stay?</source>
        <translation>%1 of your entries were not saved: someone else changed these figures after you read them, and the grid shows theirs now. Which should stay?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178" />
        <source>Take theirs for all (Enter)</source>
        <translation>Take theirs for all (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178" />
        <source>Take theirs (Enter)</source>
        <translation>Take theirs (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="181" />
        <source>Keep mine for all (Ctrl+Enter)</source>
        <translation>Keep mine for all (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="181" />
        <source>Keep mine (Ctrl+Enter)</source>
        <translation>Keep mine (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="89" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="90" />
        <source>Their figure</source>
        <translation>Their figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="91" />
        <source>Saved by</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="92" />
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="93" />
        <source>Your entry</source>
        <translation>Your entry</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="34" />
        <source>Regions</source>
        <extracomment>What the summary calls each kind of row (services/copying.KIND_ORDER).</extracomment>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="35" />
        <source>Indicator groups</source>
        <translation>Indicator groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="36" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="37" />
        <source>Register rows</source>
        <translation>Register rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="38" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="39" />
        <source>Value history entries</source>
        <translation>Value history entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="40" />
        <source>Return states</source>
        <translation>Return states</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="41" />
        <source>Submissions and reopenings</source>
        <translation>Submissions and reopenings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="42" />
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="43" />
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="44" />
        <source>Indicators counted from a register</source>
        <translation>Indicators counted from a register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="45" />
        <source>Register history entries</source>
        <translation>Register history entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="46" />
        <source>Demonstration candidates</source>
        <translation>Demonstration candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="47" />
        <source>Self-evaluation claims</source>
        <translation>Self-evaluation claims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="48" />
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="49" />
        <source>Home region and bureau name</source>
        <translation>Home region and bureau name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="54" />
        <source>a draft</source>
        <extracomment>A return's state as the conflicts name it.</extracomment>
        <translation>a draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="55" />
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="56" />
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="61" />
        <source>name</source>
        <extracomment>What differs in a region recorded differently in the two databases.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="62" />
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="63" />
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="64" />
        <source>the region above it</source>
        <translation>the region above it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="65" />
        <source>successor</source>
        <translation>successor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="70" />
        <source>unit</source>
        <extracomment>What differs in an indicator defined differently in the two databases.</extracomment>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="71" />
        <source>kind of figure</source>
        <translation>kind of figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="72" />
        <source>flow or stock</source>
        <translation>flow or stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="73" />
        <source>decimal places</source>
        <translation>decimal places</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="74" />
        <source>the indicator it is part of</source>
        <translation>the indicator it is part of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="75" />
        <source>numerator</source>
        <translation>numerator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="76" />
        <source>denominator</source>
        <translation>denominator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="77" />
        <source>the indicator it may not exceed</source>
        <translation>the indicator it may not exceed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="78" />
        <source>smallest value</source>
        <translation>smallest value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="79" />
        <source>largest value</source>
        <translation>largest value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="80" />
        <source>how it is keyed (own or year-to-date)</source>
        <translation>how it is keyed (own or year-to-date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="81" />
        <source>how it is counted from a register</source>
        <translation>how it is counted from a register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="86" />
        <source>home region</source>
        <extracomment>The settings a copy may leave as the target has them.</extracomment>
        <translation>home region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="87" />
        <source>bureau name</source>
        <translation>bureau name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="125" />
        <source>{kind}: {done} of {total} read</source>
        <extracomment>Seconds between two progress lines of one kind.</extracomment>
        <translation>{kind}: {done} of {total} read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="166" />
        <source>Before the copy, {target} was backed up as {backup}.</source>
        <translation>Before the copy, {target} was backed up as {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="213" />
        <source>The database copied from, {where}:</source>
        <translation>The database copied from, {where}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="215" />
        <source>The database copied into, {where}:</source>
        <translation>The database copied into, {where}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="260" />
        <source>{where} is from an older Xianbao: the copy will upgrade it first (this dry run left it as it is).</source>
        <translation>{where} is from an older Xianbao: the copy will upgrade it first (this dry run left it as it is).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="266" />
        <source>{where} was from an older Xianbao and was upgraded first; the file as it was is kept as {backup}.</source>
        <translation>{where} was from an older Xianbao and was upgraded first; the file as it was is kept as {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="272" />
        <source>{where} was from an older Xianbao and was upgraded first.</source>
        <translation>{where} was from an older Xianbao and was upgraded first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="275" />
        <source>From {source} to {target}, region {region} and below:</source>
        <translation>From {source} to {target}, region {region} and below:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="277" />
        <source>From {source} to {target}, everything:</source>
        <translation>From {source} to {target}, everything:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="280" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="281" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="282" />
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="283" />
        <source>Conflicting</source>
        <translation>Conflicting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="300" />
        <source>The copy was refused and nothing was written. Rows that differ between the two databases: {count}; the first of them:</source>
        <translation>The copy was refused and nothing was written. Rows that differ between the two databases: {count}; the first of them:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="308" />
        <source>Settle each one in one of the two databases (or copy a smaller region with --region), then copy again.</source>
        <translation>Settle each one in one of the two databases (or copy a smaller region with --region), then copy again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="315" />
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="318" />
        <source>Dry run: rows that would be copied into {target}: {count}; nothing was written.</source>
        <translation>Dry run: rows that would be copied into {target}: {count}; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="325" />
        <source>Rows copied into {target}, in one transaction: {count}.</source>
        <translation>Rows copied into {target}, in one transaction: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="330" />
        <source>Staff accounts and their log are not copied: each database keeps its own, managed by its administrator.</source>
        <translation>Staff accounts and their log are not copied: each database keeps its own, managed by its administrator.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="370" />
        <source>&amp;Attach evidence…</source>
        <extracomment>Claims or evidence changed (the total with them).</extracomment>
        <translation>&amp;Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="371" />
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="372" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="380" />
        <source>Make the self-evaluation &amp;PDF…</source>
        <translation>Make the self-evaluation &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="381" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="401" />
        <source>S&amp;cheme:</source>
        <translation>S&amp;cheme:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="448" />
        <source>Demonstration self-evaluation</source>
        <translation>Demonstration self-evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="452" />
        <source>No evaluation scheme is installed.</source>
        <translation>No evaluation scheme is installed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="472" />
        <source>Demonstration self-evaluation — %1</source>
        <translation>Demonstration self-evaluation — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="474" />
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="477" />
        <source>This scheme is an example: replace it with the province's own. %1</source>
        <translation>This scheme is an example: replace it with the province's own. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="500" />
        <source>Total claimed: %1 of %2 points</source>
        <translation>Total claimed: %1 of %2 points</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="506" />
        <source>%n line(s) still lack the evidence asked.</source>
        <translation>
            <numerusform>%n line still lack the evidence asked.</numerusform>
            <numerusform>%n lines still lack the evidence asked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="530" />
        <source>Choose a line of an item to see and attach its evidence.</source>
        <translation>Choose a line of an item to see and attach its evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="537" />
        <source>Evidence asked for %1: %2</source>
        <translation>Evidence asked for %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="539" />
        <source>No evidence is asked for %1.</source>
        <translation>No evidence is asked for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="541" />
        <source>Scoring: %1</source>
        <translation>Scoring: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="597" />
        <source>Choose a line of an item first.</source>
        <translation>Choose a line of an item first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="602" />
        <source>Attach evidence to %1</source>
        <translation>Attach evidence to %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="629" />
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="640" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="650" />
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="651" />
        <source>Remove %1 from line %2? The copy kept in Xianbao is deleted.</source>
        <translation>Remove %1 from line %2? The copy kept in Xianbao is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="672" />
        <source>%1_self-evaluation.pdf</source>
        <translation>%1_self-evaluation.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="676" />
        <source>Make the self-evaluation PDF</source>
        <translation>Make the self-evaluation PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="684" />
        <source>Making the self-evaluation form…</source>
        <translation>Making the self-evaluation form…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="686" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="692" />
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="695" />
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n page).</numerusform>
            <numerusform>Written: %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="70" />
        <source>Item</source>
        <extracomment>A claim as the tree commits it: (sub-item code, points typed, note) → kept?</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="71" />
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="72" />
        <source>Points claimed</source>
        <translation>Points claimed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="73" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="74" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="222" />
        <source>Scoring: %1</source>
        <extracomment>The code of the row's item or sub-item. Top-level rows carry this internal id; a sub-item row carries its item's row + 1.</extracomment>
        <translation>Scoring: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="223" />
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="228" />
        <source>No evidence is asked for this line.</source>
        <translation>No evidence is asked for this line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="229" />
        <source>Evidence asked: %1</source>
        <translation>Evidence asked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="247" />
        <source>%1 file(s)</source>
        <translation>%1 file(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="248" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="278" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="279" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="280" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="281" />
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="282" />
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="91" />
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="92" />
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="93" />
        <source>half-yearly</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="94" />
        <source>annual</source>
        <translation>annual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="107" />
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="111" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="112" />
        <source>Form number</source>
        <translation>Form number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="113" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="114" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="115" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="116" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="117" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="124" />
        <source>Templates not loaded:</source>
        <translation>Templates not loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="137" />
        <source>{file}: no problems; the template can be used.</source>
        <translation>{file}: no problems; the template can be used.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="144" />
        <source>{file}: 1 problem.</source>
        <translation>{file}: 1 problem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="146" />
        <source>{file}: {count} problems.</source>
        <translation>{file}: {count} problems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="174" />
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="198" />
        <source>Refused: {message}</source>
        <translation>Refused: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="206" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</source>
        <translation>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="265" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="274" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="275" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="276" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="277" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="278" />
        <source>row refused</source>
        <translation>row refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="279" />
        <source>no figures</source>
        <translation>no figures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="280" />
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="288" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="289" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="290" />
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="291" />
        <source>last year to date</source>
        <translation>last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="292" />
        <source>year on year (%)</source>
        <translation>year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="293" />
        <source>year to date, year on year (%)</source>
        <translation>year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="294" />
        <source>on the previous period (%)</source>
        <translation>on the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="295" />
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="296" />
        <source>annual target</source>
        <translation>annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="297" />
        <source>progress to target (%)</source>
        <translation>progress to target (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="252" />
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="255" />
        <source>Stored {count} values.</source>
        <translation>Stored {count} values.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="22" />
        <source>{file}: refused. {message}</source>
        <translation>{file}: refused. {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="27" />
        <source>{file}: would store {count} values.</source>
        <translation>{file}: would store {count} values.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="31" />
        <source>{file}: imported, {count} values stored.</source>
        <translation>{file}: imported, {count} values stored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="37" />
        <source>{file}: skipped. {message}</source>
        <translation>{file}: skipped. {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="44" />
        <source>Dry run: {read} files read, {refused} refused, {skipped} skipped; nothing was written.</source>
        <translation>Dry run: {read} files read, {refused} refused, {skipped} skipped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="50" />
        <source>{read} files imported ({count} values stored), {refused} refused, {skipped} skipped.</source>
        <translation>{read} files imported ({count} values stored), {refused} refused, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="60" />
        <source>Cancelled: the files after the last one listed were not read.</source>
        <translation>Cancelled: the files after the last one listed were not read.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="36" />
        <source>Explanation (情况说明)</source>
        <translation>Explanation (情况说明)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="43" />
        <source>Explain this figure for the return (Ctrl+Enter confirms), or go back and fix it:</source>
        <translation>Explain this figure for the return (Ctrl+Enter confirms), or go back and fix it:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="55" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="58" />
        <source>Go back and fix</source>
        <translation>Go back and fix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="60" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="371" />
        <source>one of these:</source>
        <extracomment>A fact was typed or chosen.</extracomment>
        <translation>one of these:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="373" />
        <source>all of these:</source>
        <translation>all of these:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="81" />
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
        <location filename="../../desktop_app/ui/history_dialog.py" line="28" />
        <source>undone import</source>
        <translation>undone import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="29" />
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="30" />
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="41" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="42" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="43" />
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="44" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="45" />
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>no such region</source>
        <translation>no such region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="65" />
        <source>row refused</source>
        <translation>row refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="66" />
        <source>no figures sent</source>
        <translation>no figures sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="67" />
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="68" />
        <source>file refused</source>
        <translation>file refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="72" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="73" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="74" />
        <source>same period last year</source>
        <translation>same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="75" />
        <source>last year to date</source>
        <translation>last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="76" />
        <source>year on year (%)</source>
        <translation>year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="77" />
        <source>year to date, year on year (%)</source>
        <translation>year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="78" />
        <source>on the previous period (%)</source>
        <translation>on the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="79" />
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="80" />
        <source>annual target</source>
        <translation>annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="81" />
        <source>progress to target (%)</source>
        <translation>progress to target (%)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="289" />
        <source>Import: what would change</source>
        <translation>Import: what would change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="325" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="330" />
        <source>&amp;Import %n file(s)</source>
        <translation>
            <numerusform>&amp;Import %n file</numerusform>
            <numerusform>&amp;Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="382" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="383" />
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n new value</numerusform>
            <numerusform>%n new values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="384" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="385" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="386" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="387" />
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="388" />
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="389" />
        <source>%n region(s) sent no figures</source>
        <translation>
            <numerusform>%n region sent no figures</numerusform>
            <numerusform>%n regions sent no figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="390" />
        <source>%n cell(s) not read</source>
        <translation>
            <numerusform>%n cell not read</numerusform>
            <numerusform>%n cells not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="391" />
        <source>%n file(s) can be imported</source>
        <translation>
            <numerusform>%n file can be imported</numerusform>
            <numerusform>%n files can be imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="394" />
        <source>%1: %2, %3, %4; %5, %6, %7; %8, %9. %10; a file with a conflict or a refused row is not imported at all.</source>
        <translation>%1: %2, %3, %4; %5, %6, %7; %8, %9. %10; a file with a conflict or a refused row is not imported at all.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="209" />
        <source>Region</source>
        <extracomment>The order rows are listed in: what blocks a file first, what is only for information last.</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="210" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="211" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="212" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="213" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="214" />
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="215" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="216" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="217" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="97" />
        <source>Excel imports</source>
        <extracomment>An import was undone: the window reloads what it shows.</extracomment>
        <translation>Excel imports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="109" />
        <source>Undoing an import puts every value it changed back as it was before it, in one step. It is refused if a value was changed after the import.</source>
        <translation>Undoing an import puts every value it changed back as it was before it, in one step. It is refused if a value was changed after the import.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="118" />
        <source>&amp;Undo this import…</source>
        <translation>&amp;Undo this import…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="138" />
        <source>No Excel import has been taken into this database.</source>
        <translation>No Excel import has been taken into this database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="157" />
        <source>Undo the import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="159" />
        <source>Put the {values} imported from {file} on {when} back as they were before the import?</source>
        <translation>Put the {values} imported from {file} on {when} back as they were before the import?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/imports_dialog.py" line="162" />
        <location filename="../../desktop_app/ui/imports_dialog.py" line="180" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="179" />
        <source>Undid the import of {file}: {values} put back as they were.</source>
        <translation>Undid the import of {file}: {values} put back as they were.</translation>
    </message>
</context>
<context>
    <name>ImportsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="36" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="37" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="38" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="39" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="40" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="41" />
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="42" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="43" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="83" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="84" />
        <source>undone {when} by {who}</source>
        <translation>undone {when} by {who}</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="60" />
        <source>Count (whole number)</source>
        <translation>Count (whole number)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="61" />
        <source>Amount (decimals)</source>
        <translation>Amount (decimals)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="62" />
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="65" />
        <source>Flow (sums over months)</source>
        <translation>Flow (sums over months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="66" />
        <source>Stock (end of period)</source>
        <translation>Stock (end of period)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="184" />
        <source>Edit indicator %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="186" />
        <source>Add an indicator</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="192" />
        <source>e.g. G01, or C02.3 for a 其中 item</source>
        <translation>e.g. G01, or C02.3 for a 其中 item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="195" />
        <source>e.g. 直播电商销售额</source>
        <translation>e.g. 直播电商销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="197" />
        <source>optional, e.g. Live-stream sales</source>
        <translation>optional, e.g. Live-stream sales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="218" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="225" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="226" />
        <source>Clerks key the year-to-date figure (1-N月累计)</source>
        <translation>Clerks key the year-to-date figure (1-N月累计)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="227" />
        <source>A return is incomplete without it</source>
        <translation>A return is incomplete without it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="234" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="235" />
        <source>Chinese &amp;name:</source>
        <translation>Chinese &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="236" />
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="237" />
        <source>Part of (其中):</source>
        <translation>Part of (其中):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="238" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="239" />
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="240" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="241" />
        <source>Flow or stock:</source>
        <translation>Flow or stock:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="242" />
        <source>&amp;Decimal places:</source>
        <translation>&amp;Decimal places:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="245" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="247" />
        <source>Allowed range:</source>
        <translation>Allowed range:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="248" />
        <source>Never more than:</source>
        <translation>Never more than:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="253" />
        <source>A rate computed as:</source>
        <translation>A rate computed as:</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="69" />
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="70" />
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="73" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="74" />
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="75" />
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="90" />
        <source>Group</source>
        <extracomment>The units the form offers besides those in use.</extracomment>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="91" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="92" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="93" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="94" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="95" />
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="96" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="133" />
        <source>Last changed %1 by %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="154" />
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="156" />
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="159" />
        <source> (hidden)</source>
        <translation> (hidden)</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="418" />
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="551" />
        <source>Indicators</source>
        <extracomment>An indicator was added, changed, removed, hidden or shown: returns read it again.</extracomment>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="430" />
        <source>Built-in indicators come with Xianbao's catalogue and follow its updates; local ones are this database's own and travel with it. A built-in indicator without values can be hidden from the returns.</source>
        <translation>Built-in indicators come with Xianbao's catalogue and follow its updates; local ones are this database's own and travel with it. A built-in indicator without values can be hidden from the returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="438" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="439" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="440" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="441" />
        <source>&amp;Show again</source>
        <translation>&amp;Show again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="497" />
        <source>Indicator %1 added.</source>
        <translation>Indicator %1 added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="498" />
        <source>Indicator %1 saved.</source>
        <translation>Indicator %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="499" />
        <source>Indicator %1 removed.</source>
        <translation>Indicator %1 removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="501" />
        <source>Indicator %1 hidden: returns no longer show it; its history is kept.</source>
        <translation>Indicator %1 hidden: returns no longer show it; its history is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="503" />
        <source>Indicator %1 is shown in returns again.</source>
        <translation>Indicator %1 is shown in returns again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="545" />
        <source>Remove the local indicator %1 %2?</source>
        <translation>Remove the local indicator %1 %2?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="547" />
        <source>Hide the built-in indicator %1 %2 from the returns?</source>
        <translation>Hide the built-in indicator %1 %2 from the returns?</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="101" />
        <source>Indicator %1 explained: %2</source>
        <extracomment>The list of checks is as high as its lines up to this many; more scroll (or drag it higher). The 情况说明 written for a warning: (indicator code, issue code) → text. The return screen's views and mutations (the page reads and saves through it). The registers (台账): the rows behind a figure derived from one.</extracomment>
        <translation>Indicator %1 explained: %2</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="355" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="360" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>Indicator {indicator} counts whole units; {value} is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="363" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>Indicator {indicator} keeps {scale} decimal places; {value} has more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="366" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>Indicator {indicator} cannot be negative ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="369" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>Indicator {indicator} must be at least {minimum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="372" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>Indicator {indicator} must be at most {maximum} ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="375" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>Indicator {indicator} is computed from its parts and cannot be typed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="378" />
        <source>Indicator {indicator}: {value} is too large to be kept; the largest number Xianbao accepts is {largest}. Check the figure and its unit.</source>
        <translation>Indicator {indicator}: {value} is too large to be kept; the largest number Xianbao accepts is {largest}. Check the figure and its unit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="383" />
        <source>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</source>
        <translation>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="388" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="420" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>No region has the code {code}. List them with: xianbao regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="423" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>No indicator has the code {code}. List them with: xianbao indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="391" />
        <source>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</source>
        <translation>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="396" />
        <source>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</source>
        <translation>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="401" />
        <source>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="408" />
        <source>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="414" />
        <source>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</source>
        <translation>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="535" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</source>
        <translation>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="540" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>The year {year} is outside the years Xianbao keeps.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="543" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>There is no period number {index} of that kind in a year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="546" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} is not a valid code for a {level}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="547" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} needs a parent region above the {level} level.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="550" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} does not begin with the code of its parent {parent}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="561" />
        <source>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</source>
        <translation>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="566" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</source>
        <translation>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="649" />
        <source>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</source>
        <translation>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="832" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="836" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="840" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="844" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="848" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="853" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="857" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="862" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="867" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>The return still has {count} errors; correct them before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="870" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>{count} warnings still need an explanation (情况说明) before submitting.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="873" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>Say why the submitted return must change; the reason is kept with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="876" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>The return of {region} has not been submitted, so there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="896" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="935" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="938" />
        <source>Region {code} needs a name.</source>
        <translation>Region {code} needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="939" />
        <source>A region with the code {code} already exists.</source>
        <translation>A region with the code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="940" />
        <source>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</source>
        <translation>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="945" />
        <source>{name} ({code}) existed until {until}, so it takes no figures for {period}.</source>
        <translation>{name} ({code}) existed until {until}, so it takes no figures for {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="948" />
        <source>{name} ({code}) exists from {since}, so it takes no figures for {period}.</source>
        <translation>{name} ({code}) exists from {since}, so it takes no figures for {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="951" />
        <source>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</source>
        <translation>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="956" />
        <source>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</source>
        <translation>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="960" />
        <source>{name} ({code}) existed until {until} and is no longer a region.</source>
        <translation>{name} ({code}) existed until {until} and is no longer a region.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1070" />
        <source>{name} ({code}) cannot end on {day}: “{row}” of the register {register} still counts after that day. Close the row (or move it to another place) first.</source>
        <translation>{name} ({code}) cannot end on {day}: “{row}” of the register {register} still counts after that day. Close the row (or move it to another place) first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1086" />
        <source>“{place}” is no current township or village of {county}. Correct it in the workbook, or first add the place under Data → Townships and villages.</source>
        <translation>“{place}” is no current township or village of {county}. Correct it in the workbook, or first add the place under Data → Townships and villages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1095" />
        <source>The township {township} has no village “{village}”. Correct the name in the workbook, or first add the village under Data → Townships and villages.</source>
        <translation>The township {township} has no village “{village}”. Correct the name in the workbook, or first add the village under Data → Townships and villages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1224" />
        <source>{name} is recommended or recognised already, so its standard and figures stay as they were judged. Withdraw the recommendation first.</source>
        <translation>{name} is recommended or recognised already, so its standard and figures stay as they were judged. Withdraw the recommendation first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1260" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>This database has no county yet. Create one with: xianbao init --region CODE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1264" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>There is no Excel template “{template}”. List them with: xianbao templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="553" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). It was left as it is.</source>
        <translation>{path} is not a Xianbao database or cannot be read ({detail}). It was left as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="259" />
        <source>A share target is a rate (%); indicator {indicator} is kept in {unit}. Set an absolute, growth or new-units target instead.</source>
        <extracomment>The key of a message: context, source text, disambiguation comment ("" when none). A message a .ts keeps: its key and its translation's forms (one, or a numerus entry's). The layout of a catalogue kept in the cache folder (Catalogue.load); another is read again. Where catalogues are kept once read (Catalogue.load); None: each process parses its .ts.</extracomment>
        <translation>A share target is a rate (%); indicator {indicator} is kept in {unit}. Set an absolute, growth or new-units target instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="263" />
        <source>A share target is a percentage above 0 and at most 100 ({value}).</source>
        <translation>A share target is a percentage above 0 and at most 100 ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="267" />
        <source>Indicator {indicator} is a rate (%): set its target as a share (the rate to reach).</source>
        <translation>Indicator {indicator} is a rate (%): set its target as a share (the rate to reach).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="271" />
        <source>A growth target cannot be below −100% ({value}%): nothing falls by more than all of it.</source>
        <translation>A growth target cannot be below −100% ({value}%): nothing falls by more than all of it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="275" />
        <source>Indicator {indicator} is summed over months: a new-units target is only for end-of-period figures. Set an absolute or growth target instead.</source>
        <translation>Indicator {indicator} is summed over months: a new-units target is only for end-of-period figures. Set an absolute or growth target instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="279" />
        <source>The target of indicator {indicator} must be above zero ({value}).</source>
        <translation>The target of indicator {indicator} must be above zero ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="283" />
        <source>This region has no divisions below it to split the target among.</source>
        <translation>This region has no divisions below it to split the target among.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="287" />
        <source>Last year's figure is missing for {regions}: the target cannot be split in proportion to last year. Key last year's figures, or split equally or by hand.</source>
        <translation>Last year's figure is missing for {regions}: the target cannot be split in proportion to last year. Key last year's figures, or split equally or by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="291" />
        <source>Last year's figures of the divisions add up to zero: split equally or by hand.</source>
        <translation>Last year's figures of the divisions add up to zero: split equally or by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="295" />
        <source>The target {value} cannot be split: it is negative or has more than {scale} decimal places.</source>
        <translation>The target {value} cannot be split: it is negative or has more than {scale} decimal places.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="299" />
        <source>The part of {region} ({value}) must be zero or more, with no more decimal places than the indicator keeps.</source>
        <translation>The part of {region} ({value}) must be zero or more, with no more decimal places than the indicator keeps.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="303" />
        <source>The parts add up to {value}, not {whole_value} (a difference of {difference}). Change the parts until they add up; nothing was saved.</source>
        <translation>The parts add up to {value}, not {whole_value} (a difference of {difference}). Change the parts until they add up; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="307" />
        <source>Indicator {indicator} has no target this year to split. Set it first.</source>
        <translation>Indicator {indicator} has no target this year to split. Set it first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="311" />
        <source>A share target (a rate) does not split into parts that add up: set the rate for each division.</source>
        <translation>A share target (a rate) does not split into parts that add up: set the rate for each division.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="315" />
        <source>The growth target of {indicator} cannot be split: last year's figure is missing, so its goal is unknown. Key last year's figures first.</source>
        <translation>The growth target of {indicator} cannot be split: last year's figure is missing, so its goal is unknown. Key last year's figures first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="319" />
        <source>Type a part for {region} (a number; 0 for none).</source>
        <translation>Type a part for {region} (a number; 0 for none).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="323" />
        <source>The target file cannot be read ({detail}). Choose a UTF-8 TOML target file; nothing was loaded.</source>
        <translation>The target file cannot be read ({detail}). Choose a UTF-8 TOML target file; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>The sheet has no header row naming the columns {columns} (and optionally 类型 and 说明). Add the header above the targets and import it again; nothing was imported.</source>
        <translation>The sheet has no header row naming the columns {columns} (and optionally 类型 and 说明). Add the header above the targets and import it again; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="331" />
        <source>The column {name} holds “{text}”, which cannot be read. Correct it; nothing was imported.</source>
        <translation>The column {name} holds “{text}”, which cannot be read. Correct it; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="335" />
        <source>The same region, indicator and year stand on line {first} already: keep one of the two lines; nothing was imported.</source>
        <translation>The same region, indicator and year stand on line {first} already: keep one of the two lines; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="339" />
        <source>A growth target of {value}% is more than {limit}%: check the figure (a growth rate, not an amount).</source>
        <translation>A growth target of {value}% is more than {limit}%: check the figure (a growth rate, not an amount).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="343" />
        <source>A growth target is written with at most {places} decimal places ({value}%).</source>
        <translation>A growth target is written with at most {places} decimal places ({value}%).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="347" />
        <source>Month {month} is no month: give 1 to 12.</source>
        <translation>Month {month} is no month: give 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="351" />
        <source>The target file is wrong at {entry}, field “{name}” (“{text}”). Correct the file and load it again; nothing was loaded.</source>
        <translation>The target file is wrong at {entry}, field “{name}” (“{text}”). Correct the file and load it again; nothing was loaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="427" />
        <source>“{code}” is not an indicator code: begin with a letter, then letters and digits, parts joined by dots (e.g. G01 or G01.1), at most {length} characters.</source>
        <translation>“{code}” is not an indicator code: begin with a letter, then letters and digits, parts joined by dots (e.g. G01 or G01.1), at most {length} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="432" />
        <source>{code} is the code of a built-in indicator; give your own indicator another code.</source>
        <translation>{code} is the code of a built-in indicator; give your own indicator another code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="436" />
        <source>The code {code} is already used by “{name}”; choose another code.</source>
        <translation>The code {code} is already used by “{name}”; choose another code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="439" />
        <source>An indicator needs its Chinese name.</source>
        <translation>An indicator needs its Chinese name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="440" />
        <source>This text is too long: at most {length} characters.</source>
        <translation>This text is too long: at most {length} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="443" />
        <source>An indicator needs its unit (个, 人次, 万元…).</source>
        <translation>An indicator needs its unit (个, 人次, 万元…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="446" />
        <source>There is no group {group}; choose one of the list.</source>
        <translation>There is no group {group}; choose one of the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="449" />
        <source>A count is a whole number: it keeps no decimal places.</source>
        <translation>A count is a whole number: it keeps no decimal places.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="452" />
        <source>An indicator keeps at most {largest} decimal places.</source>
        <translation>An indicator keeps at most {largest} decimal places.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="455" />
        <source>An end-of-period figure (stock) has no year-to-date form: choose flow, or key each period's own figure.</source>
        <translation>An end-of-period figure (stock) has no year-to-date form: choose flow, or key each period's own figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="460" />
        <source>“{text}” is not a bound: type a number (full-width digits are fine) or leave it empty.</source>
        <translation>“{text}” is not a bound: type a number (full-width digits are fine) or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="464" />
        <source>The lower bound {minimum} is above the upper bound {maximum}.</source>
        <translation>The lower bound {minimum} is above the upper bound {maximum}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="467" />
        <source>A 其中 item is in the group of the indicator it is part of ({parent}).</source>
        <translation>A 其中 item is in the group of the indicator it is part of ({parent}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="470" />
        <source>The code {indicator} is used twice.</source>
        <translation>The code {indicator} is used twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="471" />
        <source>Indicator {indicator} refers to {ref}, which is no indicator shown in returns.</source>
        <translation>Indicator {indicator} refers to {ref}, which is no indicator shown in returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="475" />
        <source>A 其中 item has the unit, kind and flow/stock of the indicator it is part of ({parent}, in {unit}).</source>
        <translation>A 其中 item has the unit, kind and flow/stock of the indicator it is part of ({parent}, in {unit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="480" />
        <source>Indicator {indicator} would be part of itself (through {ref}).</source>
        <translation>Indicator {indicator} would be part of itself (through {ref}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="483" />
        <source>{code} is a built-in indicator: it follows the shipped catalogue and is not edited here (the next upgrade would undo the edit). Add an indicator of your own instead, or hide this one.</source>
        <translation>{code} is a built-in indicator: it follows the shipped catalogue and is not edited here (the next upgrade would undo the edit). Add an indicator of your own instead, or hide this one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="489" />
        <source>Indicator {code} holds {count} value(s): its kind, decimal places, flow/stock and unit stay as they are, since the figures were typed in them. Add a new indicator for the new definition.</source>
        <translation>Indicator {code} holds {count} value(s): its kind, decimal places, flow/stock and unit stay as they are, since the figures were typed in them. Add a new indicator for the new definition.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="495" />
        <source>The code of {code} stays: values, targets, its history, a template or another indicator refer to it by that code.</source>
        <translation>The code of {code} stays: values, targets, its history, a template or another indicator refer to it by that code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="500" />
        <source>Indicator {code} holds {count} value(s) in {region_count} region(s) ({regions}), from {first_period} to {last_period}: it cannot be removed. Clear those values first, or keep the indicator.</source>
        <translation>Indicator {code} holds {count} value(s) in {region_count} region(s) ({regions}), from {first_period} to {last_period}: it cannot be removed. Clear those values first, or keep the indicator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="506" />
        <source>Indicator {code} has {count} annual target(s): clear them first.</source>
        <translation>Indicator {code} has {count} annual target(s): clear them first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="509" />
        <source>Indicator {code} has {count} explanation(s) (情况说明) kept with returns.</source>
        <translation>Indicator {code} has {count} explanation(s) (情况说明) kept with returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="512" />
        <source>The template(s) {templates} map indicator {code} to a cell: take it out of the template first.</source>
        <translation>The template(s) {templates} map indicator {code} to a cell: take it out of the template first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="517" />
        <source>Indicator(s) {others} refer to {code} (其中, at most, or a rate's parts): change them first.</source>
        <translation>Indicator(s) {others} refer to {code} (其中, at most, or a rate's parts): change them first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="522" />
        <source>Indicator {code} is not hidden.</source>
        <translation>Indicator {code} is not hidden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="523" />
        <source>Its 其中 item {part} is in its group: move the 其中 item first.</source>
        <translation>Its 其中 item {part} is in its group: move the 其中 item first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="526" />
        <source>A computed rate needs both its numerator and its denominator.</source>
        <translation>A computed rate needs both its numerator and its denominator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="529" />
        <source>Only a rate is computed from a numerator and a denominator.</source>
        <translation>Only a rate is computed from a numerator and a denominator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="532" />
        <source>A rate's numerator and denominator are two different indicators.</source>
        <translation>A rate's numerator and denominator are two different indicators.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="557" />
        <source>The database {path} is damaged ({detail}). Keep this file for the support desk.</source>
        <translation>The database {path} is damaged ({detail}). Keep this file for the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="572" />
        <source>The database {path} is read-only, so nothing was saved. Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</source>
        <translation>The database {path} is read-only, so nothing was saved. Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="577" />
        <source>The database {path} is in a folder where you may not write, and Xianbao cannot open it there (it keeps working files beside the database). Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the folder.</source>
        <translation>The database {path} is in a folder where you may not write, and Xianbao cannot open it there (it keeps working files beside the database). Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="583" />
        <source>The disk holding the database {path} is full, so nothing was saved. Make room on it (empty the recycle bin, move old files away), then try again.</source>
        <translation>The disk holding the database {path} is full, so nothing was saved. Make room on it (empty the recycle bin, move old files away), then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="588" />
        <source>The database {path} could not be read or written (a disk error), so nothing was saved. If it is on a USB stick or a shared folder, check that it is still connected and not full, then try again.</source>
        <translation>The database {path} could not be read or written (a disk error), so nothing was saved. If it is on a USB stick or a shared folder, check that it is still connected and not full, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="594" />
        <source>The database {path} cannot be opened: its folder is missing or you may not use it. Check that the drive or shared folder is connected, or choose another file.</source>
        <translation>The database {path} cannot be opened: its folder is missing or you may not use it. Check that the drive or shared folder is connected, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="599" />
        <source>The database {path} is busy in another program and did not become free, so nothing was done. Try again in a moment; if it stays busy, close the other Xianbao using it.</source>
        <translation>The database {path} is busy in another program and did not become free, so nothing was done. Try again in a moment; if it stays busy, close the other Xianbao using it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="604" />
        <source>There is no database at {path}. Check the file name; to make a new database there, run: xianbao --db "{path}" init --region CODE</source>
        <translation>There is no database at {path}. Check the file name; to make a new database there, run: xianbao --db "{path}" init --region CODE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="609" />
        <source>The disk is full ({path}), so Xianbao stopped what it was doing. Make room on the disk, then try again.</source>
        <translation>The disk is full ({path}), so Xianbao stopped what it was doing. Make room on the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="614" />
        <source>A disk is full, so Xianbao stopped what it was doing. Make room on the disk that holds the database or the file you chose, then try again.</source>
        <translation>A disk is full, so Xianbao stopped what it was doing. Make room on the disk that holds the database or the file you chose, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="619" />
        <source>The system did not allow Xianbao to write a file, so it stopped what it was doing. Check that you may write where the database or the file you chose is, then try again.</source>
        <translation>The system did not allow Xianbao to write a file, so it stopped what it was doing. Check that you may write where the database or the file you chose is, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="624" />
        <source>The system refused an operation (it said: {detail}), so Xianbao stopped what it was doing. Check that the disks and shared folders are available, then try again.</source>
        <translation>The system refused an operation (it said: {detail}), so Xianbao stopped what it was doing. Check that the disks and shared folders are available, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="629" />
        <source>Xianbao was not allowed to use {path}. Check that you may read and write there and that no other program holds the file, then try again.</source>
        <translation>Xianbao was not allowed to use {path}. Check that you may read and write there and that no other program holds the file, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="634" />
        <source>Xianbao could not use {path} (the system said: {detail}). Check that the disk or shared folder is available, then try again.</source>
        <translation>Xianbao could not use {path} (the system said: {detail}). Check that the disk or shared folder is available, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="639" />
        <source>Xianbao met an unexpected problem ({kind}) and stopped what it was doing; what was saved before is kept. Please send the log file to the support desk.</source>
        <translation>Xianbao met an unexpected problem ({kind}) and stopped what it was doing; what was saved before is kept. Please send the log file to the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="644" />
        <source>The database {path} refused the operation ({detail}), so nothing was saved. Try again; if it happens again, keep the file and the log for the support desk.</source>
        <translation>The database {path} refused the operation ({detail}), so nothing was saved. Try again; if it happens again, keep the file and the log for the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="655" />
        <source>“{url}” is not a server address Xianbao can use. Write it as postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>“{url}” is not a server address Xianbao can use. Write it as postgresql://USER@HOST:5432/DATABASE.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="660" />
        <source>The database server {url} did not answer ({detail}). Check that the computer is on the network and the server is running, or ask the bureau's IT helper.</source>
        <translation>The database server {url} did not answer ({detail}). Check that the computer is on the network and the server is running, or ask the bureau's IT helper.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="665" />
        <source>The database server {url} refused the password of {user}. Put the right password in the PostgreSQL password file (pgpass) of this computer, or ask the bureau's IT helper.</source>
        <translation>The database server {url} refused the password of {user}. Put the right password in the PostgreSQL password file (pgpass) of this computer, or ask the bureau's IT helper.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="670" />
        <source>There is no database {database} on the server {url}. The IT helper creates it first (createdb); Xianbao then makes its tables at the first start.</source>
        <translation>There is no database {database} on the server {url}. The IT helper creates it first (createdb); Xianbao then makes its tables at the first start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="675" />
        <source>The connection to the database server {url} was lost, so nothing of the last change was saved. Check the network, then try again.</source>
        <translation>The connection to the database server {url} was lost, so nothing of the last change was saved. Check the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="681" />
        <source>{person} ({role}) may not {action}. Nothing was changed; ask a reviewer or an administrator.</source>
        <translation>{person} ({role}) may not {action}. Nothing was changed; ask a reviewer or an administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="686" />
        <source>{person} ({role}) works only on other regions and may not see or change {region}. An administrator can change which regions the account covers.</source>
        <translation>{person} ({role}) works only on other regions and may not see or change {region}. An administrator can change which regions the account covers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="691" />
        <source>Type a password.</source>
        <translation>Type a password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="692" />
        <source>The password is too short: use at least {minimum} characters.</source>
        <translation>The password is too short: use at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="695" />
        <source>The password cannot be the login name ({login}): choose another one.</source>
        <translation>The password cannot be the login name ({login}): choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="698" />
        <source>“{login}” cannot be a login name: use letters, digits, dots, hyphens or underscores, at most {maximum} characters.</source>
        <translation>“{login}” cannot be a login name: use letters, digits, dots, hyphens or underscores, at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="703" />
        <source>Give the person's name: the audit and the returns name the person by it.</source>
        <translation>Give the person's name: the audit and the returns name the person by it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="706" />
        <source>The name is too long: at most {maximum} characters.</source>
        <translation>The name is too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="709" />
        <source>“{role}” is no role: use clerk (填报员), reviewer (审核员) or admin (管理员).</source>
        <translation>“{role}” is no role: use clerk (填报员), reviewer (审核员) or admin (管理员).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="712" />
        <source>The first account of a database must be an administrator: it is the one that adds the others.</source>
        <translation>The first account of a database must be an administrator: it is the one that adds the others.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="717" />
        <source>There is already an account {login}: choose another login name.</source>
        <translation>There is already an account {login}: choose another login name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="720" />
        <source>There is no account {login}.</source>
        <translation>There is no account {login}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="721" />
        <source>{person} ({login}) is the last active administrator: nobody could manage the accounts any more. Make another account an administrator first.</source>
        <translation>{person} ({login}) is the last active administrator: nobody could manage the accounts any more. Make another account an administrator first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="726" />
        <source>There is no region with the code {code} in this database.</source>
        <translation>There is no region with the code {code} in this database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="729" />
        <source>The login name or the password is wrong. Check them (and the keyboard's Caps Lock) and try again.</source>
        <translation>The login name or the password is wrong. Check them (and the keyboard's Caps Lock) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="734" />
        <source>The account {login} is locked after too many wrong passwords, until {until}. Wait, or ask an administrator to unlock it.</source>
        <translation>The account {login} is locked after too many wrong passwords, until {until}. Wait, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="739" />
        <source>The account {login} has been disabled. Ask an administrator if you should still use it.</source>
        <translation>The account {login} has been disabled. Ask an administrator if you should still use it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="743" />
        <source>This database asks who is working: log in first, then try again.</source>
        <translation>This database asks who is working: log in first, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="746" />
        <source>This database asks who is working: give --user LOGIN (the password is asked, or read from $XIANBAO_PASSWORD).</source>
        <translation>This database asks who is working: give --user LOGIN (the password is asked, or read from $XIANBAO_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="751" />
        <source>This database has no accounts yet and asks who is working. Add its first administrator: xianbao users add LOGIN --name NAME --role admin</source>
        <translation>This database has no accounts yet and asks who is working. Add its first administrator: xianbao users add LOGIN --name NAME --role admin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="756" />
        <source>The two passwords typed differ; nothing was changed. Type them again.</source>
        <translation>The two passwords typed differ; nothing was changed. Type them again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="759" />
        <source>Backups and restores are for a database file. A server keeps its own: ask the bureau's IT helper (pg_dump).</source>
        <translation>Backups and restores are for a database file. A server keeps its own: ask the bureau's IT helper (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="765" />
        <source>The newest backup is from {made}: restore it with File ▸ Restore a backup…, or with the command xianbao restore "{backup}"</source>
        <translation>The newest backup is from {made}: restore it with File ▸ Restore a backup…, or with the command xianbao restore "{backup}"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="770" />
        <source>There is no backup of this database in {folder}. If you have a copy elsewhere (a USB stick, another computer), restore it with the command xianbao restore PATH; otherwise start with another database file (--db PATH) and keep this one for the support desk.</source>
        <translation>There is no backup of this database in {folder}. If you have a copy elsewhere (a USB stick, another computer), restore it with the command xianbao restore PATH; otherwise start with another database file (--db PATH) and keep this one for the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="776" />
        <source>There is no file {path}. Nothing was restored; choose a backup that exists.</source>
        <translation>There is no file {path}. Nothing was restored; choose a backup that exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="779" />
        <source>{path} is a folder, not a backup file. Nothing was restored; choose a file.</source>
        <translation>{path} is a folder, not a backup file. Nothing was restored; choose a file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="782" />
        <source>{path} is empty and holds no backup. Nothing was restored; choose another file.</source>
        <translation>{path} is empty and holds no backup. Nothing was restored; choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="785" />
        <source>{path} is not a Xianbao backup or cannot be read ({detail}). Nothing was restored; choose another file.</source>
        <translation>{path} is not a Xianbao backup or cannot be read ({detail}). Nothing was restored; choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="790" />
        <source>The backup {path} is damaged ({detail}). Nothing was restored; choose an older backup.</source>
        <translation>The backup {path} is damaged ({detail}). Nothing was restored; choose an older backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="794" />
        <source>{path} is not a Xianbao database (it is another program's, or empty). Nothing was restored; choose a Xianbao backup.</source>
        <translation>{path} is not a Xianbao database (it is another program's, or empty). Nothing was restored; choose a Xianbao backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="799" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). Nothing was restored; install that version of Xianbao to use it.</source>
        <translation>{path} was made by a newer version of Xianbao (schema {revision}). Nothing was restored; install that version of Xianbao to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="804" />
        <source>{path} is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} is the database itself, not a backup of it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="807" />
        <source>The database {path} is open in another Xianbao (or another program). Nothing was restored; close it there, then restore again.</source>
        <translation>The database {path} is open in another Xianbao (or another program). Nothing was restored; close it there, then restore again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="812" />
        <source>The backup could not be put in place of {path} ({detail}); the database was left as it was. If the disk is full, make room on it and try again.</source>
        <translation>The backup could not be put in place of {path} ({detail}); the database was left as it was. If the disk is full, make room on it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="817" />
        <source>There is no database at {path} yet, so there is nothing to back up.</source>
        <translation>There is no database at {path} yet, so there is nothing to back up.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="820" />
        <source>{path} exists already; it was left as it is. Choose a new file name or a folder.</source>
        <translation>{path} exists already; it was left as it is. Choose a new file name or a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="823" />
        <source>The database {path} cannot be read ({detail}), so no backup could be made of it.</source>
        <translation>The database {path} cannot be read ({detail}), so no backup could be made of it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="827" />
        <source>The backup could not be written to {path} ({detail}). Make room on the disk, or choose another folder.</source>
        <translation>The backup could not be written to {path} ({detail}). Make room on the disk, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="879" />
        <source>Nothing was changed: {who} submitted the return of {region} for {period} at {at}, after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>Nothing was changed: {who} submitted the return of {region} for {period} at {at}, after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="885" />
        <source>Nothing was changed: {who} reopened the return of {region} for {period} at {at}, after you read its state (reason: {reason}). Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>Nothing was changed: {who} reopened the return of {region} for {period} at {at}, after you read its state (reason: {reason}). Look at the return as it is now, then submit or reopen it again if it should be.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="891" />
        <source>Nothing was changed: the return of {region} for {period} changed after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>Nothing was changed: the return of {region} for {period} changed after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="901" />
        <source>Not saved: {who} changed {indicator} of {region} for {period} to {value} at {at}, after you read it. Your entry {mine} was not applied; the cell now shows {value}. Type your figure again if it should replace it.</source>
        <translation>Not saved: {who} changed {indicator} of {region} for {period} to {value} at {at}, after you read it. Your entry {mine} was not applied; the cell now shows {value}. Type your figure again if it should replace it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="907" />
        <source>Not saved: {who} cleared {indicator} of {region} for {period} at {at}, after you read it. Your entry {mine} was not applied; the cell is now blank. Type your figure again if it should be kept.</source>
        <translation>Not saved: {who} cleared {indicator} of {region} for {period} at {at}, after you read it. Your entry {mine} was not applied; the cell is now blank. Type your figure again if it should be kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="913" />
        <source>Nothing was imported from {file}: {who} changed {indicator} of {region} for {period} at {at}, after the file was previewed. Preview the file again to see what it would change now.</source>
        <translation>Nothing was imported from {file}: {who} changed {indicator} of {region} for {period} at {at}, after the file was previewed. Preview the file again to see what it would change now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="919" />
        <source>Not saved: another Xianbao has been writing to this database for {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>Not saved: another Xianbao has been writing to this database for {seconds} seconds. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="924" />
        <source>Not saved: the database is being written by {holders} and was still busy after {seconds} seconds. Nothing was changed; try again in a moment, or ask them to finish their import or save.</source>
        <translation>Not saved: the database is being written by {holders} and was still busy after {seconds} seconds. Nothing was changed; try again in a moment, or ask them to finish their import or save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="930" />
        <source>Not saved: you stopped waiting for another Xianbao to finish writing to this database. Nothing was changed; try again when it is done.</source>
        <translation>Not saved: you stopped waiting for another Xianbao to finish writing to this database. Nothing was changed; try again when it is done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="964" />
        <source>{other} under the same region is already called {name}; choose another name.</source>
        <translation>{other} under the same region is already called {name}; choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="967" />
        <source>{name} ({code}) comes from the national list of divisions and is not changed here; only townships and villages added in Xianbao are.</source>
        <translation>{name} ({code}) comes from the national list of divisions and is not changed here; only townships and villages added in Xianbao are.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="972" />
        <source>{name} ({code}) began on {since}; its last day cannot be {day}.</source>
        <translation>{name} ({code}) began on {since}; its last day cannot be {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="975" />
        <source>{name} ({code}) or one of its villages holds figures for {period}, after {day}. Choose a later last day, or clear those figures first.</source>
        <translation>{name} ({code}) or one of its villages holds figures for {period}, after {day}. Choose a later last day, or clear those figures first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="980" />
        <source>{name} ({code}) is not retired.</source>
        <translation>{name} ({code}) is not retired.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="981" />
        <source>The township {parent} of {name} ({code}) is retired; reinstate it first.</source>
        <translation>The township {parent} of {name} ({code}) is retired; reinstate it first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="984" />
        <source>{name} has no code.</source>
        <translation>{name} has no code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="985" />
        <source>The code {code} is not all digits.</source>
        <translation>The code {code} is not all digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="986" />
        <source>The code {code} has {length} digits; a township has 9 (or 12 ending in 000), a village 12.</source>
        <translation>The code {code} has {length} digits; a township has 9 (or 12 ending in 000), a village 12.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="991" />
        <source>The code {code} is listed already in row {first}.</source>
        <translation>The code {code} is listed already in row {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="994" />
        <source>The code {code} belonged to {name}, retired after {until}; it is not used again.</source>
        <translation>The code {code} belonged to {name}, retired after {until}; it is not used again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="997" />
        <source>The village {code} belongs to the township {township}, which is neither in the list nor in Xianbao.</source>
        <translation>The village {code} belongs to the township {township}, which is neither in the list nor in Xianbao.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1002" />
        <source>{count} rows of the list are refused (the first in row {row}); nothing was imported. Correct them in the file and import it again.</source>
        <translation>{count} rows of the list are refused (the first in row {row}); nothing was imported. Correct them in the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1007" />
        <source>{name} ({code}) is not a county; townships and villages are kept under a county.</source>
        <translation>{name} ({code}) is not a county; townships and villages are kept under a county.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1010" />
        <source>{file} has no header row naming a code column (统计用区划代码, 区划代码 or 代码) and a name column (名称) in its first rows.</source>
        <translation>{file} has no header row naming a code column (统计用区划代码, 区划代码 or 代码) and a name column (名称) in its first rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1016" />
        <source>{field}: “{cell}” is not a date; write it as 2024-03-05 or 2024年3月5日.</source>
        <translation>{field}: “{cell}” is not a date; write it as 2024-03-05 or 2024年3月5日.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1019" />
        <source>{field}: “{cell}” is not a number; type digits (full-width digits are fine).</source>
        <translation>{field}: “{cell}” is not a number; type digits (full-width digits are fine).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1022" />
        <source>{field}: “{cell}” is negative; a register keeps no negative figures.</source>
        <translation>{field}: “{cell}” is negative; a register keeps no negative figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1025" />
        <source>{field}: “{cell}” is not a whole number.</source>
        <translation>{field}: “{cell}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1026" />
        <source>{field}: “{cell}” is not a year between 1949 and 2100.</source>
        <translation>{field}: “{cell}” is not a year between 1949 and 2100.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1029" />
        <source>{field}: write 是 or 否, not “{cell}”.</source>
        <translation>{field}: write 是 or 否, not “{cell}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1030" />
        <source>{field}: “{cell}” is not a number of degrees; write decimal degrees such as 107.2345 (not 107°14′).</source>
        <translation>{field}: “{cell}” is not a number of degrees; write decimal degrees such as 107.2345 (not 107°14′).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1035" />
        <source>{field}: “{cell}” lies outside China: longitudes run from 73 to 136 (east), latitudes from 3 to 54 (north). Were the two swapped?</source>
        <translation>{field}: “{cell}” lies outside China: longitudes run from 73 to 136 (east), latitudes from 3 to 54 (north). Were the two swapped?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1040" />
        <source>{name}: give both the longitude and the latitude, or neither.</source>
        <translation>{name}: give both the longitude and the latitude, or neither.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1043" />
        <source>{field}: “{cell}” is none of the field's choices.</source>
        <translation>{field}: “{cell}” is none of the field's choices.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1046" />
        <source>A row needs its {field}.</source>
        <translation>A row needs its {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1047" />
        <source>{name}: {field} is required.</source>
        <translation>{name}: {field} is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1048" />
        <source>{name}: {field} must come after the day it began.</source>
        <translation>{name}: {field} must come after the day it began.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1051" />
        <source>{name}: of whom poor ({part}) cannot exceed the attendees ({whole}).</source>
        <translation>{name}: of whom poor ({part}) cannot exceed the attendees ({whole}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1054" />
        <source>{name}: a {level}-level service point sits in a {level}; {code} is a place of another level.</source>
        <translation>{name}: a {level}-level service point sits in a {level}; {code} is a place of another level.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1059" />
        <source>{name} ({code}) is not a place this register keeps rows at.</source>
        <translation>{name} ({code}) is not a place this register keeps rows at.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1062" />
        <source>This row was removed meanwhile (by another clerk?); reopen the register.</source>
        <translation>This row was removed meanwhile (by another clerk?); reopen the register.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1065" />
        <source>{who} changed “{name}” after you opened it; close this form, look at the row as it is now and make your change again.</source>
        <translation>{who} changed “{name}” after you opened it; close this form, look at the row as it is now and make your change again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1075" />
        <source>“{name}” counts in the return of {region} for {period}, submitted on {since} by {who} and locked; the change would alter its figures, so nothing was saved. Reopen that return, with a reason, first.</source>
        <translation>“{name}” counts in the return of {region} for {period}, submitted on {since} by {who} and locked; the change would alter its figures, so nothing was saved. Reopen that return, with a reason, first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1081" />
        <source>There is no register {register}.</source>
        <translation>There is no register {register}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1083" />
        <source>The row gives no place: fill in its township and village, or its code.</source>
        <translation>The row gives no place: fill in its township and village, or its code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1091" />
        <source>{count} places of the county are called “{place}”; give the township too, or the code.</source>
        <translation>{count} places of the county are called “{place}”; give the township too, or the code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1100" />
        <source>This row repeats line {line} of the list (same place, same name or topic and date).</source>
        <translation>This row repeats line {line} of the list (same place, same name or topic and date).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1104" />
        <source>{count} row(s) of the list are refused; nothing was imported. Correct them in the workbook and preview it again.</source>
        <translation>{count} row(s) of the list are refused; nothing was imported. Correct them in the workbook and preview it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1109" />
        <source>The register was changed (by another clerk?) after the list was previewed; nothing was imported. Preview the list again.</source>
        <translation>The register was changed (by another clerk?) after the list was previewed; nothing was imported. Preview the list again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1114" />
        <source>Indicator {indicator} has {count} figure(s) keyed for {year}; it can be counted from the register only once they are cleared.</source>
        <translation>Indicator {indicator} has {count} figure(s) keyed for {year}; it can be counted from the register only once they are cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1119" />
        <source>Indicator {indicator} is counted from the register at {region} for {year} already.</source>
        <translation>Indicator {indicator} is counted from the register at {region} for {year} already.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1123" />
        <source>Indicator {indicator} is not counted from any register.</source>
        <translation>Indicator {indicator} is not counted from any register.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1126" />
        <source>{file} holds more than {limit} rows; split the list and import each part.</source>
        <translation>{file} holds more than {limit} rows; split the list and import each part.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1130" />
        <source>{file} is larger than {limit} MB, more than a list of a county's rows; check that it is the right file, or split the list and import each part.</source>
        <translation>{file} is larger than {limit} MB, more than a list of a county's rows; check that it is the right file, or split the list and import each part.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1135" />
        <source>{file} cannot be read as a CSV text file (UTF-8 or GB18030). Open it in Excel and save it as an .xlsx workbook or as CSV UTF-8.</source>
        <translation>{file} cannot be read as a CSV text file (UTF-8 or GB18030). Open it in Excel and save it as an .xlsx workbook or as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1140" />
        <source>{file}: the sheet {sheet} holds nothing. Choose the sheet that holds the list.</source>
        <translation>{file}: the sheet {sheet} holds nothing. Choose the sheet that holds the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1143" />
        <source>Columns {first} and {second} both give {field}; choose one of them.</source>
        <translation>Columns {first} and {second} both give {field}; choose one of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1146" />
        <source>Columns {first} and {second} both give the same part of the place; choose one.</source>
        <translation>Columns {first} and {second} both give the same part of the place; choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1149" />
        <source>No column gives the rows' place: choose the code column (统计用区划代码), or the township and village columns.</source>
        <translation>No column gives the rows' place: choose the code column (统计用区划代码), or the township and village columns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1154" />
        <source>No column gives {field}, which every row needs; choose its column.</source>
        <translation>No column gives {field}, which every row needs; choose its column.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1158" />
        <source>{name}: {value} {unit} ≥ {limit_value} {unit}.</source>
        <translation>{name}: {value} {unit} ≥ {limit_value} {unit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1161" />
        <source>{name}: {value} {unit} &lt; {limit_value} {unit}; at least {limit_value} {unit} is asked.</source>
        <translation>{name}: {value} {unit} &lt; {limit_value} {unit}; at least {limit_value} {unit} is asked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1165" />
        <source>{name}: no figure given; at least {limit_value} {unit} is asked.</source>
        <translation>{name}: no figure given; at least {limit_value} {unit} is asked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1168" />
        <source>{name}: {value} {unit} &gt; {limit_value} {unit}.</source>
        <translation>{name}: {value} {unit} &gt; {limit_value} {unit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1171" />
        <source>{name}: {value} {unit} ≤ {limit_value} {unit}; more than {limit_value} {unit} is asked.</source>
        <translation>{name}: {value} {unit} ≤ {limit_value} {unit}; more than {limit_value} {unit} is asked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1175" />
        <source>{name}: no figure given; more than {limit_value} {unit} is asked.</source>
        <translation>{name}: no figure given; more than {limit_value} {unit} is asked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1178" />
        <source>{name}: confirmed.</source>
        <translation>{name}: confirmed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1179" />
        <source>{name}: not met.</source>
        <translation>{name}: not met.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1180" />
        <source>{name}: not confirmed yet.</source>
        <translation>{name}: not confirmed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1181" />
        <source>{name}: met by one of its alternatives.</source>
        <translation>{name}: met by one of its alternatives.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1182" />
        <source>{name}: none of its alternatives is met.</source>
        <translation>{name}: none of its alternatives is met.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1183" />
        <source>{name}: none of its alternatives is met yet, and some lack figures.</source>
        <translation>{name}: none of its alternatives is met yet, and some lack figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1186" />
        <source>{name}: every part is met.</source>
        <translation>{name}: every part is met.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1187" />
        <source>{name}: a part is not met.</source>
        <translation>{name}: a part is not met.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1188" />
        <source>{name}: some parts lack figures.</source>
        <translation>{name}: some parts lack figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1189" />
        <source>The standards file has no standard “{standard}”; it may have been replaced. Choose another standard.</source>
        <translation>The standards file has no standard “{standard}”; it may have been replaced. Choose another standard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1193" />
        <source>{name}: write 是 or 否, not “{text}”.</source>
        <translation>{name}: write 是 or 否, not “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1196" />
        <source>{name}: “{text}” is not a number. Type digits (full-width digits are fine).</source>
        <translation>{name}: “{text}” is not a number. Type digits (full-width digits are fine).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1199" />
        <source>{name}: “{text}” is below zero.</source>
        <translation>{name}: “{text}” is below zero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1200" />
        <source>The demonstration standards file {file} cannot be read: {detail}. Correct it, or put the shipped file back.</source>
        <translation>The demonstration standards file {file} cannot be read: {detail}. Correct it, or put the shipped file back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1204" />
        <source>There are no demonstration standards for the province of {code}. Put the province's standards file in the standards folder.</source>
        <translation>There are no demonstration standards for the province of {code}. Put the province's standards file in the standards folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1208" />
        <source>A candidate needs a name.</source>
        <translation>A candidate needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1209" />
        <source>A candidate for “{standard}” is the county itself: choose the county, not a place in it.</source>
        <translation>A candidate for “{standard}” is the county itself: choose the county, not a place in it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1213" />
        <source>{name} ({code}) is above county level; a candidate belongs to a county. Choose a county.</source>
        <translation>{name} ({code}) is above county level; a candidate belongs to a county. Choose a county.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1217" />
        <source>The register row is no longer there (another clerk may have removed it). Choose another.</source>
        <translation>The register row is no longer there (another clerk may have removed it). Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1221" />
        <source>The candidate is no longer there (another clerk may have removed it).</source>
        <translation>The candidate is no longer there (another clerk may have removed it).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1229" />
        <source>{name} is not a candidate now (it is recommended, recognised or revoked).</source>
        <translation>{name} is not a candidate now (it is recommended, recognised or revoked).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1232" />
        <source>{name} does not meet every criterion and cannot be recommended; the red lines say which.</source>
        <translation>{name} does not meet every criterion and cannot be recommended; the red lines say which.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1236" />
        <source>{name} lacks data for some criteria and cannot be recommended yet; fill in the grey lines.</source>
        <translation>{name} lacks data for some criteria and cannot be recommended yet; fill in the grey lines.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1240" />
        <source>{prefecture} has already recommended {quota} for {group} in {year}, the most the province allows; {name} is not recommended. Withdraw another recommendation first.</source>
        <translation>{prefecture} has already recommended {quota} for {group} in {year}, the most the province allows; {name} is not recommended. Withdraw another recommendation first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1244" />
        <source>{name} is not recommended; there is nothing to withdraw.</source>
        <translation>{name} is not recommended; there is nothing to withdraw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1247" />
        <source>{name} is recognised or revoked already.</source>
        <translation>{name} is recognised or revoked already.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1250" />
        <source>{name} is not recognised; only a recognised unit is reviewed or revoked.</source>
        <translation>{name} is not recognised; only a recognised unit is reviewed or revoked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1253" />
        <source>{name}: {day} is before {before}; choose a later day.</source>
        <translation>{name}: {day} is before {before}; choose a later day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1256" />
        <source>{name} is recommended or recognised; withdraw the recommendation or revoke it before removing it.</source>
        <translation>{name} is recommended or recognised; withdraw the recommendation or revoke it before removing it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1267" />
        <source>The template mapping {file} names the workbook {workbook}, which is not in its folder. Put the province's workbook beside the mapping, or correct “workbook”.</source>
        <translation>The template mapping {file} names the workbook {workbook}, which is not in its folder. Put the province's workbook beside the mapping, or correct “workbook”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1272" />
        <source>Template {template}: its workbook {workbook} cannot be opened; it is damaged or not an .xlsx workbook. Put the province's blank form beside the mapping again.</source>
        <translation>Template {template}: its workbook {workbook} cannot be opened; it is damaged or not an .xlsx workbook. Put the province's blank form beside the mapping again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1277" />
        <source>The template mapping {file} cannot be read. Check that the file is there and that you may open it.</source>
        <translation>The template mapping {file} cannot be read. Check that the file is there and that you may open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1282" />
        <source>The template mapping {file} is not an ordinary file (a folder, a device or a broken link) and was not read. Remove it from the templates folder.</source>
        <translation>The template mapping {file} is not an ordinary file (a folder, a device or a broken link) and was not read. Remove it from the templates folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1287" />
        <source>The template mapping {file} is {size_kb} KB; a mapping is at most {limit_kb} KB, so it was not read. Check that it is the right file.</source>
        <translation>The template mapping {file} is {size_kb} KB; a mapping is at most {limit_kb} KB, so it was not read. Check that it is the right file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1292" />
        <source>The template mapping {file} is not UTF-8 text (line {line}). Save it as UTF-8, for example in Notepad with “Save as” and the encoding UTF-8.</source>
        <translation>The template mapping {file} is not UTF-8 text (line {line}). Save it as UTF-8, for example in Notepad with “Save as” and the encoding UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1297" />
        <source>The template mapping {file}: the key at line {line} has more than {limit} parts separated by dots; a mapping needs at most 3. Correct that line.</source>
        <translation>The template mapping {file}: the key at line {line} has more than {limit} parts separated by dots; a mapping needs at most 3. Correct that line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1302" />
        <source>The template mapping {file} nests brackets more than {limit} deep at line {line}; a mapping needs far fewer. It was not read: correct the brackets on that line.</source>
        <translation>The template mapping {file} nests brackets more than {limit} deep at line {line}; a mapping needs far fewer. It was not read: correct the brackets on that line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1307" />
        <source>The template mapping {file} is not valid TOML at line {line}, column {column}: “{text}”. Correct that line (docs/templates.md shows the format).</source>
        <translation>The template mapping {file} is not valid TOML at line {line}, column {column}: “{text}”. Correct that line (docs/templates.md shows the format).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1312" />
        <source>The template mapping {file} is written in mapping format {format}; this Xianbao reads format {supported}. Use a newer Xianbao, or ask for the mapping in format {supported}.</source>
        <translation>The template mapping {file} is written in mapping format {format}; this Xianbao reads format {supported}. Use a newer Xianbao, or ask for the mapping in format {supported}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1317" />
        <source>The template mapping {file}: “{key}” is not a key of a mapping. Allowed here: {allowed}.</source>
        <translation>The template mapping {file}: “{key}” is not a key of a mapping. Allowed here: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1321" />
        <source>The template mapping {file} lacks “{key}”, which is required.</source>
        <translation>The template mapping {file} lacks “{key}”, which is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1324" />
        <source>The template mapping {file}: “{key}” must be text in quotes.</source>
        <translation>The template mapping {file}: “{key}” must be text in quotes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1327" />
        <source>The template mapping {file}: “{key}” contains a control character, which a workbook cannot hold. Remove it.</source>
        <translation>The template mapping {file}: “{key}” contains a control character, which a workbook cannot hold. Remove it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1332" />
        <source>The template mapping {file}: “{key}” is longer than {limit} characters, the most Excel accepts for a number format.</source>
        <translation>The template mapping {file}: “{key}” is longer than {limit} characters, the most Excel accepts for a number format.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1337" />
        <source>The template mapping {file}: “{key}” must not be empty.</source>
        <translation>The template mapping {file}: “{key}” must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1340" />
        <source>The template mapping {file}: “{key}” must be a whole number without quotes.</source>
        <translation>The template mapping {file}: “{key}” must be a whole number without quotes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1343" />
        <source>The template mapping {file}: “{key}” must be true or false.</source>
        <translation>The template mapping {file}: “{key}” must be true or false.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1346" />
        <source>The template mapping {file}: “{key}” must be a list of texts in square brackets.</source>
        <translation>The template mapping {file}: “{key}” must be a list of texts in square brackets.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1349" />
        <source>The template mapping {file}: “{key}” must be a table (keys in curly braces, or a section of its own).</source>
        <translation>The template mapping {file}: “{key}” must be a table (keys in curly braces, or a section of its own).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1354" />
        <source>The template mapping {file}: “{key}” must be a list of tables.</source>
        <translation>The template mapping {file}: “{key}” must be a list of tables.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1357" />
        <source>The template mapping {file}: “{key}” cannot be “{given}”. Use one of: {allowed}.</source>
        <translation>The template mapping {file}: “{key}” cannot be “{given}”. Use one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1360" />
        <source>The template mapping {file}: “{key}” must be two years, the first and the last, between {first} and {last}, such as [2024, 2026].</source>
        <translation>The template mapping {file}: “{key}” must be two years, the first and the last, between {first} and {last}, such as [2024, 2026].</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1365" />
        <source>The template mapping {file}: “{key}” gives the rows {first}–{last}; rows are numbered 1 to {most}, the first before the last.</source>
        <translation>The template mapping {file}: “{key}” gives the rows {first}–{last}; rows are numbered 1 to {most}, the first before the last.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1370" />
        <source>The template mapping {file}: the table “{key}” has {rows} rows; a region table has at most {limit}.</source>
        <translation>The template mapping {file}: the table “{key}” has {rows} rows; a region table has at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1375" />
        <source>The template mapping {file}: “{id}” cannot be a template id; use at most 64 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
        <translation>The template mapping {file}: “{id}” cannot be a template id; use at most 64 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1380" />
        <source>The template mapping {file} maps no sheet, so it would match every workbook. Add at least one [[sheet]] with the sheet's name and its cells.</source>
        <translation>The template mapping {file} maps no sheet, so it would match every workbook. Add at least one [[sheet]] with the sheet's name and its cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1385" />
        <source>The template mapping {file} maps the sheet “{sheet}” twice; merge the two [[sheet]] sections.</source>
        <translation>The template mapping {file} maps the sheet “{sheet}” twice; merge the two [[sheet]] sections.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1390" />
        <source>The template mapping {file}: workbook = “{workbook}” must be the name of a file in the mapping's own folder, without a folder, a drive or “..”.</source>
        <translation>The template mapping {file}: workbook = “{workbook}” must be the name of a file in the mapping's own folder, without a folder, a drive or “..”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1395" />
        <source>The template mapping {file}: its workbook {workbook} is not an ordinary file (a folder, a device or a broken link). Put the province's workbook there.</source>
        <translation>The template mapping {file}: its workbook {workbook} is not an ordinary file (a folder, a device or a broken link). Put the province's workbook there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1400" />
        <source>The template mapping {file}: its workbook {workbook} is a link to a file outside the templates folder. Copy the workbook itself beside the mapping.</source>
        <translation>The template mapping {file}: its workbook {workbook} is a link to a file outside the templates folder. Copy the workbook itself beside the mapping.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1405" />
        <source>The template mapping {file}: its workbook {workbook} is {size_mb} MB; a template workbook is at most {limit_mb} MB. Check that it is the province's blank form.</source>
        <translation>The template mapping {file}: its workbook {workbook} is {size_mb} MB; a template workbook is at most {limit_mb} MB. Check that it is the province's blank form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1410" />
        <source>The template mapping {file}: file_name is empty. Name the exported files with fields such as {example}.</source>
        <translation>The template mapping {file}: file_name is empty. Name the exported files with fields such as {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1415" />
        <source>The template mapping {file}: file_name uses the field “{field}”, which does not exist. Allowed fields: {allowed}.</source>
        <translation>The template mapping {file}: file_name uses the field “{field}”, which does not exist. Allowed fields: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1420" />
        <source>The template mapping {file}: file_name contains {field}; a field is one of {allowed}, written as it is, without “.”, “[”, “!” or “:”.</source>
        <translation>The template mapping {file}: file_name contains {field}; a field is one of {allowed}, written as it is, without “.”, “[”, “!” or “:”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1425" />
        <source>The template mapping {file}: in file_name “{text}” the brace at character {position} has no partner. Write each field as a name in one pair of braces, such as {example}; allowed: {allowed}.</source>
        <translation>The template mapping {file}: in file_name “{text}” the brace at character {position} has no partner. Write each field as a name in one pair of braces, such as {example}; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1431" />
        <source>The template mapping {file} maps {count} sheets; a mapping maps at most {limit}.</source>
        <translation>The template mapping {file} maps {count} sheets; a mapping maps at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1435" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1438" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>The template's years {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1441" />
        <source>The mapping maps no sheet.</source>
        <translation>The mapping maps no sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1442" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>The workbook has no sheet “{sheet}”, which the mapping uses.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1445" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1449" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>Cell {sheet}!{cell} lies outside the sheet's table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1452" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1456" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1459" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>Cell {sheet}!{cell} is mapped more than once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1462" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1467" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>Sheet {sheet} is a region table but the mapping gives no table.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1470" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1473" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1476" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1480" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1483" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1487" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>Template {template} belongs to another province than {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1490" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>Template {template} is not made for a region at the level of {region}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1493" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>Sheet {sheet} has room for {rows} regions, but there are {regions}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1496" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>Sheet {sheet} has no row for {region} ({code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1499" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>The return could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1503" />
        <source>{path} was not written: the disk is full (or the file would be larger than the disk allows). Nothing was left behind. Make room on the disk or choose another folder, then try again.</source>
        <translation>{path} was not written: the disk is full (or the file would be larger than the disk allows). Nothing was left behind. Make room on the disk or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1509" />
        <source>{path} was not written: you may not write in that folder, or the file is open in another program (Excel, WPS, a PDF viewer). Close the file or choose another folder, then try again.</source>
        <translation>{path} was not written: you may not write in that folder, or the file is open in another program (Excel, WPS, a PDF viewer). Close the file or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1515" />
        <source>{path} was not written: its folder does not exist or the name is a folder. Choose another file name or folder.</source>
        <translation>{path} was not written: its folder does not exist or the name is a folder. Choose another file name or folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1520" />
        <source>{path} was not written ({detail}). Nothing was left behind. Check the disk or choose another folder, then try again.</source>
        <translation>{path} was not written ({detail}). Nothing was left behind. Check the disk or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1525" />
        <source>{file} cannot be read: {detail}</source>
        <translation>{file} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1526" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1531" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1536" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1541" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1545" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1550" />
        <source>{file} was refused: it unpacks to {ratio} times its packed size, where a workbook stays under {limit} times; such a file is made to exhaust the computer's memory. Nothing was imported.</source>
        <translation>{file} was refused: it unpacks to {ratio} times its packed size, where a workbook stays under {limit} times; such a file is made to exhaust the computer's memory. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1556" />
        <source>{file} is made of {count} parts, far more than a workbook has (at most {limit}). Nothing was imported.</source>
        <translation>{file} is made of {count} parts, far more than a workbook has (at most {limit}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1561" />
        <source>{file} is damaged: its part “{part}” is cut off or garbled (line {line}). Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</source>
        <translation>{file} is damaged: its part “{part}” is cut off or garbled (line {line}). Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1567" />
        <source>{file} was refused: its part “{part}” contains a document type declaration, which Excel never writes and which can hide harmful content. Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} was refused: its part “{part}” contains a document type declaration, which Excel never writes and which can hide harmful content. Open the file in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1573" />
        <source>{file} was refused: its part “{part}” holds a single item (a comment, a tag or an attribute) of more than {size} MB, where Excel writes at most a few KB (limit {limit} MB). Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} was refused: its part “{part}” holds a single item (a comment, a tag or an attribute) of more than {size} MB, where Excel writes at most a few KB (limit {limit} MB). Open the file in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1579" />
        <source>{file} is damaged: cell {cell} of sheet “{sheet}” stores “{value}”, which is no value Excel writes. Open the file in Excel or WPS, correct the cell and save it again. Nothing was imported.</source>
        <translation>{file} is damaged: cell {cell} of sheet “{sheet}” stores “{value}”, which is no value Excel writes. Open the file in Excel or WPS, correct the cell and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1585" />
        <source>{file} is damaged: cell {cell} of sheet “{sheet}” refers to text no. {index} of the workbook's shared text table, which the file does not hold. Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</source>
        <translation>{file} is damaged: cell {cell} of sheet “{sheet}” refers to text no. {index} of the workbook's shared text table, which the file does not hold. Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1591" />
        <source>{file} is damaged: sheet “{sheet}” has a row numbered “{row}”, which no sheet can have. Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} is damaged: sheet “{sheet}” has a row numbered “{row}”, which no sheet can have. Open the file in Excel or WPS and save it again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1596" />
        <source>{file} is not an Excel workbook (.xlsx) and was left alone.</source>
        <translation>{file} is not an Excel workbook (.xlsx) and was left alone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1599" />
        <source>{file} is the lock file Excel or WPS keeps while a workbook is open, and was left alone.</source>
        <translation>{file} is the lock file Excel or WPS keeps while a workbook is open, and was left alone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1603" />
        <source>{file} is a folder; the files in it were not imported. Import it on its own.</source>
        <translation>{file} is a folder; the files in it were not imported. Import it on its own.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1606" />
        <source>{file} could not be imported: Xianbao met an unexpected problem ({kind}) with it. Nothing from this file was written; the other files were handled on their own. Please send the file to the support desk.</source>
        <translation>{file} could not be imported: Xianbao met an unexpected problem ({kind}) with it. Nothing from this file was written; the other files were handled on their own. Please send the file to the support desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1612" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1617" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1622" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} says no 报告期; give the period. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1625" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} is the return for {found}, not for {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1628" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} says no region code; give the region. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1631" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} is the return of {found}, not of {expected}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1634" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>Row {row}: no region has the code or name “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1637" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>Row {row} holds figures but no region code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1638" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1642" />
        <source>No import is listed as {batch}. Run `xianbao imports` (or open Reports ▸ Imports and undoing one… in the window) to see the imports and their numbers.</source>
        <translation>No import is listed as {batch}. Run `xianbao imports` (or open Reports ▸ Imports and undoing one… in the window) to see the imports and their numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1647" />
        <source>{count} imports begin with {batch}. Type more of the number, as `xianbao imports` lists it.</source>
        <translation>{count} imports begin with {batch}. Type more of the number, as `xianbao imports` lists it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1651" />
        <source>The import of {file} was undone already, on {when} by {who}. Nothing was changed.</source>
        <translation>The import of {file} was undone already, on {when} by {who}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1655" />
        <source>The import of {file} cannot be undone: {count} of its values were changed after it, e.g. {region} {indicator} {period} (imported {imported}, now {now}). Undoing it would lose that later work, so nothing was changed; correct those values by hand instead.</source>
        <translation>The import of {file} cannot be undone: {count} of its values were changed after it, e.g. {region} {indicator} {period} (imported {imported}, now {now}). Undoing it would lose that later work, so nothing was changed; correct those values by hand instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1661" />
        <source>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</source>
        <translation>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1666" />
        <source>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1672" />
        <source>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1678" />
        <source>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</source>
        <translation>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1683" />
        <source>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</source>
        <translation>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1688" />
        <source>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</source>
        <translation>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1692" />
        <source>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</source>
        <translation>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1695" />
        <source>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</source>
        <translation>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1698" />
        <source>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</source>
        <translation>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1703" />
        <source>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</source>
        <translation>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1708" />
        <source>Not read: Xianbao computes growth rates and percentages itself.</source>
        <translation>Not read: Xianbao computes growth rates and percentages itself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1711" />
        <source>Not read: {indicator} is computed from its parts.</source>
        <translation>Not read: {indicator} is computed from its parts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1714" />
        <source>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</source>
        <translation>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1719" />
        <source>Not read: no indicator has the code {indicator}.</source>
        <translation>Not read: no indicator has the code {indicator}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1722" />
        <source>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</source>
        <translation>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1728" />
        <source>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</source>
        <translation>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1733" />
        <source>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</source>
        <translation>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1738" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}” is not a date; write it as 2025-04-08.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1741" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1742" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1748" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1754" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1759" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1764" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1769" />
        <source>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</source>
        <translation>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1774" />
        <source>{name} ({code}) is not a prefecture or a province; a map shows the counties of a prefecture or a province.</source>
        <translation>{name} ({code}) is not a prefecture or a province; a map shows the counties of a prefecture or a province.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1780" />
        <source>The scheme {scheme} has no item {item}. Close the window and open it again.</source>
        <translation>The scheme {scheme} has no item {item}. Close the window and open it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1783" />
        <source>“{text}” is not a number of points. Type digits, e.g. 2 or 1.5.</source>
        <translation>“{text}” is not a number of points. Type digits, e.g. 2 or 1.5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1786" />
        <source>Item {item} scores 0 to {maximum} points; {points} is outside that.</source>
        <translation>Item {item} scores 0 to {maximum} points; {points} is outside that.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1789" />
        <source>Item {item} is scored in steps of {step} points; {points} is not one of them.</source>
        <translation>Item {item} is scored in steps of {step} points; {points} is not one of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1792" />
        <source>The note of item {item} is longer than {limit} characters; shorten it.</source>
        <translation>The note of item {item} is longer than {limit} characters; shorten it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1795" />
        <source>The evaluation scheme {file} cannot be used ({detail}). Ask for a corrected file, or take it out of the evaluation folder.</source>
        <translation>The evaluation scheme {file} cannot be used ({detail}). Ask for a corrected file, or take it out of the evaluation folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1800" />
        <source>Two evaluation scheme files use the key {key}. Give each scheme its own key, or remove the older file.</source>
        <translation>Two evaluation scheme files use the key {key}. Give each scheme its own key, or remove the older file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1805" />
        <source>There is no evaluation scheme {key}. Check the evaluation folder.</source>
        <translation>There is no evaluation scheme {key}. Check the evaluation folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1808" />
        <source>{file} is already attached to item {item} (as {kept}); the same file is kept once.</source>
        <translation>{file} is already attached to item {item} (as {kept}); the same file is kept once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1812" />
        <source>That evidence file was removed meanwhile (perhaps by another clerk).</source>
        <translation>That evidence file was removed meanwhile (perhaps by another clerk).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1815" />
        <source>The kept copy of {file} no longer matches its SHA-256, so it was not saved. Attach the original file again.</source>
        <translation>The kept copy of {file} no longer matches its SHA-256, so it was not saved. Attach the original file again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1820" />
        <source>{file} could not be read ({detail}). Check the file, then try again.</source>
        <translation>{file} could not be read ({detail}). Check the file, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1823" />
        <source>{file} is larger than {limit} MB, the most an evidence file may be. Attach a smaller file (a scan at a lower resolution, or split it).</source>
        <translation>{file} is larger than {limit} MB, the most an evidence file may be. Attach a smaller file (a scan at a lower resolution, or split it).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1828" />
        <source>{file} is empty; attach the file that holds the evidence.</source>
        <translation>{file} is empty; attach the file that holds the evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1831" />
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1833" />
        <source>{where} is both the source and the target; name two different databases.</source>
        <translation>{where} is both the source and the target; name two different databases.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1836" />
        <source>{region} ({code}), {indicator}, {period}: {source} in the source, {target} in the target.</source>
        <translation>{region} ({code}), {indicator}, {period}: {source} in the source, {target} in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1840" />
        <source>{region} ({code}), {indicator}, {period}: the same figure, kept as the period's own figure in one database and as the year-to-date figure in the other.</source>
        <translation>{region} ({code}), {indicator}, {period}: the same figure, kept as the period's own figure in one database and as the year-to-date figure in the other.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1845" />
        <source>{region} ({code}), the return for {period}: {source} in the source, {target} in the target.</source>
        <translation>{region} ({code}), the return for {period}: {source} in the source, {target} in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1850" />
        <source>The region {name} ({code}) is recorded differently: its {what} is {source} in the source, {target} in the target.</source>
        <translation>The region {name} ({code}) is recorded differently: its {what} is {source} in the source, {target} in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1855" />
        <source>The indicator {indicator} is defined differently: its {what} is {source} in the source, {target} in the target. Make the two definitions the same first.</source>
        <translation>The indicator {indicator} is defined differently: its {what} is {source} in the source, {target} in the target. Make the two definitions the same first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1860" />
        <source>{region} ({code}), {indicator}, the target for {year}: {source} in the source, {target} in the target.</source>
        <translation>{region} ({code}), {indicator}, the target for {year}: {source} in the source, {target} in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1865" />
        <source>{region} ({code}), {indicator}, {period}: the explanation differs between the two.</source>
        <translation>{region} ({code}), {indicator}, {period}: the explanation differs between the two.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1869" />
        <source>{region} ({code}), {register}: the row {name} differs between the two.</source>
        <translation>{region} ({code}), {register}: the row {name} differs between the two.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1872" />
        <source>{region} ({code}): the demonstration candidate {name} differs between the two.</source>
        <translation>{region} ({code}): the demonstration candidate {name} differs between the two.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1876" />
        <source>{region} ({code}), self-evaluation item {item}: the points or the note differ between the two.</source>
        <translation>{region} ({code}), self-evaluation item {item}: the points or the note differ between the two.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1881" />
        <source>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new figure would change it. Reopen it there first.</source>
        <translation>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new figure would change it. Reopen it there first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1887" />
        <source>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new explanation would change it. Reopen it there first.</source>
        <translation>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new explanation would change it. Reopen it there first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1893" />
        <source>{region} ({code}), {register}: the row {name} was removed in the source and is still in the target.</source>
        <translation>{region} ({code}), {register}: the row {name} was removed in the source and is still in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1898" />
        <source>{region} ({code}), {indicator}, {period}: cleared in the source, {target} in the target.</source>
        <translation>{region} ({code}), {indicator}, {period}: cleared in the source, {target} in the target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1902" />
        <source>{person} may work on some regions only, and a copy without --region copies them all. Name the region to copy with --region, or ask for an administrator of every region.</source>
        <translation>{person} may work on some regions only, and a copy without --region copies them all. Name the region to copy with --region, or ask for an administrator of every region.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1907" />
        <source>The target keeps its own {setting} ({target}); the source's ({source}) was not copied.</source>
        <translation>The target keeps its own {setting} ({target}); the source's ({source}) was not copied.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1953" />
        <source>province</source>
        <extracomment>Issue parameters that hold a figure of the issue's indicator, shown as the return shows it. Issues about the digits of a value as written: the extra digits are the point, never rounded. The region levels an issue's `level` names (RegionLevel values).</extracomment>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1954" />
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1955" />
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1956" />
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1957" />
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2018" />
        <location filename="../../desktop_app/self_test.py" line="324" />
        <location filename="../../desktop_app/self_test.py" line="330" />
        <location filename="../../desktop_app/self_test.py" line="455" />
        <location filename="../../desktop_app/self_test.py" line="532" />
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <location filename="../../desktop_app/last_resort.py" line="107" />
        <source>The details were written to {log}.</source>
        <translation>The details were written to {log}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="65" />
        <source>Create the first administrator</source>
        <extracomment>The colour of a refusal under the fields (the grid's error red). The account logged in, once the dialog is accepted.</extracomment>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="65" />
        <location filename="../../desktop_app/ui/login_dialog.py" line="117" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="71" />
        <source>This database has no accounts yet. Create the first administrator (管理员): they add the other staff and give each a role.</source>
        <translation>This database has no accounts yet. Create the first administrator (管理员): they add the other staff and give each a role.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="75" />
        <source>Log in with your account. Ask the bureau's administrator for one.</source>
        <translation>Log in with your account. Ask the bureau's administrator for one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="79" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="88" />
        <source>as the audit and the returns name you</source>
        <translation>as the audit and the returns name you</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="97" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="99" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="100" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="103" />
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="117" />
        <source>Create and log in</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="120" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="154" />
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="160" />
        <source>The two passwords differ. Type the password again.</source>
        <translation>The two passwords differ. Type the password again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135" />
        <location filename="../../desktop_app/ui/main_window.py" line="158" />
        <source>Opening the database…</source>
        <extracomment>The store's regions and the first return are on screen. Before the store is open: the return as last displayed is on screen (show_snapshot). The clerk confirmed restoring this backup (a Path); the owner of the store restores it.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137" />
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <location filename="../../desktop_app/ui/main_window.py" line="298" />
        <location filename="../../desktop_app/ui/main_window.py" line="315" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186" />
        <source>By township</source>
        <translation>By township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205" />
        <source>Demonstration self-evaluation…</source>
        <translation>Demonstration self-evaluation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>Indicators…</source>
        <translation>Indicators…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>Townships and villages…</source>
        <translation>Townships and villages…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215" />
        <source>Annual targets…</source>
        <translation>Annual targets…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <source>Targets and progress (PDF)…</source>
        <translation>Targets and progress (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221" />
        <source>Map…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>Demonstration units…</source>
        <translation>Demonstration units…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="378" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="404" />
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413" />
        <source>The server's database is backed up by the bureau's IT helper (pg_dump).</source>
        <translation>The server's database is backed up by the bureau's IT helper (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="461" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="465" />
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="468" />
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="471" />
        <source>Go to period…</source>
        <translation>Go to period…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="480" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="481" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="484" />
        <source>Every change is saved as you type.</source>
        <translation>Every change is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="486" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="489" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="493" />
        <source>Back up the database…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="499" />
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="502" />
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="510" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="511" />
        <source>Find indicator…</source>
        <translation>Find indicator…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="515" />
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="516" />
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="519" />
        <source>Re&amp;gisters</source>
        <translation>Re&amp;gisters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="520" />
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="521" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="522" />
        <location filename="../../desktop_app/ui/main_window.py" line="750" />
        <source>Keyboard help</source>
        <translation>Keyboard help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="539" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="585" />
        <source>Targets and progress</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="587" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="601" />
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="617" />
        <source>Choose a county first: townships are kept under one.</source>
        <translation>Choose a county first: townships are kept under one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="634" />
        <source>Choose a county first: the self-evaluation is a county's.</source>
        <translation>Choose a county first: the self-evaluation is a county's.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="649" />
        <source>Choose a county first: candidates are kept under one.</source>
        <translation>Choose a county first: candidates are kept under one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="674" />
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="676" />
        <source>Xianbao databases (*.sqlite3)</source>
        <translation>Xianbao databases (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="689" />
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="719" />
        <source>Find indicator</source>
        <translation>Find indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="719" />
        <source>Code or part of the name:</source>
        <translation>Code or part of the name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="735" />
        <source>No indicator matches “%1”.</source>
        <translation>No indicator matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="763" />
        <source>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.</source>
        <translation>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="767" />
        <source>In the period box type 2025-03, 2025年3月, 2025Q1 or 2025年上半年 and press Enter; the previous and next period keys step by the kind of period shown (month, quarter, half-year or year).</source>
        <translation>In the period box type 2025-03, 2025年3月, 2025Q1 or 2025年上半年 and press Enter; the previous and next period keys step by the kind of period shown (month, quarter, half-year or year).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="781" />
        <source>Paste figures copied from Excel or WPS</source>
        <translation>Paste figures copied from Excel or WPS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="844" />
        <source>%1 is listed as the way to your regions; you work only on those.</source>
        <translation>%1 is listed as the way to your regions; you work only on those.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="942" />
        <source>Xianbao — %1, %2</source>
        <translation>Xianbao — %1, %2</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="212" />
        <source>%n county(ies)</source>
        <translation>
            <numerusform>%n county</numerusform>
            <numerusform>%n counties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="218" />
        <source>Service points</source>
        <translation>Service points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="225" />
        <source>%1, closed</source>
        <translation>%1, closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="230" />
        <source>Outside the county</source>
        <translation>Outside the county</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="233" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="75" />
        <source>This period</source>
        <extracomment>The counties' figures by county and indicator (MapService.figures_of). The measures as the controls and the title name them.</extracomment>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="76" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="77" />
        <source>Year on year</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="78" />
        <source>Year to date, year on year</source>
        <translation>Year to date, year on year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="79" />
        <source>Progress to target</source>
        <translation>Progress to target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="83" />
        <source>not reported</source>
        <extracomment>The words of a county without a figure to colour, by its state.</extracomment>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="84" />
        <source>no figure</source>
        <translation>no figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="85" />
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="109" />
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="111" />
        <source>No figure</source>
        <translation>No figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="118" />
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="202" />
        <location filename="../../desktop_app/ui/map_view.py" line="530" />
        <source>%1 (%2)</source>
        <extracomment>The texts of the rows shown, in order (what a test or a screen reader reads).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="315" />
        <source>&amp;Indicator:</source>
        <extracomment>Open this county's return (its code) for this period in the main window. At a county: its service points shown (None elsewhere). The figures of the region and period shown: ((region code, period), by county). The indicator's and measure's boxes with their captions (hidden at a county).</extracomment>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="316" />
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="335" />
        <source>Not reported:</source>
        <translation>Not reported:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="338" />
        <source>Enter or a double-click opens the return</source>
        <translation>Enter or a double-click opens the return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="342" />
        <source>Outside the county (mistyped?):</source>
        <translation>Outside the county (mistyped?):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="497" />
        <source>%1 · Service points · %2</source>
        <translation>%1 · Service points · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="502" />
        <location filename="../../desktop_app/ui/map_view.py" line="545" />
        <source>Map — %1</source>
        <translation>Map — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="505" />
        <source>%n point(s) without coordinates, not on the map</source>
        <translation>
            <numerusform>%n point without coordinates, not on the map</numerusform>
            <numerusform>%n points without coordinates, not on the map</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="507" />
        <location filename="../../desktop_app/ui/map_view.py" line="553" />
        <location filename="../../desktop_app/ui/map_view.py" line="569" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="509" />
        <location filename="../../desktop_app/ui/map_view.py" line="597" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="520" />
        <source>%1 has no boundary to draw.</source>
        <translation>%1 has no boundary to draw.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="533" />
        <source>%1, closed</source>
        <translation>%1, closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="535" />
        <source>%1 — outside the county</source>
        <translation>%1 — outside the county</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="548" />
        <source>%1 of %n county(ies) reported</source>
        <translation>
            <numerusform>%1 of %n county reported</numerusform>
            <numerusform>%1 of %n counties reported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="555" />
        <source>* Incomplete (some townships not reported): %1</source>
        <translation>* Incomplete (some townships not reported): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="571" />
        <source>Not on the map (no boundary): %1</source>
        <translation>Not on the map (no boundary): %1</translation>
    </message>
</context>
<context>
    <name>MultiUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="238" />
        <location filename="../../desktop_app/ui/multi_unit.py" line="295" />
        <source>&amp;Add a township…</source>
        <extracomment>A township or village was added under the region (its code): the window's tree reloads. What the page shows: the view as the screen service last answered. The choice asked after a save refused because someone else changed the cell since.</extracomment>
        <translation>&amp;Add a township…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="297" />
        <source>&amp;Add a village…</source>
        <translation>&amp;Add a village…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="300" />
        <source>%1 has no townships yet. Add them with the button on the right.</source>
        <translation>%1 has no townships yet. Add them with the button on the right.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="323" />
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="357" />
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="388" />
        <source>Pasted %1 cells.</source>
        <translation>Pasted %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="396" />
        <source>%1 cells cannot be typed into (outside the grid or computed) and were left out.</source>
        <translation>%1 cells cannot be typed into (outside the grid or computed) and were left out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="455" />
        <source>Kept the figures the others saved in %1 cells.</source>
        <translation>Kept the figures the others saved in %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="457" />
        <source>Kept %1's figure for %2: %3.</source>
        <translation>Kept %1's figure for %2: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="488" />
        <source>Saved %1: %2 (yours, in place of %3's)</source>
        <translation>Saved %1: %2 (yours, in place of %3's)</translation>
    </message>
</context>
<context>
    <name>MultiUnitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="68" />
        <source>Code</source>
        <extracomment>One indicator with the county's total and each township's figure: the view's row.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="69" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="70" />
        <source>Keyed as</source>
        <translation>Keyed as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="71" />
        <source>County total</source>
        <translation>County total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="168" />
        <source>year to date</source>
        <extracomment>A person changed a township's cell: region code, indicator code, text as typed.</extracomment>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="169" />
        <source>this period</source>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="186" />
        <source>Counted from the register “{register}”; change the register, not the figure.</source>
        <translation>Counted from the register “{register}”; change the register, not the figure.</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="470" />
        <source>New candidate</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="477" />
        <source>— typed in —</source>
        <translation>— typed in —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="483" />
        <source>Taken from the enterprise register, its registered capital, revenue and online sales fill the figures the standard reads from them; check them against the enterprise's own papers.</source>
        <translation>Taken from the enterprise register, its registered capital, revenue and online sales fill the figures the standard reads from them; check them against the enterprise's own papers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="490" />
        <source>&amp;Standard:</source>
        <translation>&amp;Standard:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="491" />
        <source>&amp;From the register:</source>
        <translation>&amp;From the register:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="492" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="310" />
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="319" />
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="320" />
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="321" />
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="322" />
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="353" />
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="269" />
        <source>Set the password of %1</source>
        <translation>Set the password of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="274" />
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="275" />
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="29" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="30" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="31" />
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="32" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="36" />
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="37" />
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="40" />
        <source>Previous quarter</source>
        <translation>Previous quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="41" />
        <source>Next quarter</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="44" />
        <source>Previous half-year</source>
        <translation>Previous half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="45" />
        <source>Next half-year</source>
        <translation>Next half-year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="48" />
        <source>Previous year</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="49" />
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="94" />
        <source>Show a month, quarter, half-year or year</source>
        <extracomment>The clerk chose a period (a Period). A sentence for the window's message line, and whether it reports a refusal. The clerk is done with the box (a typed period chosen, or Esc): back to the figures.</extracomment>
        <translation>Show a month, quarter, half-year or year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="98" />
        <source>Type a period and press Enter: 2025-03, 2025年3月, 2025Q1, 2025年上半年, 2025年 (Ctrl+G)</source>
        <translation>Type a period and press Enter: 2025-03, 2025年3月, 2025Q1, 2025年上半年, 2025年 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="155" />
        <source>“%1” is no period: %2</source>
        <translation>“%1” is no period: %2</translation>
    </message>
</context>
<context>
    <name>PlaceListPreview</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="269" />
        <source>Import townships and villages — %1</source>
        <extracomment>The list was imported (the plan as applied).</extracomment>
        <translation>Import townships and villages — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="291" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="297" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="332" />
        <source>%1 rows: %2 new, %3 renamed, %4 unchanged, %5 refused.</source>
        <translation>%1 rows: %2 new, %3 renamed, %4 unchanged, %5 refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="340" />
        <source>Under %1 (%2).</source>
        <translation>Under %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="349" />
        <source>The list cannot be imported while rows are refused: correct them in the file (the reasons are in the last column) and import it again.</source>
        <translation>The list cannot be imported while rows are refused: correct them in the file (the reasons are in the last column) and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="354" />
        <source>Xianbao holds every row of this list already.</source>
        <translation>Xianbao holds every row of this list already.</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="392" />
        <source>Townships and villages of %1</source>
        <extracomment>The county's townships or villages changed (the county's code).</extracomment>
        <translation>Townships and villages of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="433" />
        <source>Re&amp;name (F2)</source>
        <translation>Re&amp;name (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="408" />
        <source>Show retire&amp;d</source>
        <translation>Show retire&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="427" />
        <source>Add a &amp;township…</source>
        <translation>Add a &amp;township…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="430" />
        <source>Add a &amp;village…</source>
        <translation>Add a &amp;village…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="436" />
        <source>&amp;Retire… (Del)</source>
        <translation>&amp;Retire… (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="438" />
        <source>R&amp;einstate</source>
        <translation>R&amp;einstate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="440" />
        <source>&amp;Import from a list… (Ctrl+I)</source>
        <translation>&amp;Import from a list… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="459" />
        <source>Townships have 9-digit codes and villages 12. Retired ones stay in the returns of the periods up to their last day.</source>
        <translation>Townships have 9-digit codes and villages 12. Retired ones stay in the returns of the periods up to their last day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="537" />
        <source>Renamed %1 to %2.</source>
        <translation>Renamed %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="565" />
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="594" />
        <source>Retired %1 after %2 (%n division(s)).</source>
        <translation>
            <numerusform>Retired %1 after %2 (%n division).</numerusform>
            <numerusform>Retired %1 after %2 (%n divisions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="610" />
        <source>Reinstated %1 (%n division(s)).</source>
        <translation>
            <numerusform>Reinstated %1 (%n division).</numerusform>
            <numerusform>Reinstated %1 (%n divisions).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="618" />
        <source>Import townships and villages</source>
        <translation>Import townships and villages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="620" />
        <source>Lists (*.xlsx *.csv)</source>
        <translation>Lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="640" />
        <source>Imported: %1 new, %2 renamed, %3 unchanged.</source>
        <translation>Imported: %1 new, %2 renamed, %3 unchanged.</translation>
    </message>
</context>
<context>
    <name>PlacesTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="55" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="56" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="83" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="84" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="85" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="86" />
        <source>Retired after</source>
        <translation>Retired after</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="59" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="60" />
        <source>renamed</source>
        <translation>renamed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="61" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="62" />
        <source>skipped (the county itself)</source>
        <translation>skipped (the county itself)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="63" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="202" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="203" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="204" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="205" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="206" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="220" />
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="87" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="88" />
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="89" />
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="85" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="86" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="236" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="237" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="238" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="239" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="240" />
        <source>Place on the list</source>
        <translation>Place on the list</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="33" />
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="37" />
        <source>Create a new, empty database there? Choose No if the name is mistyped or the drive (a USB stick, a shared folder) is not connected.</source>
        <translation>Create a new, empty database there? Choose No if the name is mistyped or the drive (a USB stick, a shared folder) is not connected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="44" />
        <source>Create a new database</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="47" />
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="62" />
        <location filename="../../desktop_app/ui/refusals.py" line="108" />
        <source>Open a Xianbao database</source>
        <translation>Open a Xianbao database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="64" />
        <location filename="../../desktop_app/ui/refusals.py" line="110" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Xianbao databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="77" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="79" />
        <source>Another server…</source>
        <translation>Another server…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="82" />
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="95" />
        <source>Open a server's database</source>
        <translation>Open a server's database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="96" />
        <source>The server's address, as postgresql://USER@HOST:5432/DATABASE (the password comes from PostgreSQL's password file, pgpass):</source>
        <translation>The server's address, as postgresql://USER@HOST:5432/DATABASE (the password comes from PostgreSQL's password file, pgpass):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="142" />
        <source>The database {path} is read-only: you can look at its figures and print reports, but nothing you type can be saved. To work in it, copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</source>
        <translation>The database {path} is read-only: you can look at its figures and print reports, but nothing you type can be saved. To work in it, copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="180" />
        <source>Limit to regions</source>
        <translation>Limit to regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="204" />
        <source>Tick the prefectures and counties this account works on: it sees and changes only their figures, returns and registers (and the townships under them). With nothing ticked it works on every region.</source>
        <translation>Tick the prefectures and counties this account works on: it sees and changes only their figures, returns and registers (and the townships under them). With nothing ticked it works on every region.</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="866" />
        <location filename="../../desktop_app/ui/registers_window.py" line="880" />
        <source>%1 register…</source>
        <extracomment>The window's rows changed (the main window reads the return again).</extracomment>
        <translation>%1 register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="883" />
        <source>%1 register (%2)…</source>
        <translation>%1 register (%2)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="894" />
        <source>Registers are kept by county: choose a county, a township or a village in the tree first.</source>
        <translation>Registers are kept by county: choose a county, a township or a village in the tree first.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="62" />
        <source>{county} {register} register (exported {date})</source>
        <extracomment>The widest a column grows (in Excel's character widths); longer text wraps.</extracomment>
        <translation>{county} {register} register (exported {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="72" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="73" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="198" />
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="253" />
        <source>{county}-{register} register-{date}.xlsx</source>
        <translation>{county}-{register} register-{date}.xlsx</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="87" />
        <source>%1: edit a row</source>
        <extracomment>The service refused an OK (the row may have changed meanwhile).</extracomment>
        <translation>%1: edit a row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="87" />
        <source>%1: add a row</source>
        <translation>%1: add a row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="96" />
        <location filename="../../desktop_app/ui/register_form.py" line="349" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="111" />
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="123" />
        <source>Take theirs (Enter)</source>
        <translation>Take theirs (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="124" />
        <source>Keep mine (Ctrl+Enter)</source>
        <translation>Keep mine (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="185" />
        <source>%1 (retired)</source>
        <extracomment>The version of the row as another clerk left it, while the choice is asked.</extracomment>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="199" />
        <source>Type part of a township's or village's name</source>
        <translation>Type part of a township's or village's name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="202" />
        <source>The county has no townships or villages in Xianbao yet: add them first (Data → Townships and villages).</source>
        <translation>The county has no townships or villages in Xianbao yet: add them first (Data → Townships and villages).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="225" />
        <source>e.g. 2024-03-05</source>
        <translation>e.g. 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="227" />
        <source>e.g. 2024</source>
        <translation>e.g. 2024</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="229" />
        <source>decimal degrees, e.g. 107.2471</source>
        <translation>decimal degrees, e.g. 107.2471</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="301" />
        <source>Choose a place from the list (the county, a township or a village).</source>
        <translation>Choose a place from the list (the county, a township or a village).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="305" />
        <source>Correct the fields marked in red, then press OK again.</source>
        <translation>Correct the fields marked in red, then press OK again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="363" />
        <source>%1 changed “%2” after you opened it (at %3). Your changes were not saved. Which should stay?</source>
        <translation>%1 changed “%2” after you opened it (at %3). Your changes were not saved. Which should stay?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="369" />
        <source>(What you typed is what they saved.)</source>
        <translation>(What you typed is what they saved.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="380" />
        <source>%1: theirs %2, yours %3</source>
        <translation>%1: theirs %2, yours %3</translation>
    </message>
</context>
<context>
    <name>RegisterHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="356" />
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
</context>
<context>
    <name>RegisterHistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="268" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="269" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="270" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="279" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="280" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="281" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="282" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="283" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="284" />
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="285" />
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="89" />
        <source>Region code</source>
        <extracomment>Sheets looked at for the list when a workbook is opened (each is read once more when chosen). The place targets' names (register_list.place_word gives the English sources).</extracomment>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="90" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="91" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="92" />
        <source>Place (name or code)</source>
        <translation>Place (name or code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="95" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="96" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="97" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="98" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="138" />
        <source>(not imported)</source>
        <extracomment>Refused rows first, then what changes, then what stays.</extracomment>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="338" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="360" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="362" />
        <location filename="../../desktop_app/ui/register_import.py" line="363" />
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="772" />
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="404" />
        <source>Import a list: %1</source>
        <extracomment>A list was written (the registers window refreshes its rows and counts).</extracomment>
        <translation>Import a list: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="409" />
        <source>Choose the workbook (.xlsx) or CSV file</source>
        <translation>Choose the workbook (.xlsx) or CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="410" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="416" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="420" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="448" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="451" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="458" />
        <source>Choose a file, check the columns, then preview.</source>
        <translation>Choose a file, check the columns, then preview.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="460" />
        <source>Show refused rows only</source>
        <translation>Show refused rows only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="479" />
        <source>What the import would do</source>
        <translation>What the import would do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="512" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="538" />
        <source>Choose the list to import</source>
        <translation>Choose the list to import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="540" />
        <source>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="561" />
        <location filename="../../desktop_app/ui/register_import.py" line="588" />
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="620" />
        <source>The header is row %1. The columns are mapped as this layout was last time.</source>
        <translation>The header is row %1. The columns are mapped as this layout was last time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="622" />
        <source>The header is row %1. Check what each column is imported as.</source>
        <translation>The header is row %1. Check what each column is imported as.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="639" />
        <source>The columns changed: preview again.</source>
        <translation>The columns changed: preview again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="665" />
        <source>There are no rows under the header to import.</source>
        <translation>There are no rows under the header to import.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="671" />
        <source>Checking the list…</source>
        <translation>Checking the list…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="702" />
        <source>%n row(s) cannot be imported: correct them in the workbook and preview again. Nothing is imported while a row is refused.</source>
        <translation>
            <numerusform>%n row cannot be imported: correct them in the workbook and preview again. Nothing is imported while a row is refused.</numerusform>
            <numerusform>%n rows cannot be imported: correct them in the workbook and preview again. Nothing is imported while a row is refused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="710" />
        <source>The register holds every row of the list already.</source>
        <translation>The register holds every row of the list already.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="712" />
        <source>Every row can be imported.</source>
        <translation>Every row can be imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="719" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="720" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="721" />
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="722" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="723" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="725" />
        <source>%1 in the list: %2, %3, %4, %5.</source>
        <translation>%1 in the list: %2, %3, %4, %5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="776" />
        <source>Count these indicators of the %1 returns from this register:</source>
        <translation>Count these indicators of the %1 returns from this register:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="794" />
        <source>Importing the list…</source>
        <translation>Importing the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="805" />
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Imported: %1 added, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="819" />
        <source>The indicators are still keyed, not counted from the register: %1</source>
        <translation>The indicators are still keyed, not counted from the register: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="822" />
        <source>The indicators are counted from the register from now on.</source>
        <translation>The indicators are counted from the register from now on.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="430" />
        <source>Filter: any text of a row (name, place…)</source>
        <extracomment>A sentence for the window's message line, and whether it is a refusal. The register's rows changed (added, edited, removed, imported): counts are stale. The year the main window shows: an import offers to count this year's figures from the register (None: today's year).</extracomment>
        <translation>Filter: any text of a row (name, place…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="436" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="459" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="460" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="461" />
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="462" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="463" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="464" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="498" />
        <source>Ins or Ctrl+N</source>
        <translation>Ins or Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="499" />
        <source>Enter, F2 or double-click</source>
        <translation>Enter, F2 or double-click</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="500" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="581" />
        <source>Rows: %1, shown: %2</source>
        <translation>Rows: %1, shown: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="604" />
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="606" />
        <source>Added “%1”; the filter hides it.</source>
        <translation>Added “%1”; the filter hides it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="625" />
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="627" />
        <source>Saved “%1”; the filter hides it.</source>
        <translation>Saved “%1”; the filter hides it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="635" />
        <source>Remove a row</source>
        <translation>Remove a row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="636" />
        <source>Remove “%1” (%2) from the register? Its history is kept.</source>
        <translation>Remove “%1” (%2) from the register? Its history is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="662" />
        <source>Removed “%1”.</source>
        <translation>Removed “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="716" />
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="718" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="743" />
        <source>Exporting the register…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="743" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="746" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="752" />
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
</context>
<context>
    <name>RegisterPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="272" />
        <source>Line</source>
        <extracomment>The clerk chose another target for a column.</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="273" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="274" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="275" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="276" />
        <source>Why, or what changes</source>
        <translation>Why, or what changes</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="76" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2083" />
        <source>Service points</source>
        <extracomment>The registers' titles, headings and choices (domain/registers.py keeps the English sources); listed here so that lupdate finds them (tests/unit/test_registers.py keeps the list whole).</extracomment>
        <translation>Service points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2084" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2085" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2086" />
        <source>County centre</source>
        <translation>County centre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2087" />
        <source>Township station</source>
        <translation>Township station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2088" />
        <source>Village point</source>
        <translation>Village point</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2089" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2090" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2091" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2092" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2093" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2094" />
        <source>In a poor village</source>
        <translation>In a poor village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2095" />
        <source>Project funds (10k yuan)</source>
        <translation>Project funds (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2096" />
        <source>Project year</source>
        <translation>Project year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2097" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2098" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2099" />
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2100" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2101" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2102" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2103" />
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2104" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2105" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2106" />
        <source>Of whom poor</source>
        <translation>Of whom poor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2107" />
        <source>Subsidy claimed (10k yuan)</source>
        <translation>Subsidy claimed (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2108" />
        <source>E-commerce villages and towns</source>
        <translation>E-commerce villages and towns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2109" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2110" />
        <source>E-commerce village</source>
        <translation>E-commerce village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2111" />
        <source>E-commerce town</source>
        <translation>E-commerce town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2112" />
        <source>Taobao village</source>
        <translation>Taobao village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2113" />
        <source>Main products</source>
        <translation>Main products</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2114" />
        <source>Online sales (10k yuan)</source>
        <translation>Online sales (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2115" />
        <source>Year recognised</source>
        <translation>Year recognised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2116" />
        <source>Recognised by</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2117" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2118" />
        <source>Enterprises and online shops</source>
        <translation>Enterprises and online shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2119" />
        <source>E-commerce enterprise</source>
        <translation>E-commerce enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2120" />
        <source>Online shop</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2121" />
        <source>Cross-border enterprise</source>
        <translation>Cross-border enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2122" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2123" />
        <source>Registered capital (10k yuan)</source>
        <translation>Registered capital (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2124" />
        <source>Revenue (10k yuan)</source>
        <translation>Revenue (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2125" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2126" />
        <source>Key projects</source>
        <translation>Key projects</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2127" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2128" />
        <source>Planned investment (10k yuan)</source>
        <translation>Planned investment (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2129" />
        <source>Invested so far (10k yuan)</source>
        <translation>Invested so far (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2130" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2132" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2133" />
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2134" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2135" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2136" />
        <source>Designations</source>
        <translation>Designations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2137" />
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2138" />
        <source>Comprehensive demonstration county</source>
        <translation>Comprehensive demonstration county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2139" />
        <source>E-commerce poverty-alleviation county</source>
        <translation>E-commerce poverty-alleviation county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2140" />
        <source>Poor county</source>
        <translation>Poor county</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2141" />
        <source>Poor village</source>
        <translation>Poor village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2142" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2143" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2144" />
        <source>Designated by</source>
        <translation>Designated by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2161" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2161" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="810" />
        <source>Registers — %1</source>
        <extracomment>Rows were added, changed, removed or imported: counts derived from them are stale.</extracomment>
        <translation>Registers — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="831" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="71" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>Export the province's Excel return…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="76" />
        <source>Import Excel returns…</source>
        <translation>Import Excel returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="79" />
        <source>Import a folder of returns…</source>
        <translation>Import a folder of returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="82" />
        <source>Templates…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="85" />
        <source>Imports and undoing one…</source>
        <translation>Imports and undoing one…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="88" />
        <source>Monthly summary (PDF)…</source>
        <translation>Monthly summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="91" />
        <source>Blank paper forms (PDF)…</source>
        <translation>Blank paper forms (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="94" />
        <source>Who has submitted (PDF)…</source>
        <translation>Who has submitted (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="131" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="136" />
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="142" />
        <source>Choose a region first.</source>
        <translation>Choose a region first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="159" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="168" />
        <source>{count} template files could not be loaded; Reports → Templates says why.</source>
        <translation>{count} template files could not be loaded; Reports → Templates says why.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="179" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="180" />
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
        <location filename="../../desktop_app/ui/report_actions.py" line="247" />
        <source>Import Excel returns</source>
        <translation>Import Excel returns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="249" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="256" />
        <source>Import every return in a folder</source>
        <translation>Import every return in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="269" />
        <source>Reading the returns…</source>
        <translation>Reading the returns…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="279" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="293" />
        <source>Storing the imported values…</source>
        <translation>Storing the imported values…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="302" />
        <source>Imported {values} from {files}.</source>
        <translation>Imported {values} from {files}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/report_actions.py" line="303" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/report_actions.py" line="304" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="318" />
        <source>Import of returns</source>
        <translation>Import of returns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="344" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="390" />
        <source>The monthly summary is made for a month.</source>
        <translation>The monthly summary is made for a month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="396" />
        <location filename="../../desktop_app/ui/report_actions.py" line="401" />
        <location filename="../../desktop_app/ui/report_actions.py" line="423" />
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="412" />
        <source>Making the forms…</source>
        <translation>Making the forms…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="99" />
        <source>Print preview – {name}</source>
        <extracomment>The share of the screen the preview takes: Qt's default (640×480, the whole page in view) showed an A4 page at 38%, too small to read.</extracomment>
        <translation>Print preview – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="101" />
        <location filename="../../desktop_app/ui/report_preview.py" line="160" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="102" />
        <source>Save a copy of the report as PDF</source>
        <translation>Save a copy of the report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="150" />
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="152" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/exporting/pdf/document.py" line="135" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="86" />
        <source>{year}-{month}-{day}</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="97" />
        <source>January total</source>
        <translation>January total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="140" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="227" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="524" />
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="379" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region} e-commerce development monthly report ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="69" />
        <source>{region}: targets of {year} and their progress</source>
        <translation>{region}: targets of {year} and their progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="85" />
        <source>{pace} (last year)</source>
        <translation>{pace} (last year)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="93" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="393" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="864" />
        <source>Indicator</source>
        <extracomment>After a progress below the pace expected by the end of the month (GB2312 has the arrow).</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="94" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="394" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="866" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="95" />
        <source>Target as set</source>
        <translation>Target as set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="96" />
        <source>Goal for the year</source>
        <translation>Goal for the year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="97" />
        <source>Done so far</source>
        <translation>Done so far</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="99" />
        <source>Expected by now (%)</source>
        <translation>Expected by now (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="135" />
        <source>Where the targets come from</source>
        <translation>Where the targets come from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="160" />
        <source>Progress to</source>
        <translation>Progress to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="161" />
        <source>the end of month {month}</source>
        <translation>the end of month {month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="170" />
        <source>No target is set for this year.</source>
        <translation>No target is set for this year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="174" />
        <source>A stock's new-units or growth target counts the units added since the end of last year; a share compares the rate now with the rate to reach. {mark}: below the pace expected by the end of the month (months elapsed, or last year's shape where last year's months are kept).</source>
        <translation>A stock's new-units or growth target counts the units added since the end of last year; a share compares the rate now with the rate to reach. {mark}: below the pace expected by the end of the month (months elapsed, or last year's shape where last year's months are kept).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="395" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="407" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="867" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="398" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="410" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="625" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="671" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="399" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="98" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="400" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="519" />
        <source>Notes on warnings</source>
        <translation>Notes on warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="522" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="563" />
        <source>____ / ____ / ____</source>
        <extracomment>A signature cell's left and right padding (none on the left, reportlab's default 6 on the right).</extracomment>
        <translation>____ / ____ / ____</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="601" />
        <source>(Stamp)</source>
        <translation>(Stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="569" />
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="98" />
        <source>Months 1–{month}</source>
        <translation>Months 1–{month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="235" />
        <source>{items}, {item}</source>
        <extracomment>How a list is joined: names (顿号 in Chinese), and the entries of a note.</extracomment>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="236" />
        <source>{items}; {item}</source>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="357" />
        <source>{coverage} (missing: {regions})</source>
        <translation>{coverage} (missing: {regions})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="361" />
        <source>{coverage} (incomplete themselves: {regions})</source>
        <translation>{coverage} (incomplete themselves: {regions})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="366" />
        <source>{name} {measures} {coverage}</source>
        <translation>{name} {measures} {coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="372" />
        <source>Note: {mark} incomplete: {entries}</source>
        <translation>Note: {mark} incomplete: {entries}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="397" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="409" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="624" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="670" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="571" />
        <source>Head of statistics</source>
        <translation>Head of statistics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="573" />
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="574" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="575" />
        <source>Date of report</source>
        <translation>Date of report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="664" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="665" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="865" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="993" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="158" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="666" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="977" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="55" />
        <source>this period</source>
        <extracomment>Between the hatching's lines, and their width (points). The legend column beside the map (at least; wider when its texts need it), and its squares (points). Two points of an outline closer than this on the page (points, 0.1 mm) are written as one. The map's height at most: a province stays on a page with its heading and notes.</extracomment>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="56" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="57" />
        <source>year on year</source>
        <translation>year on year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="58" />
        <source>year to date, year on year</source>
        <translation>year to date, year on year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="59" />
        <source>progress to target</source>
        <translation>progress to target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="122" />
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="124" />
        <source>No figure</source>
        <translation>No figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="133" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="667" />
        <source>{measure} ({unit})</source>
        <translation>{measure} ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="200" />
        <source>Counties</source>
        <translation>Counties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="280" />
        <source>{indicator} by county ({period})</source>
        <translation>{indicator} by county ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="287" />
        <source>Counties reported: {reported} of {expected}</source>
        <translation>Counties reported: {reported} of {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="292" />
        <source>{reported}; not reported: {names}</source>
        <translation>{reported}; not reported: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="297" />
        <source>{reported}; * incomplete (some townships): {names}</source>
        <translation>{reported}; * incomplete (some townships): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="315" />
        <source>Not on the map (no boundary): {names}</source>
        <translation>Not on the map (no boundary): {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="672" />
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="730" />
        <source>Not reported for {indicator} ({count}): {regions}</source>
        <translation>Not reported for {indicator} ({count}): {regions}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="737" />
        <source>{count} regions</source>
        <translation>{count} regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="755" />
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="756" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="910" />
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="764" />
        <source>{count} indicators</source>
        <translation>{count} indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="774" />
        <source>{mark} Progress below the pace expected by the end of the month: {indicators}.</source>
        <translation>{mark} Progress below the pace expected by the end of the month: {indicators}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="291" />
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="296" />
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="311" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="778" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="787" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>Regions ranked by {indicator} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="805" />
        <source>Key indicators over the last 12 months</source>
        <translation>Key indicators over the last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="818" />
        <source>Progress against the year's targets</source>
        <translation>Progress against the year's targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="845" />
        <source>Rural e-commerce monthly return</source>
        <translation>Rural e-commerce monthly return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="902" />
        <source>Send to: {authority}</source>
        <translation>Send to: {authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="909" />
        <source>Reporting unit (stamp)</source>
        <translation>Reporting unit (stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="869" />
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="921" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write n/a (or 无) where an indicator does not apply; 0 means there was none. 3. Amounts in {unit} with two decimals.</source>
        <translation>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write n/a (or 无) where an indicator does not apply; 0 means there was none. 3. Amounts in {unit} with two decimals.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="948" />
        <source>{title} ({period})</source>
        <translation>{title} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="957" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>Submission of returns: {region} ({period})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="964" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="965" />
        <source>Submitted late</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="966" />
        <source>Not yet submitted</source>
        <translation>Not yet submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="967" />
        <source>Overdue, not submitted</source>
        <translation>Overdue, not submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="968" />
        <source>Reopened for correction</source>
        <translation>Reopened for correction</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="974" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="77" />
        <source>Comprehensive demonstration county self-evaluation form</source>
        <translation>Comprehensive demonstration county self-evaluation form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="82" />
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="84" />
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="85" />
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="91" />
        <source>{title} (example)</source>
        <translation>{title} (example)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="92" />
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="101" />
        <source>Evaluation item</source>
        <translation>Evaluation item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="102" />
        <source>Max. points</source>
        <translation>Max. points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="103" />
        <source>Points claimed</source>
        <translation>Points claimed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="104" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="125" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="145" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="146" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="147" />
        <source>SHA-256 (first 12)</source>
        <translation>SHA-256 (first 12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="178" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="975" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="179" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="183" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="187" />
        <source>Evidence attached</source>
        <translation>Evidence attached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="192" />
        <source>No evidence is attached.</source>
        <translation>No evidence is attached.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="197" />
        <source>Evidence asked for but not attached: {items}</source>
        <translation>Evidence asked for but not attached: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="976" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1056" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1057" />
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1061" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="100" />
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="144" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="992" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="995" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="996" />
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="997" />
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="998" />
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="118" />
        <source>No data for the last 12 months.</source>
        <translation>No data for the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="179" />
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="184" />
        <source>{mark} Some regions have not reported that month.</source>
        <translation>{mark} Some regions have not reported that month.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="301" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent} ({done} of {target} {unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="319" />
        <source>Time elapsed {percent}%</source>
        <translation>Time elapsed {percent}%</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="154" />
        <source>Retire %1</source>
        <extracomment>A person typed a new name into a row (code, text): the dialog renames through the service.</extracomment>
        <translation>Retire %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="160" />
        <source>%1 (%2) no longer exists after the day below. Forms, 乡镇分列 and reports list it for periods up to that day.</source>
        <translation>%1 (%2) no longer exists after the day below. Forms, 乡镇分列 and reports list it for periods up to that day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="166" />
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="171" />
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="177" />
        <source>Its %n village(s) are retired with it.</source>
        <translation>
            <numerusform>Its %n village are retired with it.</numerusform>
            <numerusform>Its %n villages are retired with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="245" />
        <source>Undo</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. The return's status changed (submitted, reopened): the window updates its title. What the page shows: the return's view as the screen service last answered. The choice asked after a save refused because someone else changed the cell since (None when none is open).</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="247" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="249" />
        <source>Copy last period</source>
        <translation>Copy last period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="252" />
        <source>Submit (报送)</source>
        <translation>Submit (报送)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="255" />
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="257" />
        <source>History of this cell…</source>
        <translation>History of this cell…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="260" />
        <source>Rows behind this figure…</source>
        <translation>Rows behind this figure…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="264" />
        <source>Count this indicator from the register this year</source>
        <translation>Count this indicator from the register this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="364" />
        <source>Explanation (情况说明): %1</source>
        <translation>Explanation (情况说明): %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Submitted on %1 by %2; reopen it to change a figure.</source>
        <translation>Submitted on %1 by %2; reopen it to change a figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="396" />
        <source>This return is locked: it was submitted on %1 by %2. To change a figure, reopen it (Return ▸ Reopen…) and give the reason.</source>
        <translation>This return is locked: it was submitted on %1 by %2. To change a figure, reopen it (Return ▸ Reopen…) and give the reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="406" />
        <location filename="../../desktop_app/ui/return_page.py" line="756" />
        <source>Reopened: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="408" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="413" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="425" />
        <source>The sum of the prefectures; key it in each prefecture's return.</source>
        <translation>The sum of the prefectures; key it in each prefecture's return.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="427" />
        <source>The sum of the counties; key it in each county's return.</source>
        <translation>The sum of the counties; key it in each county's return.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="429" />
        <source>The sum of the townships; key it under By township.</source>
        <translation>The sum of the townships; key it under By township.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="430" />
        <source>The sum of the regions below; key it in their returns.</source>
        <translation>The sum of the regions below; key it in their returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="461" />
        <location filename="../../desktop_app/ui/return_page.py" line="569" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="465" />
        <source>Saved %1: %2</source>
        <translation>Saved %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="544" />
        <source>Kept %1's figure for %2: %3.</source>
        <translation>Kept %1's figure for %2: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="548" />
        <source>Kept the figures the others saved in %1 cells.</source>
        <translation>Kept the figures the others saved in %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="575" />
        <source>Saved %1: %2 (yours, in place of %3's)</source>
        <translation>Saved %1: %2 (yours, in place of %3's)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="603" />
        <source>Restored %1: %2</source>
        <translation>Restored %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="641" />
        <source>Pasted %1 cells; refused %2 — %3</source>
        <translation>Pasted %1 cells; refused %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="646" />
        <source>Pasted %1 cells.</source>
        <translation>Pasted %1 cells.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="674" />
        <source>Copied %1 end-of-period figures from the last period; confirm each with Enter.</source>
        <translation>Copied %1 end-of-period figures from the last period; confirm each with Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="710" />
        <source>Not submitted: correct %1, then submit again.</source>
        <translation>Not submitted: correct %1, then submit again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="715" />
        <source>Not submitted: every warning needs an explanation.</source>
        <translation>Not submitted: every warning needs an explanation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="727" />
        <source>Submitted. The return is locked.</source>
        <translation>Submitted. The return is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="744" />
        <source>Reopen the return</source>
        <translation>Reopen the return</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="744" />
        <source>Why must the submitted return change?</source>
        <translation>Why must the submitted return change?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="808" />
        <source>%1 is counted from the register in %2.</source>
        <translation>%1 is counted from the register in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="810" />
        <source>%1 is keyed again in %2.</source>
        <translation>%1 is keyed again in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="834" />
        <source>This figure is not counted from a register.</source>
        <translation>This figure is not counted from a register.</translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="54" />
        <source>Quarters to date</source>
        <extracomment>A figure derived from a register (台账): counted, not keyed. Text of a rolled-up figure that not every child contributed to (dark amber: reads on white, on the warning yellow and in greyscale print). Progress behind the pace expected by the end of the period (text colour). One line of the grid (a group heading, or an indicator with its figures): the view's row. Headers that depend on the period shown: (column, period kind) → text (context ReturnTableModel). Columns 4 (累计) and 7 (环比) of ReturnTableModel; a month keeps the HEADERS text.</extracomment>
        <translation>Quarters to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="55" />
        <source>Halves to date</source>
        <translation>Halves to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="56" />
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="57" />
        <source>QoQ (%)</source>
        <translation>QoQ (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="58" />
        <source>vs previous half (%)</source>
        <translation>vs previous half (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="59" />
        <source>vs previous year (%)</source>
        <translation>vs previous year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="77" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="78" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="79" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="80" />
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="81" />
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="82" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="83" />
        <source>YoY (%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="84" />
        <source>MoM (%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="85" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="86" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="87" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="371" />
        <source>{count} regions reported this figure.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. Columns of percentages, narrower than those of amounts (ReturnTableView.size_columns). "4/5" for a rolled-up figure that lacks some children, else None. The measure (a name in services.figures.MEASURES) each figure column shows. The mark after a figure that not every child region contributed to. A person changed a cell: indicator code, column, text as typed.</extracomment>
        <translation>{count} regions reported this figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="374" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="376" />
        <source>Missing: {names}</source>
        <translation>Missing: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="380" />
        <source>Incomplete themselves: {names}</source>
        <translation>Incomplete themselves: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="442" />
        <source>Counted from the register “{register}”; double-click or press Ctrl+B to see the rows behind it. Change the register, not the figure.</source>
        <translation>Counted from the register “{register}”; double-click or press Ctrl+B to see the rows behind it. Change the register, not the figure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="462" />
        <source>Copied from the last period; confirm with Enter.</source>
        <translation>Copied from the last period; confirm with Enter.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="287" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="288" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="289" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="290" />
        <source>Recognised on</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="291" />
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="292" />
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="293" />
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>RowsBehindDialog</name>
    <message>
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="41" />
        <source>Rows behind the figure</source>
        <translation>Rows behind the figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="45" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="62" />
        <source>%n rows of the register “%1”.</source>
        <translation>
            <numerusform>%n rows of the register “%1”.</numerusform>
            <numerusform>%n rows of the register “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="49" />
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="67" />
        <source>Qt could not paint the page onto a printer.</source>
        <translation>Qt could not paint the page onto a printer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="72" />
        <source>The printer's output {path} was not written.</source>
        <translation>The printer's output {path} was not written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="82" />
        <source>passed</source>
        <extracomment>The demo county, its bureau and the month keyed. What is keyed, as a clerk types it: counts, one with its part (其中), and money keyed year to date with its parts. The part keyed larger than its whole for a moment, for the checks to find. The shipped template exported (a Sichuan county's monthly return) and the figure read back. The figure looked for in the PDF's text (the report prints 1-N月累计 of the money flows). How long the print step's child process may take. The flag of the print step's child process: `xianbao --self-test-print PDF OUTPUT`.</extracomment>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="83" />
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="84" />
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="85" />
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="142" />
        <source>Qt cannot be loaded ({reason})</source>
        <translation>Qt cannot be loaded ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="165" />
        <source>The new database is at schema {revision}, not {head}.</source>
        <translation>The new database is at schema {revision}, not {head}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="170" />
        <source>self-test</source>
        <translation>self-test</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="171" />
        <source>New database at schema {revision}</source>
        <translation>New database at schema {revision}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="193" />
        <source>{code} was keyed as {keyed} but reads back as {shown}.</source>
        <translation>{code} was keyed as {keyed} but reads back as {shown}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="198" />
        <source>{count} of the {rows} figures of {region}'s return for {period} keyed and read back</source>
        <translation>{count} of the {rows} figures of {region}'s return for {period} keyed and read back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="215" />
        <source>The checks did not find {part} larger than its whole.</source>
        <translation>The checks did not find {part} larger than its whole.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="226" />
        <source>The checks still find {part} too large after it was corrected.</source>
        <translation>The checks still find {part} too large after it was corrected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="230" />
        <source>{part} larger than its whole was found, and cleared once corrected ({count} issues left: the indicators not keyed)</source>
        <translation>{part} larger than its whole was found, and cleared once corrected ({count} issues left: the indicators not keyed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="262" />
        <source>{file}: {sheet}!{cell} holds {found}, not {expected}.</source>
        <translation>{file}: {sheet}!{cell} holds {found}, not {expected}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="266" />
        <source>{file}: {sheet}!{cell} = {value}, as keyed</source>
        <translation>{file}: {sheet}!{cell} = {value}, as keyed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="280" />
        <source> (bold: {path})</source>
        <translation> (bold: {path})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="293" />
        <source>{file}: {pages} pages, {size} KB</source>
        <translation>{file}: {pages} pages, {size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="323" />
        <source>The PDF's text lacks {missing}.</source>
        <translation>The PDF's text lacks {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="328" />
        <source>The PDF does not embed its TrueType font.</source>
        <translation>The PDF does not embed its TrueType font.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="329" />
        <source>{found} found in the text; the font is embedded</source>
        <translation>{found} found in the text; the font is embedded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="343" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="344" />
        <source>Page 1 painted at {dpi} dpi onto an A4 printer (Qt platform {platform}); default printer: {printer}</source>
        <translation>Page 1 painted at {dpi} dpi onto an A4 printer (Qt platform {platform}); default printer: {printer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="390" />
        <source>Qt did not finish painting within {seconds} s.</source>
        <translation>Qt did not finish painting within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="399" />
        <source>Qt could not start (exit code {code}): {reason}</source>
        <translation>Qt could not start (exit code {code}): {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="436" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="437" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="438" />
        <source>Keying values</source>
        <translation>Keying values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="439" />
        <source>Return checks</source>
        <translation>Return checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="440" />
        <source>Excel export</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="441" />
        <source>Chinese font</source>
        <translation>Chinese font</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="442" />
        <source>Monthly PDF</source>
        <translation>Monthly PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="443" />
        <source>PDF text</source>
        <translation>PDF text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="444" />
        <source>Print rendering</source>
        <translation>Print rendering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="454" />
        <source>needs: {steps}</source>
        <translation>needs: {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="473" />
        <location filename="../../desktop_app/self_test.py" line="488" />
        <source>Temporary folder</source>
        <translation>Temporary folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="478" />
        <source>The temporary folder {path} could not be removed.</source>
        <translation>The temporary folder {path} could not be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="480" />
        <source>{path} removed</source>
        <translation>{path} removed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="491" />
        <source>Xianbao self-test</source>
        <translation>Xianbao self-test</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="496" />
        <source>No temporary folder could be made in {path}: {reason}</source>
        <translation>No temporary folder could be made in {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="526" />
        <source>{failed} of {count} steps did not pass ({seconds:.1f} s): {names}.</source>
        <translation>{failed} of {count} steps did not pass ({seconds:.1f} s): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="538" />
        <source>All {count} steps passed ({seconds:.1f} s).</source>
        <translation>All {count} steps passed ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="563" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="564" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="565" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="566" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="31" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="41" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="45" />
        <source>&amp;Bureau name:</source>
        <translation>&amp;Bureau name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="46" />
        <source>Bureau &amp;head:</source>
        <translation>Bureau &amp;head:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="47" />
        <source>&amp;Statistics lead:</source>
        <translation>&amp;Statistics lead:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48" />
        <source>Pr&amp;eparer:</source>
        <translation>Pr&amp;eparer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49" />
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59" />
        <source>found on this computer</source>
        <translation>found on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="65" />
        <source>Report &amp;font:</source>
        <translation>Report &amp;font:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="70" />
        <source>the default file in your data folder</source>
        <translation>the default file in your data folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="72" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="77" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="82" />
        <source>The password in this address will not be kept: put it in PostgreSQL's password file (pgpass) on this computer.</source>
        <translation>The password in this address will not be kept: put it in PostgreSQL's password file (pgpass) on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93" />
        <source>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</source>
        <translation>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="98" />
        <source>The database is a file, or a bureau's server written as postgresql://USER@HOST:5432/DATABASE. A server's password is never kept in the settings: the IT helper puts it in PostgreSQL's password file (pgpass) on this computer. Another database is opened the next time Xianbao starts.</source>
        <translation>The database is a file, or a bureau's server written as postgresql://USER@HOST:5432/DATABASE. A server's password is never kept in the settings: the IT helper puts it in PostgreSQL's password file (pgpass) on this computer. Another database is opened the next time Xianbao starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="118" />
        <source>Choose a Chinese TrueType font</source>
        <translation>Choose a Chinese TrueType font</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="120" />
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132" />
        <source>Open a Xianbao database</source>
        <translation>Open a Xianbao database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="134" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Xianbao databases (*.sqlite3 *.db);;All files (*)</translation>
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
    <name>SharedFile</name>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="63" />
        <source>{holders} is writing to the database. Your entry is saved as soon as they are done; Xianbao waits up to {seconds} seconds.</source>
        <extracomment>Seconds a write waits before the progress dialog appears.</extracomment>
        <translation>{holders} is writing to the database. Your entry is saved as soon as they are done; Xianbao waits up to {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="69" />
        <source>Another Xianbao is writing to the database. Your entry is saved as soon as it is done; Xianbao waits up to {seconds} seconds.</source>
        <translation>Another Xianbao is writing to the database. Your entry is saved as soon as it is done; Xianbao waits up to {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="76" />
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="85" />
        <source>Waiting for the database</source>
        <translation>Waiting for the database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="95" />
        <source>{user} on {computer} since {since}</source>
        <translation>{user} on {computer} since {since}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="134" />
        <source>This database is also open in another Xianbao: {others}. Every save is checked against theirs; a figure they changed since you saw it is not overwritten.</source>
        <translation>This database is also open in another Xianbao: {others}. Every save is checked against theirs; a figure they changed since you saw it is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="150" />
        <source>Also open: {others}</source>
        <translation>Also open: {others}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="155" />
        <source>Another Xianbao has this database open. Saves are checked against each other's.</source>
        <translation>Another Xianbao has this database open. Saves are checked against each other's.</translation>
    </message>
</context>
<context>
    <name>SnapshotPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_snapshot.py" line="304" />
        <source>Opening the database… The figures below are as they were shown at %1, for reading only: the database's own replace them in a moment.</source>
        <extracomment>The file's format; a file of another version is not read. A snapshot larger than this is no snapshot of a return (a damaged or foreign file).</extracomment>
        <translation>Opening the database… The figures below are as they were shown at %1, for reading only: the database's own replace them in a moment.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="643" />
        <source>Equally</source>
        <extracomment>The parts changed (typed, or proposed by a method).</extracomment>
        <translation>Equally</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="644" />
        <source>In proportion to last year</source>
        <translation>In proportion to last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="645" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="654" />
        <source>Split a target among divisions</source>
        <translation>Split a target among divisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="658" />
        <source>%1 %2: %3 (%4) to split.</source>
        <translation>%1 %2: %3 (%4) to split.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="690" />
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="727" />
        <source>Not a number: %1. Type a number for every division (0 for none).</source>
        <translation>Not a number: %1. Type a number for every division (0 for none).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="737" />
        <source>The parts add up to %1, the whole target.</source>
        <translation>The parts add up to %1, the whole target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="744" />
        <source>The parts add up to %1, not %2 (a difference of %3). Change the parts.</source>
        <translation>The parts add up to %1, not %2 (a difference of %3). Change the parts.</translation>
    </message>
</context>
<context>
    <name>SplitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="568" />
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="569" />
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="570" />
        <source>Part</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="88" />
        <source>Meets the standard</source>
        <translation>Meets the standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="89" />
        <source>Falls short</source>
        <translation>Falls short</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="90" />
        <source>Data lacking</source>
        <translation>Data lacking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="93" />
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="94" />
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="95" />
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="96" />
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="99" />
        <source>— not confirmed —</source>
        <translation>— not confirmed —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="100" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="101" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="127" />
        <source>Confirmed.</source>
        <translation>Confirmed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="128" />
        <source>Not met.</source>
        <translation>Not met.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="129" />
        <source>Not confirmed yet.</source>
        <translation>Not confirmed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="220" />
        <source>Recommended or recognised this round</source>
        <translation>Recommended or recognised this round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="221" />
        <source>Passes, within the quota left</source>
        <translation>Passes, within the quota left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="222" />
        <source>Passes, beyond the quota left</source>
        <translation>Passes, beyond the quota left</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="568" />
        <source>Demonstration units — %1</source>
        <extracomment>Candidates were added, changed or removed. The county's prefecture (the county itself where it has none): the list's scope.</extracomment>
        <translation>Demonstration units — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="573" />
        <source>&amp;Candidates</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="574" />
        <source>Recommendation &amp;list</source>
        <translation>Recommendation &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="575" />
        <source>Review cal&amp;endar</source>
        <translation>Review cal&amp;endar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="601" />
        <source>Standards: %1 (%2). Reviewed every %3 years.</source>
        <translation>Standards: %1 (%2). Reviewed every %3 years.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="633" />
        <source>Show the whole &amp;prefecture</source>
        <translation>Show the whole &amp;prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="635" />
        <source>&amp;New… (Ctrl+N)</source>
        <translation>&amp;New… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="636" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="657" />
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="658" />
        <source>S&amp;tandard:</source>
        <translation>S&amp;tandard:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="659" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="665" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="670" />
        <source>Recommen&amp;d</source>
        <translation>Recommen&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="671" />
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="672" />
        <source>Reco&amp;gnised</source>
        <translation>Reco&amp;gnised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="673" />
        <source>Rev&amp;iew passed</source>
        <translation>Rev&amp;iew passed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="674" />
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="675" />
        <source>D&amp;ay:</source>
        <translation>D&amp;ay:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="693" />
        <source>The candidate</source>
        <translation>The candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="726" />
        <source>&amp;Round (year):</source>
        <translation>&amp;Round (year):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="798" />
        <source>%1: no quota set for %2; %3 recommended or recognised.</source>
        <translation>%1: no quota set for %2; %3 recommended or recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="804" />
        <source>%1: quota %2, %3 recommended or recognised, %4 left.</source>
        <translation>%1: quota %2, %3 recommended or recognised, %4 left.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="809" />
        <source>%1, round of %2:</source>
        <translation>%1, round of %2:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="822" />
        <source>%1 recognised unit(s); %2 overdue for review (as of %3).</source>
        <translation>%1 recognised unit(s); %2 overdue for review (as of %3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="875" />
        <source>%1: no quota in %2.</source>
        <translation>%1: no quota in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="877" />
        <source>%1: %3 of %4 left in %2.</source>
        <translation>%1: %3 of %4 left in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="914" />
        <source>%1 — %2 met, %3 short, %4 lacking data (thresholds for %5).</source>
        <translation>%1 — %2 met, %3 short, %4 lacking data (thresholds for %5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="926" />
        <source>; review due %1</source>
        <translation>; review due %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="928" />
        <source> — changes not saved yet</source>
        <translation> — changes not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1001" />
        <source>%1 added; give its facts and save.</source>
        <translation>%1 added; give its facts and save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1026" />
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1043" />
        <source>%1 recommended.</source>
        <translation>%1 recommended.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1047" />
        <source>%1: recommendation withdrawn.</source>
        <translation>%1: recommendation withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1051" />
        <source>%1 recorded as recognised.</source>
        <translation>%1 recorded as recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1054" />
        <source>%1: review passed; the next is due on %2.</source>
        <translation>%1: review passed; the next is due on %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1057" />
        <source>%1: recognition revoked.</source>
        <translation>%1: recognition revoked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1065" />
        <source>Remove a candidate</source>
        <translation>Remove a candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1066" />
        <source>Remove %1 and the facts given for it?</source>
        <translation>Remove %1 and the facts given for it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1081" />
        <source>Candidate removed.</source>
        <translation>Candidate removed.</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="415" />
        <source>{kind}: {figure}</source>
        <translation>{kind}: {figure}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="16" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="17" />
        <source>Growth over last year (%)</source>
        <translation>Growth over last year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="18" />
        <source>New this year</source>
        <translation>New this year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="19" />
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="39" />
        <source>{percent}% growth</source>
        <translation>{percent}% growth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="41" />
        <source>{count} {unit} new</source>
        <translation>{count} {unit} new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="72" />
        <source>The goal rests on last year's figure, which is missing: key last year's figures to see progress.</source>
        <translation>The goal rests on last year's figure, which is missing: key last year's figures to see progress.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="81" />
        <source>Rate now {rate}%, target {target}%.</source>
        <translation>Rate now {rate}%, target {target}%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="94" />
        <source>{done} added since the end of last year.</source>
        <translation>{done} added since the end of last year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="100" />
        <source>Expected by now: {pace}% (last year's pace)</source>
        <translation>Expected by now: {pace}% (last year's pace)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="102" />
        <source>Expected by now: {pace}% (months elapsed)</source>
        <translation>Expected by now: {pace}% (months elapsed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="105" />
        <source>; behind by {gap} points.</source>
        <translation>; behind by {gap} points.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="318" />
        <source>Annual targets</source>
        <extracomment>Targets were stored (the return's grid shows them: read it again).</extracomment>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="324" />
        <source> (year)</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="328" />
        <source>progress to the end of month </source>
        <translation>progress to the end of month </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="329" />
        <source> (month)</source>
        <translation> (month)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="330" />
        <source>Only indicators with a target</source>
        <translation>Only indicators with a target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="357" />
        <source>Load example targets…</source>
        <translation>Load example targets…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="360" />
        <source>Import from a sheet…</source>
        <translation>Import from a sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="363" />
        <source>Split among divisions…</source>
        <translation>Split among divisions…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="400" />
        <source>%1: targets of %2</source>
        <translation>%1: targets of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="458" />
        <source>Type the target first; a note goes with a target.</source>
        <translation>Type the target first; a note goes with a target.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="466" />
        <source>Saved the target of %1.</source>
        <translation>Saved the target of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="473" />
        <source>Load example targets</source>
        <translation>Load example targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="475" />
        <source>Target sets (*.toml)</source>
        <translation>Target sets (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="487" />
        <source>Loaded %1 targets of %2 for %3.</source>
        <translation>Loaded %1 targets of %2 for %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="493" />
        <source>Not mapped to an indicator: %1.</source>
        <translation>Not mapped to an indicator: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="494" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="497" />
        <source>Not in the catalogue: %1.</source>
        <translation>Not in the catalogue: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="510" />
        <source>Import targets from a sheet</source>
        <translation>Import targets from a sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="512" />
        <source>Workbooks and CSV files (*.xlsx *.csv)</source>
        <translation>Workbooks and CSV files (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="526" />
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/targets_dialog.py" line="529" />
        <source>Nothing was imported: %n row(s) refused.</source>
        <translation>
            <numerusform>Nothing was imported: %n row refused.</numerusform>
            <numerusform>Nothing was imported: %n rows refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/targets_dialog.py" line="534" />
        <source>Imported %n target(s) from %1.</source>
        <translation>
            <numerusform>Imported %n target from %1.</numerusform>
            <numerusform>Imported %n targets from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="553" />
        <source>The target of %1 was split among %2 divisions.</source>
        <translation>The target of %1 was split among %2 divisions.</translation>
    </message>
</context>
<context>
    <name>TargetsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="80" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="81" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="82" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="83" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="84" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="85" />
        <source>Source / note</source>
        <translation>Source / note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="86" />
        <source>Goal for the year</source>
        <translation>Goal for the year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="87" />
        <source>Done so far</source>
        <translation>Done so far</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="88" />
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="89" />
        <source>Expected by now (%)</source>
        <translation>Expected by now (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="90" />
        <source>Divisions' targets</source>
        <translation>Divisions' targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="263" />
        <source>%1 of %2 divisions hold a target that adds up with this one.</source>
        <extracomment>A person changed a cell: indicator code, column, the text typed (a kind: its value). The kind chosen for an indicator that has no target yet, used when its figure is typed.</extracomment>
        <translation>%1 of %2 divisions hold a target that adds up with this one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="268" />
        <source>The divisions' targets add up to this one.</source>
        <translation>The divisions' targets add up to this one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="270" />
        <source>The divisions' targets add up to %1, not %2 (a difference of %3).</source>
        <translation>The divisions' targets add up to %1, not %2 (a difference of %3).</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="107" />
        <source>This period (本期)</source>
        <translation>This period (本期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="108" />
        <source>Year to date (1–N月累计)</source>
        <translation>Year to date (1–N月累计)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="109" />
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="110" />
        <source>Last year to date</source>
        <translation>Last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="111" />
        <source>Year on year (%)</source>
        <translation>Year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="112" />
        <source>Year to date, year on year (%)</source>
        <translation>Year to date, year on year (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="113" />
        <source>On the previous period (%)</source>
        <translation>On the previous period (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="114" />
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="115" />
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="116" />
        <source>Progress to target (%)</source>
        <translation>Progress to target (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="120" />
        <source>this period</source>
        <extracomment>The short words a marked cell shows after the indicator's name (网络零售额·本期).</extracomment>
        <translation>this period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="121" />
        <source>year to date</source>
        <translation>year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="122" />
        <source>last year</source>
        <translation>last year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="123" />
        <source>last year to date</source>
        <translation>last year to date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="124" />
        <source>YoY %</source>
        <translation>YoY %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="125" />
        <source>YTD YoY %</source>
        <translation>YTD YoY %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="126" />
        <source>MoM %</source>
        <translation>MoM %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="127" />
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="128" />
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="129" />
        <source>progress %</source>
        <translation>progress %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="132" />
        <source>Reporting unit (填报单位)</source>
        <translation>Reporting unit (填报单位)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="133" />
        <source>Region name</source>
        <translation>Region name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="134" />
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="135" />
        <source>Reporting period (报告期)</source>
        <translation>Reporting period (报告期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="136" />
        <source>Period as 1–N月</source>
        <translation>Period as 1–N月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="137" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="138" />
        <source>Bureau head (单位负责人)</source>
        <translation>Bureau head (单位负责人)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="139" />
        <source>Statistics lead</source>
        <translation>Statistics lead</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="140" />
        <source>Preparer (填表人)</source>
        <translation>Preparer (填表人)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="141" />
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="142" />
        <source>Date sent (报出日期)</source>
        <translation>Date sent (报出日期)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="145" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="146" />
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="147" />
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="148" />
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="151" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="152" />
        <source>City or prefecture</source>
        <translation>City or prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="153" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="154" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="157" />
        <source>The key column holds region codes</source>
        <translation>The key column holds region codes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="158" />
        <source>The key column holds region names</source>
        <translation>The key column holds region names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="159" />
        <source>Empty rows: write the regions in code order</source>
        <translation>Empty rows: write the regions in code order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="333" />
        <source>Undone: {change}</source>
        <extracomment>Where a long word of a sentence may break: after the dots, brackets and underscores of a mapping file's key ("sheet[1].table.first_row"), which would otherwise widen the form.</extracomment>
        <translation>Undone: {change}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="347" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1225" />
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="366" />
        <source>New from a workbook…</source>
        <translation>New from a workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="371" />
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="374" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="383" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="384" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="412" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="415" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="419" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="457" />
        <source>Not mapped</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="458" />
        <source>A figure</source>
        <translation>A figure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="459" />
        <source>A header or footer field</source>
        <translation>A header or footer field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="461" />
        <source>A column of the region table</source>
        <translation>A column of the region table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="464" />
        <source>Fixed text that identifies the template</source>
        <translation>Fixed text that identifies the template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="469" />
        <source>{code} {name} ({unit})</source>
        <translation>{code} {name} ({unit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="483" />
        <source>empty: from the indicator's decimals, e.g. #,##0.00</source>
        <translation>empty: from the indicator's decimals, e.g. #,##0.00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="487" />
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="492" />
        <source>Cell:</source>
        <translation>Cell:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="493" />
        <source>Holds:</source>
        <translation>Holds:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="494" />
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="495" />
        <source>Measure:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="497" />
        <source>Number format:</source>
        <translation>Number format:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="500" />
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="503" />
        <source>e.g. 填报单位（盖章）：</source>
        <translation>e.g. 填报单位（盖章）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="505" />
        <source>Text before it:</source>
        <translation>Text before it:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="507" />
        <source>Text after it:</source>
        <translation>Text after it:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="553" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="558" />
        <source>empty: such a cell is left empty</source>
        <translation>empty: such a cell is left empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="562" />
        <source>Fixed text and the fields {region_name}, {region_code}, {form_number}, {title}, {period}, {period_code}</source>
        <translation>Fixed text and the fields {region_name}, {region_code}, {form_number}, {title}, {period}, {period_code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="648" />
        <source>Authority (制定机关):</source>
        <translation>Authority (制定机关):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="653" />
        <source>Approval number (批准文号):</source>
        <translation>Approval number (批准文号):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="659" />
        <source>Reported:</source>
        <translation>Reported:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="660" />
        <source>Valid for the years:</source>
        <translation>Valid for the years:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="662" />
        <source>A figure marked 无 is written as:</source>
        <translation>A figure marked 无 is written as:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="666" />
        <source>Exported file name:</source>
        <translation>Exported file name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="863" />
        <source>Tongjiang County</source>
        <translation>Tongjiang County</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="871" />
        <source>For example: {name}</source>
        <translation>For example: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="888" />
        <source>The template settings were not applied: correct the fields marked in red on the Template tab first.</source>
        <translation>The template settings were not applied: correct the fields marked in red on the Template tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1352" />
        <source>{cell}: {new}, settings changed. Ctrl+Z undoes it.</source>
        <translation>{cell}: {new}, settings changed. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1462" />
        <source>Unsaved mapping</source>
        <translation>Unsaved mapping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1463" />
        <source>The mapping of “{title}” has changes that are not saved. Save them?</source>
        <translation>The mapping of “{title}” has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="397" />
        <source>Templates not loaded:</source>
        <translation>Templates not loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="400" />
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="427" />
        <source>&amp;Save mapping</source>
        <translation>&amp;Save mapping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="537" />
        <source>2 digits, e.g. 51; empty for any province</source>
        <translation>2 digits, e.g. 51; empty for any province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="571" />
        <source>This sheet is a region table (regions as rows)</source>
        <translation>This sheet is a region table (regions as rows)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="579" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="618" />
        <source>First region row:</source>
        <translation>First region row:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="619" />
        <source>Last region row:</source>
        <translation>Last region row:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="620" />
        <source>Total row (合计):</source>
        <translation>Total row (合计):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="621" />
        <source>Key column:</source>
        <translation>Key column:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="622" />
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="623" />
        <source>Name column:</source>
        <translation>Name column:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="628" />
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="629" />
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="641" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="657" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="658" />
        <source>For regions of level:</source>
        <translation>For regions of level:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="757" />
        <source>none yet: click a cell of a column, choose “A column of the region table” and Assign</source>
        <translation>none yet: click a cell of a column, choose “A column of the region table” and Assign</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="896" />
        <source>template settings changed</source>
        <translation>template settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="912" />
        <source> (sample)</source>
        <translation> (sample)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1004" />
        <source>The province's workbook</source>
        <translation>The province's workbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1006" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1012" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1019" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1027" />
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1013" />
        <source>Title of the return:</source>
        <translation>Title of the return:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="643" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1020" />
        <source>Form number (表号):</source>
        <translation>Form number (表号):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1028" />
        <source>How often:</source>
        <translation>How often:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1084" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1089" />
        <source>region name</source>
        <translation>region name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1086" />
        <source>region code</source>
        <translation>region code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1266" />
        <source>{cell} is not in the rows of a region table. Set the table's rows on the Template tab first.</source>
        <translation>{cell} is not in the rows of a region table. Set the table's rows on the Template tab first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1280" />
        <source>{cell} is in column {column} of the region table. Remove the column (choose “Not mapped” with a cell of it) before mapping a single cell there.</source>
        <translation>{cell} is in column {column} of the region table. Remove the column (choose “Not mapped” with a cell of it) before mapping a single cell there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1325" />
        <source>{cell} is empty: an anchor is a cell whose fixed text identifies the template.</source>
        <translation>{cell} is empty: an anchor is a cell whose fixed text identifies the template.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1347" />
        <source>{cell}: nothing changed.</source>
        <translation>{cell}: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1354" />
        <source>{cell}: “{old}” replaced by “{new}”. Ctrl+Z undoes it.</source>
        <translation>{cell}: “{old}” replaced by “{new}”. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1358" />
        <source>{cell}: “{old}” removed. Ctrl+Z undoes it.</source>
        <translation>{cell}: “{old}” removed. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1360" />
        <source>{cell}: {new}.</source>
        <translation>{cell}: {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1421" />
        <source>None: every mapped cell can be written.</source>
        <translation>None: every mapped cell can be written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1451" />
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1978" />
        <source>clerk</source>
        <extracomment>Issue parameters that hold a period, as its storage code (2016-M03), or a list of them. The roles of staff accounts (domain/users.py Role) as people call them.</extracomment>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1979" />
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1980" />
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1985" />
        <source>key figures or register rows</source>
        <extracomment>What a role may be refused (domain/users.py Action), as "{person} may not …" continues.</extracomment>
        <translation>key figures or register rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1986" />
        <source>import returns or lists</source>
        <translation>import returns or lists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1987" />
        <source>submit returns</source>
        <translation>submit returns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1988" />
        <source>reopen or send back returns</source>
        <translation>reopen or send back returns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1989" />
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1990" />
        <source>change townships, villages or regions</source>
        <translation>change townships, villages or regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1991" />
        <source>change indicators</source>
        <translation>change indicators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1992" />
        <source>change templates</source>
        <translation>change templates</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="161" />
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="291" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="341" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="445" />
        <source>The two passwords differ. Type the password again.</source>
        <translation>The two passwords differ. Type the password again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="475" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="492" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="493" />
        <source>R&amp;ole…</source>
        <translation>R&amp;ole…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="494" />
        <source>Re&amp;gions…</source>
        <translation>Re&amp;gions…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="495" />
        <source>&amp;Password…</source>
        <translation>&amp;Password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="496" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="497" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="581" />
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="581" />
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="615" />
        <source>Account %1 (%2) added.</source>
        <translation>Account %1 (%2) added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="627" />
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="628" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="639" />
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="658" />
        <source>%1 works on: %2.</source>
        <translation>%1 works on: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="679" />
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="689" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="699" />
        <source>%1 may log in again.</source>
        <translation>%1 may log in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="699" />
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="100" />
        <source>Login</source>
        <extracomment>A disabled account's row. The roles in the order they are offered (the least first).</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="101" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="102" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="103" />
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="104" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="105" />
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="147" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="149" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
</context>
</TS>
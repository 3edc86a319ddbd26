<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRegionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="41" />
        <source>Add a township</source>
        <extracomment>The code a region added under a parent of this level has: its level's name and length.</extracomment>
        <translation>添加乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="41" />
        <source>Add a village</source>
        <translation>添加村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="52" />
        <source>e.g. 诺水河镇</source>
        <translation>例如 诺水河镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="52" />
        <source>e.g. 光明村</source>
        <translation>例如 光明村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="56" />
        <source>A township's code has 9 digits and begins with the county's %1.</source>
        <translation>乡镇代码为 9 位，以所属县的代码 %1 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="58" />
        <source>A village's code has 12 digits and begins with the township's %1.</source>
        <translation>村代码为 12 位，以所属乡镇的代码 %1 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="66" />
        <source>Under:</source>
        <translation>上级：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="67" />
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/add_region_dialog.py" line="68" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="378" />
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="387" />
        <source>letters, digits, . _ -</source>
        <translation>字母、数字、. _ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="390" />
        <source>as the audit and the returns name the person</source>
        <translation>审计记录和报表中署的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="400" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="407" />
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="408" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="409" />
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="410" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="411" />
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="412" />
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="417" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="24" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>正在为演示县填入两年的示例数据……</translation>
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
        <translation>县报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="267" />
        <source>This database has not been set up yet: an administrator (管理员) logs in first and chooses its region. Ask them, then start Xianbao again.</source>
        <translation>这个数据库还没有设置：需由管理员先登录并选择它所属的地区。请联系管理员，然后重新启动县报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="301" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="348" />
        <source>The backup was restored; the database it replaced is in {folder}.</source>
        <translation>备份已恢复；被替换的数据库保存在 {folder} 中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="366" />
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="102" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="126" />
        <source>Backups and restore</source>
        <extracomment>The clerk confirmed restoring this backup (a Path).</extracomment>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="130" />
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="132" />
        <source>Backups are kept in: {folder}</source>
        <translation>备份保存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="156" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="158" />
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="160" />
        <source>Restore from another &amp;file…</source>
        <translation>从其他文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="205" />
        <source>There are no backups yet. Back up now to make one.</source>
        <translation>还没有备份。点“立即备份”做一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="223" />
        <source>Backup written: {path}</source>
        <translation>已备份到：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="233" />
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="235" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>县报数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="245" />
        <source>Replace the database {database} ({current}) with the backup made on {made} ({held})?</source>
        <translation>用 {made} 的备份（{held}）替换数据库 {database}（{current}）吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="252" />
        <source>none yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="256" />
        <source>The database as it is now is kept in the backups folder first.</source>
        <translation>现在的数据库会先保存到备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="56" />
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="57" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="58" />
        <source>Regions</source>
        <translation>区划数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="59" />
        <source>Last period</source>
        <translation>最后报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="60" />
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="61" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_dialog.py" line="62" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="17" />
        <source>daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="18" />
        <source>before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="19" />
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="20" />
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="21" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="22" />
        <source>replaced</source>
        <translation>被替换的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="24" />
        <source>other file</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/backup_text.py" line="58" />
        <source>{regions} regions with values, last period {period}, {values} values</source>
        <translation>{regions} 个区划有数据，最后报告期 {period}，共 {values} 个数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="39" />
        <source>Backup written: {path}</source>
        <translation>已备份到：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="45" />
        <source>Restored {path} ({made}: {regions} regions, {values} values).</source>
        <translation>已恢复 {path}（{made}：{regions} 个区划，{values} 个数值）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="57" />
        <source>The database it replaced is kept as {path}</source>
        <translation>被替换的数据库已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="76" />
        <source>No backups in {folder} yet.</source>
        <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="79" />
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="80" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="81" />
        <source>Regions</source>
        <translation>区划数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="82" />
        <source>Last period</source>
        <translation>最后报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="83" />
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="84" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="85" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_backup.py" line="93" />
        <source>{count} backups in {folder}</source>
        <translation>{folder} 中共 {count} 个备份</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="158" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="159" />
        <source>Check</source>
        <translation>评定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="160" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="161" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="162" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="163" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="53" />
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="54" />
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="55" />
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="56" />
        <source>township</source>
        <translation>乡级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="57" />
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="81" />
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="83" />
        <source>Home region: {name} ({code}, {level})</source>
        <translation>本单位区划：{name}（{code}，{level}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="89" />
        <source>{indicators} indicators and {regions} regions are loaded.</source>
        <translation>已载入 {indicators} 项指标、{regions} 个行政区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <location filename="../../desktop_app/cli.py" line="116" />
        <location filename="../../desktop_app/cli.py" line="171" />
        <location filename="../../desktop_app/cli.py" line="225" />
        <location filename="../../desktop_app/cli.py" line="320" />
        <location filename="../../desktop_app/cli.py" line="416" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <location filename="../../desktop_app/cli.py" line="117" />
        <location filename="../../desktop_app/cli.py" line="172" />
        <location filename="../../desktop_app/cli_users.py" line="226" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="102" />
        <source>{count} regions.</source>
        <translation>共 {count} 个区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="118" />
        <source>Until</source>
        <translation>存续至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="119" />
        <source>Succeeded by</source>
        <translation>接替区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="121" />
        <source>Former divisions: {count}</source>
        <translation>已撤销或变更代码的区划：{count} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="129" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>已添加 {name}（{code}，{level}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="137" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="138" />
        <source>renamed</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="139" />
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="140" />
        <source>skipped (the county itself)</source>
        <translation>跳过（本县自身）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="141" />
        <source>refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="162" />
        <source>was {name}</source>
        <translation>原名 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="170" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="173" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="174" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="185" />
        <source>{new} new, {renamed} renamed, {unchanged} unchanged, {refused} refused.</source>
        <translation>新增 {new}，改名 {renamed}，不变 {unchanged}，不能导入 {refused}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>Nothing was written (--dry-run).</source>
        <translation>未写入任何内容（--dry-run）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="200" />
        <source>The list was imported.</source>
        <translation>名单已导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="218" />
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="220" />
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="221" />
        <source>year to date</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="226" />
        <location filename="../../desktop_app/cli.py" line="321" />
        <location filename="../../desktop_app/cli.py" line="417" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="227" />
        <location filename="../../desktop_app/cli.py" line="418" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="228" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="229" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="230" />
        <source>Keyed as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="267" />
        <source>Unchanged: {value}</source>
        <translation>未改变：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="270" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>已保存 {region} {period} 指标 {indicator}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="280" />
        <source>This value is version {version}; set it again with --based-on {version} and the save is refused if someone has changed it meanwhile.</source>
        <translation>此数值的版本为 {version}；再次设置时加上 --based-on {version}，如果期间有人改过此数值，保存会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="304" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>{region} {year}年指标 {indicator} 的年度目标：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="322" />
        <source>Target as set</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="323" />
        <source>Goal</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="324" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="325" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="326" />
        <source>Expected (%)</source>
        <translation>按进度应完成(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="346" />
        <source>Targets of {name} ({code}) for {year}, to the end of month {month}</source>
        <translation>{name}（{code}）{year} 年度目标，截至 {month} 月末</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="352" />
        <source>No target is set for this year.</source>
        <translation>本年尚未设定目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="364" />
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="369" />
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="372" />
        <source>Imported {count} targets from {file}.</source>
        <translation>已从 {file} 导入 {count} 个目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="384" />
        <source>Stored {count} targets of {region} for {year}: {codes}</source>
        <translation>已保存 {region} {year} 年的 {count} 个目标：{codes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="394" />
        <source>Not in the catalogue, not stored: {codes}</source>
        <translation>指标目录中没有，未保存：{codes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="401" />
        <source>Not mapped to an indicator: {item} “{quote}” ({reason})</source>
        <translation>未对应到指标：{item}“{quote}”（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="410" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="411" />
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="412" />
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="413" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="420" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="421" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="422" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="423" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="424" />
        <source>YTD YoY (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="425" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
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
        <translation>（缺：{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="480" />
        <location filename="../../desktop_app/cli.py" line="484" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="483" />
        <source> (incomplete: {names})</source>
        <translation>（不完整：{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="493" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name}（{code}）{period}　累计期：{ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="502" />
        <source>Reported</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="522" />
        <source>{mark} incomplete: not every region below reported this figure.</source>
        <translation>{mark} 不完整：下级区划未全部报送此数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="527" />
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="548" />
        <source>Roll-up:</source>
        <translation>汇总：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="96" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已生成 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="46" />
        <source>Undid the import of {file}: {count} values put back as they were.</source>
        <translation>已撤销 {file} 的导入：{count} 个值恢复为导入前的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="58" />
        <source>undone {when}</source>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="76" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="77" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="78" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="79" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="80" />
        <source>Values</source>
        <translation>值数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="81" />
        <source>Periods</source>
        <translation>期别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="93" />
        <source>New password: </source>
        <extracomment>Reads a password without echo (getpass.getpass; tests give their own).</extracomment>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="94" />
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="122" />
        <source>Password of {login}: </source>
        <translation>{login} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="148" />
        <source>Added the account {login} for {name} ({role}).</source>
        <translation>已为{name}添加账户 {login}（{role}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="155" />
        <source>This database now asks who is working: give --user {login} with every command, and log in when the program starts.</source>
        <translation>本数据库现在需要确认操作人员：每条命令都请加上 --user {login}，启动程序时也需要登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="167" />
        <source>The password of {login} was changed.</source>
        <translation>{login} 的密码已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="170" />
        <source>{login} is now a {role}.</source>
        <translation>{login} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="177" />
        <source>{login} now works on {regions} and what lies under them.</source>
        <translation>{login} 现在负责 {regions} 及其下属地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="181" />
        <source>{login} now works on every region.</source>
        <translation>{login} 现在负责所有地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="184" />
        <source>{login} is unlocked.</source>
        <translation>{login} 已解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="187" />
        <source>{login} can log in again.</source>
        <translation>{login} 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="190" />
        <source>{login} can no longer log in; its history stays.</source>
        <translation>{login} 已不能登录，其历史记录保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="204" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="207" />
        <source>locked until {until}</source>
        <translation>锁定至 {until}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="211" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="212" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="216" />
        <source>No accounts: the database needs no login. Add the first administrator with xianbao users add LOGIN --name NAME --role admin</source>
        <translation>没有账户：本数据库无需登录。可用 xianbao users add 登录名 --name 姓名 --role admin 添加第一个管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="225" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="227" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="228" />
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_users.py" line="229" />
        <location filename="../../desktop_app/cli_imports.py" line="82" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_imports.py" line="85" />
        <source>No Excel import has been taken into this database.</source>
        <translation>此数据库尚未导入过 Excel 报表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="34" />
        <source>{holders} is writing to the database; waiting up to {seconds} seconds…</source>
        <extracomment>Seconds a write waits before it says so, and between two lines after that.</extracomment>
        <translation>{holders} 正在写入数据库；最多等待 {seconds} 秒……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="39" />
        <source>Another Xianbao is writing to the database; waiting up to {seconds} seconds…</source>
        <translation>另一个县报程序正在写入数据库；最多等待 {seconds} 秒……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="45" />
        <source>… still waiting ({elapsed} s)</source>
        <translation>……仍在等待（{elapsed} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="81" />
        <source>{user} on {computer}</source>
        <translation>{user}（{computer}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_shared.py" line="84" />
        <source>Also open in another Xianbao: {others}</source>
        <translation>此数据库也在另一个县报程序中打开：{others}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="70" />
        <source>Its state is version {version}; submit or reopen it with --based-on {version} and the change is refused if someone has changed the state meanwhile.</source>
        <translation>其状态版本为 {version}；报送或退回修改时加上 --based-on {version}，若他人在此期间改变了状态，将拒绝执行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="93" />
        <source>The return of {region} for {period} was submitted on {when} by {who}; it is locked.</source>
        <translation>{region} {period} 的报表已于 {when} 由 {who} 报送，已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="98" />
        <source>The return of {region} for {period} was reopened on {when} by {who}: {reason}</source>
        <translation>{region} {period} 的报表已于 {when} 由 {who} 退回修改：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_returns.py" line="102" />
        <source>The return of {region} for {period} is a draft: never submitted.</source>
        <translation>{region} {period} 的报表为草稿，尚未报送。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="169" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="170" />
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="171" />
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="172" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="72" />
        <source>(cleared)</source>
        <translation>（已清空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="135" />
        <source>Changed by someone else</source>
        <translation>他人已修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="141" />
        <source>%1 cleared %2 at %3, after you read it. Your entry %4 was not saved; the cell is blank now. Which should stay?</source>
        <translation>%1 在 %3 清空了 %2，晚于您读取的时间。您输入的 %4 没有保存；单元格现在为空。以哪个为准？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="146" />
        <source>%1 changed %2 to %5 at %3, after you read it. Your entry %4 was not saved; the cell shows theirs now. Which should stay?</source>
        <translation>%1 在 %3 把 %2 改成了 %5，晚于您读取的时间。您输入的 %4 没有保存；单元格现在显示对方的数字。以哪个为准？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="158" />
        <source>%1 of your entries were not saved: someone else changed these figures after you read them, and the grid shows theirs now. Which should stay?</source>
        <translation>您输入的 %1 个数字没有保存：他人在您读取之后修改了这些数字，表格现在显示对方的数字。以哪一方为准？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178" />
        <source>Take theirs for all (Enter)</source>
        <translation>全部采用对方的 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="178" />
        <source>Take theirs (Enter)</source>
        <translation>采用对方的 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="181" />
        <source>Keep mine for all (Ctrl+Enter)</source>
        <translation>全部保留我的 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="181" />
        <source>Keep mine (Ctrl+Enter)</source>
        <translation>保留我的 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="89" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="90" />
        <source>Their figure</source>
        <translation>对方的数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="91" />
        <source>Saved by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="92" />
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="93" />
        <source>Your entry</source>
        <translation>您输入的</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="34" />
        <source>Regions</source>
        <extracomment>What the summary calls each kind of row (services/copying.KIND_ORDER).</extracomment>
        <translation>区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="35" />
        <source>Indicator groups</source>
        <translation>指标分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="36" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="37" />
        <source>Register rows</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="38" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="39" />
        <source>Value history entries</source>
        <translation>数值修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="40" />
        <source>Return states</source>
        <translation>报表状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="41" />
        <source>Submissions and reopenings</source>
        <translation>报送和退回记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="42" />
        <source>Explanations</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="43" />
        <source>Targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="44" />
        <source>Indicators counted from a register</source>
        <translation>按台账统计的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="45" />
        <source>Register history entries</source>
        <translation>台账修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="46" />
        <source>Demonstration candidates</source>
        <translation>示范候选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="47" />
        <source>Self-evaluation claims</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="48" />
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="49" />
        <source>Home region and bureau name</source>
        <translation>本地区和单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="54" />
        <source>a draft</source>
        <extracomment>A return's state as the conflicts name it.</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="55" />
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="56" />
        <source>reopened</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="61" />
        <source>name</source>
        <extracomment>What differs in a region recorded differently in the two databases.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="62" />
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="63" />
        <source>last day</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="64" />
        <source>the region above it</source>
        <translation>上级区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="65" />
        <source>successor</source>
        <translation>继承区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="70" />
        <source>unit</source>
        <extracomment>What differs in an indicator defined differently in the two databases.</extracomment>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="71" />
        <source>kind of figure</source>
        <translation>数值类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="72" />
        <source>flow or stock</source>
        <translation>流量或存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="73" />
        <source>decimal places</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="74" />
        <source>the indicator it is part of</source>
        <translation>所属上级指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="75" />
        <source>numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="76" />
        <source>denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="77" />
        <source>the indicator it may not exceed</source>
        <translation>不得超过的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="78" />
        <source>smallest value</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="79" />
        <source>largest value</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="80" />
        <source>how it is keyed (own or year-to-date)</source>
        <translation>填报方式（本期或累计）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="81" />
        <source>how it is counted from a register</source>
        <translation>按台账统计的方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="86" />
        <source>home region</source>
        <extracomment>The settings a copy may leave as the target has them.</extracomment>
        <translation>本地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="87" />
        <source>bureau name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="125" />
        <source>{kind}: {done} of {total} read</source>
        <extracomment>Seconds between two progress lines of one kind.</extracomment>
        <translation>{kind}：已读取 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="166" />
        <source>Before the copy, {target} was backed up as {backup}.</source>
        <translation>复制前已将 {target} 备份为 {backup}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="213" />
        <source>The database copied from, {where}:</source>
        <translation>复制来源数据库 {where}：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="215" />
        <source>The database copied into, {where}:</source>
        <translation>复制目标数据库 {where}：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="260" />
        <source>{where} is from an older Xianbao: the copy will upgrade it first (this dry run left it as it is).</source>
        <translation>{where} 来自旧版县报：正式复制时会先将其升级（本次试运行未改动它）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="266" />
        <source>{where} was from an older Xianbao and was upgraded first; the file as it was is kept as {backup}.</source>
        <translation>{where} 来自旧版县报，已先升级；升级前的文件保存为 {backup}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="272" />
        <source>{where} was from an older Xianbao and was upgraded first.</source>
        <translation>{where} 来自旧版县报，已先升级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="275" />
        <source>From {source} to {target}, region {region} and below:</source>
        <translation>从 {source} 复制到 {target}，区划 {region} 及其下级：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="277" />
        <source>From {source} to {target}, everything:</source>
        <translation>从 {source} 复制到 {target}，全部数据：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="280" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="281" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="282" />
        <source>Already there</source>
        <translation>已有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="283" />
        <source>Conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="300" />
        <source>The copy was refused and nothing was written. Rows that differ between the two databases: {count}; the first of them:</source>
        <translation>复制被拒绝，未写入任何内容。两个数据库中不一致的行数：{count}；前几处如下：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="308" />
        <source>Settle each one in one of the two databases (or copy a smaller region with --region), then copy again.</source>
        <translation>请在其中一个数据库中逐一处理（或用 --region 只复制较小的区划），然后重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="315" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="318" />
        <source>Dry run: rows that would be copied into {target}: {count}; nothing was written.</source>
        <translation>试运行：将复制到 {target} 的行数：{count}；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="325" />
        <source>Rows copied into {target}, in one transaction: {count}.</source>
        <translation>已在一个事务中复制到 {target} 的行数：{count}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_copy.py" line="330" />
        <source>Staff accounts and their log are not copied: each database keeps its own, managed by its administrator.</source>
        <translation>用户账号及其日志不复制：每个数据库各自保留，由其管理员管理。</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="370" />
        <source>&amp;Attach evidence…</source>
        <extracomment>Claims or evidence changed (the total with them).</extracomment>
        <translation>附加证明材料(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="371" />
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="372" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="380" />
        <source>Make the self-evaluation &amp;PDF…</source>
        <translation>生成自评表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="381" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="401" />
        <source>S&amp;cheme:</source>
        <translation>评分方案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="448" />
        <source>Demonstration self-evaluation</source>
        <translation>综合示范自评</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="452" />
        <source>No evaluation scheme is installed.</source>
        <translation>没有安装评分方案。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="472" />
        <source>Demonstration self-evaluation — %1</source>
        <translation>综合示范自评 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="474" />
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="477" />
        <source>This scheme is an example: replace it with the province's own. %1</source>
        <translation>此方案为示例，请换成省里印发的方案。%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="500" />
        <source>Total claimed: %1 of %2 points</source>
        <translation>自评合计：%1 分（满分 %2 分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="506" />
        <source>%n line(s) still lack the evidence asked.</source>
        <translation>
            <numerusform>尚有 %n 项缺少要求的证明材料。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="530" />
        <source>Choose a line of an item to see and attach its evidence.</source>
        <translation>请选择一个评价项目，查看并附加其证明材料。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="537" />
        <source>Evidence asked for %1: %2</source>
        <translation>%1 要求的证明材料：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="539" />
        <source>No evidence is asked for %1.</source>
        <translation>%1 不要求证明材料。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="541" />
        <source>Scoring: %1</source>
        <translation>评分办法：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="597" />
        <source>Choose a line of an item first.</source>
        <translation>请先选择一个评价项目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="602" />
        <source>Attach evidence to %1</source>
        <translation>为 %1 附加证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="629" />
        <source>Save a copy of %1</source>
        <translation>另存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="640" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="650" />
        <source>Remove evidence</source>
        <translation>删除证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="651" />
        <source>Remove %1 from line %2? The copy kept in Xianbao is deleted.</source>
        <translation>从 %2 项删除 %1？县报中保存的副本将被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="672" />
        <source>%1_self-evaluation.pdf</source>
        <translation>%1_综合示范自评表.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="676" />
        <source>Make the self-evaluation PDF</source>
        <translation>生成自评表 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="684" />
        <source>Making the self-evaluation form…</source>
        <translation>正在生成自评表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="686" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="692" />
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="695" />
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>已生成：%1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="70" />
        <source>Item</source>
        <extracomment>A claim as the tree commits it: (sub-item code, points typed, note) → kept?</extracomment>
        <translation>评价项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="71" />
        <source>Max.</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="72" />
        <source>Points claimed</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="73" />
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="74" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="222" />
        <source>Scoring: %1</source>
        <extracomment>The code of the row's item or sub-item. Top-level rows carry this internal id; a sub-item row carries its item's row + 1.</extracomment>
        <translation>评分办法：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="223" />
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="228" />
        <source>No evidence is asked for this line.</source>
        <translation>此项不要求证明材料。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="229" />
        <source>Evidence asked: %1</source>
        <translation>要求的证明材料：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="247" />
        <source>%1 file(s)</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="248" />
        <source>missing</source>
        <translation>缺</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="278" />
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="279" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="280" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="281" />
        <source>Attached</source>
        <translation>附加时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_dialog.py" line="282" />
        <source>By</source>
        <translation>附加人</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="91" />
        <source>monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="92" />
        <source>quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="93" />
        <source>half-yearly</source>
        <translation>半年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="94" />
        <source>annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="107" />
        <source>sample</source>
        <translation>样表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="111" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="112" />
        <source>Form number</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="113" />
        <source>Title</source>
        <translation>表名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="114" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="115" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="116" />
        <source>Years</source>
        <translation>适用年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="117" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="124" />
        <source>Templates not loaded:</source>
        <translation>未能载入的模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="137" />
        <source>{file}: no problems; the template can be used.</source>
        <translation>{file}：没有问题，此模板可以使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="144" />
        <source>{file}: 1 problem.</source>
        <translation>{file}：共 1 个问题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="146" />
        <source>{file}: {count} problems.</source>
        <translation>{file}：共 {count} 个问题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="174" />
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="198" />
        <source>Refused: {message}</source>
        <translation>已拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="206" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</source>
        <translation>{template}，{region}，{period}：新增 {new} 个，修改 {changed} 个，未变 {unchanged} 个，冲突 {conflicts} 个，拒绝 {unmatched} 行，未读取 {skipped} 个单元格，{missing} 个地区未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="265" />
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="274" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="275" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="276" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="277" />
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="278" />
        <source>row refused</source>
        <translation>行被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="279" />
        <source>no figures</source>
        <translation>未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="280" />
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="288" />
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="289" />
        <source>year to date</source>
        <translation>1-本期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="290" />
        <source>same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="291" />
        <source>last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="292" />
        <source>year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="293" />
        <source>year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="294" />
        <source>on the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="295" />
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="296" />
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="297" />
        <source>progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="252" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="255" />
        <source>Stored {count} values.</source>
        <translation>已保存 {count} 个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="22" />
        <source>{file}: refused. {message}</source>
        <translation>{file}：被拒绝。{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="27" />
        <source>{file}: would store {count} values.</source>
        <translation>{file}：将保存 {count} 个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="31" />
        <source>{file}: imported, {count} values stored.</source>
        <translation>{file}：已导入，保存了 {count} 个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="37" />
        <source>{file}: skipped. {message}</source>
        <translation>{file}：已跳过。{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="44" />
        <source>Dry run: {read} files read, {refused} refused, {skipped} skipped; nothing was written.</source>
        <translation>试运行：读取 {read} 个文件，拒绝 {refused} 个，跳过 {skipped} 个；未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="50" />
        <source>{read} files imported ({count} values stored), {refused} refused, {skipped} skipped.</source>
        <translation>导入 {read} 个文件（保存了 {count} 个数值），拒绝 {refused} 个，跳过 {skipped} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_summary.py" line="60" />
        <source>Cancelled: the files after the last one listed were not read.</source>
        <translation>已取消：列出的最后一个文件之后的文件没有读取。</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="36" />
        <source>Explanation (情况说明)</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="43" />
        <source>Explain this figure for the return (Ctrl+Enter confirms), or go back and fix it:</source>
        <translation>请为报表说明此数字（Ctrl+Enter 确认），或返回修改：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="55" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确认（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="58" />
        <source>Go back and fix</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/explanation_dialog.py" line="60" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="371" />
        <source>one of these:</source>
        <extracomment>A fact was typed or chosen.</extracomment>
        <translation>满足其中一项：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="373" />
        <source>all of these:</source>
        <translation>须全部满足：</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="81" />
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="23" />
        <source>typed</source>
        <translation>键入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="24" />
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="25" />
        <source>copied</source>
        <translation>复制上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="26" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="27" />
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="28" />
        <source>undone import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="29" />
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="30" />
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="41" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="42" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="43" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="44" />
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="45" />
        <source>How</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>no such region</source>
        <translation>无此地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="65" />
        <source>row refused</source>
        <translation>行被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="66" />
        <source>no figures sent</source>
        <translation>未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="67" />
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="68" />
        <source>file refused</source>
        <translation>文件被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="72" />
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="73" />
        <source>year to date</source>
        <translation>1-本期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="74" />
        <source>same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="75" />
        <source>last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="76" />
        <source>year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="77" />
        <source>year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="78" />
        <source>on the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="79" />
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="80" />
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="81" />
        <source>progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="289" />
        <source>Import: what would change</source>
        <translation>导入：将发生的变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="325" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="330" />
        <source>&amp;Import %n file(s)</source>
        <translation>
            <numerusform>导入 %n 个文件(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="382" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>共 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="383" />
        <source>%n new value(s)</source>
        <translation>
            <numerusform>新增 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="384" />
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="385" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="386" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>冲突 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="387" />
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="388" />
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n 个文件被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="389" />
        <source>%n region(s) sent no figures</source>
        <translation>
            <numerusform>%n 个地区未报数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="390" />
        <source>%n cell(s) not read</source>
        <translation>
            <numerusform>%n 个单元格未读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_preview.py" line="391" />
        <source>%n file(s) can be imported</source>
        <translation>
            <numerusform>可导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="394" />
        <source>%1: %2, %3, %4; %5, %6, %7; %8, %9. %10; a file with a conflict or a refused row is not imported at all.</source>
        <translation>%1：%2，%3，%4；%5，%6，%7；%8，%9。%10；有冲突或被拒绝行的文件整份不导入。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="209" />
        <source>Region</source>
        <extracomment>The order rows are listed in: what blocks a file first, what is only for information last.</extracomment>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="210" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="211" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="212" />
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="213" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="214" />
        <source>Stored</source>
        <translation>库中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="215" />
        <source>In the file</source>
        <translation>文件中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="216" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="217" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="97" />
        <source>Excel imports</source>
        <extracomment>An import was undone: the window reloads what it shows.</extracomment>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="109" />
        <source>Undoing an import puts every value it changed back as it was before it, in one step. It is refused if a value was changed after the import.</source>
        <translation>撤销一次导入会把它改动的每个值一步恢复为导入前的样子。如果导入后又有值被修改，撤销将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="118" />
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="138" />
        <source>No Excel import has been taken into this database.</source>
        <translation>此数据库尚未导入过 Excel 报表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="157" />
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="159" />
        <source>Put the {values} imported from {file} on {when} back as they were before the import?</source>
        <translation>把 {when} 从 {file} 导入的 {values}恢复为导入前的样子吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/imports_dialog.py" line="162" />
        <location filename="../../desktop_app/ui/imports_dialog.py" line="180" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="179" />
        <source>Undid the import of {file}: {values} put back as they were.</source>
        <translation>已撤销 {file} 的导入：{values}恢复为导入前的样子。</translation>
    </message>
</context>
<context>
    <name>ImportsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="36" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="37" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="38" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="39" />
        <source>Return</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="40" />
        <source>Values</source>
        <translation>值数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="41" />
        <source>Periods</source>
        <translation>期别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="42" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="43" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="83" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/imports_dialog.py" line="84" />
        <source>undone {when} by {who}</source>
        <translation>已于 {when} 由 {who} 撤销</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="60" />
        <source>Count (whole number)</source>
        <translation>计数（整数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="61" />
        <source>Amount (decimals)</source>
        <translation>金额（小数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="62" />
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="65" />
        <source>Flow (sums over months)</source>
        <translation>流量（按月累加）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="66" />
        <source>Stock (end of period)</source>
        <translation>存量（期末数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="184" />
        <source>Edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="186" />
        <source>Add an indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="192" />
        <source>e.g. G01, or C02.3 for a 其中 item</source>
        <translation>如 G01；“其中”项如 C02.3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="195" />
        <source>e.g. 直播电商销售额</source>
        <translation>如 直播电商销售额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="197" />
        <source>optional, e.g. Live-stream sales</source>
        <translation>可不填，如 Live-stream sales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="218" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="225" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="226" />
        <source>Clerks key the year-to-date figure (1-N月累计)</source>
        <translation>按 1-N月累计数填报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="227" />
        <source>A return is incomplete without it</source>
        <translation>必填（缺少时报表不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="234" />
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="235" />
        <source>Chinese &amp;name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="236" />
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="237" />
        <source>Part of (其中):</source>
        <translation>属于（其中项）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="238" />
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="239" />
        <source>&amp;Unit:</source>
        <translation>计量单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="240" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="241" />
        <source>Flow or stock:</source>
        <translation>流量/存量：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="242" />
        <source>&amp;Decimal places:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="245" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="247" />
        <source>Allowed range:</source>
        <translation>取值范围：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="248" />
        <source>Never more than:</source>
        <translation>不超过指标：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="253" />
        <source>A rate computed as:</source>
        <translation>比率计算方式：</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="69" />
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="70" />
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="73" />
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="74" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="75" />
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="90" />
        <source>Group</source>
        <extracomment>The units the form offers besides those in use.</extracomment>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="91" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="92" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="93" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="94" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="95" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="96" />
        <source>Values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="133" />
        <source>Last changed %1 by %2</source>
        <translation>最后修改：%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="154" />
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="156" />
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="159" />
        <source> (hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="418" />
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="551" />
        <source>Indicators</source>
        <extracomment>An indicator was added, changed, removed, hidden or shown: returns read it again.</extracomment>
        <translation>指标管理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="430" />
        <source>Built-in indicators come with Xianbao's catalogue and follow its updates; local ones are this database's own and travel with it. A built-in indicator without values can be hidden from the returns.</source>
        <translation>内置指标随县报的指标目录提供，并随其更新；本地指标是本数据库自己的指标，随数据库一起保存和转移。没有数值的内置指标可以在报表中隐藏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="438" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="439" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="440" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="441" />
        <source>&amp;Show again</source>
        <translation>恢复显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="497" />
        <source>Indicator %1 added.</source>
        <translation>已添加指标 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="498" />
        <source>Indicator %1 saved.</source>
        <translation>已保存指标 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="499" />
        <source>Indicator %1 removed.</source>
        <translation>已删除指标 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="501" />
        <source>Indicator %1 hidden: returns no longer show it; its history is kept.</source>
        <translation>已隐藏指标 %1：报表不再显示它，其修改记录仍保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="503" />
        <source>Indicator %1 is shown in returns again.</source>
        <translation>指标 %1 已恢复在报表中显示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="545" />
        <source>Remove the local indicator %1 %2?</source>
        <translation>删除本地指标 %1 %2？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/indicators_dialog.py" line="547" />
        <source>Hide the built-in indicator %1 %2 from the returns?</source>
        <translation>在报表中隐藏内置指标 %1 %2？</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="101" />
        <source>Indicator %1 explained: %2</source>
        <extracomment>The list of checks is as high as its lines up to this many; more scroll (or drag it higher). The 情况说明 written for a warning: (indicator code, issue code) → text. The return screen's views and mutations (the page reads and saves through it). The registers (台账): the rows behind a figure derived from one.</extracomment>
        <translation>指标 %1 已填写情况说明：%2</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="355" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}”不是数字。请输入数字（全角数字也可以），不适用时填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="360" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>指标 {indicator} 计数须为整数，{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="363" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>指标 {indicator} 保留 {scale} 位小数，{value} 的小数位过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="366" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>指标 {indicator} 不能为负数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="369" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>指标 {indicator} 不得小于 {minimum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="372" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>指标 {indicator} 不得大于 {maximum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="375" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>指标 {indicator} 由分子、分母计算得出，不能直接填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="378" />
        <source>Indicator {indicator}: {value} is too large to be kept; the largest number Xianbao accepts is {largest}. Check the figure and its unit.</source>
        <translation>指标 {indicator}：{value} 太大，无法保存；县报可接受的最大数为 {largest}。请检查该数及其计量单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="383" />
        <source>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</source>
        <translation>指标 {indicator} 的单位是{unit}，不是百分比：请填写以{unit}计的数值，不要带“%”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="388" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>指标 {indicator} 为期末数，没有累计值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="420" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>没有代码为 {code} 的行政区划。可用 xianbao regions 查看区划列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="423" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>没有代码为 {code} 的指标。可用 xianbao indicators 查看指标目录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="391" />
        <source>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</source>
        <translation>指标 {indicator} 本年度已在{name}（{region}）填报；同一分支的数字每年只在一个层级填报，汇总才不会重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="396" />
        <source>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</source>
        <translation>指标 {indicator} 缺 {periods}：缺少这些数据，1–N月累计（及由其组成的报告期）无法计算。请补填，没有发生的填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="401" />
        <source>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按 {existing} 这样的报告期填报，{period} 是另一种报告期。同一年只能按一种方式填报，数字才不会互相矛盾：请按与 {existing} 相同的报告期填报，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="408" />
        <source>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按 1–N月累计填报（如 {existing}）；{period} 也请填累计数，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="414" />
        <source>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按当期数填报（如 {existing}）；{period} 也请填当期数，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="535" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</source>
        <translation>“{text}”不是有效的报告期。请写作 2016-03、2016年3月、2016年1-3月（即3月的报表）、2016Q1、2016年第一季度、2016H1、2016年上半年或2016年度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="540" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>年份 {year} 超出本系统支持的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="543" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>一年中没有第 {index} 个这种报告期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="546" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} 不是有效的{level}区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="547" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} 需要一个高于{level}的上级区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="550" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} 与上级区划 {parent} 的代码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="561" />
        <source>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</source>
        <translation>{path} 是其他程序的数据库，不是县报的数据库。该文件未作任何改动；请为县报另选一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="566" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</source>
        <translation>{path} 由更新版本的县报创建（数据库结构 {revision}）。该文件未作任何改动；请安装该版本的县报来打开它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="649" />
        <source>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</source>
        <translation>数据库 {path} 无法升级到当前版本的县报（{detail}）。该文件保持原样，未作改动；如磁盘已满，请先腾出空间，再重新启动县报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="832" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>指标 {indicator}：{month}的累计数小于{previous}的累计数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="836" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>指标 {indicator} 本期未填报。请填写数值；不适用的请填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="840" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>指标 {indicator}：其中项（{part_value}）大于合计 {parent}（{whole_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="844" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>指标 {indicator}（{value}）不能大于指标 {limit}（{limit_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="848" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>指标 {indicator}（{numerator_value}）大于 {denominator}（{denominator_value}），比率 {ratio} 将超过100%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="853" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>指标 {indicator}：比率 {value}% 超出允许范围 {minimum}%–{maximum}%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="857" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>指标 {indicator} 由上期末的 {previous} 降至 {value}，请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="862" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>指标 {indicator}：本期数 {value} 与常态差距较大（近12个月中位数 {median}，上年同期 {last_year}），请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="867" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>报表还有 {count} 个错误，请更正后再报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="870" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>还有 {count} 个警告需要填写情况说明才能报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="873" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>请说明已报送报表需要修改的原因；原因将随报表保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="876" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>{region}的报表尚未报送，无需退回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="896" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>{region}{period}的报表已于 {since} 由 {who} 报送并锁定。如需修改数据，请填写原因后退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="935" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>指标 {indicator} 尚无数值，无法填写备注；请先填写数值或“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="938" />
        <source>Region {code} needs a name.</source>
        <translation>区划 {code} 需要填写名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="939" />
        <source>A region with the code {code} already exists.</source>
        <translation>代码为 {code} 的区划已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="940" />
        <source>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</source>
        <translation>{name}（{code}）存续至{until}，由{successor_name}（{successor}）接替。{period}的数据请填在 {successor} 下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="945" />
        <source>{name} ({code}) existed until {until}, so it takes no figures for {period}.</source>
        <translation>{name}（{code}）存续至{until}，{period}不能再填报它的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="948" />
        <source>{name} ({code}) exists from {since}, so it takes no figures for {period}.</source>
        <translation>{name}（{code}）自{since}起设立，{period}不能填报它的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="951" />
        <source>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</source>
        <translation>{name}（{code}）自{since}起设立；{period}的数据请填在{predecessor_name}（{predecessor}）下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="956" />
        <source>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</source>
        <translation>{name}（{code}）存续至{until}，现为{successor_name}（{successor}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="960" />
        <source>{name} ({code}) existed until {until} and is no longer a region.</source>
        <translation>{name}（{code}）存续至{until}，已不再是现行区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1070" />
        <source>{name} ({code}) cannot end on {day}: “{row}” of the register {register} still counts after that day. Close the row (or move it to another place) first.</source>
        <translation>{name}（{code}）不能在 {day} 撤销：台账“{register}”中的“{row}”在这一天之后仍然计数。请先停用这一行（或改到其他地点）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1086" />
        <source>“{place}” is no current township or village of {county}. Correct it in the workbook, or first add the place under Data → Townships and villages.</source>
        <translation>“{place}”不是{county}现有的乡镇或村。请在工作簿中更正，或先在“基础资料 → 乡镇和村”中添加该地点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1095" />
        <source>The township {township} has no village “{village}”. Correct the name in the workbook, or first add the village under Data → Townships and villages.</source>
        <translation>{township}下没有“{village}”这个村。请在工作簿中更正村名，或先在“基础资料 → 乡镇和村”中添加该村。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1224" />
        <source>{name} is recommended or recognised already, so its standard and figures stay as they were judged. Withdraw the recommendation first.</source>
        <translation>{name} 已推荐或已认定，其标准和评定所依据的数据不能再改。请先撤回推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1260" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>此数据库尚未设置本县。请先运行：xianbao init --region 区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1264" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>没有名为“{template}”的 Excel 模板。可用 xianbao templates 查看全部模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="553" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). It was left as it is.</source>
        <translation>{path} 不是县报数据库或无法读取（{detail}）。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="259" />
        <source>A share target is a rate (%); indicator {indicator} is kept in {unit}. Set an absolute, growth or new-units target instead.</source>
        <extracomment>The key of a message: context, source text, disambiguation comment ("" when none). A message a .ts keeps: its key and its translation's forms (one, or a numerus entry's). The layout of a catalogue kept in the cache folder (Catalogue.load); another is read again. Where catalogues are kept once read (Catalogue.load); None: each process parses its .ts.</extracomment>
        <translation>占比目标只能用于比率（%）指标；指标 {indicator} 的单位是{unit}。请改设绝对值、增长率或新增数目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="263" />
        <source>A share target is a percentage above 0 and at most 100 ({value}).</source>
        <translation>占比目标应是大于 0、不超过 100 的百分数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="267" />
        <source>Indicator {indicator} is a rate (%): set its target as a share (the rate to reach).</source>
        <translation>指标 {indicator} 是比率（%），其目标请设为占比（要达到的比率）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="271" />
        <source>A growth target cannot be below −100% ({value}%): nothing falls by more than all of it.</source>
        <translation>增长率目标不能低于 −100%（{value}%）：降幅不会超过全部。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="275" />
        <source>Indicator {indicator} is summed over months: a new-units target is only for end-of-period figures. Set an absolute or growth target instead.</source>
        <translation>指标 {indicator} 按月累计，“新增数”目标只用于期末数指标。请改设绝对值或增长率目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="279" />
        <source>The target of indicator {indicator} must be above zero ({value}).</source>
        <translation>指标 {indicator} 的目标应大于零（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="283" />
        <source>This region has no divisions below it to split the target among.</source>
        <translation>该地区没有下级，无法分解目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="287" />
        <source>Last year's figure is missing for {regions}: the target cannot be split in proportion to last year. Key last year's figures, or split equally or by hand.</source>
        <translation>{regions} 缺少上年数，无法按上年比例分解。请先录入上年数，或改用平均分解、手工分解。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="291" />
        <source>Last year's figures of the divisions add up to zero: split equally or by hand.</source>
        <translation>下级的上年数合计为零，无法按比例分解。请改用平均分解或手工分解。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="295" />
        <source>The target {value} cannot be split: it is negative or has more than {scale} decimal places.</source>
        <translation>目标 {value} 无法分解：为负数或小数位超过 {scale} 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="299" />
        <source>The part of {region} ({value}) must be zero or more, with no more decimal places than the indicator keeps.</source>
        <translation>{region} 的分解数（{value}）应不小于零，小数位不超过指标规定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="303" />
        <source>The parts add up to {value}, not {whole_value} (a difference of {difference}). Change the parts until they add up; nothing was saved.</source>
        <translation>各部分合计 {value}，不等于总目标 {whole_value}（相差 {difference}）。请调整各部分使合计相等；未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="307" />
        <source>Indicator {indicator} has no target this year to split. Set it first.</source>
        <translation>指标 {indicator} 本年尚无目标，无法分解。请先设定目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="311" />
        <source>A share target (a rate) does not split into parts that add up: set the rate for each division.</source>
        <translation>占比目标（比率）不能分解相加，请为各下级分别设定比率。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="315" />
        <source>The growth target of {indicator} cannot be split: last year's figure is missing, so its goal is unknown. Key last year's figures first.</source>
        <translation>指标 {indicator} 的增长率目标无法分解：缺少上年数，算不出目标值。请先录入上年数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="319" />
        <source>Type a part for {region} (a number; 0 for none).</source>
        <translation>请填写 {region} 的分解数（数字；没有填 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="323" />
        <source>The target file cannot be read ({detail}). Choose a UTF-8 TOML target file; nothing was loaded.</source>
        <translation>目标文件无法读取（{detail}）。请选择 UTF-8 编码的 TOML 目标文件；未载入任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>The sheet has no header row naming the columns {columns} (and optionally 类型 and 说明). Add the header above the targets and import it again; nothing was imported.</source>
        <translation>表格中没有列出 {columns} 等列名的表头行（类型、说明两列可选）。请在目标上方加上表头后重新导入；未导入任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="331" />
        <source>The column {name} holds “{text}”, which cannot be read. Correct it; nothing was imported.</source>
        <translation>“{name}”列为“{text}”，无法识别。请改正；未导入任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="335" />
        <source>The same region, indicator and year stand on line {first} already: keep one of the two lines; nothing was imported.</source>
        <translation>同一地区、指标和年份已在第 {first} 行出现：请只保留一行；未导入任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="339" />
        <source>A growth target of {value}% is more than {limit}%: check the figure (a growth rate, not an amount).</source>
        <translation>增长率目标 {value}% 超过 {limit}%：请检查数字（应为增长率，不是总量）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="343" />
        <source>A growth target is written with at most {places} decimal places ({value}%).</source>
        <translation>增长率目标最多保留 {places} 位小数（{value}%）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="347" />
        <source>Month {month} is no month: give 1 to 12.</source>
        <translation>{month} 不是月份：请填 1 到 12。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="351" />
        <source>The target file is wrong at {entry}, field “{name}” (“{text}”). Correct the file and load it again; nothing was loaded.</source>
        <translation>目标文件 {entry} 的“{name}”字段有误（“{text}”）。请改正文件后重新载入；未载入任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="427" />
        <source>“{code}” is not an indicator code: begin with a letter, then letters and digits, parts joined by dots (e.g. G01 or G01.1), at most {length} characters.</source>
        <translation>“{code}”不是有效的指标代码：以字母开头，后接字母和数字，各部分用点连接（如 G01 或 G01.1），最多 {length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="432" />
        <source>{code} is the code of a built-in indicator; give your own indicator another code.</source>
        <translation>{code} 是内置指标的代码，请为本地指标另取一个代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="436" />
        <source>The code {code} is already used by “{name}”; choose another code.</source>
        <translation>代码 {code} 已被“{name}”使用，请换一个代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="439" />
        <source>An indicator needs its Chinese name.</source>
        <translation>请填写指标的中文名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="440" />
        <source>This text is too long: at most {length} characters.</source>
        <translation>文字过长：最多 {length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="443" />
        <source>An indicator needs its unit (个, 人次, 万元…).</source>
        <translation>请填写计量单位（个、人次、万元……）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="446" />
        <source>There is no group {group}; choose one of the list.</source>
        <translation>没有分组 {group}，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="449" />
        <source>A count is a whole number: it keeps no decimal places.</source>
        <translation>计数类指标为整数，不保留小数位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="452" />
        <source>An indicator keeps at most {largest} decimal places.</source>
        <translation>指标最多保留 {largest} 位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="455" />
        <source>An end-of-period figure (stock) has no year-to-date form: choose flow, or key each period's own figure.</source>
        <translation>存量（期末数）没有累计数：请改为流量，或按本期数填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="460" />
        <source>“{text}” is not a bound: type a number (full-width digits are fine) or leave it empty.</source>
        <translation>“{text}”不是有效的界限：请输入数字（全角数字也可以），或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="464" />
        <source>The lower bound {minimum} is above the upper bound {maximum}.</source>
        <translation>下限 {minimum} 大于上限 {maximum}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="467" />
        <source>A 其中 item is in the group of the indicator it is part of ({parent}).</source>
        <translation>“其中”项须与其所属指标（{parent}）在同一分组。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="470" />
        <source>The code {indicator} is used twice.</source>
        <translation>代码 {indicator} 重复使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="471" />
        <source>Indicator {indicator} refers to {ref}, which is no indicator shown in returns.</source>
        <translation>指标 {indicator} 引用的 {ref} 不是报表中显示的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="475" />
        <source>A 其中 item has the unit, kind and flow/stock of the indicator it is part of ({parent}, in {unit}).</source>
        <translation>“其中”项的计量单位、类型和流量/存量须与其所属指标（{parent}，单位 {unit}）一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="480" />
        <source>Indicator {indicator} would be part of itself (through {ref}).</source>
        <translation>指标 {indicator} 将成为自身的一部分（经由 {ref}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="483" />
        <source>{code} is a built-in indicator: it follows the shipped catalogue and is not edited here (the next upgrade would undo the edit). Add an indicator of your own instead, or hide this one.</source>
        <translation>{code} 是内置指标，随程序自带的指标目录更新，不能在此修改（下次升级会覆盖修改）。请另行添加本地指标，或隐藏此指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="489" />
        <source>Indicator {code} holds {count} value(s): its kind, decimal places, flow/stock and unit stay as they are, since the figures were typed in them. Add a new indicator for the new definition.</source>
        <translation>指标 {code} 已有 {count} 个数值：其类型、小数位数、流量/存量和计量单位不能再改，因为这些数值是按原定义填报的。如需新定义，请添加新指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="495" />
        <source>The code of {code} stays: values, targets, its history, a template or another indicator refer to it by that code.</source>
        <translation>指标 {code} 的代码不能修改：已有数值、目标、修改记录、模板或其他指标通过该代码引用它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="500" />
        <source>Indicator {code} holds {count} value(s) in {region_count} region(s) ({regions}), from {first_period} to {last_period}: it cannot be removed. Clear those values first, or keep the indicator.</source>
        <translation>指标 {code} 在 {region_count} 个地区（{regions}）有 {count} 个数值（{first_period}至{last_period}），不能删除。请先清除这些数值，或保留该指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="506" />
        <source>Indicator {code} has {count} annual target(s): clear them first.</source>
        <translation>指标 {code} 有 {count} 个年度目标，请先清除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="509" />
        <source>Indicator {code} has {count} explanation(s) (情况说明) kept with returns.</source>
        <translation>指标 {code} 有 {count} 条随报表保存的情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="512" />
        <source>The template(s) {templates} map indicator {code} to a cell: take it out of the template first.</source>
        <translation>模板 {templates} 的单元格对应了指标 {code}，请先在模板中去掉它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="517" />
        <source>Indicator(s) {others} refer to {code} (其中, at most, or a rate's parts): change them first.</source>
        <translation>指标 {others} 引用了 {code}（其中项、上限或比率的分子分母），请先修改它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="522" />
        <source>Indicator {code} is not hidden.</source>
        <translation>指标 {code} 未被隐藏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="523" />
        <source>Its 其中 item {part} is in its group: move the 其中 item first.</source>
        <translation>其中项 {part} 与它在同一分组：请先调整该其中项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="526" />
        <source>A computed rate needs both its numerator and its denominator.</source>
        <translation>计算的比率需要同时指定分子和分母。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="529" />
        <source>Only a rate is computed from a numerator and a denominator.</source>
        <translation>只有比率类指标才由分子和分母计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="532" />
        <source>A rate's numerator and denominator are two different indicators.</source>
        <translation>比率的分子和分母须是两个不同的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="557" />
        <source>The database {path} is damaged ({detail}). Keep this file for the support desk.</source>
        <translation>数据库 {path} 已损坏（{detail}）。请保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="572" />
        <source>The database {path} is read-only, so nothing was saved. Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</source>
        <translation>数据库 {path} 是只读的，因此没有保存任何内容。请把它复制到您可以写入的文件夹（如“文档”）并打开该副本，或请管理员开放该文件的写入权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="577" />
        <source>The database {path} is in a folder where you may not write, and Xianbao cannot open it there (it keeps working files beside the database). Copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the folder.</source>
        <translation>数据库 {path} 位于您无权写入的文件夹中，县报无法在那里打开它（县报需要在数据库旁边保存工作文件）。请把它复制到您可以写入的文件夹（如“文档”）并打开该副本，或请管理员开放该文件夹的写入权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="583" />
        <source>The disk holding the database {path} is full, so nothing was saved. Make room on it (empty the recycle bin, move old files away), then try again.</source>
        <translation>数据库 {path} 所在的磁盘已满，因此没有保存任何内容。请清理磁盘空间（清空回收站、移走旧文件）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="588" />
        <source>The database {path} could not be read or written (a disk error), so nothing was saved. If it is on a USB stick or a shared folder, check that it is still connected and not full, then try again.</source>
        <translation>无法读写数据库 {path}（磁盘错误），因此没有保存任何内容。如果它位于U盘或共享文件夹中，请检查是否仍已连接且未满，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="594" />
        <source>The database {path} cannot be opened: its folder is missing or you may not use it. Check that the drive or shared folder is connected, or choose another file.</source>
        <translation>无法打开数据库 {path}：其所在文件夹不存在或您无权使用。请检查磁盘或共享文件夹是否已连接，或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="599" />
        <source>The database {path} is busy in another program and did not become free, so nothing was done. Try again in a moment; if it stays busy, close the other Xianbao using it.</source>
        <translation>数据库 {path} 正被其他程序占用且一直未释放，因此没有执行任何操作。请稍后重试；如果一直被占用，请关闭正在使用它的另一个县报程序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="604" />
        <source>There is no database at {path}. Check the file name; to make a new database there, run: xianbao --db "{path}" init --region CODE</source>
        <translation>{path} 处没有数据库。请检查文件名；如需在该处新建数据库，请运行：xianbao --db "{path}" init --region 区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="609" />
        <source>The disk is full ({path}), so Xianbao stopped what it was doing. Make room on the disk, then try again.</source>
        <translation>磁盘已满（{path}），县报已停止当前操作。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="614" />
        <source>A disk is full, so Xianbao stopped what it was doing. Make room on the disk that holds the database or the file you chose, then try again.</source>
        <translation>磁盘已满，县报已停止当前操作。请清理数据库或所选文件所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="619" />
        <source>The system did not allow Xianbao to write a file, so it stopped what it was doing. Check that you may write where the database or the file you chose is, then try again.</source>
        <translation>系统不允许县报写入文件，县报已停止当前操作。请确认您对数据库或所选文件所在位置有写入权限，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="624" />
        <source>The system refused an operation (it said: {detail}), so Xianbao stopped what it was doing. Check that the disks and shared folders are available, then try again.</source>
        <translation>系统拒绝了一项操作（系统提示：{detail}），县报已停止当前操作。请检查磁盘和共享文件夹是否可用，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="629" />
        <source>Xianbao was not allowed to use {path}. Check that you may read and write there and that no other program holds the file, then try again.</source>
        <translation>县报无权使用 {path}。请确认您有该处的读写权限，且没有其他程序占用该文件，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="634" />
        <source>Xianbao could not use {path} (the system said: {detail}). Check that the disk or shared folder is available, then try again.</source>
        <translation>县报无法使用 {path}（系统提示：{detail}）。请检查磁盘或共享文件夹是否可用，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="639" />
        <source>Xianbao met an unexpected problem ({kind}) and stopped what it was doing; what was saved before is kept. Please send the log file to the support desk.</source>
        <translation>县报遇到意外问题（{kind}），已停止当前操作；此前已保存的内容不受影响。请把日志文件发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="644" />
        <source>The database {path} refused the operation ({detail}), so nothing was saved. Try again; if it happens again, keep the file and the log for the support desk.</source>
        <translation>数据库 {path} 拒绝了此操作（{detail}），因此没有保存任何内容。请重试；如果再次出现，请保留该文件和日志，交给技术支持。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="655" />
        <source>“{url}” is not a server address Xianbao can use. Write it as postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>“{url}”不是县报可用的服务器地址。请写成 postgresql://用户@主机:5432/数据库名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="660" />
        <source>The database server {url} did not answer ({detail}). Check that the computer is on the network and the server is running, or ask the bureau's IT helper.</source>
        <translation>数据库服务器 {url} 没有响应（{detail}）。请检查本机网络是否连通、服务器是否在运行，或联系局里的信息化管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="665" />
        <source>The database server {url} refused the password of {user}. Put the right password in the PostgreSQL password file (pgpass) of this computer, or ask the bureau's IT helper.</source>
        <translation>数据库服务器 {url} 拒绝了 {user} 的密码。请把正确的密码写入本机的 PostgreSQL 密码文件（pgpass），或联系局里的信息化管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="670" />
        <source>There is no database {database} on the server {url}. The IT helper creates it first (createdb); Xianbao then makes its tables at the first start.</source>
        <translation>服务器 {url} 上没有数据库 {database}。请信息化管理员先建好它（createdb），县报首次启动时会自动建表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="675" />
        <source>The connection to the database server {url} was lost, so nothing of the last change was saved. Check the network, then try again.</source>
        <translation>与数据库服务器 {url} 的连接已断开，刚才的修改没有保存。请检查网络后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="681" />
        <source>{person} ({role}) may not {action}. Nothing was changed; ask a reviewer or an administrator.</source>
        <translation>{person}（{role}）无权{action}，未做任何更改；请找审核员或管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="686" />
        <source>{person} ({role}) works only on other regions and may not see or change {region}. An administrator can change which regions the account covers.</source>
        <translation>{person}（{role}）只负责其他地区，不能查看或修改{region}。管理员可以更改该账户负责的地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="691" />
        <source>Type a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="692" />
        <source>The password is too short: use at least {minimum} characters.</source>
        <translation>密码太短：至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="695" />
        <source>The password cannot be the login name ({login}): choose another one.</source>
        <translation>密码不能与登录名（{login}）相同，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="698" />
        <source>“{login}” cannot be a login name: use letters, digits, dots, hyphens or underscores, at most {maximum} characters.</source>
        <translation>“{login}”不能作为登录名：请使用字母、数字、点、连字符或下划线，最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="703" />
        <source>Give the person's name: the audit and the returns name the person by it.</source>
        <translation>请填写姓名：修改记录和报表都以此姓名记录此人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="706" />
        <source>The name is too long: at most {maximum} characters.</source>
        <translation>姓名太长：最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="709" />
        <source>“{role}” is no role: use clerk (填报员), reviewer (审核员) or admin (管理员).</source>
        <translation>“{role}”不是有效的角色：请用 clerk（填报员）、reviewer（审核员）或 admin（管理员）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="712" />
        <source>The first account of a database must be an administrator: it is the one that adds the others.</source>
        <translation>数据库的第一个账户必须是管理员：由它来添加其他账户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="717" />
        <source>There is already an account {login}: choose another login name.</source>
        <translation>已有账户 {login}，请另选一个登录名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="720" />
        <source>There is no account {login}.</source>
        <translation>没有账户 {login}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="721" />
        <source>{person} ({login}) is the last active administrator: nobody could manage the accounts any more. Make another account an administrator first.</source>
        <translation>{person}（{login}）是最后一个启用的管理员，否则将无人能管理账户。请先把另一个账户设为管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="726" />
        <source>There is no region with the code {code} in this database.</source>
        <translation>本数据库中没有代码为 {code} 的地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="729" />
        <source>The login name or the password is wrong. Check them (and the keyboard's Caps Lock) and try again.</source>
        <translation>登录名或密码错误。请检查（包括键盘的大写锁定键）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="734" />
        <source>The account {login} is locked after too many wrong passwords, until {until}. Wait, or ask an administrator to unlock it.</source>
        <translation>账户 {login} 因密码错误次数过多已被锁定，至 {until} 解锁。请稍候，或请管理员解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="739" />
        <source>The account {login} has been disabled. Ask an administrator if you should still use it.</source>
        <translation>账户 {login} 已停用。如仍需使用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="743" />
        <source>This database asks who is working: log in first, then try again.</source>
        <translation>本数据库需要确认操作人员：请先登录，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="746" />
        <source>This database asks who is working: give --user LOGIN (the password is asked, or read from $XIANBAO_PASSWORD).</source>
        <translation>本数据库需要确认操作人员：请加上 --user 登录名（密码会提示输入，或从 $XIANBAO_PASSWORD 读取）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="751" />
        <source>This database has no accounts yet and asks who is working. Add its first administrator: xianbao users add LOGIN --name NAME --role admin</source>
        <translation>本数据库还没有账户，但需要确认操作人员。请先添加第一个管理员：xianbao users add 登录名 --name 姓名 --role admin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="756" />
        <source>The two passwords typed differ; nothing was changed. Type them again.</source>
        <translation>两次输入的密码不一致，未做任何更改。请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="759" />
        <source>Backups and restores are for a database file. A server keeps its own: ask the bureau's IT helper (pg_dump).</source>
        <translation>备份和恢复只适用于数据库文件。服务器有自己的备份：请联系本局的信息技术人员（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="765" />
        <source>The newest backup is from {made}: restore it with File ▸ Restore a backup…, or with the command xianbao restore "{backup}"</source>
        <translation>最新的备份是 {made} 的：请用“文件 ▸ 恢复备份…”恢复它，或运行命令 xianbao restore "{backup}"</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="770" />
        <source>There is no backup of this database in {folder}. If you have a copy elsewhere (a USB stick, another computer), restore it with the command xianbao restore PATH; otherwise start with another database file (--db PATH) and keep this one for the support desk.</source>
        <translation>{folder} 中没有这个数据库的备份。如果别处（U 盘、另一台电脑）有副本，请用命令 xianbao restore 路径 恢复它；否则请换用另一个数据库文件（--db 路径），并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="776" />
        <source>There is no file {path}. Nothing was restored; choose a backup that exists.</source>
        <translation>文件 {path} 不存在。未恢复任何数据；请选择一个存在的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="779" />
        <source>{path} is a folder, not a backup file. Nothing was restored; choose a file.</source>
        <translation>{path} 是文件夹，不是备份文件。未恢复任何数据；请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="782" />
        <source>{path} is empty and holds no backup. Nothing was restored; choose another file.</source>
        <translation>{path} 是空文件，其中没有备份。未恢复任何数据；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="785" />
        <source>{path} is not a Xianbao backup or cannot be read ({detail}). Nothing was restored; choose another file.</source>
        <translation>{path} 不是县报备份或无法读取（{detail}）。未恢复任何数据；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="790" />
        <source>The backup {path} is damaged ({detail}). Nothing was restored; choose an older backup.</source>
        <translation>备份 {path} 已损坏（{detail}）。未恢复任何数据；请选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="794" />
        <source>{path} is not a Xianbao database (it is another program's, or empty). Nothing was restored; choose a Xianbao backup.</source>
        <translation>{path} 不是县报数据库（属于其他程序，或是空的）。未恢复任何数据；请选择县报的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="799" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). Nothing was restored; install that version of Xianbao to use it.</source>
        <translation>{path} 由更新版本的县报创建（数据库结构 {revision}）。未恢复任何数据；请安装该版本的县报后再使用它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="804" />
        <source>{path} is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} 就是数据库本身，不是它的备份。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="807" />
        <source>The database {path} is open in another Xianbao (or another program). Nothing was restored; close it there, then restore again.</source>
        <translation>数据库 {path} 正在另一个县报（或其他程序）中打开。未恢复任何数据；请先在那里关闭它，再重新恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="812" />
        <source>The backup could not be put in place of {path} ({detail}); the database was left as it was. If the disk is full, make room on it and try again.</source>
        <translation>未能用备份替换 {path}（{detail}）；数据库保持原样。如磁盘已满，请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="817" />
        <source>There is no database at {path} yet, so there is nothing to back up.</source>
        <translation>{path} 还没有数据库，没有可备份的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="820" />
        <source>{path} exists already; it was left as it is. Choose a new file name or a folder.</source>
        <translation>{path} 已存在，未作改动。请另取一个文件名，或选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="823" />
        <source>The database {path} cannot be read ({detail}), so no backup could be made of it.</source>
        <translation>无法读取数据库 {path}（{detail}），因此未能备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="827" />
        <source>The backup could not be written to {path} ({detail}). Make room on the disk, or choose another folder.</source>
        <translation>未能把备份写入 {path}（{detail}）。请腾出磁盘空间，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="879" />
        <source>Nothing was changed: {who} submitted the return of {region} for {period} at {at}, after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>未作任何更改：{who} 在 {at} 报送了 {region} {period} 的报表，晚于您读取其状态的时间。请先查看报表现在的状态，如仍需要，再重新报送或退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="885" />
        <source>Nothing was changed: {who} reopened the return of {region} for {period} at {at}, after you read its state (reason: {reason}). Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>未作任何更改：{who} 在 {at} 退回修改了 {region} {period} 的报表（原因：{reason}），晚于您读取其状态的时间。请先查看报表现在的状态，如仍需要，再重新报送或退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="891" />
        <source>Nothing was changed: the return of {region} for {period} changed after you read its state. Look at the return as it is now, then submit or reopen it again if it should be.</source>
        <translation>未作任何更改：{region} {period} 的报表在您读取其状态之后已有变动。请先查看报表现在的状态，如仍需要，再重新报送或退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="901" />
        <source>Not saved: {who} changed {indicator} of {region} for {period} to {value} at {at}, after you read it. Your entry {mine} was not applied; the cell now shows {value}. Type your figure again if it should replace it.</source>
        <translation>未保存：{who} 在 {at} 把 {region} {period} 的指标 {indicator} 改成了 {value}，晚于您读取的时间。您输入的 {mine} 没有写入；单元格现在显示 {value}。如果应以您的数字为准，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="907" />
        <source>Not saved: {who} cleared {indicator} of {region} for {period} at {at}, after you read it. Your entry {mine} was not applied; the cell is now blank. Type your figure again if it should be kept.</source>
        <translation>未保存：{who} 在 {at} 清空了 {region} {period} 的指标 {indicator}，晚于您读取的时间。您输入的 {mine} 没有写入；单元格现在为空。如果应保留您的数字，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="913" />
        <source>Nothing was imported from {file}: {who} changed {indicator} of {region} for {period} at {at}, after the file was previewed. Preview the file again to see what it would change now.</source>
        <translation>{file} 未导入任何数据：{who} 于 {at} 修改了{region}{period}的{indicator}，是在预览此文件之后。请重新预览文件，看它现在会改动什么。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="919" />
        <source>Not saved: another Xianbao has been writing to this database for {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>未保存：另一个县报程序已连续 {seconds} 秒在写入此数据库。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="924" />
        <source>Not saved: the database is being written by {holders} and was still busy after {seconds} seconds. Nothing was changed; try again in a moment, or ask them to finish their import or save.</source>
        <translation>未保存：{holders} 正在写入此数据库，等待 {seconds} 秒后仍未结束。没有做任何更改；请稍后再试，或请对方先完成导入或保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="930" />
        <source>Not saved: you stopped waiting for another Xianbao to finish writing to this database. Nothing was changed; try again when it is done.</source>
        <translation>未保存：您停止了等待另一个县报程序写完此数据库。没有做任何更改；请在对方完成后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="964" />
        <source>{other} under the same region is already called {name}; choose another name.</source>
        <translation>同一上级下的 {other} 已叫 {name}，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="967" />
        <source>{name} ({code}) comes from the national list of divisions and is not changed here; only townships and villages added in Xianbao are.</source>
        <translation>{name}（{code}）来自国家行政区划名单，不能在此修改；只有在县报中添加的乡镇和村可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="972" />
        <source>{name} ({code}) began on {since}; its last day cannot be {day}.</source>
        <translation>{name}（{code}）自 {since} 起设立，撤销日期不能是 {day}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="975" />
        <source>{name} ({code}) or one of its villages holds figures for {period}, after {day}. Choose a later last day, or clear those figures first.</source>
        <translation>{name}（{code}）或其下属村在 {day} 之后的 {period} 有数据。请选择更晚的撤销日期，或先清除这些数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="980" />
        <source>{name} ({code}) is not retired.</source>
        <translation>{name}（{code}）未撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="981" />
        <source>The township {parent} of {name} ({code}) is retired; reinstate it first.</source>
        <translation>{name}（{code}）所属乡镇 {parent} 已撤销，请先恢复该乡镇。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="984" />
        <source>{name} has no code.</source>
        <translation>{name} 没有代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="985" />
        <source>The code {code} is not all digits.</source>
        <translation>代码 {code} 不全是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="986" />
        <source>The code {code} has {length} digits; a township has 9 (or 12 ending in 000), a village 12.</source>
        <translation>代码 {code} 有 {length} 位；乡镇代码为 9 位（或以 000 结尾的 12 位），村代码为 12 位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="991" />
        <source>The code {code} is listed already in row {first}.</source>
        <translation>代码 {code} 已在第 {first} 行出现。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="994" />
        <source>The code {code} belonged to {name}, retired after {until}; it is not used again.</source>
        <translation>代码 {code} 属于 {name}，已于 {until} 后撤销，不再使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="997" />
        <source>The village {code} belongs to the township {township}, which is neither in the list nor in Xianbao.</source>
        <translation>村 {code} 所属乡镇 {township} 既不在名单中，也不在县报中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1002" />
        <source>{count} rows of the list are refused (the first in row {row}); nothing was imported. Correct them in the file and import it again.</source>
        <translation>名单中有 {count} 行不能导入（第一处在第 {row} 行），未导入任何内容。请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1007" />
        <source>{name} ({code}) is not a county; townships and villages are kept under a county.</source>
        <translation>{name}（{code}）不是县级单位；乡镇和村须放在县级单位下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1010" />
        <source>{file} has no header row naming a code column (统计用区划代码, 区划代码 or 代码) and a name column (名称) in its first rows.</source>
        <translation>{file} 的前几行中没有标题行（须有代码列：统计用区划代码、区划代码或代码，以及名称列：名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1016" />
        <source>{field}: “{cell}” is not a date; write it as 2024-03-05 or 2024年3月5日.</source>
        <translation>{field}：“{cell}”不是日期，请写成 2024-03-05 或 2024年3月5日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1019" />
        <source>{field}: “{cell}” is not a number; type digits (full-width digits are fine).</source>
        <translation>{field}：“{cell}”不是数字，请输入数字（全角数字也可以）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1022" />
        <source>{field}: “{cell}” is negative; a register keeps no negative figures.</source>
        <translation>{field}：“{cell}”是负数，台账不记负数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1025" />
        <source>{field}: “{cell}” is not a whole number.</source>
        <translation>{field}：“{cell}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1026" />
        <source>{field}: “{cell}” is not a year between 1949 and 2100.</source>
        <translation>{field}：“{cell}”不是 1949 至 2100 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1029" />
        <source>{field}: write 是 or 否, not “{cell}”.</source>
        <translation>{field}：请填“是”或“否”，不能填“{cell}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1030" />
        <source>{field}: “{cell}” is not a number of degrees; write decimal degrees such as 107.2345 (not 107°14′).</source>
        <translation>{field}：“{cell}”不是度数，请按十进制度填写，如 107.2345（不要写成 107°14′）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1035" />
        <source>{field}: “{cell}” lies outside China: longitudes run from 73 to 136 (east), latitudes from 3 to 54 (north). Were the two swapped?</source>
        <translation>{field}：“{cell}”不在我国范围内：经度在东经 73 至 136 度之间，纬度在北纬 3 至 54 度之间。是否把经度和纬度填反了？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1040" />
        <source>{name}: give both the longitude and the latitude, or neither.</source>
        <translation>{name}：经度和纬度须同时填写，或都不填。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1043" />
        <source>{field}: “{cell}” is none of the field's choices.</source>
        <translation>{field}：“{cell}”不在可选项中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1046" />
        <source>A row needs its {field}.</source>
        <translation>每条记录都要填写{field}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1047" />
        <source>{name}: {field} is required.</source>
        <translation>{name}：{field}必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1048" />
        <source>{name}: {field} must come after the day it began.</source>
        <translation>{name}：{field}必须晚于开始的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1051" />
        <source>{name}: of whom poor ({part}) cannot exceed the attendees ({whole}).</source>
        <translation>{name}：其中贫困人口（{part}）不能多于参训人数（{whole}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1054" />
        <source>{name}: a {level}-level service point sits in a {level}; {code} is a place of another level.</source>
        <translation>{name}：{level}级服务站点应设在{level}；{code} 是其他层级的地方。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1059" />
        <source>{name} ({code}) is not a place this register keeps rows at.</source>
        <translation>{name}（{code}）不是这本台账可以登记的地点层级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1062" />
        <source>This row was removed meanwhile (by another clerk?); reopen the register.</source>
        <translation>这条记录已被删除（可能是其他填表人删的），请重新打开台账。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1065" />
        <source>{who} changed “{name}” after you opened it; close this form, look at the row as it is now and make your change again.</source>
        <translation>您打开后，{who} 修改了“{name}”；请关闭此表单，查看这条记录的现状后再修改一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1075" />
        <source>“{name}” counts in the return of {region} for {period}, submitted on {since} by {who} and locked; the change would alter its figures, so nothing was saved. Reopen that return, with a reason, first.</source>
        <translation>“{name}”计入{region} {period}的报表，该报表已于 {since} 由 {who} 报送并锁定；这项修改会改变其中的数字，因此未保存。请先说明理由重新打开该报表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1081" />
        <source>There is no register {register}.</source>
        <translation>没有“{register}”这本台账。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1083" />
        <source>The row gives no place: fill in its township and village, or its code.</source>
        <translation>该行没有写地点：请填写所在乡镇和村，或统计用区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1091" />
        <source>{count} places of the county are called “{place}”; give the township too, or the code.</source>
        <translation>本县有 {count} 个地点叫“{place}”；请同时写明乡镇，或写统计用区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1100" />
        <source>This row repeats line {line} of the list (same place, same name or topic and date).</source>
        <translation>此行与名单第 {line} 行重复（地点相同，名称或主题和日期相同）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1104" />
        <source>{count} row(s) of the list are refused; nothing was imported. Correct them in the workbook and preview it again.</source>
        <translation>名单中有 {count} 行被拒绝，未导入任何内容。请在工作簿中更正后重新预览。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1109" />
        <source>The register was changed (by another clerk?) after the list was previewed; nothing was imported. Preview the list again.</source>
        <translation>预览名单之后，台账已被修改（可能是其他填表人）；未导入任何内容。请重新预览名单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1114" />
        <source>Indicator {indicator} has {count} figure(s) keyed for {year}; it can be counted from the register only once they are cleared.</source>
        <translation>指标 {indicator} 在 {year} 年已录入 {count} 个数值；清除这些数值后才能改由台账计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1119" />
        <source>Indicator {indicator} is counted from the register at {region} for {year} already.</source>
        <translation>指标 {indicator} 在 {year} 年已由{region}的台账计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1123" />
        <source>Indicator {indicator} is not counted from any register.</source>
        <translation>指标 {indicator} 不能由任何台账计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1126" />
        <source>{file} holds more than {limit} rows; split the list and import each part.</source>
        <translation>{file} 超过 {limit} 行；请把名单拆开，分别导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1130" />
        <source>{file} is larger than {limit} MB, more than a list of a county's rows; check that it is the right file, or split the list and import each part.</source>
        <translation>{file} 超过 {limit} MB，比一个县的名单大得多；请确认文件是否选对，或把名单拆开分别导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1135" />
        <source>{file} cannot be read as a CSV text file (UTF-8 or GB18030). Open it in Excel and save it as an .xlsx workbook or as CSV UTF-8.</source>
        <translation>{file} 不能作为 CSV 文本文件读取（UTF-8 或 GB18030）。请用 Excel 打开，另存为 .xlsx 工作簿或 CSV UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1140" />
        <source>{file}: the sheet {sheet} holds nothing. Choose the sheet that holds the list.</source>
        <translation>{file}：工作表 {sheet} 是空的。请选择存放名单的工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1143" />
        <source>Columns {first} and {second} both give {field}; choose one of them.</source>
        <translation>{first} 列和 {second} 列都对应“{field}”；请只选其中一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1146" />
        <source>Columns {first} and {second} both give the same part of the place; choose one.</source>
        <translation>{first} 列和 {second} 列都对应地点的同一部分；请只选其中一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1149" />
        <source>No column gives the rows' place: choose the code column (统计用区划代码), or the township and village columns.</source>
        <translation>没有哪一列给出各行的地点：请选择代码列（统计用区划代码），或乡镇列和村列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1154" />
        <source>No column gives {field}, which every row needs; choose its column.</source>
        <translation>没有哪一列对应“{field}”，而每一行都需要它；请选择对应的列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1158" />
        <source>{name}: {value} {unit} ≥ {limit_value} {unit}.</source>
        <translation>{name}：{value} {unit} ≥ {limit_value} {unit}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1161" />
        <source>{name}: {value} {unit} &lt; {limit_value} {unit}; at least {limit_value} {unit} is asked.</source>
        <translation>{name}：{value} {unit} &lt; {limit_value} {unit}，应达到 {limit_value} {unit}以上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1165" />
        <source>{name}: no figure given; at least {limit_value} {unit} is asked.</source>
        <translation>{name}：未填写，应达到 {limit_value} {unit}以上。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1168" />
        <source>{name}: {value} {unit} &gt; {limit_value} {unit}.</source>
        <translation>{name}：{value} {unit} &gt; {limit_value} {unit}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1171" />
        <source>{name}: {value} {unit} ≤ {limit_value} {unit}; more than {limit_value} {unit} is asked.</source>
        <translation>{name}：{value} {unit} ≤ {limit_value} {unit}，应大于 {limit_value} {unit}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1175" />
        <source>{name}: no figure given; more than {limit_value} {unit} is asked.</source>
        <translation>{name}：未填写，应大于 {limit_value} {unit}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1178" />
        <source>{name}: confirmed.</source>
        <translation>{name}：已确认符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1179" />
        <source>{name}: not met.</source>
        <translation>{name}：不符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1180" />
        <source>{name}: not confirmed yet.</source>
        <translation>{name}：尚未确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1181" />
        <source>{name}: met by one of its alternatives.</source>
        <translation>{name}：已满足其中一项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1182" />
        <source>{name}: none of its alternatives is met.</source>
        <translation>{name}：各项均未达到。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1183" />
        <source>{name}: none of its alternatives is met yet, and some lack figures.</source>
        <translation>{name}：尚无一项达到，部分未填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1186" />
        <source>{name}: every part is met.</source>
        <translation>{name}：各项均已满足。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1187" />
        <source>{name}: a part is not met.</source>
        <translation>{name}：有一项未满足。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1188" />
        <source>{name}: some parts lack figures.</source>
        <translation>{name}：部分未填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1189" />
        <source>The standards file has no standard “{standard}”; it may have been replaced. Choose another standard.</source>
        <translation>示范标准文件中没有标准“{standard}”（文件可能已更换）。请选择其他标准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1193" />
        <source>{name}: write 是 or 否, not “{text}”.</source>
        <translation>{name}：请填写“是”或“否”，不能填“{text}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1196" />
        <source>{name}: “{text}” is not a number. Type digits (full-width digits are fine).</source>
        <translation>{name}：“{text}”不是数字。请输入数字（全角数字亦可）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1199" />
        <source>{name}: “{text}” is below zero.</source>
        <translation>{name}：“{text}”小于零。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1200" />
        <source>The demonstration standards file {file} cannot be read: {detail}. Correct it, or put the shipped file back.</source>
        <translation>示范标准文件 {file} 无法读取：{detail}。请改正该文件，或放回随程序提供的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1204" />
        <source>There are no demonstration standards for the province of {code}. Put the province's standards file in the standards folder.</source>
        <translation>没有 {code} 所在省份的示范标准。请将该省的示范标准文件放入标准文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1208" />
        <source>A candidate needs a name.</source>
        <translation>候选单位需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1209" />
        <source>A candidate for “{standard}” is the county itself: choose the county, not a place in it.</source>
        <translation>“{standard}”的候选单位是县本身：请选择县，而不是县内的地方。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1213" />
        <source>{name} ({code}) is above county level; a candidate belongs to a county. Choose a county.</source>
        <translation>{name}（{code}）在县级以上；候选单位须属于某个县。请选择一个县。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1217" />
        <source>The register row is no longer there (another clerk may have removed it). Choose another.</source>
        <translation>该台账记录已不存在（可能已被他人删除）。请另选一条。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1221" />
        <source>The candidate is no longer there (another clerk may have removed it).</source>
        <translation>该候选单位已不存在（可能已被他人删除）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1229" />
        <source>{name} is not a candidate now (it is recommended, recognised or revoked).</source>
        <translation>{name} 当前不是候选状态（已推荐、已认定或已撤销）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1232" />
        <source>{name} does not meet every criterion and cannot be recommended; the red lines say which.</source>
        <translation>{name} 未达到全部标准，不能推荐；红色各行列明未达到的条件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1236" />
        <source>{name} lacks data for some criteria and cannot be recommended yet; fill in the grey lines.</source>
        <translation>{name} 部分条件尚缺数据，暂不能推荐；请补全灰色各行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1240" />
        <source>{prefecture} has already recommended {quota} for {group} in {year}, the most the province allows; {name} is not recommended. Withdraw another recommendation first.</source>
        <translation>{prefecture} {year}年已推荐{group} {quota} 个，已达省里规定的上限；{name} 未推荐。请先撤回另一个推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1244" />
        <source>{name} is not recommended; there is nothing to withdraw.</source>
        <translation>{name} 未被推荐，无可撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1247" />
        <source>{name} is recognised or revoked already.</source>
        <translation>{name} 已认定或已撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1250" />
        <source>{name} is not recognised; only a recognised unit is reviewed or revoked.</source>
        <translation>{name} 尚未认定；只有已认定的单位才能复核或撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1253" />
        <source>{name}: {day} is before {before}; choose a later day.</source>
        <translation>{name}：{day} 早于 {before}，请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1256" />
        <source>{name} is recommended or recognised; withdraw the recommendation or revoke it before removing it.</source>
        <translation>{name} 已推荐或已认定；请先撤回推荐或撤销认定，再删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1267" />
        <source>The template mapping {file} names the workbook {workbook}, which is not in its folder. Put the province's workbook beside the mapping, or correct “workbook”.</source>
        <translation>模板映射 {file} 指定的工作簿 {workbook} 不在同一文件夹中。请把省厅的工作簿放在映射文件旁边，或改正 “workbook”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1272" />
        <source>Template {template}: its workbook {workbook} cannot be opened; it is damaged or not an .xlsx workbook. Put the province's blank form beside the mapping again.</source>
        <translation>模板 {template}：其工作簿 {workbook} 无法打开，文件已损坏或不是 .xlsx 工作簿。请重新把省厅的空白表样放在映射文件旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1277" />
        <source>The template mapping {file} cannot be read. Check that the file is there and that you may open it.</source>
        <translation>无法读取模板映射 {file}。请检查该文件是否存在、是否有权限打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1282" />
        <source>The template mapping {file} is not an ordinary file (a folder, a device or a broken link) and was not read. Remove it from the templates folder.</source>
        <translation>模板映射 {file} 不是普通文件（而是文件夹、设备或失效的链接），未读取。请将其移出模板文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1287" />
        <source>The template mapping {file} is {size_kb} KB; a mapping is at most {limit_kb} KB, so it was not read. Check that it is the right file.</source>
        <translation>模板映射 {file} 有 {size_kb} KB，映射文件最大 {limit_kb} KB，因此未读取。请确认是否选错了文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1292" />
        <source>The template mapping {file} is not UTF-8 text (line {line}). Save it as UTF-8, for example in Notepad with “Save as” and the encoding UTF-8.</source>
        <translation>模板映射 {file} 不是 UTF-8 文本（第 {line} 行）。请另存为 UTF-8 编码，例如在记事本中“另存为”时选择 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1297" />
        <source>The template mapping {file}: the key at line {line} has more than {limit} parts separated by dots; a mapping needs at most 3. Correct that line.</source>
        <translation>模板映射 {file}：第 {line} 行的键由超过 {limit} 个以点分隔的部分组成，映射文件最多只需 3 个。请改正该行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1302" />
        <source>The template mapping {file} nests brackets more than {limit} deep at line {line}; a mapping needs far fewer. It was not read: correct the brackets on that line.</source>
        <translation>模板映射 {file} 第 {line} 行的括号嵌套超过 {limit} 层，映射文件用不到这么多层，因此未读取。请改正该行的括号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1307" />
        <source>The template mapping {file} is not valid TOML at line {line}, column {column}: “{text}”. Correct that line (docs/templates.md shows the format).</source>
        <translation>模板映射 {file} 第 {line} 行第 {column} 列不是有效的 TOML：“{text}”。请改正该行（格式见 docs/templates.md）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1312" />
        <source>The template mapping {file} is written in mapping format {format}; this Xianbao reads format {supported}. Use a newer Xianbao, or ask for the mapping in format {supported}.</source>
        <translation>模板映射 {file} 使用第 {format} 版映射格式，本版县报只能读取第 {supported} 版。请升级县报，或索取第 {supported} 版格式的映射文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1317" />
        <source>The template mapping {file}: “{key}” is not a key of a mapping. Allowed here: {allowed}.</source>
        <translation>模板映射 {file}：“{key}” 不是映射文件的键。此处允许：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1321" />
        <source>The template mapping {file} lacks “{key}”, which is required.</source>
        <translation>模板映射 {file} 缺少必需的 “{key}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1324" />
        <source>The template mapping {file}: “{key}” must be text in quotes.</source>
        <translation>模板映射 {file}：“{key}” 必须是带引号的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1327" />
        <source>The template mapping {file}: “{key}” contains a control character, which a workbook cannot hold. Remove it.</source>
        <translation>模板映射 {file}：“{key}” 含有控制字符，工作簿无法保存这种字符。请将其删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1332" />
        <source>The template mapping {file}: “{key}” is longer than {limit} characters, the most Excel accepts for a number format.</source>
        <translation>模板映射 {file}：“{key}” 超过 {limit} 个字符，这是 Excel 数字格式允许的最大长度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1337" />
        <source>The template mapping {file}: “{key}” must not be empty.</source>
        <translation>模板映射 {file}：“{key}” 不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1340" />
        <source>The template mapping {file}: “{key}” must be a whole number without quotes.</source>
        <translation>模板映射 {file}：“{key}” 必须是不带引号的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1343" />
        <source>The template mapping {file}: “{key}” must be true or false.</source>
        <translation>模板映射 {file}：“{key}” 必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1346" />
        <source>The template mapping {file}: “{key}” must be a list of texts in square brackets.</source>
        <translation>模板映射 {file}：“{key}” 必须是方括号中的文本列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1349" />
        <source>The template mapping {file}: “{key}” must be a table (keys in curly braces, or a section of its own).</source>
        <translation>模板映射 {file}：“{key}” 必须是表（花括号中的键，或单独的一节）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1354" />
        <source>The template mapping {file}: “{key}” must be a list of tables.</source>
        <translation>模板映射 {file}：“{key}” 必须是表的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1357" />
        <source>The template mapping {file}: “{key}” cannot be “{given}”. Use one of: {allowed}.</source>
        <translation>模板映射 {file}：“{key}” 不能是 “{given}”。请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1360" />
        <source>The template mapping {file}: “{key}” must be two years, the first and the last, between {first} and {last}, such as [2024, 2026].</source>
        <translation>模板映射 {file}：“{key}” 必须是 {first} 至 {last} 之间的两个年份（起、止），例如 [2024, 2026]。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1365" />
        <source>The template mapping {file}: “{key}” gives the rows {first}–{last}; rows are numbered 1 to {most}, the first before the last.</source>
        <translation>模板映射 {file}：“{key}” 给出的行 {first}–{last} 无效；行号为 1 至 {most}，且起始行须在结束行之前。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1370" />
        <source>The template mapping {file}: the table “{key}” has {rows} rows; a region table has at most {limit}.</source>
        <translation>模板映射 {file}：表 “{key}” 有 {rows} 行，区划表最多 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1375" />
        <source>The template mapping {file}: “{id}” cannot be a template id; use at most 64 letters, digits, “-”, “_” and “.”, starting with a letter or digit.</source>
        <translation>模板映射 {file}：“{id}” 不能作为模板编号；请只用字母、数字、“-”、“_” 和 “.”，最多 64 个，以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1380" />
        <source>The template mapping {file} maps no sheet, so it would match every workbook. Add at least one [[sheet]] with the sheet's name and its cells.</source>
        <translation>模板映射 {file} 没有映射任何工作表，会与任何工作簿相匹配。请至少添加一个 [[sheet]]，写明工作表名称和单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1385" />
        <source>The template mapping {file} maps the sheet “{sheet}” twice; merge the two [[sheet]] sections.</source>
        <translation>模板映射 {file} 将工作表 “{sheet}” 映射了两次；请合并这两个 [[sheet]] 节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1390" />
        <source>The template mapping {file}: workbook = “{workbook}” must be the name of a file in the mapping's own folder, without a folder, a drive or “..”.</source>
        <translation>模板映射 {file}：workbook = “{workbook}” 必须是映射文件所在文件夹中的文件名，不能包含文件夹、盘符或 “..”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1395" />
        <source>The template mapping {file}: its workbook {workbook} is not an ordinary file (a folder, a device or a broken link). Put the province's workbook there.</source>
        <translation>模板映射 {file}：其工作簿 {workbook} 不是普通文件（而是文件夹、设备或失效的链接）。请把省厅的工作簿放在该处。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1400" />
        <source>The template mapping {file}: its workbook {workbook} is a link to a file outside the templates folder. Copy the workbook itself beside the mapping.</source>
        <translation>模板映射 {file}：其工作簿 {workbook} 是指向模板文件夹之外的链接。请把工作簿本身复制到映射文件旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1405" />
        <source>The template mapping {file}: its workbook {workbook} is {size_mb} MB; a template workbook is at most {limit_mb} MB. Check that it is the province's blank form.</source>
        <translation>模板映射 {file}：其工作簿 {workbook} 有 {size_mb} MB，模板工作簿最大 {limit_mb} MB。请确认它是省厅的空白表样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1410" />
        <source>The template mapping {file}: file_name is empty. Name the exported files with fields such as {example}.</source>
        <translation>模板映射 {file}：file_name 为空。请用字段为导出的文件命名，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1415" />
        <source>The template mapping {file}: file_name uses the field “{field}”, which does not exist. Allowed fields: {allowed}.</source>
        <translation>模板映射 {file}：file_name 使用了不存在的字段 “{field}”。允许的字段：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1420" />
        <source>The template mapping {file}: file_name contains {field}; a field is one of {allowed}, written as it is, without “.”, “[”, “!” or “:”.</source>
        <translation>模板映射 {file}：file_name 中含有 {field}；字段只能是 {allowed} 之一，原样书写，不能带 “.”、“[”、“!” 或 “:”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1425" />
        <source>The template mapping {file}: in file_name “{text}” the brace at character {position} has no partner. Write each field as a name in one pair of braces, such as {example}; allowed: {allowed}.</source>
        <translation>模板映射 {file}：file_name “{text}” 中第 {position} 个字符处的花括号不成对。每个字段须写在一对花括号中，例如 {example}；允许的字段：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1431" />
        <source>The template mapping {file} maps {count} sheets; a mapping maps at most {limit}.</source>
        <translation>模板映射 {file} 映射了 {count} 个工作表，一个映射最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1435" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}”不能用作模板编号：请使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1438" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>模板的适用年度 {first}–{last} 不是有效的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1441" />
        <source>The mapping maps no sheet.</source>
        <translation>映射中没有任何工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1442" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>工作簿中没有映射所用的工作表“{sheet}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1445" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>工作簿没有定义指向单个单元格的名称“{name}”（工作表 {sheet}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1449" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>单元格 {sheet}!{cell} 位于工作表的表格范围之外。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1452" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>单元格 {sheet}!{cell} 位于合并单元格 {merged} 内部；请映射其左上角单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1456" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>单元格 {sheet}!{cell} 含有省厅设置的公式，不能写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1459" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>单元格 {sheet}!{cell} 被映射了不止一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1462" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>单元格 {sheet}!{cell} 应为“{text}”：这不是映射所对应的工作簿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1467" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>工作表 {sheet} 是地区汇总表，但映射中没有给出表格设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1470" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>工作表 {sheet}：表格行范围 {first}–{last} 无效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1473" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>工作表 {sheet}：合计行 {cell} 位于地区行范围之内。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1476" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>工作表 {sheet}：{cell} 列没有可用于匹配行的区划代码或名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1480" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>单元格 {sheet}!{cell} 映射到未知指标 {indicator}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1483" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>模板 {template} 不适用于{period}（报告期类型或适用年度 {first}–{last} 不符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1487" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>模板 {template} 属于其他省份，不适用于{region}（{code}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1490" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>模板 {template} 不适用于{region}这一级地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1493" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>工作表 {sheet} 只能填 {rows} 个地区，实际有 {regions} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1496" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>工作表 {sheet} 中没有{region}（{code}）的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1499" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>无法把报表写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1503" />
        <source>{path} was not written: the disk is full (or the file would be larger than the disk allows). Nothing was left behind. Make room on the disk or choose another folder, then try again.</source>
        <translation>未能写入 {path}：磁盘已满（或文件超出该磁盘允许的大小）。没有留下不完整的文件。请清理磁盘空间或选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1509" />
        <source>{path} was not written: you may not write in that folder, or the file is open in another program (Excel, WPS, a PDF viewer). Close the file or choose another folder, then try again.</source>
        <translation>未能写入 {path}：您没有该文件夹的写入权限，或该文件正被其他程序（Excel、WPS、PDF 阅读器）打开。请关闭该文件或选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1515" />
        <source>{path} was not written: its folder does not exist or the name is a folder. Choose another file name or folder.</source>
        <translation>未能写入 {path}：所在文件夹不存在，或该名称是一个文件夹。请选择其他文件名或文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1520" />
        <source>{path} was not written ({detail}). Nothing was left behind. Check the disk or choose another folder, then try again.</source>
        <translation>未能写入 {path}（{detail}）。没有留下不完整的文件。请检查磁盘或选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1525" />
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1526" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 已损坏或不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1531" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} 是旧的 Excel 97-2003 格式（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1536" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} 设有密码保护。请打开后取消密码（不加密保存），再重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1541" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} 过大，不像是一份报表（解压后 {size} MB）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1545" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} 中有一个工作表达 {cells} 个单元格，远超一份报表。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1550" />
        <source>{file} was refused: it unpacks to {ratio} times its packed size, where a workbook stays under {limit} times; such a file is made to exhaust the computer's memory. Nothing was imported.</source>
        <translation>{file} 被拒绝：它解压后是压缩大小的 {ratio} 倍，而正常工作簿不会超过 {limit} 倍；这种文件是为耗尽电脑内存而做的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1556" />
        <source>{file} is made of {count} parts, far more than a workbook has (at most {limit}). Nothing was imported.</source>
        <translation>{file} 由 {count} 个部件组成，远多于一个工作簿应有的数量（最多 {limit} 个）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1561" />
        <source>{file} is damaged: its part “{part}” is cut off or garbled (line {line}). Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</source>
        <translation>{file} 已损坏：其中的“{part}”部分不完整或内容错乱（第 {line} 行）。请用 Excel 或 WPS 打开该文件并重新保存，或请发送方重新提供一份。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1567" />
        <source>{file} was refused: its part “{part}” contains a document type declaration, which Excel never writes and which can hide harmful content. Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 被拒绝：其中的“{part}”部分含有文档类型声明（DTD），Excel 从不写入这种内容，它可能隐藏有害内容。请用 Excel 或 WPS 打开该文件并重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1573" />
        <source>{file} was refused: its part “{part}” holds a single item (a comment, a tag or an attribute) of more than {size} MB, where Excel writes at most a few KB (limit {limit} MB). Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 被拒绝：其中的“{part}”部分有一个超过 {size} MB 的单项（注释、标记或属性），而 Excel 写入的单项最多只有几 KB（上限 {limit} MB）。请用 Excel 或 WPS 打开该文件并重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1579" />
        <source>{file} is damaged: cell {cell} of sheet “{sheet}” stores “{value}”, which is no value Excel writes. Open the file in Excel or WPS, correct the cell and save it again. Nothing was imported.</source>
        <translation>{file} 已损坏：工作表“{sheet}”的单元格 {cell} 中存的是“{value}”，这不是 Excel 会写入的值。请用 Excel 或 WPS 打开该文件，改正该单元格后重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1585" />
        <source>{file} is damaged: cell {cell} of sheet “{sheet}” refers to text no. {index} of the workbook's shared text table, which the file does not hold. Open the file in Excel or WPS and save it again, or ask the sender for a new copy. Nothing was imported.</source>
        <translation>{file} 已损坏：工作表“{sheet}”的单元格 {cell} 引用了工作簿共享文本表中的第 {index} 条文本，但文件中没有这条文本。请用 Excel 或 WPS 打开该文件并重新保存，或请发送方重新提供一份。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1591" />
        <source>{file} is damaged: sheet “{sheet}” has a row numbered “{row}”, which no sheet can have. Open the file in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 已损坏：工作表“{sheet}”中有一行的行号是“{row}”，任何工作表都不可能有这样的行。请用 Excel 或 WPS 打开该文件并重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1596" />
        <source>{file} is not an Excel workbook (.xlsx) and was left alone.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx），未处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1599" />
        <source>{file} is the lock file Excel or WPS keeps while a workbook is open, and was left alone.</source>
        <translation>{file} 是 Excel 或 WPS 在工作簿打开时留下的锁定文件，未处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1603" />
        <source>{file} is a folder; the files in it were not imported. Import it on its own.</source>
        <translation>{file} 是一个文件夹，其中的文件没有导入。如需导入，请单独导入该文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1606" />
        <source>{file} could not be imported: Xianbao met an unexpected problem ({kind}) with it. Nothing from this file was written; the other files were handled on their own. Please send the file to the support desk.</source>
        <translation>{file} 未能导入：县报处理该文件时遇到了意外问题（{kind}）。该文件的数据一条也没有写入；其他文件各自单独处理。请把该文件发给技术支持。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1612" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} 与所有 Excel 模板都不相符（标题、表号或工作表不同）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1617" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} 不是模板 {template}（{form_number}）的填报文件：{cells} 不一致。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1622" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} 没有写明报告期，请指定报告期。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1625" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1628" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} 没有写明行政区划代码，请指定地区。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1631" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1634" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>第 {row} 行：没有代码或名称为“{key}”的地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1637" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>第 {row} 行有数据，但没有区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1638" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>指标 {indicator}：文件中为 {file}，而已存数据得出 {derived}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1642" />
        <source>No import is listed as {batch}. Run `xianbao imports` (or open Reports ▸ Imports and undoing one… in the window) to see the imports and their numbers.</source>
        <translation>没有编号为 {batch} 的导入记录。运行 `xianbao imports`（或在窗口中打开“导出与打印 ▸ 导入记录与撤销导入…”）查看各次导入及其编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1647" />
        <source>{count} imports begin with {batch}. Type more of the number, as `xianbao imports` lists it.</source>
        <translation>有 {count} 次导入的编号以 {batch} 开头。请按 `xianbao imports` 列出的编号多输入几位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1651" />
        <source>The import of {file} was undone already, on {when} by {who}. Nothing was changed.</source>
        <translation>{file} 的导入已于 {when} 由 {who} 撤销，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1655" />
        <source>The import of {file} cannot be undone: {count} of its values were changed after it, e.g. {region} {indicator} {period} (imported {imported}, now {now}). Undoing it would lose that later work, so nothing was changed; correct those values by hand instead.</source>
        <translation>{file} 的导入无法撤销：导入后又有 {count} 个值被修改，例如 {region} {indicator} {period}（导入值 {imported}，现值 {now}）。撤销会丢失这些后来的修改，因此未做任何更改；请改为逐个手工更正。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1661" />
        <source>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</source>
        <translation>{file} 有 {conflicts} 个冲突值和 {unmatched} 行被拒绝，请先解决。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1666" />
        <source>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} 是{province}的{form_number}报表（模板 {template}），而{region}（{code}）不属于{province}。请按填报该表的区划导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1672" />
        <source>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} 是{form_number}报表（模板 {template}），该模板不适用于{region}（{code}）这一级区划。请按填报该表的区划导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1678" />
        <source>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</source>
        <translation>{file}：表中的 {rows} 个区划属于{parent_name}（{parent}），不属于{region}（{code}）。请按{parent_name}导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1683" />
        <source>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</source>
        <translation>第 {row} 行：{name}（{key}）不属于{region}（{code}），而属于{parent_name}。请删除该行，或随{parent_name}的报表导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1688" />
        <source>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</source>
        <translation>第 {row} 行：{name}（{key}）已有一行（第 {first} 行）。两行只保留一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1692" />
        <source>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</source>
        <translation>{name}（{code}）在工作表 {sheet} 中没有行：尚未报送数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1695" />
        <source>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</source>
        <translation>{name}（{code}）的行（工作表 {sheet} 第 {row} 行）没有任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1698" />
        <source>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</source>
        <translation>未读取：该数由县报根据已存的 {indicator} 数据推算，与之不符的单元格会被指出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1703" />
        <source>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</source>
        <translation>未读取：{indicator} 从 {cell} 读取，两格是同一个数，必须一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1708" />
        <source>Not read: Xianbao computes growth rates and percentages itself.</source>
        <translation>未读取：增长率和百分比由县报自行计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1711" />
        <source>Not read: {indicator} is computed from its parts.</source>
        <translation>未读取：{indicator} 由其分子、分母计算得出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1714" />
        <source>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</source>
        <translation>未读取：年度目标在县报中设定（xianbao target）；该单元格须与已存目标一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1719" />
        <source>Not read: no indicator has the code {indicator}.</source>
        <translation>未读取：没有代码为 {indicator} 的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1722" />
        <source>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</source>
        <translation>未读取：{sheet}!{cell} 中的公式没有计算结果（文件由不计算公式的程序保存）。请用 Excel 或 WPS 打开并保存该文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1728" />
        <source>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</source>
        <translation>指标 {indicator}：{sheet}!{cell} 为 {file}，但已存和导入的数据得出 {derived}。请更正该单元格或其所依据的数据后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1733" />
        <source>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</source>
        <translation>指标 {indicator}：{sheet}!{cell} 的年度目标为 {file}，但已存目标为 {derived}。请更正该单元格或已存目标（xianbao target）后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1738" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}”不是日期；请写成 2025-04-08。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1741" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1742" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>未找到中文 TrueType 字体，未生成 PDF。请安装 fonts-wqy-microhei（Debian/Ubuntu：sudo apt-get install fonts-wqy-microhei），或在“设置”中选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1748" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>字体 {path} 使用 CFF 字形（OpenType/CFF，如思源黑体 Noto Sans CJK），无法嵌入 PDF。请选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）或文泉驿微米黑（wqy-microhei.ttc）等 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1754" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>字体 {path} 不含中文字符，用它打印的报表会显示方框。请选择微软雅黑（msyh.ttc）或文泉驿微米黑等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1759" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>无法将 {path} 读取为 TrueType 字体。请选择微软雅黑（msyh.ttc）或文泉驿微米黑（wqy-microhei.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1764" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name}（{code}）没有下级区划，本报表无可列出的内容。请选择有乡镇的县、市（州）或省。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1769" />
        <source>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</source>
        <translation>{name}（{code}）不是市（州）或省；市级报表对市（州）或省的各县进行排名。县请使用月度汇总。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1774" />
        <source>{name} ({code}) is not a prefecture or a province; a map shows the counties of a prefecture or a province.</source>
        <translation>{name}（{code}）不是市（州）或省；地图显示市（州）或省的各县。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1780" />
        <source>The scheme {scheme} has no item {item}. Close the window and open it again.</source>
        <translation>评分方案“{scheme}”中没有 {item} 项。请关闭窗口后重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1783" />
        <source>“{text}” is not a number of points. Type digits, e.g. 2 or 1.5.</source>
        <translation>“{text}”不是分数。请输入数字，如 2 或 1.5。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1786" />
        <source>Item {item} scores 0 to {maximum} points; {points} is outside that.</source>
        <translation>第 {item} 项得分在 0 至 {maximum} 分之间，{points} 超出了范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1789" />
        <source>Item {item} is scored in steps of {step} points; {points} is not one of them.</source>
        <translation>第 {item} 项按 {step} 分计分，{points} 不符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1792" />
        <source>The note of item {item} is longer than {limit} characters; shorten it.</source>
        <translation>第 {item} 项的说明超过 {limit} 个字，请精简。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1795" />
        <source>The evaluation scheme {file} cannot be used ({detail}). Ask for a corrected file, or take it out of the evaluation folder.</source>
        <translation>评分方案文件 {file} 无法使用（{detail}）。请索取更正后的文件，或将其移出评分方案文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1800" />
        <source>Two evaluation scheme files use the key {key}. Give each scheme its own key, or remove the older file.</source>
        <translation>有两个评分方案文件使用同一标识 {key}。请为每个方案设不同的标识，或删除旧文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1805" />
        <source>There is no evaluation scheme {key}. Check the evaluation folder.</source>
        <translation>没有评分方案 {key}。请检查评分方案文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1808" />
        <source>{file} is already attached to item {item} (as {kept}); the same file is kept once.</source>
        <translation>{file} 已作为第 {item} 项的证明材料附上（名为 {kept}），同一文件只保存一份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1812" />
        <source>That evidence file was removed meanwhile (perhaps by another clerk).</source>
        <translation>该证明材料已被删除（可能是其他填表人删除的）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1815" />
        <source>The kept copy of {file} no longer matches its SHA-256, so it was not saved. Attach the original file again.</source>
        <translation>保存的 {file} 与其 SHA-256 不再一致，未另存。请重新附上原文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1820" />
        <source>{file} could not be read ({detail}). Check the file, then try again.</source>
        <translation>无法读取 {file}（{detail}）。请检查文件后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1823" />
        <source>{file} is larger than {limit} MB, the most an evidence file may be. Attach a smaller file (a scan at a lower resolution, or split it).</source>
        <translation>{file} 超过 {limit} MB，证明材料文件不能超过这个大小。请附上较小的文件（降低扫描分辨率，或拆分文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1828" />
        <source>{file} is empty; attach the file that holds the evidence.</source>
        <translation>{file} 是空文件，请附上含有证明内容的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1831" />
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1833" />
        <source>{where} is both the source and the target; name two different databases.</source>
        <translation>{where} 既是来源又是目标；请指定两个不同的数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1836" />
        <source>{region} ({code}), {indicator}, {period}: {source} in the source, {target} in the target.</source>
        <translation>{region}（{code}），{indicator}，{period}：来源中为 {source}，目标中为 {target}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1840" />
        <source>{region} ({code}), {indicator}, {period}: the same figure, kept as the period's own figure in one database and as the year-to-date figure in the other.</source>
        <translation>{region}（{code}），{indicator}，{period}：数值相同，但一个数据库按本期数保存，另一个按累计数保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1845" />
        <source>{region} ({code}), the return for {period}: {source} in the source, {target} in the target.</source>
        <translation>{region}（{code}），{period}的报表：来源中为{source}，目标中为{target}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1850" />
        <source>The region {name} ({code}) is recorded differently: its {what} is {source} in the source, {target} in the target.</source>
        <translation>区划 {name}（{code}）在两个数据库中记录不同：其{what}在来源中为 {source}，在目标中为 {target}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1855" />
        <source>The indicator {indicator} is defined differently: its {what} is {source} in the source, {target} in the target. Make the two definitions the same first.</source>
        <translation>指标 {indicator} 在两个数据库中定义不同：其{what}在来源中为 {source}，在目标中为 {target}。请先使两边的定义一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1860" />
        <source>{region} ({code}), {indicator}, the target for {year}: {source} in the source, {target} in the target.</source>
        <translation>{region}（{code}），{indicator}，{year}年目标：来源中为 {source}，目标中为 {target}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1865" />
        <source>{region} ({code}), {indicator}, {period}: the explanation differs between the two.</source>
        <translation>{region}（{code}），{indicator}，{period}：两个数据库中的情况说明不同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1869" />
        <source>{region} ({code}), {register}: the row {name} differs between the two.</source>
        <translation>{region}（{code}），{register}：“{name}”这一行在两个数据库中不同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1872" />
        <source>{region} ({code}): the demonstration candidate {name} differs between the two.</source>
        <translation>{region}（{code}）：示范候选单位“{name}”在两个数据库中不同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1876" />
        <source>{region} ({code}), self-evaluation item {item}: the points or the note differ between the two.</source>
        <translation>{region}（{code}），自评项目 {item}：两个数据库中的得分或说明不同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1881" />
        <source>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new figure would change it. Reopen it there first.</source>
        <translation>{region}（{code}），{indicator}，{period}：目标中{locked}本期的报表已报送（{who}，{since}），新增的数值会改变它。请先在目标中将其退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1887" />
        <source>{region} ({code}), {indicator}, {period}: the target has the return of {locked} for this period submitted ({who}, {since}), and a new explanation would change it. Reopen it there first.</source>
        <translation>{region}（{code}），{indicator}，{period}：目标中{locked}本期的报表已报送（{who}，{since}），新增的情况说明会改变它。请先在目标中将其退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1893" />
        <source>{region} ({code}), {register}: the row {name} was removed in the source and is still in the target.</source>
        <translation>{region}（{code}），{register}：“{name}”这一行在来源中已删除，但目标中仍有。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1898" />
        <source>{region} ({code}), {indicator}, {period}: cleared in the source, {target} in the target.</source>
        <translation>{region}（{code}），{indicator}，{period}：来源中已清空，目标中为 {target}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1902" />
        <source>{person} may work on some regions only, and a copy without --region copies them all. Name the region to copy with --region, or ask for an administrator of every region.</source>
        <translation>{person} 只能处理部分区划，而不带 --region 的复制会复制全部区划。请用 --region 指定要复制的区划，或请一位管理全部区划的管理员来操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1907" />
        <source>The target keeps its own {setting} ({target}); the source's ({source}) was not copied.</source>
        <translation>目标保留其自己的{setting}（{target}）；来源的（{source}）未复制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1953" />
        <source>province</source>
        <extracomment>Issue parameters that hold a figure of the issue's indicator, shown as the return shows it. Issues about the digits of a value as written: the extra digits are the point, never rounded. The region levels an issue's `level` names (RegionLevel values).</extracomment>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1954" />
        <source>prefecture</source>
        <translation>地市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1955" />
        <source>county</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1956" />
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1957" />
        <source>village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2018" />
        <location filename="../../desktop_app/self_test.py" line="324" />
        <location filename="../../desktop_app/self_test.py" line="330" />
        <location filename="../../desktop_app/self_test.py" line="455" />
        <location filename="../../desktop_app/self_test.py" line="532" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <location filename="../../desktop_app/last_resort.py" line="107" />
        <source>The details were written to {log}.</source>
        <translation>详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="65" />
        <source>Create the first administrator</source>
        <extracomment>The colour of a refusal under the fields (the grid's error red). The account logged in, once the dialog is accepted.</extracomment>
        <translation>创建第一位管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="65" />
        <location filename="../../desktop_app/ui/login_dialog.py" line="117" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="71" />
        <source>This database has no accounts yet. Create the first administrator (管理员): they add the other staff and give each a role.</source>
        <translation>这个数据库还没有任何账号。请创建第一位管理员：由管理员添加其他工作人员并分配角色。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="75" />
        <source>Log in with your account. Ask the bureau's administrator for one.</source>
        <translation>请用您的账号登录。如还没有账号，请找本单位的管理员开通。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="79" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="88" />
        <source>as the audit and the returns name you</source>
        <translation>审计记录和报表中署的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="97" />
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="99" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="100" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="103" />
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="117" />
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="120" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="154" />
        <source>Type your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="160" />
        <source>The two passwords differ. Type the password again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135" />
        <location filename="../../desktop_app/ui/main_window.py" line="158" />
        <source>Opening the database…</source>
        <extracomment>The store's regions and the first return are on screen. Before the store is open: the return as last displayed is on screen (show_snapshot). The clerk confirmed restoring this backup (a Path); the owner of the store restores it.</extracomment>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137" />
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <location filename="../../desktop_app/ui/main_window.py" line="298" />
        <location filename="../../desktop_app/ui/main_window.py" line="315" />
        <source>Return</source>
        <translation>本级报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186" />
        <source>By township</source>
        <translation>乡镇分列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205" />
        <source>Demonstration self-evaluation…</source>
        <translation>综合示范自评…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>Indicators…</source>
        <translation>指标管理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="212" />
        <source>Townships and villages…</source>
        <translation>乡镇和村…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="215" />
        <source>Annual targets…</source>
        <translation>年度目标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <source>Targets and progress (PDF)…</source>
        <translation>年度目标完成情况（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221" />
        <source>Map…</source>
        <translation>地图…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>Demonstration units…</source>
        <translation>示范单位评定…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="378" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="404" />
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410" />
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413" />
        <source>The server's database is backed up by the bureau's IT helper (pg_dump).</source>
        <translation>服务器上的数据库由单位信息技术人员备份（pg_dump）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="461" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="465" />
        <source>Previous period</source>
        <translation>上一报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="468" />
        <source>Next period</source>
        <translation>下一报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="471" />
        <source>Go to period…</source>
        <translation>转到报告期…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="480" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="481" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="484" />
        <source>Every change is saved as you type.</source>
        <translation>所有修改在输入时已自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="486" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="489" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="493" />
        <source>Back up the database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="499" />
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="502" />
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="510" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="511" />
        <source>Find indicator…</source>
        <translation>查找指标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="515" />
        <source>&amp;Return</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="516" />
        <source>Re&amp;ports</source>
        <translation>导出与打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="519" />
        <source>Re&amp;gisters</source>
        <translation>台账(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="520" />
        <source>&amp;Data</source>
        <translation>基础资料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="521" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="522" />
        <location filename="../../desktop_app/ui/main_window.py" line="750" />
        <source>Keyboard help</source>
        <translation>键盘操作说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="539" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="585" />
        <source>Targets and progress</source>
        <translation>年度目标完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="587" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="601" />
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="617" />
        <source>Choose a county first: townships are kept under one.</source>
        <translation>请先选择一个县：乡镇和村放在县下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="634" />
        <source>Choose a county first: the self-evaluation is a county's.</source>
        <translation>请先选择一个县：自评以县为单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="649" />
        <source>Choose a county first: candidates are kept under one.</source>
        <translation>请先选择一个县：候选单位按县保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="674" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="676" />
        <source>Xianbao databases (*.sqlite3)</source>
        <translation>县报数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="689" />
        <source>Backup written: %1</source>
        <translation>已备份到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="719" />
        <source>Find indicator</source>
        <translation>查找指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="719" />
        <source>Code or part of the name:</source>
        <translation>指标代码或名称中的文字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="735" />
        <source>No indicator matches “%1”.</source>
        <translation>没有与“%1”匹配的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="763" />
        <source>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.</source>
        <translation>选中单元格后直接输入数字；回车保存并移到下一行，Tab 移到右侧。可输入全角数字；不适用请填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="767" />
        <source>In the period box type 2025-03, 2025年3月, 2025Q1 or 2025年上半年 and press Enter; the previous and next period keys step by the kind of period shown (month, quarter, half-year or year).</source>
        <translation>在报告期框中输入 2025-03、2025年3月、2025Q1 或 2025年上半年 后回车；上一期 / 下一期键按当前显示的月、季度、半年或年前后翻。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="781" />
        <source>Paste figures copied from Excel or WPS</source>
        <translation>粘贴从 Excel 或 WPS 复制的数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="844" />
        <source>%1 is listed as the way to your regions; you work only on those.</source>
        <translation>列出%1只是为了通往您负责的地区；您只能处理那些地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="942" />
        <source>Xianbao — %1, %2</source>
        <translation>县报 — %1，%2</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="212" />
        <source>%n county(ies)</source>
        <translation>
            <numerusform>%n 个县</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="218" />
        <source>Service points</source>
        <translation>服务站点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="225" />
        <source>%1, closed</source>
        <translation>%1（已停运）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="230" />
        <source>Outside the county</source>
        <translation>在县界外</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="233" />
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapWindow</name>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="75" />
        <source>This period</source>
        <extracomment>The counties' figures by county and indicator (MapService.figures_of). The measures as the controls and the title name them.</extracomment>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="76" />
        <source>Year to date</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="77" />
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="78" />
        <source>Year to date, year on year</source>
        <translation>累计同比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="79" />
        <source>Progress to target</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="83" />
        <source>not reported</source>
        <extracomment>The words of a county without a figure to colour, by its state.</extracomment>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="84" />
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="85" />
        <source>not applicable</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="109" />
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="111" />
        <source>No figure</source>
        <translation>无数据</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="315" />
        <source>&amp;Indicator:</source>
        <extracomment>Open this county's return (its code) for this period in the main window. At a county: its service points shown (None elsewhere). The figures of the region and period shown: ((region code, period), by county). The indicator's and measure's boxes with their captions (hidden at a county).</extracomment>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="316" />
        <source>&amp;Measure:</source>
        <translation>口径(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="335" />
        <source>Not reported:</source>
        <translation>未报送：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="338" />
        <source>Enter or a double-click opens the return</source>
        <translation>按 Enter 或双击打开该县的报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="342" />
        <source>Outside the county (mistyped?):</source>
        <translation>落在县界外（坐标可能填错）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="497" />
        <source>%1 · Service points · %2</source>
        <translation>%1 · 服务站点 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="502" />
        <location filename="../../desktop_app/ui/map_view.py" line="545" />
        <source>Map — %1</source>
        <translation>地图 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="505" />
        <source>%n point(s) without coordinates, not on the map</source>
        <translation>
            <numerusform>%n 个站点未填坐标，未画出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="507" />
        <location filename="../../desktop_app/ui/map_view.py" line="553" />
        <location filename="../../desktop_app/ui/map_view.py" line="569" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="509" />
        <location filename="../../desktop_app/ui/map_view.py" line="597" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="520" />
        <source>%1 has no boundary to draw.</source>
        <translation>%1 没有可画的边界。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="533" />
        <source>%1, closed</source>
        <translation>%1（已停运）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="535" />
        <source>%1 — outside the county</source>
        <translation>%1 — 在县界外</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/map_view.py" line="548" />
        <source>%1 of %n county(ies) reported</source>
        <translation>
            <numerusform>已报送 %1/%n 个县</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="555" />
        <source>* Incomplete (some townships not reported): %1</source>
        <translation>* 数字不完整（部分乡镇未报）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map_view.py" line="571" />
        <source>Not on the map (no boundary): %1</source>
        <translation>无边界、未画出：%1</translation>
    </message>
</context>
<context>
    <name>MultiUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="238" />
        <location filename="../../desktop_app/ui/multi_unit.py" line="295" />
        <source>&amp;Add a township…</source>
        <extracomment>A township or village was added under the region (its code): the window's tree reloads. What the page shows: the view as the screen service last answered. The choice asked after a save refused because someone else changed the cell since.</extracomment>
        <translation>添加乡镇(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="297" />
        <source>&amp;Add a village…</source>
        <translation>添加村(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="300" />
        <source>%1 has no townships yet. Add them with the button on the right.</source>
        <translation>%1 还没有乡镇。请用右边的按钮添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="323" />
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="357" />
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="388" />
        <source>Pasted %1 cells.</source>
        <translation>已粘贴 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="396" />
        <source>%1 cells cannot be typed into (outside the grid or computed) and were left out.</source>
        <translation>%1 个单元格不能填写（超出表格或为计算项），未填入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="455" />
        <source>Kept the figures the others saved in %1 cells.</source>
        <translation>%1 个单元格采用了他人保存的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="457" />
        <source>Kept %1's figure for %2: %3.</source>
        <translation>%2 采用了 %1 的数字：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="488" />
        <source>Saved %1: %2 (yours, in place of %3's)</source>
        <translation>已保存 %1：%2（您的数字，替换了 %3 的）</translation>
    </message>
</context>
<context>
    <name>MultiUnitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="68" />
        <source>Code</source>
        <extracomment>One indicator with the county's total and each township's figure: the view's row.</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="69" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="70" />
        <source>Keyed as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="71" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="168" />
        <source>year to date</source>
        <extracomment>A person changed a township's cell: region code, indicator code, text as typed.</extracomment>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="169" />
        <source>this period</source>
        <translation>本期值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="186" />
        <source>Counted from the register “{register}”; change the register, not the figure.</source>
        <translation>由台账“{register}”计数得出；请修改台账，而不是这个数。</translation>
    </message>
</context>
<context>
    <name>NewCandidateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="470" />
        <source>New candidate</source>
        <translation>新建候选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="477" />
        <source>— typed in —</source>
        <translation>— 直接填写 —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="483" />
        <source>Taken from the enterprise register, its registered capital, revenue and online sales fill the figures the standard reads from them; check them against the enterprise's own papers.</source>
        <translation>从企业台账选取时，其注册资本、营业收入和网络销售额将填入标准所用的相应数字；请对照企业自身材料核实。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="490" />
        <source>&amp;Standard:</source>
        <translation>标准(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="491" />
        <source>&amp;From the register:</source>
        <translation>取自台账(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="492" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="310" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="319" />
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="320" />
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="321" />
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="322" />
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="353" />
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="269" />
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="274" />
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="275" />
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="29" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="30" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="31" />
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="32" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="36" />
        <source>Previous month</source>
        <translation>上一月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="37" />
        <source>Next month</source>
        <translation>下一月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="40" />
        <source>Previous quarter</source>
        <translation>上一季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="41" />
        <source>Next quarter</source>
        <translation>下一季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="44" />
        <source>Previous half-year</source>
        <translation>上一半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="45" />
        <source>Next half-year</source>
        <translation>下一半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="48" />
        <source>Previous year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="49" />
        <source>Next year</source>
        <translation>下一年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="94" />
        <source>Show a month, quarter, half-year or year</source>
        <extracomment>The clerk chose a period (a Period). A sentence for the window's message line, and whether it reports a refusal. The clerk is done with the box (a typed period chosen, or Esc): back to the figures.</extracomment>
        <translation>按月、季度、半年或年查看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="98" />
        <source>Type a period and press Enter: 2025-03, 2025年3月, 2025Q1, 2025年上半年, 2025年 (Ctrl+G)</source>
        <translation>输入报告期后按回车：2025-03、2025年3月、2025Q1、2025年上半年、2025年（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/period_picker.py" line="155" />
        <source>“%1” is no period: %2</source>
        <translation>“%1”不是报告期：%2</translation>
    </message>
</context>
<context>
    <name>PlaceListPreview</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="269" />
        <source>Import townships and villages — %1</source>
        <extracomment>The list was imported (the plan as applied).</extracomment>
        <translation>导入乡镇和村 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="291" />
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="297" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="332" />
        <source>%1 rows: %2 new, %3 renamed, %4 unchanged, %5 refused.</source>
        <translation>共 %1 行：新增 %2，改名 %3，不变 %4，不能导入 %5。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="340" />
        <source>Under %1 (%2).</source>
        <translation>导入到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="349" />
        <source>The list cannot be imported while rows are refused: correct them in the file (the reasons are in the last column) and import it again.</source>
        <translation>名单中有不能导入的行，无法导入：请按最后一列的原因在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="354" />
        <source>Xianbao holds every row of this list already.</source>
        <translation>名单中的每一行县报中都已有。</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="392" />
        <source>Townships and villages of %1</source>
        <extracomment>The county's townships or villages changed (the county's code).</extracomment>
        <translation>%1 的乡镇和村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="433" />
        <source>Re&amp;name (F2)</source>
        <translation>改名(&amp;N) (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="408" />
        <source>Show retire&amp;d</source>
        <translation>显示已撤销(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="427" />
        <source>Add a &amp;township…</source>
        <translation>添加乡镇(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="430" />
        <source>Add a &amp;village…</source>
        <translation>添加村(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="436" />
        <source>&amp;Retire… (Del)</source>
        <translation>撤销(&amp;R)… (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="438" />
        <source>R&amp;einstate</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="440" />
        <source>&amp;Import from a list… (Ctrl+I)</source>
        <translation>从名单导入(&amp;I)… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="459" />
        <source>Townships have 9-digit codes and villages 12. Retired ones stay in the returns of the periods up to their last day.</source>
        <translation>乡镇代码 9 位，村代码 12 位。已撤销的乡镇和村仍留在其最后一天及以前各期的报表中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="537" />
        <source>Renamed %1 to %2.</source>
        <translation>已将 %1 改名为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="565" />
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="594" />
        <source>Retired %1 after %2 (%n division(s)).</source>
        <translation>
            <numerusform>已撤销 %1，最后一天为 %2（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="610" />
        <source>Reinstated %1 (%n division(s)).</source>
        <translation>
            <numerusform>已恢复 %1（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="618" />
        <source>Import townships and villages</source>
        <translation>导入乡镇和村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="620" />
        <source>Lists (*.xlsx *.csv)</source>
        <translation>名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="640" />
        <source>Imported: %1 new, %2 renamed, %3 unchanged.</source>
        <translation>已导入：新增 %1，改名 %2，不变 %3。</translation>
    </message>
</context>
<context>
    <name>PlacesTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="55" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="56" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="83" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="84" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="85" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="86" />
        <source>Retired after</source>
        <translation>撤销日期（最后一天）</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="59" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="60" />
        <source>renamed</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="61" />
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="62" />
        <source>skipped (the county itself)</source>
        <translation>跳过（本县自身）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="63" />
        <source>refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="202" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="203" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="204" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="205" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="206" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="220" />
        <source>was %1</source>
        <translation>原名 %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="87" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="88" />
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="89" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="85" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/language.py" line="86" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="236" />
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="237" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="238" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="239" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="240" />
        <source>Place on the list</source>
        <translation>名单位置</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="33" />
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="37" />
        <source>Create a new, empty database there? Choose No if the name is mistyped or the drive (a USB stick, a shared folder) is not connected.</source>
        <translation>要在该处新建一个空数据库吗？如果文件名有误，或磁盘（U盘、共享文件夹）未连接，请选择“否”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="44" />
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="47" />
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="62" />
        <location filename="../../desktop_app/ui/refusals.py" line="108" />
        <source>Open a Xianbao database</source>
        <translation>打开县报数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="64" />
        <location filename="../../desktop_app/ui/refusals.py" line="110" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>县报数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="77" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="79" />
        <source>Another server…</source>
        <translation>其他服务器…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="82" />
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="95" />
        <source>Open a server's database</source>
        <translation>打开服务器上的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="96" />
        <source>The server's address, as postgresql://USER@HOST:5432/DATABASE (the password comes from PostgreSQL's password file, pgpass):</source>
        <translation>服务器地址，写作 postgresql://用户@主机:5432/数据库（密码取自 PostgreSQL 的密码文件 pgpass）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusals.py" line="142" />
        <source>The database {path} is read-only: you can look at its figures and print reports, but nothing you type can be saved. To work in it, copy it to a folder where you may write (e.g. Documents) and open the copy, or ask for write access to the file.</source>
        <translation>数据库 {path} 是只读的：您可以查看其中的数据并打印报表，但输入的任何内容都无法保存。如需在其中工作，请把它复制到您可以写入的文件夹（如“文档”）并打开该副本，或请管理员开放该文件的写入权限。</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="180" />
        <source>Limit to regions</source>
        <translation>限定地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="204" />
        <source>Tick the prefectures and counties this account works on: it sees and changes only their figures, returns and registers (and the townships under them). With nothing ticked it works on every region.</source>
        <translation>勾选这个账号负责的市、县：它只能查看和修改这些地区（及其下属乡镇）的数据、报表和台账。一个都不勾选则可处理所有地区。</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="866" />
        <location filename="../../desktop_app/ui/registers_window.py" line="880" />
        <source>%1 register…</source>
        <extracomment>The window's rows changed (the main window reads the return again).</extracomment>
        <translation>%1台账…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="883" />
        <source>%1 register (%2)…</source>
        <translation>%1台账（%2）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="894" />
        <source>Registers are kept by county: choose a county, a township or a village in the tree first.</source>
        <translation>台账按县登记：请先在左侧选择一个县、乡镇或村。</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="62" />
        <source>{county} {register} register (exported {date})</source>
        <extracomment>The widest a column grows (in Excel's character widths); longer text wraps.</extracomment>
        <translation>{county}{register}台账（导出日期：{date}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="72" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="73" />
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="198" />
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页 共 &amp;N 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/excel/register_export.py" line="253" />
        <source>{county}-{register} register-{date}.xlsx</source>
        <translation>{county}-{register}台账-{date}.xlsx</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="87" />
        <source>%1: edit a row</source>
        <extracomment>The service refused an OK (the row may have changed meanwhile).</extracomment>
        <translation>%1：修改一条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="87" />
        <source>%1: add a row</source>
        <translation>%1：新增一条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="96" />
        <location filename="../../desktop_app/ui/register_form.py" line="349" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="111" />
        <source>Fields marked * are required.</source>
        <translation>标 * 的项目必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="123" />
        <source>Take theirs (Enter)</source>
        <translation>采用对方的 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="124" />
        <source>Keep mine (Ctrl+Enter)</source>
        <translation>保留我的 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="185" />
        <source>%1 (retired)</source>
        <extracomment>The version of the row as another clerk left it, while the choice is asked.</extracomment>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="199" />
        <source>Type part of a township's or village's name</source>
        <translation>输入乡镇或村名称的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="202" />
        <source>The county has no townships or villages in Xianbao yet: add them first (Data → Townships and villages).</source>
        <translation>本县在县报中还没有乡镇或村：请先添加（基础资料 → 乡镇和村）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="225" />
        <source>e.g. 2024-03-05</source>
        <translation>如 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="227" />
        <source>e.g. 2024</source>
        <translation>如 2024</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="229" />
        <source>decimal degrees, e.g. 107.2471</source>
        <translation>十进制度，如 107.2471</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="301" />
        <source>Choose a place from the list (the county, a township or a village).</source>
        <translation>请从列表中选择地点（本县、乡镇或村）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="305" />
        <source>Correct the fields marked in red, then press OK again.</source>
        <translation>请改正红字标出的项目，再按“确定”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="363" />
        <source>%1 changed “%2” after you opened it (at %3). Your changes were not saved. Which should stay?</source>
        <translation>%1 在您打开此表单之后修改了“%2”（%3）。您的修改没有保存。以哪一方为准？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="369" />
        <source>(What you typed is what they saved.)</source>
        <translation>（您输入的与对方保存的相同。）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_form.py" line="380" />
        <source>%1: theirs %2, yours %3</source>
        <translation>%1：对方的 %2，您的 %3</translation>
    </message>
</context>
<context>
    <name>RegisterHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="356" />
        <source>History of %1</source>
        <translation>“%1”的修改记录</translation>
    </message>
</context>
<context>
    <name>RegisterHistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="268" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="269" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="270" />
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="279" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="280" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="281" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="282" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="283" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="284" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="285" />
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="89" />
        <source>Region code</source>
        <extracomment>Sheets looked at for the list when a workbook is opened (each is read once more when chosen). The place targets' names (register_list.place_word gives the English sources).</extracomment>
        <translation>统计用区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="90" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="91" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="92" />
        <source>Place (name or code)</source>
        <translation>地点（名称或代码）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="95" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="96" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="97" />
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="98" />
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="138" />
        <source>(not imported)</source>
        <extracomment>Refused rows first, then what changes, then what stays.</extracomment>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="338" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="360" />
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="362" />
        <location filename="../../desktop_app/ui/register_import.py" line="363" />
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="772" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="404" />
        <source>Import a list: %1</source>
        <extracomment>A list was written (the registers window refreshes its rows and counts).</extracomment>
        <translation>导入台账名单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="409" />
        <source>Choose the workbook (.xlsx) or CSV file</source>
        <translation>请选择工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="410" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="416" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="420" />
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="448" />
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="451" />
        <source>Columns</source>
        <translation>列的对应</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="458" />
        <source>Choose a file, check the columns, then preview.</source>
        <translation>请选择文件，核对各列的对应，然后预览。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="460" />
        <source>Show refused rows only</source>
        <translation>只看拒绝的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="479" />
        <source>What the import would do</source>
        <translation>导入后的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="512" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="538" />
        <source>Choose the list to import</source>
        <translation>选择要导入的名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="540" />
        <source>Workbooks and CSV files (*.xlsx *.csv);;All files (*)</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="561" />
        <location filename="../../desktop_app/ui/register_import.py" line="588" />
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="620" />
        <source>The header is row %1. The columns are mapped as this layout was last time.</source>
        <translation>标题在第 %1 行。各列已按上次同样格式的名单对应。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="622" />
        <source>The header is row %1. Check what each column is imported as.</source>
        <translation>标题在第 %1 行。请核对每一列导入为哪一项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="639" />
        <source>The columns changed: preview again.</source>
        <translation>列的对应已改变：请重新预览。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="665" />
        <source>There are no rows under the header to import.</source>
        <translation>标题行下面没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="671" />
        <source>Checking the list…</source>
        <translation>正在检查名单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="702" />
        <source>%n row(s) cannot be imported: correct them in the workbook and preview again. Nothing is imported while a row is refused.</source>
        <translation>
            <numerusform>%n 行不能导入：请在工作簿中更正后重新预览。有被拒绝的行时，什么都不会导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="710" />
        <source>The register holds every row of the list already.</source>
        <translation>名单中的每一行台账里都已有，且没有变化。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="712" />
        <source>Every row can be imported.</source>
        <translation>每一行都可以导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="719" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="720" />
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="721" />
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="722" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>不变 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/register_import.py" line="723" />
        <source>%n refused</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="725" />
        <source>%1 in the list: %2, %3, %4, %5.</source>
        <translation>名单共 %1：%2，%3，%4，%5。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="776" />
        <source>Count these indicators of the %1 returns from this register:</source>
        <translation>%1 年报表中的以下指标改用此台账计算：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="794" />
        <source>Importing the list…</source>
        <translation>正在导入名单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="805" />
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>已导入：新增 %1 行，修改 %2 行，不变 %3 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="819" />
        <source>The indicators are still keyed, not counted from the register: %1</source>
        <translation>这些指标仍按录入的数值，未改由台账计算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="822" />
        <source>The indicators are counted from the register from now on.</source>
        <translation>这些指标今后由台账计算。</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="430" />
        <source>Filter: any text of a row (name, place…)</source>
        <extracomment>A sentence for the window's message line, and whether it is a refusal. The register's rows changed (added, edited, removed, imported): counts are stale. The year the main window shows: an import offers to count this year's figures from the register (None: today's year).</extracomment>
        <translation>筛选：输入任意文字（名称、地点…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="436" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="459" />
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="460" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="461" />
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="462" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="463" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="464" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="498" />
        <source>Ins or Ctrl+N</source>
        <translation>Ins 或 Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="499" />
        <source>Enter, F2 or double-click</source>
        <translation>Enter、F2 或双击</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="500" />
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="581" />
        <source>Rows: %1, shown: %2</source>
        <translation>共 %1 条，显示 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="604" />
        <source>Added “%1”.</source>
        <translation>已新增“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="606" />
        <source>Added “%1”; the filter hides it.</source>
        <translation>已新增“%1”；当前筛选条件下不显示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="625" />
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="627" />
        <source>Saved “%1”; the filter hides it.</source>
        <translation>已保存“%1”；当前筛选条件下不显示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="635" />
        <source>Remove a row</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="636" />
        <source>Remove “%1” (%2) from the register? Its history is kept.</source>
        <translation>从台账中删除“%1”（%2）吗？修改记录会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="662" />
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="716" />
        <source>Export the register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="718" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="743" />
        <source>Exporting the register…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="743" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="746" />
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="752" />
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>RegisterPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="272" />
        <source>Line</source>
        <extracomment>The clerk chose another target for a column.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="273" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="274" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="275" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/register_import.py" line="276" />
        <source>Why, or what changes</source>
        <translation>原因或修改内容</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="76" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2083" />
        <source>Service points</source>
        <extracomment>The registers' titles, headings and choices (domain/registers.py keeps the English sources); listed here so that lupdate finds them (tests/unit/test_registers.py keeps the list whole).</extracomment>
        <translation>服务站点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2084" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2085" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2086" />
        <source>County centre</source>
        <translation>县级中心</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2087" />
        <source>Township station</source>
        <translation>乡镇站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2088" />
        <source>Village point</source>
        <translation>村级点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2089" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2090" />
        <source>Operator</source>
        <translation>运营主体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2091" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2092" />
        <source>Opened</source>
        <translation>建成日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2093" />
        <source>Closed</source>
        <translation>停运日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2094" />
        <source>In a poor village</source>
        <translation>贫困村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2095" />
        <source>Project funds (10k yuan)</source>
        <translation>示范项目资金（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2096" />
        <source>Project year</source>
        <translation>项目年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2097" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2098" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2099" />
        <source>Training sessions</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2100" />
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2101" />
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2102" />
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2103" />
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2104" />
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2105" />
        <source>Attendees</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2106" />
        <source>Of whom poor</source>
        <translation>其中贫困人口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2107" />
        <source>Subsidy claimed (10k yuan)</source>
        <translation>申领补贴（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2108" />
        <source>E-commerce villages and towns</source>
        <translation>电商村镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2109" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2110" />
        <source>E-commerce village</source>
        <translation>电商村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2111" />
        <source>E-commerce town</source>
        <translation>电商镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2112" />
        <source>Taobao village</source>
        <translation>淘宝村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2113" />
        <source>Main products</source>
        <translation>主营产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2114" />
        <source>Online sales (10k yuan)</source>
        <translation>网络销售额（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2115" />
        <source>Year recognised</source>
        <translation>认定年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2116" />
        <source>Recognised by</source>
        <translation>认定单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2117" />
        <source>Withdrawn</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2118" />
        <source>Enterprises and online shops</source>
        <translation>电商企业和网店</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2119" />
        <source>E-commerce enterprise</source>
        <translation>电商企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2120" />
        <source>Online shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2121" />
        <source>Cross-border enterprise</source>
        <translation>跨境电商企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2122" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2123" />
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2124" />
        <source>Revenue (10k yuan)</source>
        <translation>营业收入（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2125" />
        <source>Employees</source>
        <translation>从业人数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2126" />
        <source>Key projects</source>
        <translation>重点项目库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2127" />
        <source>Owner</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2128" />
        <source>Planned investment (10k yuan)</source>
        <translation>计划投资（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2129" />
        <source>Invested so far (10k yuan)</source>
        <translation>累计完成投资（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2130" />
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2131" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2132" />
        <source>Planned</source>
        <translation>谋划中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2133" />
        <source>Under way</source>
        <translation>在建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2134" />
        <source>Completed</source>
        <translation>已建成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2135" />
        <source>Stopped</source>
        <translation>停建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2136" />
        <source>Designations</source>
        <translation>称号认定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2137" />
        <source>Designation</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2138" />
        <source>Comprehensive demonstration county</source>
        <translation>电子商务进农村综合示范县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2139" />
        <source>E-commerce poverty-alleviation county</source>
        <translation>电商精准扶贫县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2140" />
        <source>Poor county</source>
        <translation>贫困县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2141" />
        <source>Poor village</source>
        <translation>贫困村</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2142" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2143" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2144" />
        <source>Designated by</source>
        <translation>认定单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2161" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="2161" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="810" />
        <source>Registers — %1</source>
        <extracomment>Rows were added, changed, removed or imported: counts derived from them are stale.</extracomment>
        <translation>台账 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registers_window.py" line="831" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="71" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>导出省厅 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="76" />
        <source>Import Excel returns…</source>
        <translation>导入 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="79" />
        <source>Import a folder of returns…</source>
        <translation>导入整个文件夹的报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="82" />
        <source>Templates…</source>
        <translation>报表模板……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="85" />
        <source>Imports and undoing one…</source>
        <translation>导入记录与撤销导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="88" />
        <source>Monthly summary (PDF)…</source>
        <translation>月度汇总（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="91" />
        <source>Blank paper forms (PDF)…</source>
        <translation>空白纸质报表（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="94" />
        <source>Who has submitted (PDF)…</source>
        <translation>报送情况（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="131" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="136" />
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="142" />
        <source>Choose a region first.</source>
        <translation>请先选择地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="159" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>没有适用于{region}、{period}的模板。请在“导出与打印 → 报表模板”中添加省厅的表样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="168" />
        <source>{count} template files could not be loaded; Reports → Templates says why.</source>
        <translation>有 {count} 个模板文件未能载入，原因见“导出与打印 → 报表模板”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="179" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="180" />
        <source>Which return?</source>
        <translation>导出哪张报表？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="204" />
        <source>Filling the province's workbook…</source>
        <translation>正在填写省厅报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="208" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="216" />
        <source> (sample)</source>
        <translation>（样表）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="225" />
        <source>Where should exported returns go?</source>
        <translation>导出的报表保存到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="247" />
        <source>Import Excel returns</source>
        <translation>导入 Excel 报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="249" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="256" />
        <source>Import every return in a folder</source>
        <translation>导入文件夹中的所有报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="269" />
        <source>Reading the returns…</source>
        <translation>正在读取报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="279" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="293" />
        <source>Storing the imported values…</source>
        <translation>正在保存导入的数值……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="302" />
        <source>Imported {values} from {files}.</source>
        <translation>已从 {files}导入 {values}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/report_actions.py" line="303" />
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/report_actions.py" line="304" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="318" />
        <source>Import of returns</source>
        <translation>导入报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="344" />
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="390" />
        <source>The monthly summary is made for a month.</source>
        <translation>月度汇总只能按月生成，请选择月份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="396" />
        <location filename="../../desktop_app/ui/report_actions.py" line="401" />
        <location filename="../../desktop_app/ui/report_actions.py" line="423" />
        <source>Making the report…</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="412" />
        <source>Making the forms…</source>
        <translation>正在生成空白表……</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="99" />
        <source>Print preview – {name}</source>
        <extracomment>The share of the screen the preview takes: Qt's default (640×480, the whole page in view) showed an A4 page at 38%, too small to read.</extracomment>
        <translation>打印预览 – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="101" />
        <location filename="../../desktop_app/ui/report_preview.py" line="160" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="102" />
        <source>Save a copy of the report as PDF</source>
        <translation>将报表另存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="150" />
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="152" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/exporting/pdf/document.py" line="135" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="86" />
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="97" />
        <source>January total</source>
        <translation>1月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="140" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="227" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="524" />
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="379" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region}电子商务发展情况月报（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="69" />
        <source>{region}: targets of {year} and their progress</source>
        <translation>{region}{year}年度目标完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="85" />
        <source>{pace} (last year)</source>
        <translation>{pace}（按上年）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="93" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="393" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="864" />
        <source>Indicator</source>
        <extracomment>After a progress below the pace expected by the end of the month (GB2312 has the arrow).</extracomment>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="94" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="394" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="866" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="95" />
        <source>Target as set</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="96" />
        <source>Goal for the year</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="97" />
        <source>Done so far</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="99" />
        <source>Expected by now (%)</source>
        <translation>按进度应完成(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="135" />
        <source>Where the targets come from</source>
        <translation>目标出处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="160" />
        <source>Progress to</source>
        <translation>进度截至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="161" />
        <source>the end of month {month}</source>
        <translation>{month}月末</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="170" />
        <source>No target is set for this year.</source>
        <translation>本年尚未设定目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="174" />
        <source>A stock's new-units or growth target counts the units added since the end of last year; a share compares the rate now with the rate to reach. {mark}: below the pace expected by the end of the month (months elapsed, or last year's shape where last year's months are kept).</source>
        <translation>期末数指标的新增数或增长率目标按比上年末新增的数量计算；占比目标以当前比率与目标比率相比。{mark}：低于截至本月末按进度应完成的比例（按时间进度，有上年各月数据的按上年同期进度）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="395" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="407" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="867" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="398" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="410" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="625" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="671" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="399" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="98" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="400" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="519" />
        <source>Notes on warnings</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="522" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="563" />
        <source>____ / ____ / ____</source>
        <extracomment>A signature cell's left and right padding (none on the left, reportlab's default 6 on the right).</extracomment>
        <translation>　　　　年　　月　　日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="601" />
        <source>(Stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="569" />
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="98" />
        <source>Months 1–{month}</source>
        <translation>1-{month}月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="235" />
        <source>{items}, {item}</source>
        <extracomment>How a list is joined: names (顿号 in Chinese), and the entries of a note.</extracomment>
        <translation>{items}、{item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="236" />
        <source>{items}; {item}</source>
        <translation>{items}；{item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="357" />
        <source>{coverage} (missing: {regions})</source>
        <translation>{coverage}（缺：{regions}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="361" />
        <source>{coverage} (incomplete themselves: {regions})</source>
        <translation>{coverage}（下级未报齐：{regions}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="366" />
        <source>{name} {measures} {coverage}</source>
        <translation>{name} {measures} {coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="372" />
        <source>Note: {mark} incomplete: {entries}</source>
        <translation>注：{mark} 不完整：{entries}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="397" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="409" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="624" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="670" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="571" />
        <source>Head of statistics</source>
        <translation>统计负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="573" />
        <source>Prepared by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="574" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="575" />
        <source>Date of report</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="664" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="665" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="865" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="993" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/targets.py" line="158" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="666" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="977" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="55" />
        <source>this period</source>
        <extracomment>Between the hatching's lines, and their width (points). The legend column beside the map (at least; wider when its texts need it), and its squares (points). Two points of an outline closer than this on the page (points, 0.1 mm) are written as one. The map's height at most: a province stays on a page with its heading and notes.</extracomment>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="56" />
        <source>year to date</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="57" />
        <source>year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="58" />
        <source>year to date, year on year</source>
        <translation>累计同比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="59" />
        <source>progress to target</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="122" />
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="124" />
        <source>No figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="133" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="667" />
        <source>{measure} ({unit})</source>
        <translation>{measure}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="200" />
        <source>Counties</source>
        <translation>县数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="280" />
        <source>{indicator} by county ({period})</source>
        <translation>各县（市、区）{indicator}分布图（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="287" />
        <source>Counties reported: {reported} of {expected}</source>
        <translation>已报送县数：{reported}/{expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="292" />
        <source>{reported}; not reported: {names}</source>
        <translation>{reported}；未报送：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="297" />
        <source>{reported}; * incomplete (some townships): {names}</source>
        <translation>{reported}；* 数字不完整（部分乡镇未报）：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="315" />
        <source>Not on the map (no boundary): {names}</source>
        <translation>无边界、未画出：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="672" />
        <source>Share (%)</source>
        <translation>占比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="730" />
        <source>Not reported for {indicator} ({count}): {regions}</source>
        <translation>{indicator}未报数（{count} 个）：{regions}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="737" />
        <source>{count} regions</source>
        <translation>{count} 个地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="755" />
        <source>Reporting unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="756" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="910" />
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="764" />
        <source>{count} indicators</source>
        <translation>{count} 项指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="774" />
        <source>{mark} Progress below the pace expected by the end of the month: {indicators}.</source>
        <translation>{mark} 完成进度低于按进度应完成的比例（截至本月末）：{indicators}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="291" />
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="296" />
        <location filename="../../desktop_app/exporting/pdf/maps.py" line="311" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="778" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="787" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>各县（市、区）{indicator}排名（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="805" />
        <source>Key indicators over the last 12 months</source>
        <translation>近12个月主要指标走势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="818" />
        <source>Progress against the year's targets</source>
        <translation>年度目标完成进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="845" />
        <source>Rural e-commerce monthly return</source>
        <translation>农村电子商务发展情况月报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="902" />
        <source>Send to: {authority}</source>
        <translation>报送单位：{authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="909" />
        <source>Reporting unit (stamp)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="869" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="921" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write n/a (or 无) where an indicator does not apply; 0 means there was none. 3. Amounts in {unit} with two decimals.</source>
        <translation>说明：1. 期末数指标（累计栏为灰色）填写月末数。2. 指标不适用的填写“无”，0 表示确实没有。3. 金额单位为{unit}，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="948" />
        <source>{title} ({period})</source>
        <translation>{title}（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="957" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>{region}报表报送情况（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="964" />
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="965" />
        <source>Submitted late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="966" />
        <source>Not yet submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="967" />
        <source>Overdue, not submitted</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="968" />
        <source>Reopened for correction</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="974" />
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="77" />
        <source>Comprehensive demonstration county self-evaluation form</source>
        <translation>综合示范县自评表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="82" />
        <source>{size} B</source>
        <translation>{size} 字节</translation>
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
        <translation>{title}（示例）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="92" />
        <source>Scheme</source>
        <translation>评分方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="101" />
        <source>Evaluation item</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="102" />
        <source>Max. points</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="103" />
        <source>Points claimed</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="104" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="125" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="145" />
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="146" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="147" />
        <source>SHA-256 (first 12)</source>
        <translation>SHA-256（前12位）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="178" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="975" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="179" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="183" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="187" />
        <source>Evidence attached</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="192" />
        <source>No evidence is attached.</source>
        <translation>未附证明材料。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="197" />
        <source>Evidence asked for but not attached: {items}</source>
        <translation>要求提供证明材料但尚未附的项目：{items}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="976" />
        <source>Prefecture</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1056" />
        <source>Deadline</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1057" />
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="1061" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>应报 {expected} 个，已报 {submitted} 个（按时 {on_time} 个，逾期 {late} 个），未报 {missing} 个（其中逾期未报 {overdue} 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="100" />
        <location filename="../../desktop_app/exporting/pdf/evaluation.py" line="144" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="992" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="995" />
        <source>Status</source>
        <translation>报送状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="996" />
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="997" />
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="998" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="118" />
        <source>No data for the last 12 months.</source>
        <translation>近12个月无数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="179" />
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="184" />
        <source>{mark} Some regions have not reported that month.</source>
        <translation>{mark} 该月有地区未报数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="301" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent}（已完成 {done}，目标 {target} {unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="319" />
        <source>Time elapsed {percent}%</source>
        <translation>时间进度 {percent}%</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="154" />
        <source>Retire %1</source>
        <extracomment>A person typed a new name into a row (code, text): the dialog renames through the service.</extracomment>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="160" />
        <source>%1 (%2) no longer exists after the day below. Forms, 乡镇分列 and reports list it for periods up to that day.</source>
        <translation>%1（%2）自下面日期之后不再存在。报表、乡镇分列和报告在该日期及以前的报告期仍列出它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="166" />
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/places_dialog.py" line="171" />
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/places_dialog.py" line="177" />
        <source>Its %n village(s) are retired with it.</source>
        <translation>
            <numerusform>其下 %n 个村一并撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="245" />
        <source>Undo</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. The return's status changed (submitted, reopened): the window updates its title. What the page shows: the return's view as the screen service last answered. The choice asked after a save refused because someone else changed the cell since (None when none is open).</extracomment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="247" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="249" />
        <source>Copy last period</source>
        <translation>复制上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="252" />
        <source>Submit (报送)</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="255" />
        <source>Reopen…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="257" />
        <source>History of this cell…</source>
        <translation>单元格修改记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="260" />
        <source>Rows behind this figure…</source>
        <translation>查看数字明细…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="264" />
        <source>Count this indicator from the register this year</source>
        <translation>本年由台账计数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="364" />
        <source>Explanation (情况说明): %1</source>
        <translation>情况说明：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Submitted on %1 by %2; reopen it to change a figure.</source>
        <translation>已于 %1 由 %2 报送；如需修改请先退回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="396" />
        <source>This return is locked: it was submitted on %1 by %2. To change a figure, reopen it (Return ▸ Reopen…) and give the reason.</source>
        <translation>本报表已锁定：%2 于 %1 报送。如需修改数字，请先退回修改（报表 ▸ 退回修改…）并填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="406" />
        <location filename="../../desktop_app/ui/return_page.py" line="756" />
        <source>Reopened: %1</source>
        <translation>已退回修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="408" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="413" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="425" />
        <source>The sum of the prefectures; key it in each prefecture's return.</source>
        <translation>各市（州）之和；请在各市（州）的报表中填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="427" />
        <source>The sum of the counties; key it in each county's return.</source>
        <translation>各县（市、区）之和；请在各县的报表中填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="429" />
        <source>The sum of the townships; key it under By township.</source>
        <translation>各乡镇之和；请在“乡镇分列”中填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="430" />
        <source>The sum of the regions below; key it in their returns.</source>
        <translation>下级区划之和；请在下级区划的报表中填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="461" />
        <location filename="../../desktop_app/ui/return_page.py" line="569" />
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="465" />
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="544" />
        <source>Kept %1's figure for %2: %3.</source>
        <translation>%2 采用了 %1 的数字：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="548" />
        <source>Kept the figures the others saved in %1 cells.</source>
        <translation>%1 个单元格采用了他人保存的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="575" />
        <source>Saved %1: %2 (yours, in place of %3's)</source>
        <translation>已保存 %1：%2（您的数字，替换了 %3 的）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="603" />
        <source>Restored %1: %2</source>
        <translation>已恢复 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="641" />
        <source>Pasted %1 cells; refused %2 — %3</source>
        <translation>已粘贴 %1 个单元格，拒绝 %2 个——%3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="646" />
        <source>Pasted %1 cells.</source>
        <translation>已粘贴 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="674" />
        <source>Copied %1 end-of-period figures from the last period; confirm each with Enter.</source>
        <translation>已从上期复制 %1 项期末数；请逐项回车确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="710" />
        <source>Not submitted: correct %1, then submit again.</source>
        <translation>未报送：请修改 %1 后再报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="715" />
        <source>Not submitted: every warning needs an explanation.</source>
        <translation>未报送：每个警告都需要填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="727" />
        <source>Submitted. The return is locked.</source>
        <translation>已报送，报表已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="744" />
        <source>Reopen the return</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="744" />
        <source>Why must the submitted return change?</source>
        <translation>已报送的报表为什么需要修改？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="808" />
        <source>%1 is counted from the register in %2.</source>
        <translation>%2 年的 %1 改由台账计数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="810" />
        <source>%1 is keyed again in %2.</source>
        <translation>%2 年的 %1 改为手工填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="834" />
        <source>This figure is not counted from a register.</source>
        <translation>这个数不是由台账得出的。</translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="54" />
        <source>Quarters to date</source>
        <extracomment>A figure derived from a register (台账): counted, not keyed. Text of a rolled-up figure that not every child contributed to (dark amber: reads on white, on the warning yellow and in greyscale print). Progress behind the pace expected by the end of the period (text colour). One line of the grid (a group heading, or an indicator with its figures): the view's row. Headers that depend on the period shown: (column, period kind) → text (context ReturnTableModel). Columns 4 (累计) and 7 (环比) of ReturnTableModel; a month keeps the HEADERS text.</extracomment>
        <translation>1-本季累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="55" />
        <source>Halves to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="56" />
        <source>Whole year</source>
        <translation>全年累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="57" />
        <source>QoQ (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="58" />
        <source>vs previous half (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="59" />
        <source>vs previous year (%)</source>
        <translation>比上年(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="77" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="78" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="79" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="80" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="81" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="82" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="83" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="84" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="85" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="86" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="371" />
        <source>{count} regions reported this figure.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. Columns of percentages, narrower than those of amounts (ReturnTableView.size_columns). "4/5" for a rolled-up figure that lacks some children, else None. The measure (a name in services.figures.MEASURES) each figure column shows. The mark after a figure that not every child region contributed to. A person changed a cell: indicator code, column, text as typed.</extracomment>
        <translation>{count} 个下级区划报送了此数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="374" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="376" />
        <source>Missing: {names}</source>
        <translation>未报：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="380" />
        <source>Incomplete themselves: {names}</source>
        <translation>本身不完整：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="442" />
        <source>Counted from the register “{register}”; double-click or press Ctrl+B to see the rows behind it. Change the register, not the figure.</source>
        <translation>由台账“{register}”计数得出；双击或按 Ctrl+B 查看明细。请修改台账，而不是这个数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="462" />
        <source>Copied from the last period; confirm with Enter.</source>
        <translation>从上期复制，请回车确认。</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="287" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="288" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="289" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="290" />
        <source>Recognised on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="291" />
        <source>Last reviewed</source>
        <translation>上次复核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="292" />
        <source>Review due</source>
        <translation>应复核日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="293" />
        <source>When</source>
        <translation>距复核</translation>
    </message>
</context>
<context>
    <name>RowsBehindDialog</name>
    <message>
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="41" />
        <source>Rows behind the figure</source>
        <translation>数字明细</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="45" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/rows_behind_dialog.py" line="62" />
        <source>%n rows of the register “%1”.</source>
        <translation>
            <numerusform>台账“%1”中的 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="49" />
        <source>The PDF has no pages.</source>
        <translation>PDF 没有页面。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="67" />
        <source>Qt could not paint the page onto a printer.</source>
        <translation>Qt 无法把页面绘制到打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_check.py" line="72" />
        <source>The printer's output {path} was not written.</source>
        <translation>打印输出 {path} 未写出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="82" />
        <source>passed</source>
        <extracomment>The demo county, its bureau and the month keyed. What is keyed, as a clerk types it: counts, one with its part (其中), and money keyed year to date with its parts. The part keyed larger than its whole for a moment, for the checks to find. The shipped template exported (a Sichuan county's monthly return) and the figure read back. The figure looked for in the PDF's text (the report prints 1-N月累计 of the money flows). How long the print step's child process may take. The flag of the print step's child process: `xianbao --self-test-print PDF OUTPUT`.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="83" />
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="84" />
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="85" />
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="142" />
        <source>Qt cannot be loaded ({reason})</source>
        <translation>Qt 无法加载（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="165" />
        <source>The new database is at schema {revision}, not {head}.</source>
        <translation>新数据库的结构版本是 {revision}，不是 {head}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="170" />
        <source>self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="171" />
        <source>New database at schema {revision}</source>
        <translation>新建数据库，结构版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="193" />
        <source>{code} was keyed as {keyed} but reads back as {shown}.</source>
        <translation>{code} 录入的是 {keyed}，读回却是 {shown}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="198" />
        <source>{count} of the {rows} figures of {region}'s return for {period} keyed and read back</source>
        <translation>{region}{period}报表 {rows} 项指标中录入 {count} 项，读回一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="215" />
        <source>The checks did not find {part} larger than its whole.</source>
        <translation>审核没有查出 {part} 大于其合计。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="226" />
        <source>The checks still find {part} too large after it was corrected.</source>
        <translation>{part} 改正后，审核仍报其大于合计。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="230" />
        <source>{part} larger than its whole was found, and cleared once corrected ({count} issues left: the indicators not keyed)</source>
        <translation>审核查出 {part} 大于其合计，改正后问题消失（另有 {count} 个问题：未录入的指标）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="262" />
        <source>{file}: {sheet}!{cell} holds {found}, not {expected}.</source>
        <translation>{file}：{sheet}!{cell} 是 {found}，应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="266" />
        <source>{file}: {sheet}!{cell} = {value}, as keyed</source>
        <translation>{file}：{sheet}!{cell} = {value}，与录入一致</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="280" />
        <source> (bold: {path})</source>
        <translation>（粗体：{path}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="293" />
        <source>{file}: {pages} pages, {size} KB</source>
        <translation>{file}：共 {pages} 页，{size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="323" />
        <source>The PDF's text lacks {missing}.</source>
        <translation>PDF 文字中缺少 {missing}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="328" />
        <source>The PDF does not embed its TrueType font.</source>
        <translation>PDF 未嵌入 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="329" />
        <source>{found} found in the text; the font is embedded</source>
        <translation>文字中找到 {found}；字体已嵌入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="343" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="344" />
        <source>Page 1 painted at {dpi} dpi onto an A4 printer (Qt platform {platform}); default printer: {printer}</source>
        <translation>第 1 页已按 {dpi} dpi 绘制到 A4 打印机（Qt 平台 {platform}）；默认打印机：{printer}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="390" />
        <source>Qt did not finish painting within {seconds} s.</source>
        <translation>Qt 在 {seconds} 秒内未完成绘制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="399" />
        <source>Qt could not start (exit code {code}): {reason}</source>
        <translation>Qt 无法启动（退出码 {code}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="436" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="437" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="438" />
        <source>Keying values</source>
        <translation>录入数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="439" />
        <source>Return checks</source>
        <translation>报表审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="440" />
        <source>Excel export</source>
        <translation>Excel 导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="441" />
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="442" />
        <source>Monthly PDF</source>
        <translation>月度汇总 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="443" />
        <source>PDF text</source>
        <translation>PDF 文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="444" />
        <source>Print rendering</source>
        <translation>打印渲染</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="454" />
        <source>needs: {steps}</source>
        <translation>需先通过：{steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="473" />
        <location filename="../../desktop_app/self_test.py" line="488" />
        <source>Temporary folder</source>
        <translation>临时文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="478" />
        <source>The temporary folder {path} could not be removed.</source>
        <translation>临时文件夹 {path} 未能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="480" />
        <source>{path} removed</source>
        <translation>已删除 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="491" />
        <source>Xianbao self-test</source>
        <translation>县报自检</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="496" />
        <source>No temporary folder could be made in {path}: {reason}</source>
        <translation>无法在 {path} 中创建临时文件夹：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="526" />
        <source>{failed} of {count} steps did not pass ({seconds:.1f} s): {names}.</source>
        <translation>{count} 项中有 {failed} 项未通过（{seconds:.1f} 秒）：{names}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="538" />
        <source>All {count} steps passed ({seconds:.1f} s).</source>
        <translation>全部 {count} 项通过（{seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="563" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="564" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="565" />
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/self_test.py" line="566" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="31" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="41" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="45" />
        <source>&amp;Bureau name:</source>
        <translation>填报单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="46" />
        <source>Bureau &amp;head:</source>
        <translation>单位负责人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="47" />
        <source>&amp;Statistics lead:</source>
        <translation>统计负责人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="48" />
        <source>Pr&amp;eparer:</source>
        <translation>填表人(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49" />
        <source>&amp;Telephone:</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59" />
        <source>found on this computer</source>
        <translation>自动在本机查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60" />
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="65" />
        <source>Report &amp;font:</source>
        <translation>报表字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="70" />
        <source>the default file in your data folder</source>
        <translation>数据文件夹中的默认文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="72" />
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="77" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="82" />
        <source>The password in this address will not be kept: put it in PostgreSQL's password file (pgpass) on this computer.</source>
        <translation>此地址中的密码不会被保存：请把密码写入本机 PostgreSQL 的密码文件（pgpass）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93" />
        <source>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</source>
        <translation>新的界面语言在下次启动县报时生效。打印报表需要中文 TrueType 字体（.ttf/.ttc），如微软雅黑、宋体或文泉驿微米黑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="98" />
        <source>The database is a file, or a bureau's server written as postgresql://USER@HOST:5432/DATABASE. A server's password is never kept in the settings: the IT helper puts it in PostgreSQL's password file (pgpass) on this computer. Another database is opened the next time Xianbao starts.</source>
        <translation>数据库可以是一个文件，也可以是单位的服务器，写作 postgresql://用户@主机:5432/数据库。设置中从不保存服务器密码：由信息技术人员把密码写入本机 PostgreSQL 的密码文件（pgpass）。更换的数据库在下次启动县报时打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="118" />
        <source>Choose a Chinese TrueType font</source>
        <translation>选择中文 TrueType 字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="120" />
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132" />
        <source>Open a Xianbao database</source>
        <translation>打开县报数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="134" />
        <source>Xianbao databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>县报数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="66" />
        <source>Set up Xianbao</source>
        <extracomment>The usual name of a county's commerce bureau, as returns print it (data, not interface text).</extracomment>
        <translation>设置县报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="70" />
        <source>Choose the county your bureau reports for and the people who sign its returns. The names can be changed later.</source>
        <translation>请选择本单位填报的县（市、区）和在报表上签字的人员。姓名以后可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="77" />
        <source>Set up &amp;my county</source>
        <translation>设置本单位所在县(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="79" />
        <source>Open a &amp;demo county with two years of sample data</source>
        <translation>打开示例县（含两年样例数据）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="83" />
        <source>Choose a province</source>
        <translation>请选择省份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="84" />
        <source>Choose a prefecture</source>
        <translation>请选择市（州）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="85" />
        <source>Choose a county</source>
        <translation>请选择县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="86" />
        <source>Your county</source>
        <translation>本单位所在县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="90" />
        <source>&amp;Province:</source>
        <translation>省(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="93" />
        <source>P&amp;refecture:</source>
        <translation>市（州）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="95" />
        <source>&amp;County:</source>
        <translation>县（市、区）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="103" />
        <source>Printed on every return</source>
        <translation>打印在每张报表上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="107" />
        <source>&amp;Bureau name:</source>
        <translation>填报单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="110" />
        <source>Bureau &amp;head:</source>
        <translation>单位负责人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="113" />
        <source>&amp;Statistics lead:</source>
        <translation>统计负责人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="117" />
        <source>Pr&amp;eparer:</source>
        <translation>填表人(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="119" />
        <source>&amp;Telephone:</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_dialog.py" line="127" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>SharedFile</name>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="63" />
        <source>{holders} is writing to the database. Your entry is saved as soon as they are done; Xianbao waits up to {seconds} seconds.</source>
        <extracomment>Seconds a write waits before the progress dialog appears.</extracomment>
        <translation>{holders} 正在写入数据库。对方一写完，您的输入就会保存；县报最多等待 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="69" />
        <source>Another Xianbao is writing to the database. Your entry is saved as soon as it is done; Xianbao waits up to {seconds} seconds.</source>
        <translation>另一个县报程序正在写入数据库。它一写完，您的输入就会保存；县报最多等待 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="76" />
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="85" />
        <source>Waiting for the database</source>
        <translation>正在等待数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="95" />
        <source>{user} on {computer} since {since}</source>
        <translation>{user}（{computer}，{since} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="134" />
        <source>This database is also open in another Xianbao: {others}. Every save is checked against theirs; a figure they changed since you saw it is not overwritten.</source>
        <translation>此数据库也在另一个县报程序中打开：{others}。每次保存都会与对方的修改核对；对方在您查看之后改过的数字不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="150" />
        <source>Also open: {others}</source>
        <translation>同时打开：{others}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shared_file.py" line="155" />
        <source>Another Xianbao has this database open. Saves are checked against each other's.</source>
        <translation>另一个县报程序也打开了此数据库。双方的保存会互相核对。</translation>
    </message>
</context>
<context>
    <name>SnapshotPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_snapshot.py" line="304" />
        <source>Opening the database… The figures below are as they were shown at %1, for reading only: the database's own replace them in a moment.</source>
        <extracomment>The file's format; a file of another version is not read. A snapshot larger than this is no snapshot of a return (a damaged or foreign file).</extracomment>
        <translation>正在打开数据库……下面是 %1 时显示的数字，仅供查看；数据库打开后即换成库中的数字。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="643" />
        <source>Equally</source>
        <extracomment>The parts changed (typed, or proposed by a method).</extracomment>
        <translation>平均分解</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="644" />
        <source>In proportion to last year</source>
        <translation>按上年比例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="645" />
        <source>By hand</source>
        <translation>手工分解</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="654" />
        <source>Split a target among divisions</source>
        <translation>分解目标到下级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="658" />
        <source>%1 %2: %3 (%4) to split.</source>
        <translation>%1 %2：待分解 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="690" />
        <source>Split:</source>
        <translation>分解方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="727" />
        <source>Not a number: %1. Type a number for every division (0 for none).</source>
        <translation>不是数字：%1。请为每个下级填写数字（没有填 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="737" />
        <source>The parts add up to %1, the whole target.</source>
        <translation>各部分合计 %1，等于总目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="744" />
        <source>The parts add up to %1, not %2 (a difference of %3). Change the parts.</source>
        <translation>各部分合计 %1，不等于总目标 %2（相差 %3）。请调整各部分。</translation>
    </message>
</context>
<context>
    <name>SplitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="568" />
        <source>Division</source>
        <translation>下级地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="569" />
        <source>Last year</source>
        <translation>上年数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="570" />
        <source>Part</source>
        <translation>分解数</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="88" />
        <source>Meets the standard</source>
        <translation>符合标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="89" />
        <source>Falls short</source>
        <translation>未达标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="90" />
        <source>Data lacking</source>
        <translation>缺少数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="93" />
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="94" />
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="95" />
        <source>Recognised</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="96" />
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="99" />
        <source>— not confirmed —</source>
        <translation>— 未确认 —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="100" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="101" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="127" />
        <source>Confirmed.</source>
        <translation>已确认符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="128" />
        <source>Not met.</source>
        <translation>不符合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="129" />
        <source>Not confirmed yet.</source>
        <translation>尚未确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="220" />
        <source>Recommended or recognised this round</source>
        <translation>本轮已推荐或已认定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="221" />
        <source>Passes, within the quota left</source>
        <translation>符合标准，在剩余名额内</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="222" />
        <source>Passes, beyond the quota left</source>
        <translation>符合标准，超出剩余名额</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="568" />
        <source>Demonstration units — %1</source>
        <extracomment>Candidates were added, changed or removed. The county's prefecture (the county itself where it has none): the list's scope.</extracomment>
        <translation>示范单位评定 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="573" />
        <source>&amp;Candidates</source>
        <translation>候选单位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="574" />
        <source>Recommendation &amp;list</source>
        <translation>推荐名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="575" />
        <source>Review cal&amp;endar</source>
        <translation>复核日历(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="601" />
        <source>Standards: %1 (%2). Reviewed every %3 years.</source>
        <translation>标准：%1（%2）。每 %3 年复核一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="633" />
        <source>Show the whole &amp;prefecture</source>
        <translation>显示全市（州）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="635" />
        <source>&amp;New… (Ctrl+N)</source>
        <translation>新建(&amp;N)… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="636" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="657" />
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="658" />
        <source>S&amp;tandard:</source>
        <translation>标准(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="659" />
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="665" />
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="670" />
        <source>Recommen&amp;d</source>
        <translation>推荐(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="671" />
        <source>&amp;Withdraw</source>
        <translation>撤回推荐(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="672" />
        <source>Reco&amp;gnised</source>
        <translation>认定(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="673" />
        <source>Rev&amp;iew passed</source>
        <translation>复核合格(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="674" />
        <source>Re&amp;voke</source>
        <translation>撤销认定(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="675" />
        <source>D&amp;ay:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="693" />
        <source>The candidate</source>
        <translation>候选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="726" />
        <source>&amp;Round (year):</source>
        <translation>推荐轮次（年度）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="798" />
        <source>%1: no quota set for %2; %3 recommended or recognised.</source>
        <translation>%1：%2不限名额；已推荐或认定 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="804" />
        <source>%1: quota %2, %3 recommended or recognised, %4 left.</source>
        <translation>%1：名额 %2 个，已推荐或认定 %3 个，尚余 %4 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="809" />
        <source>%1, round of %2:</source>
        <translation>%1，%2年度推荐：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="822" />
        <source>%1 recognised unit(s); %2 overdue for review (as of %3).</source>
        <translation>已认定单位 %1 个，其中 %2 个已逾期未复核（截至 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="875" />
        <source>%1: no quota in %2.</source>
        <translation>%1：%2年度不限名额。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="877" />
        <source>%1: %3 of %4 left in %2.</source>
        <translation>%1：%2年度名额 %4 个，尚余 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="914" />
        <source>%1 — %2 met, %3 short, %4 lacking data (thresholds for %5).</source>
        <translation>%1 — 达到 %2 项，未达到 %3 项，缺数据 %4 项（按%5标准）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="926" />
        <source>; review due %1</source>
        <translation>；应于 %1 复核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="928" />
        <source> — changes not saved yet</source>
        <translation> — 修改尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1001" />
        <source>%1 added; give its facts and save.</source>
        <translation>已添加 %1；请填写各项情况并保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1026" />
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1043" />
        <source>%1 recommended.</source>
        <translation>%1 已推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1047" />
        <source>%1: recommendation withdrawn.</source>
        <translation>%1：已撤回推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1051" />
        <source>%1 recorded as recognised.</source>
        <translation>%1 已记录为认定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1054" />
        <source>%1: review passed; the next is due on %2.</source>
        <translation>%1：复核合格；下次应于 %2 复核。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1057" />
        <source>%1: recognition revoked.</source>
        <translation>%1：已撤销认定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1065" />
        <source>Remove a candidate</source>
        <translation>删除候选单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1066" />
        <source>Remove %1 and the facts given for it?</source>
        <translation>删除 %1 及为其填写的各项情况？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/standards_dialog.py" line="1081" />
        <source>Candidate removed.</source>
        <translation>已删除候选单位。</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="415" />
        <source>{kind}: {figure}</source>
        <translation>{kind}：{figure}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="16" />
        <source>Figure</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="17" />
        <source>Growth over last year (%)</source>
        <translation>比上年增长（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="18" />
        <source>New this year</source>
        <translation>本年新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="19" />
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="39" />
        <source>{percent}% growth</source>
        <translation>增长 {percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="41" />
        <source>{count} {unit} new</source>
        <translation>新增 {count} {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="72" />
        <source>The goal rests on last year's figure, which is missing: key last year's figures to see progress.</source>
        <translation>目标值要用上年数计算，但缺少上年数：录入上年数后才能看到进度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="81" />
        <source>Rate now {rate}%, target {target}%.</source>
        <translation>当前 {rate}%，目标 {target}%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="94" />
        <source>{done} added since the end of last year.</source>
        <translation>比上年末新增 {done}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="100" />
        <source>Expected by now: {pace}% (last year's pace)</source>
        <translation>按进度应完成 {pace}%（按上年同期进度）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="102" />
        <source>Expected by now: {pace}% (months elapsed)</source>
        <translation>按进度应完成 {pace}%（按时间进度）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/target_text.py" line="105" />
        <source>; behind by {gap} points.</source>
        <translation>；落后 {gap} 个百分点。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="318" />
        <source>Annual targets</source>
        <extracomment>Targets were stored (the return's grid shows them: read it again).</extracomment>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="324" />
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="328" />
        <source>progress to the end of month </source>
        <translation>进度截至 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="329" />
        <source> (month)</source>
        <translation> 月末</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="330" />
        <source>Only indicators with a target</source>
        <translation>只显示有目标的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="357" />
        <source>Load example targets…</source>
        <translation>载入示例目标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="360" />
        <source>Import from a sheet…</source>
        <translation>从表格导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="363" />
        <source>Split among divisions…</source>
        <translation>分解到下级…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="400" />
        <source>%1: targets of %2</source>
        <translation>%1 %2 年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="458" />
        <source>Type the target first; a note goes with a target.</source>
        <translation>请先填写目标数；说明随目标保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="466" />
        <source>Saved the target of %1.</source>
        <translation>已保存 %1 的目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="473" />
        <source>Load example targets</source>
        <translation>载入示例目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="475" />
        <source>Target sets (*.toml)</source>
        <translation>目标文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="487" />
        <source>Loaded %1 targets of %2 for %3.</source>
        <translation>已载入%2 %3 年的 %1 个目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="493" />
        <source>Not mapped to an indicator: %1.</source>
        <translation>未对应到指标：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="494" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="497" />
        <source>Not in the catalogue: %1.</source>
        <translation>指标目录中没有：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="510" />
        <source>Import targets from a sheet</source>
        <translation>从表格导入目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="512" />
        <source>Workbooks and CSV files (*.xlsx *.csv)</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="526" />
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/targets_dialog.py" line="529" />
        <source>Nothing was imported: %n row(s) refused.</source>
        <translation>
            <numerusform>未导入任何目标：%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/targets_dialog.py" line="534" />
        <source>Imported %n target(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="553" />
        <source>The target of %1 was split among %2 divisions.</source>
        <translation>%1 的目标已分解到 %2 个下级。</translation>
    </message>
</context>
<context>
    <name>TargetsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="80" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="81" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="82" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="83" />
        <source>Kind</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="84" />
        <source>Target</source>
        <translation>目标数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="85" />
        <source>Source / note</source>
        <translation>出处／说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="86" />
        <source>Goal for the year</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="87" />
        <source>Done so far</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="88" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="89" />
        <source>Expected by now (%)</source>
        <translation>按进度应完成(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="90" />
        <source>Divisions' targets</source>
        <translation>下级目标合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="263" />
        <source>%1 of %2 divisions hold a target that adds up with this one.</source>
        <extracomment>A person changed a cell: indicator code, column, the text typed (a kind: its value). The kind chosen for an indicator that has no target yet, used when its figure is typed.</extracomment>
        <translation>%2 个下级中有 %1 个已设定可与本目标相加的目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="268" />
        <source>The divisions' targets add up to this one.</source>
        <translation>下级目标合计等于本目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/targets_dialog.py" line="270" />
        <source>The divisions' targets add up to %1, not %2 (a difference of %3).</source>
        <translation>下级目标合计 %1，不等于本目标 %2（相差 %3）。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="107" />
        <source>This period (本期)</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="108" />
        <source>Year to date (1–N月累计)</source>
        <translation>1–N月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="109" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="110" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="111" />
        <source>Year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="112" />
        <source>Year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="113" />
        <source>On the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="114" />
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="115" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="116" />
        <source>Progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="120" />
        <source>this period</source>
        <extracomment>The short words a marked cell shows after the indicator's name (网络零售额·本期).</extracomment>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="121" />
        <source>year to date</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="122" />
        <source>last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="123" />
        <source>last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="124" />
        <source>YoY %</source>
        <translation>同比%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="125" />
        <source>YTD YoY %</source>
        <translation>累计同比%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="126" />
        <source>MoM %</source>
        <translation>环比%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="127" />
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="128" />
        <source>target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="129" />
        <source>progress %</source>
        <translation>完成进度%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="132" />
        <source>Reporting unit (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="133" />
        <source>Region name</source>
        <translation>地区名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="134" />
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="135" />
        <source>Reporting period (报告期)</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="136" />
        <source>Period as 1–N月</source>
        <translation>报告期（1–N月）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="137" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="138" />
        <source>Bureau head (单位负责人)</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="139" />
        <source>Statistics lead</source>
        <translation>统计负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="140" />
        <source>Preparer (填表人)</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="141" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="142" />
        <source>Date sent (报出日期)</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="145" />
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="146" />
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="147" />
        <source>Half-yearly</source>
        <translation>半年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="148" />
        <source>Annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="151" />
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="152" />
        <source>City or prefecture</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="153" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="154" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="157" />
        <source>The key column holds region codes</source>
        <translation>关键列填的是区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="158" />
        <source>The key column holds region names</source>
        <translation>关键列填的是区划名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="159" />
        <source>Empty rows: write the regions in code order</source>
        <translation>空行：按区划代码顺序写入各区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="333" />
        <source>Undone: {change}</source>
        <extracomment>Where a long word of a sentence may break: after the dots, brackets and underscores of a mapping file's key ("sheet[1].table.first_row"), which would otherwise widen the form.</extracomment>
        <translation>已撤销：{change}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="347" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1225" />
        <source>Templates</source>
        <translation>报表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="366" />
        <source>New from a workbook…</source>
        <translation>从工作簿新建……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="371" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="374" />
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="383" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="384" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="412" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="415" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="419" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="457" />
        <source>Not mapped</source>
        <translation>不填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="458" />
        <source>A figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="459" />
        <source>A header or footer field</source>
        <translation>表头或表尾项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="461" />
        <source>A column of the region table</source>
        <translation>区划表的一列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="464" />
        <source>Fixed text that identifies the template</source>
        <translation>识别模板的固定文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="469" />
        <source>{code} {name} ({unit})</source>
        <translation>{code} {name}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="483" />
        <source>empty: from the indicator's decimals, e.g. #,##0.00</source>
        <translation>留空：按指标的小数位，如 #,##0.00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="487" />
        <source>&amp;Assign</source>
        <translation>指定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="492" />
        <source>Cell:</source>
        <translation>单元格：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="493" />
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="494" />
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="495" />
        <source>Measure:</source>
        <translation>口径：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="497" />
        <source>Number format:</source>
        <translation>数字格式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="500" />
        <source>Field:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="503" />
        <source>e.g. 填报单位（盖章）：</source>
        <translation>如 填报单位（盖章）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="505" />
        <source>Text before it:</source>
        <translation>前缀文字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="507" />
        <source>Text after it:</source>
        <translation>后缀文字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="553" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="558" />
        <source>empty: such a cell is left empty</source>
        <translation>留空：这样的单元格不填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="562" />
        <source>Fixed text and the fields {region_name}, {region_code}, {form_number}, {title}, {period}, {period_code}</source>
        <translation>固定文字和字段 {region_name}、{region_code}、{form_number}、{title}、{period}、{period_code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="648" />
        <source>Authority (制定机关):</source>
        <translation>制定机关：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="653" />
        <source>Approval number (批准文号):</source>
        <translation>批准文号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="659" />
        <source>Reported:</source>
        <translation>报送周期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="660" />
        <source>Valid for the years:</source>
        <translation>适用年份：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="662" />
        <source>A figure marked 无 is written as:</source>
        <translation>标为“无”的数写作：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="666" />
        <source>Exported file name:</source>
        <translation>导出文件名：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="863" />
        <source>Tongjiang County</source>
        <translation>通江县</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="871" />
        <source>For example: {name}</source>
        <translation>例如：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="888" />
        <source>The template settings were not applied: correct the fields marked in red on the Template tab first.</source>
        <translation>模板设置未应用：请先改正“模板”页上标红的栏目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1352" />
        <source>{cell}: {new}, settings changed. Ctrl+Z undoes it.</source>
        <translation>{cell}：{new}，设置已更改。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1462" />
        <source>Unsaved mapping</source>
        <translation>映射未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1463" />
        <source>The mapping of “{title}” has changes that are not saved. Save them?</source>
        <translation>“{title}”的映射有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="397" />
        <source>Templates not loaded:</source>
        <translation>未能载入的模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="400" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="427" />
        <source>&amp;Save mapping</source>
        <translation>保存映射(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="537" />
        <source>2 digits, e.g. 51; empty for any province</source>
        <translation>两位数字，如 51；留空表示不限省份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="571" />
        <source>This sheet is a region table (regions as rows)</source>
        <translation>本表是区划表（每行一个区划）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="579" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="618" />
        <source>First region row:</source>
        <translation>第一个区划所在行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="619" />
        <source>Last region row:</source>
        <translation>最后一个区划所在行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="620" />
        <source>Total row (合计):</source>
        <translation>合计行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="621" />
        <source>Key column:</source>
        <translation>关键列：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="622" />
        <source>Rows:</source>
        <translation>各行：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="623" />
        <source>Name column:</source>
        <translation>名称列：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="628" />
        <source>Columns:</source>
        <translation>各列：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="629" />
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="641" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="657" />
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="658" />
        <source>For regions of level:</source>
        <translation>适用的区划级别：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="757" />
        <source>none yet: click a cell of a column, choose “A column of the region table” and Assign</source>
        <translation>尚无：点击某列中的一个单元格，选择“区划表的一列”，再点“指定”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="896" />
        <source>template settings changed</source>
        <translation>模板设置已更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="912" />
        <source> (sample)</source>
        <translation>（样表）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1004" />
        <source>The province's workbook</source>
        <translation>省厅表样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1006" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1012" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1019" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1027" />
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1013" />
        <source>Title of the return:</source>
        <translation>报表名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="643" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1020" />
        <source>Form number (表号):</source>
        <translation>表号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1028" />
        <source>How often:</source>
        <translation>报送频率：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1084" />
        <location filename="../../desktop_app/ui/template_editor.py" line="1089" />
        <source>region name</source>
        <translation>区划名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1086" />
        <source>region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1266" />
        <source>{cell} is not in the rows of a region table. Set the table's rows on the Template tab first.</source>
        <translation>{cell} 不在区划表的行范围内。请先在“模板”页设置区划表的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1280" />
        <source>{cell} is in column {column} of the region table. Remove the column (choose “Not mapped” with a cell of it) before mapping a single cell there.</source>
        <translation>{cell} 在区划表的 {column} 列中。要在此处单独指定一个单元格，请先移除该列（选中该列的一个单元格，选择“不填”）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1325" />
        <source>{cell} is empty: an anchor is a cell whose fixed text identifies the template.</source>
        <translation>{cell} 是空的：锚点应是其固定文字能识别模板的单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1347" />
        <source>{cell}: nothing changed.</source>
        <translation>{cell}：没有变化。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1354" />
        <source>{cell}: “{old}” replaced by “{new}”. Ctrl+Z undoes it.</source>
        <translation>{cell}：“{old}”已替换为“{new}”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1358" />
        <source>{cell}: “{old}” removed. Ctrl+Z undoes it.</source>
        <translation>{cell}：“{old}”已移除。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1360" />
        <source>{cell}: {new}.</source>
        <translation>{cell}：{new}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1421" />
        <source>None: every mapped cell can be written.</source>
        <translation>无：所有指定的单元格都可以写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="1451" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1978" />
        <source>clerk</source>
        <extracomment>Issue parameters that hold a period, as its storage code (2016-M03), or a list of them. The roles of staff accounts (domain/users.py Role) as people call them.</extracomment>
        <translation>填报员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1979" />
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1980" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1985" />
        <source>key figures or register rows</source>
        <extracomment>What a role may be refused (domain/users.py Action), as "{person} may not …" continues.</extracomment>
        <translation>填报数据或台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1986" />
        <source>import returns or lists</source>
        <translation>导入报表或名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1987" />
        <source>submit returns</source>
        <translation>上报报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1988" />
        <source>reopen or send back returns</source>
        <translation>重新打开或退回报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1989" />
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1990" />
        <source>change townships, villages or regions</source>
        <translation>修改乡镇、村或地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1991" />
        <source>change indicators</source>
        <translation>修改指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="1992" />
        <source>change templates</source>
        <translation>修改模板</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="161" />
        <source>all regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="291" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="341" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="445" />
        <source>The two passwords differ. Type the password again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="475" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="492" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="493" />
        <source>R&amp;ole…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="494" />
        <source>Re&amp;gions…</source>
        <translation>地区(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="495" />
        <source>&amp;Password…</source>
        <translation>密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="496" />
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="497" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="581" />
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="581" />
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="615" />
        <source>Account %1 (%2) added.</source>
        <translation>已添加账号 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="627" />
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="628" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="639" />
        <source>%1 is now %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="658" />
        <source>%1 works on: %2.</source>
        <translation>%1 负责的地区：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="679" />
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="689" />
        <location filename="../../desktop_app/ui/users_dialog.py" line="699" />
        <source>%1 may log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="699" />
        <source>%1 can no longer log in.</source>
        <translation>%1 已不能再登录。</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="100" />
        <source>Login</source>
        <extracomment>A disabled account's row. The roles in the order they are offered (the least first).</extracomment>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="101" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="102" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="103" />
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="104" />
        <source>Active</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="105" />
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="147" />
        <source>yes</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/users_dialog.py" line="149" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
</context>
</TS>
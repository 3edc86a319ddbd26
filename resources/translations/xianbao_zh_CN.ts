<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="24" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>正在为演示县填入两年的示例数据……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="27" />
        <location filename="../../desktop_app/ui/report_actions.py" line="141" />
        <location filename="../../desktop_app/ui/report_actions.py" line="304" />
        <location filename="../../desktop_app/app.py" line="86" />
        <location filename="../../desktop_app/app.py" line="98" />
        <source>Xianbao</source>
        <translation>县报</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="49" />
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="50" />
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="51" />
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="52" />
        <source>township</source>
        <translation>乡级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="53" />
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="74" />
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="76" />
        <source>Home region: {name} ({code}, {level})</source>
        <translation>本单位区划：{name}（{code}，{level}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="82" />
        <source>{indicators} indicators and {regions} regions are loaded.</source>
        <translation>已载入 {indicators} 项指标、{regions} 个行政区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <location filename="../../desktop_app/cli.py" line="109" />
        <location filename="../../desktop_app/cli.py" line="150" />
        <location filename="../../desktop_app/cli.py" line="213" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <location filename="../../desktop_app/cli.py" line="110" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="95" />
        <source>{count} regions.</source>
        <translation>共 {count} 个区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="111" />
        <source>Until</source>
        <translation>存续至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="112" />
        <source>Succeeded by</source>
        <translation>接替区划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="114" />
        <source>Former divisions: {count}</source>
        <translation>已撤销或变更代码的区划：{count} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="122" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>已添加 {name}（{code}，{level}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="143" />
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="145" />
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="146" />
        <source>year to date</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="151" />
        <location filename="../../desktop_app/cli.py" line="214" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="152" />
        <location filename="../../desktop_app/cli.py" line="215" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="153" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="154" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="155" />
        <source>Keyed as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="178" />
        <source>Unchanged: {value}</source>
        <translation>未改变：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="181" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>已保存 {region} {period} 指标 {indicator}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="198" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>{region} {year}年指标 {indicator} 的年度目标：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="207" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="208" />
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="209" />
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="210" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="217" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="218" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="219" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="220" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="221" />
        <source>YTD YoY (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="222" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
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
        <translation>（缺：{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="277" />
        <location filename="../../desktop_app/cli.py" line="281" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="280" />
        <source> (incomplete: {names})</source>
        <translation>（不完整：{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="290" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name}（{code}）{period}　累计期：{ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="299" />
        <source>Reported</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="319" />
        <source>{mark} incomplete: not every region below reported this figure.</source>
        <translation>{mark} 不完整：下级区划未全部报送此数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="324" />
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="339" />
        <source>Roll-up:</source>
        <translation>汇总：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_report.py" line="90" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已生成 {path}（共 {pages} 页）。</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="73" />
        <source>monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="74" />
        <source>quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="75" />
        <source>half-yearly</source>
        <translation>半年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="76" />
        <source>annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="89" />
        <source>sample</source>
        <translation>样表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="93" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="94" />
        <source>Form number</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="95" />
        <source>Title</source>
        <translation>表名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="96" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="97" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="98" />
        <source>Years</source>
        <translation>适用年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="99" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="124" />
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="148" />
        <source>Refused: {message}</source>
        <translation>已拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="156" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows refused, {skipped} cells not read, {missing} regions without figures</source>
        <translation>{template}，{region}，{period}：新增 {new} 个，修改 {changed} 个，未变 {unchanged} 个，冲突 {conflicts} 个，拒绝 {unmatched} 行，未读取 {skipped} 个单元格，{missing} 个地区未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="214" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="215" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="216" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="217" />
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="218" />
        <source>row refused</source>
        <translation>行被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="219" />
        <source>no figures</source>
        <translation>未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="220" />
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="228" />
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="229" />
        <source>year to date</source>
        <translation>1-本期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="230" />
        <source>same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="231" />
        <source>last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="232" />
        <source>year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="233" />
        <source>year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="234" />
        <source>on the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="235" />
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="236" />
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="237" />
        <source>progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="202" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="205" />
        <source>Stored {count} values.</source>
        <translation>已保存 {count} 个数值。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="74" />
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
        <location filename="../../desktop_app/ui/history_dialog.py" line="38" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="39" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="40" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="41" />
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="42" />
        <source>How</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="57" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="58" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="59" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>no such region</source>
        <translation>无此地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>row refused</source>
        <translation>行被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>no figures sent</source>
        <translation>未报数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="65" />
        <source>file refused</source>
        <translation>文件被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="69" />
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="70" />
        <source>year to date</source>
        <translation>1-本期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="71" />
        <source>same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="72" />
        <source>last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="73" />
        <source>year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="74" />
        <source>year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="75" />
        <source>on the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="76" />
        <source>previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="77" />
        <source>annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="78" />
        <source>progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="248" />
        <source>Import: what would change</source>
        <translation>导入：将发生的变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="265" />
        <source>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows refused, %7 files refused; %8 regions sent no figures, %9 cells are not read. %10 files can be imported; a file with a conflict or a refused row is not imported at all.</source>
        <translation>共 %1 个文件：新增 %2 个数值，修改 %3 个，未变 %4 个；冲突 %5 处，拒绝 %6 行，%7 个文件被拒绝；%8 个地区未报数，%9 个单元格未读取。可导入 %10 个文件；有冲突或被拒绝行的文件整份不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="284" />
        <source>&amp;Import %1 files</source>
        <translation>导入 %1 个文件(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="196" />
        <source>File</source>
        <extracomment>The order rows are listed in: what blocks a file first, what is only for information last.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="197" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="198" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="199" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="200" />
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="201" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="202" />
        <source>Stored</source>
        <translation>库中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="203" />
        <source>In the file</source>
        <translation>文件中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="204" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="205" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="64" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}”不是数字。请输入数字（全角数字也可以），不适用时填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="69" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>指标 {indicator} 计数须为整数，{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="72" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>指标 {indicator} 保留 {scale} 位小数，{value} 的小数位过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="75" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>指标 {indicator} 不能为负数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="78" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>指标 {indicator} 不得小于 {minimum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="81" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>指标 {indicator} 不得大于 {maximum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="84" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>指标 {indicator} 由分子、分母计算得出，不能直接填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="87" />
        <source>Indicator {indicator} is kept in {unit}, not as a percentage: type the figure in {unit}, without “%”.</source>
        <translation>指标 {indicator} 的单位是{unit}，不是百分比：请填写以{unit}计的数值，不要带“%”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="92" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>指标 {indicator} 为期末数，没有累计值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="124" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>没有代码为 {code} 的行政区划。可用 xianbao regions 查看区划列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="127" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>没有代码为 {code} 的指标。可用 xianbao indicators 查看指标目录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="95" />
        <source>Indicator {indicator} for this year is already kept at {name} ({region}); a branch keeps each figure at one level a year so that totals never count it twice.</source>
        <translation>指标 {indicator} 本年度已在{name}（{region}）填报；同一分支的数字每年只在一个层级填报，汇总才不会重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="100" />
        <source>Indicator {indicator} lacks {periods}: without them its year to date (and any period made of them) cannot be computed. Key them, or 无 where nothing happened.</source>
        <translation>指标 {indicator} 缺 {periods}：缺少这些数据，1–N月累计（及由其组成的报告期）无法计算。请补填，没有发生的填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="105" />
        <source>Indicator {indicator} is already kept for {year} in periods such as {existing}; {period} is another kind of period. A year is kept one way so that its figures cannot contradict each other: key periods like {existing}, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按 {existing} 这样的报告期填报，{period} 是另一种报告期。同一年只能按一种方式填报，数字才不会互相矛盾：请按与 {existing} 相同的报告期填报，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="112" />
        <source>Indicator {indicator} is already kept for {year} as year-to-date figures (1–N月累计, e.g. {existing}); key {period} as year to date too, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按 1–N月累计填报（如 {existing}）；{period} 也请填累计数，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="118" />
        <source>Indicator {indicator} is already kept for {year} as each period's own figure (e.g. {existing}); key {period} as its own figure too, or first clear the {count} value(s) of {year}.</source>
        <translation>指标 {indicator} 的 {year} 年数据已按当期数填报（如 {existing}）；{period} 也请填当期数，或先清除 {year} 年的 {count} 个数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="130" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016年1-3月 (the return for March), 2016Q1, 2016年第一季度, 2016H1, 2016年上半年 or 2016年度.</source>
        <translation>“{text}”不是有效的报告期。请写作 2016-03、2016年3月、2016年1-3月（即3月的报表）、2016Q1、2016年第一季度、2016H1、2016年上半年或2016年度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="135" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>年份 {year} 超出本系统支持的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="138" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>一年中没有第 {index} 个这种报告期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="141" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} 不是有效的{level}区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="142" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} 需要一个高于{level}的上级区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="145" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} 与上级区划 {parent} 的代码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="148" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</source>
        <translation>{path} 不是县报数据库或无法读取（{detail}）。请选择其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="153" />
        <source>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</source>
        <translation>数据库 {path} 已损坏（{detail}）。请恢复最近的备份，并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="158" />
        <source>{path} is a database of another program, not of Xianbao. It was left as it is; choose another file for Xianbao.</source>
        <translation>{path} 是其他程序的数据库，不是县报的数据库。该文件未作任何改动；请为县报另选一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="163" />
        <source>{path} was made by a newer version of Xianbao (schema {revision}). It was left as it is; install that version of Xianbao to open it.</source>
        <translation>{path} 由更新版本的县报创建（数据库结构 {revision}）。该文件未作任何改动；请安装该版本的县报来打开它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="168" />
        <source>The database {path} could not be upgraded for this version of Xianbao ({detail}). It was left as it was; if the disk is full, make room on it, then start Xianbao again.</source>
        <translation>数据库 {path} 无法升级到当前版本的县报（{detail}）。该文件保持原样，未作改动；如磁盘已满，请先腾出空间，再重新启动县报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="173" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>指标 {indicator}：{month}的累计数小于{previous}的累计数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="177" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>指标 {indicator} 本期未填报。请填写数值；不适用的请填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="181" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>指标 {indicator}：其中项（{part_value}）大于合计 {parent}（{whole_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="185" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>指标 {indicator}（{value}）不能大于指标 {limit}（{limit_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="189" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>指标 {indicator}（{numerator_value}）大于 {denominator}（{denominator_value}），比率 {ratio} 将超过100%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="194" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>指标 {indicator}：比率 {value}% 超出允许范围 {minimum}%–{maximum}%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="198" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>指标 {indicator} 由上期末的 {previous} 降至 {value}，请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="203" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>指标 {indicator}：本期数 {value} 与常态差距较大（近12个月中位数 {median}，上年同期 {last_year}），请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="208" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>报表还有 {count} 个错误，请更正后再报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="211" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>还有 {count} 个警告需要填写情况说明才能报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="214" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>请说明已报送报表需要修改的原因；原因将随报表保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="217" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>{region}的报表尚未报送，无需退回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="220" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>{region}{period}的报表已于 {since} 由 {who} 报送并锁定。如需修改数据，请填写原因后退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="225" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>指标 {indicator} 尚无数值，无法填写备注；请先填写数值或“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="228" />
        <source>Region {code} needs a name.</source>
        <translation>区划 {code} 需要填写名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="229" />
        <source>A region with the code {code} already exists.</source>
        <translation>代码为 {code} 的区划已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="230" />
        <source>{name} ({code}) existed until {until}; {successor_name} ({successor}) succeeded it. Enter the figures for {period} under {successor}.</source>
        <translation>{name}（{code}）存续至{until}，由{successor_name}（{successor}）接替。{period}的数据请填在 {successor} 下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="235" />
        <source>{name} ({code}) existed until {until}, so it takes no figures for {period}.</source>
        <translation>{name}（{code}）存续至{until}，{period}不能再填报它的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="238" />
        <source>{name} ({code}) exists from {since}, so it takes no figures for {period}.</source>
        <translation>{name}（{code}）自{since}起设立，{period}不能填报它的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="241" />
        <source>{name} ({code}) exists from {since}; enter the figures for {period} under {predecessor_name} ({predecessor}).</source>
        <translation>{name}（{code}）自{since}起设立；{period}的数据请填在{predecessor_name}（{predecessor}）下。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="246" />
        <source>{name} ({code}) existed until {until}; today it is {successor_name} ({successor}).</source>
        <translation>{name}（{code}）存续至{until}，现为{successor_name}（{successor}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="250" />
        <source>{name} ({code}) existed until {until} and is no longer a region.</source>
        <translation>{name}（{code}）存续至{until}，已不再是现行区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="253" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>此数据库尚未设置本县。请先运行：xianbao init --region 区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="257" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>没有名为“{template}”的 Excel 模板。可用 xianbao templates 查看全部模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="260" />
        <source>The template mapping {where} cannot be read: {detail}</source>
        <translation>无法读取模板映射 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="263" />
        <source>Template {template}: its workbook {file} is not beside the mapping.</source>
        <translation>模板 {template}：映射文件旁没有其工作簿 {file}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="266" />
        <source>Template {template}: its workbook cannot be opened ({detail}).</source>
        <translation>模板 {template}：无法打开其工作簿（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="269" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}”不能用作模板编号：请使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="272" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>模板的适用年度 {first}–{last} 不是有效的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="275" />
        <source>The mapping maps no sheet.</source>
        <translation>映射中没有任何工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="276" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>工作簿中没有映射所用的工作表“{sheet}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="279" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>工作簿没有定义指向单个单元格的名称“{name}”（工作表 {sheet}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="283" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>单元格 {sheet}!{cell} 位于工作表的表格范围之外。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="286" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>单元格 {sheet}!{cell} 位于合并单元格 {merged} 内部；请映射其左上角单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="290" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>单元格 {sheet}!{cell} 含有省厅设置的公式，不能写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="293" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>单元格 {sheet}!{cell} 被映射了不止一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="296" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>单元格 {sheet}!{cell} 应为“{text}”：这不是映射所对应的工作簿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="301" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>工作表 {sheet} 是地区汇总表，但映射中没有给出表格设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="304" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>工作表 {sheet}：表格行范围 {first}–{last} 无效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="307" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>工作表 {sheet}：合计行 {cell} 位于地区行范围之内。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="310" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>工作表 {sheet}：{cell} 列没有可用于匹配行的区划代码或名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="314" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>单元格 {sheet}!{cell} 映射到未知指标 {indicator}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="317" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>模板 {template} 不适用于{period}（报告期类型或适用年度 {first}–{last} 不符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="321" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>模板 {template} 属于其他省份，不适用于{region}（{code}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="324" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>模板 {template} 不适用于{region}这一级地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>工作表 {sheet} 只能填 {rows} 个地区，实际有 {regions} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="330" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>工作表 {sheet} 中没有{region}（{code}）的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="333" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>无法把报表写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="336" />
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="337" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 已损坏或不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="342" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} 是旧的 Excel 97-2003 格式（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="347" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} 设有密码保护。请打开后取消密码（不加密保存），再重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="352" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} 过大，不像是一份报表（解压后 {size} MB）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="356" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} 中有一个工作表达 {cells} 个单元格，远超一份报表。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="360" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} 与所有 Excel 模板都不相符（标题、表号或工作表不同）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="365" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} 不是模板 {template}（{form_number}）的填报文件：{cells} 不一致。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="370" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} 没有写明报告期，请指定报告期。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="373" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="376" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} 没有写明行政区划代码，请指定地区。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="379" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="382" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>第 {row} 行：没有代码或名称为“{key}”的地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="385" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>第 {row} 行有数据，但没有区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="386" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>指标 {indicator}：文件中为 {file}，而已存数据得出 {derived}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="390" />
        <source>{file} has {conflicts} conflicting values and {unmatched} refused rows; resolve them first. Nothing was imported.</source>
        <translation>{file} 有 {conflicts} 个冲突值和 {unmatched} 行被拒绝，请先解决。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="395" />
        <source>{file} is a {form_number} return of {province} (template {template}), and {region} ({code}) is not in {province}. Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} 是{province}的{form_number}报表（模板 {template}），而{region}（{code}）不属于{province}。请按填报该表的区划导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="401" />
        <source>{file} is a {form_number} return (template {template}), which is not made for a region at the level of {region} ({code}). Import it for the region that filled it in. Nothing was imported.</source>
        <translation>{file} 是{form_number}报表（模板 {template}），该模板不适用于{region}（{code}）这一级区划。请按填报该表的区划导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="407" />
        <source>{file}: the {rows} regions in its table are under {parent_name} ({parent}), not under {region} ({code}). Import it for {parent_name}. Nothing was imported.</source>
        <translation>{file}：表中的 {rows} 个区划属于{parent_name}（{parent}），不属于{region}（{code}）。请按{parent_name}导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="412" />
        <source>Row {row}: {name} ({key}) is not under {region} ({code}) but under {parent_name}. Delete the row, or import it with {parent_name}'s return.</source>
        <translation>第 {row} 行：{name}（{key}）不属于{region}（{code}），而属于{parent_name}。请删除该行，或随{parent_name}的报表导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="417" />
        <source>Row {row}: {name} ({key}) has a row already (row {first}). Keep one of the two rows.</source>
        <translation>第 {row} 行：{name}（{key}）已有一行（第 {first} 行）。两行只保留一行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="421" />
        <source>{name} ({code}) has no row in sheet {sheet}: it has sent no figures.</source>
        <translation>{name}（{code}）在工作表 {sheet} 中没有行：尚未报送数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="424" />
        <source>The row of {name} ({code}) (sheet {sheet}, row {row}) holds no figures.</source>
        <translation>{name}（{code}）的行（工作表 {sheet} 第 {row} 行）没有任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="427" />
        <source>Not read: Xianbao derives this figure of {indicator} from the values it keeps, and reports a cell that disagrees with them.</source>
        <translation>未读取：该数由县报根据已存的 {indicator} 数据推算，与之不符的单元格会被指出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="432" />
        <source>Not read: {indicator} is read from {cell}, which holds the same figure; the two must agree.</source>
        <translation>未读取：{indicator} 从 {cell} 读取，两格是同一个数，必须一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="437" />
        <source>Not read: Xianbao computes growth rates and percentages itself.</source>
        <translation>未读取：增长率和百分比由县报自行计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="440" />
        <source>Not read: {indicator} is computed from its parts.</source>
        <translation>未读取：{indicator} 由其分子、分母计算得出。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="443" />
        <source>Not read: annual targets are set in Xianbao (xianbao target); the cell must agree with a stored target.</source>
        <translation>未读取：年度目标在县报中设定（xianbao target）；该单元格须与已存目标一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="448" />
        <source>Not read: no indicator has the code {indicator}.</source>
        <translation>未读取：没有代码为 {indicator} 的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="451" />
        <source>Not read: the formula in {sheet}!{cell} has no computed value (the file was saved by a program that does not calculate). Open the file in Excel or WPS, save it and import it again.</source>
        <translation>未读取：{sheet}!{cell} 中的公式没有计算结果（文件由不计算公式的程序保存）。请用 Excel 或 WPS 打开并保存该文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="457" />
        <source>Indicator {indicator}: {sheet}!{cell} says {file}, but the stored and imported values give {derived}. Correct the cell, or the values it is made of, and import again.</source>
        <translation>指标 {indicator}：{sheet}!{cell} 为 {file}，但已存和导入的数据得出 {derived}。请更正该单元格或其所依据的数据后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="462" />
        <source>Indicator {indicator}: {sheet}!{cell} gives the annual target as {file}, but {derived} is stored. Correct the cell or the stored target (xianbao target), then import again.</source>
        <translation>指标 {indicator}：{sheet}!{cell} 的年度目标为 {file}，但已存目标为 {derived}。请更正该单元格或已存目标（xianbao target）后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="467" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}”不是日期；请写成 2025-04-08。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="470" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="471" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>未找到中文 TrueType 字体，未生成 PDF。请安装 fonts-wqy-microhei（Debian/Ubuntu：sudo apt-get install fonts-wqy-microhei），或在“设置”中选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="477" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>字体 {path} 使用 CFF 字形（OpenType/CFF，如思源黑体 Noto Sans CJK），无法嵌入 PDF。请选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）或文泉驿微米黑（wqy-microhei.ttc）等 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="483" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>字体 {path} 不含中文字符，用它打印的报表会显示方框。请选择微软雅黑（msyh.ttc）或文泉驿微米黑等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="488" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>无法将 {path} 读取为 TrueType 字体。请选择微软雅黑（msyh.ttc）或文泉驿微米黑（wqy-microhei.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="493" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name}（{code}）没有下级区划，本报表无可列出的内容。请选择有乡镇的县、市（州）或省。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="498" />
        <source>{name} ({code}) is not a prefecture or a province; the city report ranks the counties of a prefecture or a province. Use the monthly summary for a county.</source>
        <translation>{name}（{code}）不是市（州）或省；市级报表对市（州）或省的各县进行排名。县请使用月度汇总。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="88" />
        <location filename="../../desktop_app/ui/main_window.py" line="107" />
        <source>Opening the database…</source>
        <extracomment>The store's regions and the first return are on screen.</extracomment>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="90" />
        <location filename="../../desktop_app/ui/main_window.py" line="129" />
        <source>Return</source>
        <translation>本级报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130" />
        <source>By township</source>
        <translation>乡镇分列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176" />
        <source>◀ Previous month</source>
        <translation>◀ 上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179" />
        <source>Next month ▶</source>
        <translation>下月 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="193" />
        <source>Every change is saved as you type.</source>
        <translation>所有修改在输入时已自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="198" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="203" />
        <source>Find indicator…</source>
        <translation>查找指标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207" />
        <source>&amp;Return</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208" />
        <source>Re&amp;ports</source>
        <translation>导出与打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210" />
        <location filename="../../desktop_app/ui/main_window.py" line="258" />
        <source>Keyboard help</source>
        <translation>键盘操作说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Find indicator</source>
        <translation>查找指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236" />
        <source>Code or part of the name:</source>
        <translation>指标代码或名称中的文字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="252" />
        <source>No indicator matches “%1”.</source>
        <translation>没有与“%1”匹配的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="260" />
        <source>Type a number to fill the selected cell; Enter saves it and moves down, Tab moves right. Full-width digits are fine; 无 means not applicable.
Ctrl+Z undo · Ctrl+V paste from Excel/WPS · Ctrl+Shift+L copy last period
Ctrl+PgUp / Ctrl+PgDown previous / next month · Ctrl+F find an indicator
Ctrl+H history of a cell · Ctrl+Enter submit the return</source>
        <translation>选中单元格后直接输入数字；回车保存并移到下一行，Tab 移到右侧。可输入全角数字；不适用请填“无”。
Ctrl+Z 撤销 · Ctrl+V 粘贴 Excel/WPS 数据 · Ctrl+Shift+L 复制上期
Ctrl+PgUp / Ctrl+PgDown 上月 / 下月 · Ctrl+F 查找指标
Ctrl+H 单元格修改记录 · Ctrl+Enter 报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="313" />
        <source>Xianbao — %1, %2</source>
        <translation>县报 — %1，%2</translation>
    </message>
</context>
<context>
    <name>MultiUnitPage</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="206" />
        <source>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</source>
        <translation>%1 尚未添加乡镇。可用 xianbao add-region 区划代码 名称 --parent %2 添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="223" />
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="251" />
        <source>Pasted %1 cells.</source>
        <translation>已粘贴 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="259" />
        <source>%1 cells cannot be typed into (outside the grid or computed) and were left out.</source>
        <translation>%1 个单元格不能填写（超出表格或为计算项），未填入。</translation>
    </message>
</context>
<context>
    <name>MultiUnitTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="53" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="54" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="55" />
        <source>Keyed as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="56" />
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="121" />
        <source>year to date</source>
        <extracomment>A person changed a township's cell: region code, indicator code, text as typed.</extracomment>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="122" />
        <source>this period</source>
        <translation>本期值</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="81" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>导出省厅 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="86" />
        <source>Import Excel returns…</source>
        <translation>导入 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="89" />
        <source>Import a folder of returns…</source>
        <translation>导入整个文件夹的报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="92" />
        <source>Templates…</source>
        <translation>报表模板……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="95" />
        <source>Monthly summary (PDF)…</source>
        <translation>月度汇总（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="98" />
        <source>Blank paper forms (PDF)…</source>
        <translation>空白纸质报表（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="101" />
        <source>Who has submitted (PDF)…</source>
        <translation>报送情况（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="145" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="150" />
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="156" />
        <source>Choose a region first.</source>
        <translation>请先选择地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="173" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>没有适用于{region}、{period}的模板。请在“导出与打印 → 报表模板”中添加省厅的表样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="187" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="188" />
        <source>Which return?</source>
        <translation>导出哪张报表？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="206" />
        <source>Filling the province's workbook…</source>
        <translation>正在填写省厅报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="210" />
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="218" />
        <source> (sample)</source>
        <translation>（样表）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="227" />
        <source>Where should exported returns go?</source>
        <translation>导出的报表保存到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="238" />
        <source>Import Excel returns</source>
        <translation>导入 Excel 报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="240" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="247" />
        <source>Import every return in a folder</source>
        <translation>导入文件夹中的所有报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="260" />
        <source>Reading the returns…</source>
        <translation>正在读取报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="270" />
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="293" />
        <source>Storing the imported values…</source>
        <translation>正在保存导入的数值……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="298" />
        <source>Imported {count} values from {files} files.</source>
        <translation>已从 {files} 个文件导入 {count} 个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="338" />
        <source>The monthly summary is made for a month.</source>
        <translation>月度汇总只能按月生成，请选择月份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="344" />
        <location filename="../../desktop_app/ui/report_actions.py" line="349" />
        <location filename="../../desktop_app/ui/report_actions.py" line="371" />
        <source>Making the report…</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="360" />
        <source>Making the forms…</source>
        <translation>正在生成空白表……</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="64" />
        <source>Print preview – {name}</source>
        <translation>打印预览 – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="66" />
        <location filename="../../desktop_app/ui/report_preview.py" line="129" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="67" />
        <source>Save a copy of the report as PDF</source>
        <translation>将报表另存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="118" />
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="120" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_preview.py" line="130" />
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop_app/exporting/pdf/document.py" line="99" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="81" />
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="92" />
        <source>January total</source>
        <translation>1月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="158" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="432" />
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="303" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region}电子商务发展情况月报（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="315" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="726" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="316" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="728" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="317" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="329" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="729" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="320" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="332" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="498" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="542" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="321" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="322" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="428" />
        <source>Notes on warnings</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="430" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="450" />
        <source>____ / ____ / ____</source>
        <translation>　　　　年　　月　　日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="475" />
        <source>(Stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="456" />
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="93" />
        <source>Months 1–{month}</source>
        <translation>1-{month}月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="166" />
        <source>{items}, {item}</source>
        <extracomment>How a list is joined: names (顿号 in Chinese), and the entries of a note.</extracomment>
        <translation>{items}、{item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="167" />
        <source>{items}; {item}</source>
        <translation>{items}；{item}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="281" />
        <source>{coverage} (missing: {regions})</source>
        <translation>{coverage}（缺：{regions}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="285" />
        <source>{coverage} (incomplete themselves: {regions})</source>
        <translation>{coverage}（下级未报齐：{regions}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="290" />
        <source>{name} {measures} {coverage}</source>
        <translation>{name} {measures} {coverage}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="296" />
        <source>Note: {mark} incomplete: {entries}</source>
        <translation>注：{mark} 不完整：{entries}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="319" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="331" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="497" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="541" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="458" />
        <source>Head of statistics</source>
        <translation>统计负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="460" />
        <source>Prepared by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="461" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="462" />
        <source>Date of report</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="537" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="538" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="727" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="851" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="539" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="810" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="543" />
        <source>Share (%)</source>
        <translation>占比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="596" />
        <source>Not reported for {indicator} ({count}): {regions}</source>
        <translation>{indicator}未报数（{count} 个）：{regions}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="603" />
        <source>{count} regions</source>
        <translation>{count} 个地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="621" />
        <source>Reporting unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="622" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="721" />
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="630" />
        <source>{count} indicators</source>
        <translation>{count} 项指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="638" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>各县（市、区）{indicator}排名（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="653" />
        <source>Key indicators over the last 12 months</source>
        <translation>近12个月主要指标走势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="664" />
        <source>Progress against the year's targets</source>
        <translation>年度目标完成进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="704" />
        <source>Rural e-commerce monthly return</source>
        <translation>农村电子商务发展情况月报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="713" />
        <source>Send to: {authority}</source>
        <translation>报送单位：{authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="720" />
        <source>Reporting unit (stamp)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="731" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="758" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</source>
        <translation>说明：1. 期末数指标（累计栏为灰色）填写月末数。2. 指标不适用的填写“无”，0 表示确实没有。3. 金额单位为万元，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="790" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>{region}报表报送情况（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="797" />
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="798" />
        <source>Submitted late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="799" />
        <source>Not yet submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="800" />
        <source>Overdue, not submitted</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="801" />
        <source>Reopened for correction</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="807" />
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="808" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="809" />
        <source>Prefecture</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="828" />
        <source>Deadline</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="829" />
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="833" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>应报 {expected} 个，已报 {submitted} 个（按时 {on_time} 个，逾期 {late} 个），未报 {missing} 个（其中逾期未报 {overdue} 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="850" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="853" />
        <source>Status</source>
        <translation>报送状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="854" />
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="855" />
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="856" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="75" />
        <source>No data for the last 12 months.</source>
        <translation>近12个月无数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="116" />
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="128" />
        <source>{mark} Some regions have not reported that month.</source>
        <translation>{mark} 该月有地区未报数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="186" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent}（已完成 {done}，目标 {target} {unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="210" />
        <source>Time elapsed {percent}%</source>
        <translation>时间进度 {percent}%</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="148" />
        <source>Undo</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. The return's status changed (submitted, reopened): the window updates its title.</extracomment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="150" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="152" />
        <source>Copy last period</source>
        <translation>复制上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="155" />
        <source>Submit (报送)</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="158" />
        <source>Reopen…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="160" />
        <source>History of this cell…</source>
        <translation>单元格修改记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="232" />
        <source>Submitted on %1 by %2; reopen it to change a figure.</source>
        <translation>已于 %1 由 %2 报送；如需修改请先退回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="236" />
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="240" />
        <location filename="../../desktop_app/ui/return_page.py" line="401" />
        <source>Reopened: %1</source>
        <translation>已退回修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="242" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="247" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="279" />
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="281" />
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="291" />
        <source>Restored %1: %2</source>
        <translation>已恢复 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="326" />
        <source>Pasted %1 cells; refused %2 — %3</source>
        <translation>已粘贴 %1 个单元格，拒绝 %2 个——%3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="330" />
        <source>Pasted %1 cells.</source>
        <translation>已粘贴 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="346" />
        <source>Copied %1 end-of-period figures from the last period; confirm each with Enter.</source>
        <translation>已从上期复制 %1 项期末数；请逐项回车确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="367" />
        <source>Explanation (情况说明)</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="368" />
        <source>Explain this figure for the return:</source>
        <translation>请说明此数据的情况：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="371" />
        <source>Not submitted: every warning needs an explanation.</source>
        <translation>未报送：每个警告都需要填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="381" />
        <source>Submitted. The return is locked.</source>
        <translation>已报送，报表已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Reopen the return</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_page.py" line="387" />
        <source>Why must the submitted return change?</source>
        <translation>已报送的报表为什么需要修改？</translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="66" />
        <source>Code</source>
        <extracomment>Text of a rolled-up figure that not every child contributed to (dark amber: reads on white, on the warning yellow and in greyscale print).</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="67" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="68" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="69" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="70" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="71" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="72" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="73" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="74" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="75" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="76" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="264" />
        <source>{count} regions reported this figure.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. "4/5" for a rolled-up figure that lacks some children, else None. The measure (a name in services.figures.MEASURES) each figure column shows. The mark after a figure that not every child region contributed to. A person changed a cell: indicator code, column, text as typed.</extracomment>
        <translation>{count} 个下级区划报送了此数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="267" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="269" />
        <source>Missing: {names}</source>
        <translation>未报：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="273" />
        <source>Incomplete themselves: {names}</source>
        <translation>本身不完整：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="309" />
        <source>Copied from the last period; confirm with Enter.</source>
        <translation>从上期复制，请回车确认。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="29" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="39" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="43" />
        <source>&amp;Bureau name:</source>
        <translation>填报单位(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="44" />
        <source>Bureau &amp;head:</source>
        <translation>单位负责人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="45" />
        <source>&amp;Statistics lead:</source>
        <translation>统计负责人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="46" />
        <source>Pr&amp;eparer:</source>
        <translation>填表人(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="47" />
        <source>&amp;Telephone:</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="57" />
        <source>found on this computer</source>
        <translation>自动在本机查找</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58" />
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63" />
        <source>Report &amp;font:</source>
        <translation>报表字体(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="68" />
        <source>A new language takes effect the next time Xianbao starts. Reports need a Chinese TrueType font (.ttf/.ttc) such as Microsoft YaHei, SimSun or WenQuanYi Micro Hei.</source>
        <translation>新的界面语言在下次启动县报时生效。打印报表需要中文 TrueType 字体（.ttf/.ttc），如微软雅黑、宋体或文泉驿微米黑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="86" />
        <source>Choose a Chinese TrueType font</source>
        <translation>选择中文 TrueType 字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="88" />
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
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
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="63" />
        <source>This period (本期)</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="64" />
        <source>Year to date (1–N月累计)</source>
        <translation>1–N月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="65" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="66" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="67" />
        <source>Year on year (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="68" />
        <source>Year to date, year on year (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="69" />
        <source>On the previous period (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="70" />
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="71" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="72" />
        <source>Progress to target (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="75" />
        <source>Reporting unit (填报单位)</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="76" />
        <source>Region name</source>
        <translation>地区名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="77" />
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="78" />
        <source>Reporting period (报告期)</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="79" />
        <source>Period as 1–N月</source>
        <translation>报告期（1–N月）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="80" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="81" />
        <source>Bureau head (单位负责人)</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="82" />
        <source>Statistics lead</source>
        <translation>统计负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="83" />
        <source>Preparer (填表人)</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="84" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="85" />
        <source>Date sent (报出日期)</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="88" />
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="89" />
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="90" />
        <source>Half-yearly</source>
        <translation>半年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="91" />
        <source>Annual</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="176" />
        <source>Templates</source>
        <translation>报表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="188" />
        <source>New from a workbook…</source>
        <translation>从工作簿新建……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="193" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="196" />
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="206" />
        <source>Not mapped</source>
        <translation>不填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="207" />
        <source>A figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="208" />
        <source>A header or footer field</source>
        <translation>表头或表尾项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="218" />
        <source>&amp;Assign</source>
        <translation>指定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="222" />
        <source>Cell:</source>
        <translation>单元格：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="223" />
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="224" />
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="225" />
        <source>Measure:</source>
        <translation>口径：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="226" />
        <source>Field:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="231" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="239" />
        <source>&amp;Save mapping</source>
        <translation>保存映射(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="321" />
        <source>The province's workbook</source>
        <translation>省厅表样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="323" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="329" />
        <location filename="../../desktop_app/ui/template_editor.py" line="336" />
        <location filename="../../desktop_app/ui/template_editor.py" line="344" />
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="330" />
        <source>Title of the return:</source>
        <translation>报表名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="337" />
        <source>Form number (表号):</source>
        <translation>表号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="345" />
        <source>How often:</source>
        <translation>报送频率：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="484" />
        <source>None: every mapped cell can be written.</source>
        <translation>无：所有指定的单元格都可以写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="508" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>
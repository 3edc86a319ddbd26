<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="23" />
        <source>Filling the demo county with two years of sample data…</source>
        <translation>正在为演示县填入两年的示例数据……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_fill.py" line="26" />
        <location filename="../../desktop_app/ui/report_actions.py" line="139" />
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
        <location filename="../../desktop_app/cli.py" line="92" />
        <location filename="../../desktop_app/cli.py" line="128" />
        <location filename="../../desktop_app/cli.py" line="191" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="92" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="92" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="94" />
        <source>{count} regions.</source>
        <translation>共 {count} 个区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="100" />
        <source>Added {name} ({code}, {level}).</source>
        <translation>已添加 {name}（{code}，{level}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="121" />
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="123" />
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="124" />
        <source>year to date</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="129" />
        <location filename="../../desktop_app/cli.py" line="192" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="130" />
        <location filename="../../desktop_app/cli.py" line="193" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="131" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="132" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="133" />
        <source>Keyed as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="156" />
        <source>Unchanged: {value}</source>
        <translation>未改变：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="159" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>已保存 {region} {period} 指标 {indicator}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="176" />
        <source>Target of {indicator} for {region} in {year}: {value}</source>
        <translation>{region} {year}年指标 {indicator} 的年度目标：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="185" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="186" />
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="187" />
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="188" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="195" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="196" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="197" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="198" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="199" />
        <source>YTD YoY (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="200" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="217" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name}（{code}）{period}　累计期：{ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="237" />
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="252" />
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
        <location filename="../../desktop_app/cli_excel.py" line="147" />
        <source>Refused: {message}</source>
        <translation>已拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="155" />
        <source>{template}, {region}, {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {unmatched} rows not matched</source>
        <translation>{template}，{region}，{period}：新增 {new} 个，修改 {changed} 个，未变 {unchanged} 个，冲突 {conflicts} 个，{unmatched} 行未匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="182" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli_excel.py" line="185" />
        <source>Stored {count} values.</source>
        <translation>已保存 {count} 个数值。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="69" />
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="18" />
        <source>typed</source>
        <translation>键入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="19" />
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="20" />
        <source>copied</source>
        <translation>复制上期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="21" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="22" />
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="33" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="34" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="35" />
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="36" />
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="37" />
        <source>How</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="59" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="60" />
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="61" />
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="62" />
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="63" />
        <source>no such region</source>
        <translation>无此地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="64" />
        <source>file refused</source>
        <translation>文件被拒绝</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="163" />
        <source>Import: what would change</source>
        <translation>导入：将发生的变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="181" />
        <source>%1 files: %2 new values, %3 changed, %4 unchanged; %5 conflicts, %6 rows with no such region, %7 files refused. %8 files can be imported; a file with a conflict or an unknown region is not imported at all.</source>
        <translation>共 %1 个文件：新增 %2 个数值，修改 %3 个，未变 %4 个；冲突 %5 处，%6 行找不到对应地区，%7 个文件被拒绝。可导入 %8 个文件；有冲突或未知地区的文件整份不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="198" />
        <source>&amp;Import %1 files</source>
        <translation>导入 %1 个文件(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="115" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="116" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="117" />
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="118" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="119" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="120" />
        <source>Stored</source>
        <translation>库中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="121" />
        <source>In the file</source>
        <translation>文件中数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="122" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_preview.py" line="123" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="60" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}”不是数字。请输入数字（全角数字也可以），不适用时填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="65" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>指标 {indicator} 计数须为整数，{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="68" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>指标 {indicator} 保留 {scale} 位小数，{value} 的小数位过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="71" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>指标 {indicator} 不能为负数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="74" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>指标 {indicator} 不得小于 {minimum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="77" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>指标 {indicator} 不得大于 {maximum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="80" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>指标 {indicator} 由分子、分母计算得出，不能直接填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="83" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>指标 {indicator} 为期末数，没有累计值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="86" />
        <source>Indicator {indicator} for this period is already kept at {name} ({region}); a branch keeps each figure at one level so that totals never count it twice.</source>
        <translation>指标 {indicator} 本期已在{name}（{region}）填报；同一分支的数据只在一级填报，以免汇总时重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="91" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>没有代码为 {code} 的行政区划。可用 xianbao regions 查看区划列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="94" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>没有代码为 {code} 的指标。可用 xianbao indicators 查看指标目录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="97" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016Q1, 2016年第一季度, 2016H1 or 2016.</source>
        <translation>“{text}”不是有效的报告期。请写作 2016-03、2016年3月、2016Q1、2016年第一季度、2016H1 或 2016。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="102" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>年份 {year} 超出本系统支持的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="105" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>一年中没有第 {index} 个这种报告期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="108" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} 不是有效的{level}区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="109" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} 需要一个高于{level}的上级区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="112" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} 与上级区划 {parent} 的代码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="115" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</source>
        <translation>{path} 不是县报数据库或无法读取（{detail}）。请选择其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="120" />
        <source>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</source>
        <translation>数据库 {path} 已损坏（{detail}）。请恢复最近的备份，并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="125" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>指标 {indicator}：{month}的累计数小于{previous}的累计数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="129" />
        <source>Indicator {indicator} has no value for this period. Enter a number, or 无 if it does not apply.</source>
        <translation>指标 {indicator} 本期未填报。请填写数值；不适用的请填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="133" />
        <source>Indicator {indicator}: the part ({part_value}) exceeds its whole {parent} ({whole_value}).</source>
        <translation>指标 {indicator}：其中项（{part_value}）大于合计 {parent}（{whole_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="137" />
        <source>Indicator {indicator} ({value}) cannot exceed indicator {limit} ({limit_value}).</source>
        <translation>指标 {indicator}（{value}）不能大于指标 {limit}（{limit_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="141" />
        <source>Indicator {indicator} ({numerator_value}) exceeds {denominator} ({denominator_value}), so the rate {ratio} would be above 100%.</source>
        <translation>指标 {indicator}（{numerator_value}）大于 {denominator}（{denominator_value}），比率 {ratio} 将超过100%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="146" />
        <source>Indicator {indicator}: the rate {value}% is outside the allowed range {minimum}%–{maximum}%.</source>
        <translation>指标 {indicator}：比率 {value}% 超出允许范围 {minimum}%–{maximum}%。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="150" />
        <source>Indicator {indicator} fell to {value} from {previous} at the end of the previous period. Please explain why.</source>
        <translation>指标 {indicator} 由上期末的 {previous} 降至 {value}，请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="155" />
        <source>Indicator {indicator}: {value} is far from its usual level (median of the past 12 months: {median}; same period last year: {last_year}). Please explain why.</source>
        <translation>指标 {indicator}：本期数 {value} 与常态差距较大（近12个月中位数 {median}，上年同期 {last_year}），请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="160" />
        <source>The return still has {count} errors; correct them before submitting.</source>
        <translation>报表还有 {count} 个错误，请更正后再报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="163" />
        <source>{count} warnings still need an explanation (情况说明) before submitting.</source>
        <translation>还有 {count} 个警告需要填写情况说明才能报送。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="166" />
        <source>Say why the submitted return must change; the reason is kept with it.</source>
        <translation>请说明已报送报表需要修改的原因；原因将随报表保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="169" />
        <source>The return of {region} has not been submitted, so there is nothing to reopen.</source>
        <translation>{region}的报表尚未报送，无需退回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="172" />
        <source>The return of {region} for {period} was submitted on {since} by {who} and is locked. Reopen it, with a reason, to change a figure.</source>
        <translation>{region}{period}的报表已于 {since} 由 {who} 报送并锁定。如需修改数据，请填写原因后退回修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="177" />
        <source>Indicator {indicator} has no value to comment on; enter the figure or 无 first.</source>
        <translation>指标 {indicator} 尚无数值，无法填写备注；请先填写数值或“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="180" />
        <source>Region {code} needs a name.</source>
        <translation>区划 {code} 需要填写名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="181" />
        <source>A region with the code {code} already exists.</source>
        <translation>代码为 {code} 的区划已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="182" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>此数据库尚未设置本县。请先运行：xianbao init --region 区划代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="186" />
        <source>There is no Excel template “{template}”. List them with: xianbao templates</source>
        <translation>没有名为“{template}”的 Excel 模板。可用 xianbao templates 查看全部模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="189" />
        <source>The template mapping {where} cannot be read: {detail}</source>
        <translation>无法读取模板映射 {where}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="192" />
        <source>Template {template}: its workbook {file} is not beside the mapping.</source>
        <translation>模板 {template}：映射文件旁没有其工作簿 {file}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="195" />
        <source>Template {template}: its workbook cannot be opened ({detail}).</source>
        <translation>模板 {template}：无法打开其工作簿（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="198" />
        <source>“{id}” cannot be a template id: use letters, digits, “-”, “_” and “.”.</source>
        <translation>“{id}”不能用作模板编号：请使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="201" />
        <source>The template's years {first}–{last} are not a valid range.</source>
        <translation>模板的适用年度 {first}–{last} 不是有效的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="204" />
        <source>The mapping maps no sheet.</source>
        <translation>映射中没有任何工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="205" />
        <source>The workbook has no sheet “{sheet}”, which the mapping uses.</source>
        <translation>工作簿中没有映射所用的工作表“{sheet}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="208" />
        <source>The workbook defines no name “{name}” that points at a single cell (sheet {sheet}).</source>
        <translation>工作簿没有定义指向单个单元格的名称“{name}”（工作表 {sheet}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="212" />
        <source>Cell {sheet}!{cell} lies outside the sheet's table.</source>
        <translation>单元格 {sheet}!{cell} 位于工作表的表格范围之外。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="215" />
        <source>Cell {sheet}!{cell} lies inside the merged cells {merged}; map their top-left cell.</source>
        <translation>单元格 {sheet}!{cell} 位于合并单元格 {merged} 内部；请映射其左上角单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="219" />
        <source>Cell {sheet}!{cell} holds a formula of the province's; it is never written.</source>
        <translation>单元格 {sheet}!{cell} 含有省厅设置的公式，不能写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="222" />
        <source>Cell {sheet}!{cell} is mapped more than once.</source>
        <translation>单元格 {sheet}!{cell} 被映射了不止一次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="225" />
        <source>Cell {sheet}!{cell} should read “{text}”: this is not the workbook the mapping was made for.</source>
        <translation>单元格 {sheet}!{cell} 应为“{text}”：这不是映射所对应的工作簿。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="230" />
        <source>Sheet {sheet} is a region table but the mapping gives no table.</source>
        <translation>工作表 {sheet} 是地区汇总表，但映射中没有给出表格设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="233" />
        <source>Sheet {sheet}: the table's rows {first}–{last} are not a valid range.</source>
        <translation>工作表 {sheet}：表格行范围 {first}–{last} 无效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="236" />
        <source>Sheet {sheet}: the total row {cell} lies inside the table's region rows.</source>
        <translation>工作表 {sheet}：合计行 {cell} 位于地区行范围之内。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="239" />
        <source>Sheet {sheet}: column {cell} holds no region codes or names to match the rows by.</source>
        <translation>工作表 {sheet}：{cell} 列没有可用于匹配行的区划代码或名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="243" />
        <source>Cell {sheet}!{cell} is mapped to indicator {indicator}, which is not known.</source>
        <translation>单元格 {sheet}!{cell} 映射到未知指标 {indicator}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="246" />
        <source>Template {template} is not made for {period} (its kind of period, years {first}–{last}).</source>
        <translation>模板 {template} 不适用于{period}（报告期类型或适用年度 {first}–{last} 不符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="250" />
        <source>Template {template} belongs to another province than {region} ({code}).</source>
        <translation>模板 {template} 属于其他省份，不适用于{region}（{code}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="253" />
        <source>Template {template} is not made for a region at the level of {region}.</source>
        <translation>模板 {template} 不适用于{region}这一级地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="256" />
        <source>Sheet {sheet} has room for {rows} regions, but there are {regions}.</source>
        <translation>工作表 {sheet} 只能填 {rows} 个地区，实际有 {regions} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="259" />
        <source>Sheet {sheet} has no row for {region} ({code}).</source>
        <translation>工作表 {sheet} 中没有{region}（{code}）的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="262" />
        <source>The return could not be written to {path}: {detail}</source>
        <translation>无法把报表写入 {path}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="265" />
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="266" />
        <source>{file} is damaged or is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it again. Nothing was imported.</source>
        <translation>{file} 已损坏或不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后重新保存。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="271" />
        <source>{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS, save it as .xlsx and import that. Nothing was imported.</source>
        <translation>{file} 是旧的 Excel 97-2003 格式（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="276" />
        <source>{file} is protected by a password. Open it, remove the password (save without encryption) and import it again. Nothing was imported.</source>
        <translation>{file} 设有密码保护。请打开后取消密码（不加密保存），再重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="281" />
        <source>{file} is far too large for a return ({size} MB unpacked). Nothing was imported.</source>
        <translation>{file} 过大，不像是一份报表（解压后 {size} MB）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="285" />
        <source>{file} has a sheet of {cells} cells, far more than a return. Nothing was imported.</source>
        <translation>{file} 中有一个工作表达 {cells} 个单元格，远超一份报表。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="289" />
        <source>{file} matches none of the Excel templates (title, 表号 and sheets differ). Nothing was imported.</source>
        <translation>{file} 与所有 Excel 模板都不相符（标题、表号或工作表不同）。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="294" />
        <source>{file} is not a copy of template {template} ({form_number}): {cells} differ. Nothing was imported.</source>
        <translation>{file} 不是模板 {template}（{form_number}）的填报文件：{cells} 不一致。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="299" />
        <source>{file} says no 报告期; give the period. Nothing was imported.</source>
        <translation>{file} 没有写明报告期，请指定报告期。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="302" />
        <source>{file} is the return for {found}, not for {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="305" />
        <source>{file} says no region code; give the region. Nothing was imported.</source>
        <translation>{file} 没有写明行政区划代码，请指定地区。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="308" />
        <source>{file} is the return of {found}, not of {expected}. Nothing was imported.</source>
        <translation>{file} 是{found}的报表，不是{expected}的。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="311" />
        <source>Row {row}: no region has the code or name “{key}”.</source>
        <translation>第 {row} 行：没有代码或名称为“{key}”的地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="314" />
        <source>Row {row} holds figures but no region code.</source>
        <translation>第 {row} 行有数据，但没有区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="315" />
        <source>Indicator {indicator}: the file says {file}, but the stored figures give {derived}.</source>
        <translation>指标 {indicator}：文件中为 {file}，而已存数据得出 {derived}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="319" />
        <source>{file} has {conflicts} conflicting values and {unmatched} rows that match no region; resolve them first. Nothing was imported.</source>
        <translation>{file} 有 {conflicts} 个冲突的数值和 {unmatched} 行无法匹配地区；请先处理。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="324" />
        <source>“{text}” is not a date; write it as 2025-04-08.</source>
        <translation>“{text}”不是日期；请写成 2025-04-08。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="327" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="328" />
        <source>No Chinese TrueType font was found, so no PDF was written. Install fonts-wqy-microhei (Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) or choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in Settings.</source>
        <translation>未找到中文 TrueType 字体，未生成 PDF。请安装 fonts-wqy-microhei（Debian/Ubuntu：sudo apt-get install fonts-wqy-microhei），或在“设置”中选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="334" />
        <source>The font {path} has CFF outlines (OpenType/CFF, like Noto Sans CJK), which cannot be embedded in a PDF. Choose a TrueType font such as Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>字体 {path} 使用 CFF 字形（OpenType/CFF，如思源黑体 Noto Sans CJK），无法嵌入 PDF。请选择微软雅黑（msyh.ttc）、宋体（simsun.ttc）或文泉驿微米黑（wqy-microhei.ttc）等 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="340" />
        <source>The font {path} has no Chinese characters; a report printed with it would show boxes. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei.</source>
        <translation>字体 {path} 不含中文字符，用它打印的报表会显示方框。请选择微软雅黑（msyh.ttc）或文泉驿微米黑等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="345" />
        <source>The font {path} cannot be read as a TrueType font. Choose a Chinese TrueType font such as Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei (wqy-microhei.ttc).</source>
        <translation>无法将 {path} 读取为 TrueType 字体。请选择微软雅黑（msyh.ttc）或文泉驿微米黑（wqy-microhei.ttc）等中文 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="350" />
        <source>{name} ({code}) has no regions under it, so this report has nothing to list. Choose a county with townships, a prefecture or a province.</source>
        <translation>{name}（{code}）没有下级区划，本报表无可列出的内容。请选择有乡镇的县、市（州）或省。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="355" />
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
        <location filename="../../desktop_app/ui/multi_unit.py" line="204" />
        <source>%1 has no townships yet. Add them with: xianbao add-region CODE NAME --parent %2</source>
        <translation>%1 尚未添加乡镇。可用 xianbao add-region 区划代码 名称 --parent %2 添加。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="221" />
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="249" />
        <source>Pasted %1 cells.</source>
        <translation>已粘贴 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/multi_unit.py" line="257" />
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
        <location filename="../../desktop_app/ui/report_actions.py" line="79" />
        <source>Export the province's Excel return…</source>
        <extracomment>A sentence for the status bar, and whether it reports a refusal. Values were imported: the window reloads what it shows.</extracomment>
        <translation>导出省厅 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="84" />
        <source>Import Excel returns…</source>
        <translation>导入 Excel 报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="87" />
        <source>Import a folder of returns…</source>
        <translation>导入整个文件夹的报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="90" />
        <source>Templates…</source>
        <translation>报表模板……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="93" />
        <source>Monthly summary (PDF)…</source>
        <translation>月度汇总（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="96" />
        <source>Blank paper forms (PDF)…</source>
        <translation>空白纸质报表（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="99" />
        <source>Who has submitted (PDF)…</source>
        <translation>报送情况（PDF）……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="143" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="148" />
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="154" />
        <source>Choose a region first.</source>
        <translation>请先选择地区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="171" />
        <source>No template fits {region}, {period}. Add the province's workbook under Reports → Templates.</source>
        <translation>没有适用于{region}、{period}的模板。请在“导出与打印 → 报表模板”中添加省厅的表样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="185" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="186" />
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
        <location filename="../../desktop_app/ui/report_actions.py" line="285" />
        <source>Storing the imported values…</source>
        <translation>正在保存导入的数值……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="288" />
        <source>Imported {count} values from {files} files.</source>
        <translation>已从 {files} 个文件导入 {count} 个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="327" />
        <source>The monthly summary is made for a month.</source>
        <translation>月度汇总只能按月生成，请选择月份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="333" />
        <location filename="../../desktop_app/ui/report_actions.py" line="338" />
        <location filename="../../desktop_app/ui/report_actions.py" line="360" />
        <source>Making the report…</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="349" />
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
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="63" />
        <source>{year}-{month}-{day}</source>
        <extracomment>Room to write a figure by hand on the paper form (about 6 mm).</extracomment>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="74" />
        <source>January total</source>
        <translation>1月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="140" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="212" />
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="149" />
        <source>{region} e-commerce development monthly report ({period})</source>
        <translation>{region}电子商务发展情况月报（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="160" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="415" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="161" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="417" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="162" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="418" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="165" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="280" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="166" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="167" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="208" />
        <source>Notes on warnings</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="210" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="230" />
        <source>____ / ____ / ____</source>
        <translation>　　　　年　　月　　日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="255" />
        <source>(Stamp)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="236" />
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="75" />
        <source>Months 1–{month}</source>
        <translation>1-{month}月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="164" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="279" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="238" />
        <source>Head of statistics</source>
        <translation>统计负责人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="240" />
        <source>Prepared by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="241" />
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="242" />
        <source>Date of report</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="275" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="276" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="416" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="540" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="277" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="499" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="281" />
        <source>Share (%)</source>
        <translation>占比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="319" />
        <source>Reporting unit</source>
        <translation>填报单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="320" />
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="410" />
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="329" />
        <source>Regions ranked by {indicator} ({period})</source>
        <translation>各县（市、区）{indicator}排名（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="342" />
        <source>Key indicators over the last 12 months</source>
        <translation>近12个月主要指标走势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="353" />
        <source>Progress against the year's targets</source>
        <translation>年度目标完成进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="393" />
        <source>Rural e-commerce monthly return</source>
        <translation>农村电子商务发展情况月报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="402" />
        <source>Send to: {authority}</source>
        <translation>报送单位：{authority}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="409" />
        <source>Reporting unit (stamp)</source>
        <translation>填报单位（盖章）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="420" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="447" />
        <source>Notes: 1. For end-of-period indicators (grey year-to-date box) write the figure at the end of the month. 2. Write 无 where an indicator does not apply; 0 means there was none. 3. Amounts in 万元 with two decimals.</source>
        <translation>说明：1. 期末数指标（累计栏为灰色）填写月末数。2. 指标不适用的填写“无”，0 表示确实没有。3. 金额单位为万元，保留两位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="479" />
        <source>Submission of returns: {region} ({period})</source>
        <translation>{region}报表报送情况（{period}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="486" />
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="487" />
        <source>Submitted late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="488" />
        <source>Not yet submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="489" />
        <source>Overdue, not submitted</source>
        <translation>逾期未报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="490" />
        <source>Reopened for correction</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="496" />
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="497" />
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="498" />
        <source>Prefecture</source>
        <translation>市（州）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="517" />
        <source>Deadline</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="518" />
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="522" />
        <source>{expected} expected, {submitted} submitted ({on_time} on time, {late} late), {missing} not submitted ({overdue} overdue).</source>
        <translation>应报 {expected} 个，已报 {submitted} 个（按时 {on_time} 个，逾期 {late} 个），未报 {missing} 个（其中逾期未报 {overdue} 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="539" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="542" />
        <source>Status</source>
        <translation>报送状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="543" />
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="544" />
        <source>Submitted by</source>
        <translation>报送人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/reports.py" line="545" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="87" />
        <source>Unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="132" />
        <source>{percent} ({done} of {target} {unit})</source>
        <translation>{percent}（已完成 {done}，目标 {target} {unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/exporting/pdf/charts.py" line="156" />
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
        <location filename="../../desktop_app/ui/return_model.py" line="62" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="63" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="64" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="65" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="66" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="67" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="68" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="69" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="70" />
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="71" />
        <source>Progress (%)</source>
        <translation>完成进度(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="72" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/return_model.py" line="264" />
        <source>Copied from the last period; confirm with Enter.</source>
        <extracomment>Columns where a figure is keyed; Enter moves down among them. A person changed a cell: indicator code, column, text as typed.</extracomment>
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
        <location filename="../../desktop_app/ui/template_editor.py" line="480" />
        <source>None: every mapped cell can be written.</source>
        <translation>无：所有指定的单元格都可以写入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor.py" line="504" />
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="32" />
        <location filename="../../desktop_app/app.py" line="37" />
        <source>Xianbao</source>
        <translation>县报</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_app/cli.py" line="48" />
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="49" />
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="50" />
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="51" />
        <source>township</source>
        <translation>乡级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="52" />
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="73" />
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="75" />
        <source>Home region: {name} ({code}, {level})</source>
        <translation>本单位区划：{name}（{code}，{level}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="81" />
        <source>{indicators} indicators and {regions} regions are loaded.</source>
        <translation>已载入 {indicators} 项指标、{regions} 个行政区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="91" />
        <location filename="../../desktop_app/cli.py" line="117" />
        <location filename="../../desktop_app/cli.py" line="167" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="91" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="91" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="93" />
        <source>{count} regions.</source>
        <translation>共 {count} 个区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="110" />
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="112" />
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="113" />
        <source>year to date</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="118" />
        <location filename="../../desktop_app/cli.py" line="168" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="119" />
        <location filename="../../desktop_app/cli.py" line="169" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="120" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="121" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="122" />
        <source>Keyed as</source>
        <translation>填报方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="145" />
        <source>Unchanged: {value}</source>
        <translation>未改变：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="148" />
        <source>Saved {indicator} for {region}, {period}: {old} → {new}</source>
        <translation>已保存 {region} {period} 指标 {indicator}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="161" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="162" />
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="163" />
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="164" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="171" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="172" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="173" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="174" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="175" />
        <source>YTD YoY (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="176" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="193" />
        <source>{name} ({code}), {period}; year to date {ytd}</source>
        <translation>{name}（{code}）{period}　累计期：{ytd}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="213" />
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/cli.py" line="228" />
        <source>Roll-up:</source>
        <translation>汇总：</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="29" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="30" />
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="31" />
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="32" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="33" />
        <source>Year to date</source>
        <translation>1-本月累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="34" />
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="35" />
        <source>Last year to date</source>
        <translation>上年同期累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="36" />
        <source>YoY (%)</source>
        <translation>同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="37" />
        <source>YTD YoY (%)</source>
        <translation>累计同比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/figures_model.py" line="38" />
        <source>MoM (%)</source>
        <translation>环比(%)</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop_app/i18n.py" line="63" />
        <source>“{text}” is not a number. Type digits (full-width digits are fine), or 无 when the indicator does not apply.</source>
        <translation>“{text}”不是数字。请输入数字（全角数字也可以），不适用时填“无”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="68" />
        <source>Indicator {indicator} counts whole units; {value} is not a whole number.</source>
        <translation>指标 {indicator} 计数须为整数，{value} 不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="71" />
        <source>Indicator {indicator} keeps {scale} decimal places; {value} has more.</source>
        <translation>指标 {indicator} 保留 {scale} 位小数，{value} 的小数位过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="74" />
        <source>Indicator {indicator} cannot be negative ({value}).</source>
        <translation>指标 {indicator} 不能为负数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="77" />
        <source>Indicator {indicator} must be at least {minimum} ({value}).</source>
        <translation>指标 {indicator} 不得小于 {minimum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="80" />
        <source>Indicator {indicator} must be at most {maximum} ({value}).</source>
        <translation>指标 {indicator} 不得大于 {maximum}（{value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="83" />
        <source>Indicator {indicator} is computed from its parts and cannot be typed.</source>
        <translation>指标 {indicator} 由分子、分母计算得出，不能直接填写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="86" />
        <source>Indicator {indicator} is an end-of-period figure and has no year-to-date form.</source>
        <translation>指标 {indicator} 为期末数，没有累计值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="89" />
        <source>Indicator {indicator} for this period is already kept at {name} ({region}); a branch keeps each figure at one level so that totals never count it twice.</source>
        <translation>指标 {indicator} 本期已在{name}（{region}）填报；同一分支的数据只在一级填报，以免汇总时重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="94" />
        <source>No region has the code {code}. List them with: xianbao regions</source>
        <translation>没有代码为 {code} 的行政区划。可用 xianbao regions 查看区划列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="97" />
        <source>No indicator has the code {code}. List them with: xianbao indicators</source>
        <translation>没有代码为 {code} 的指标。可用 xianbao indicators 查看指标目录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="100" />
        <source>“{text}” is not a period. Write e.g. 2016-03, 2016年3月, 2016Q1, 2016年第一季度, 2016H1 or 2016.</source>
        <translation>“{text}”不是有效的报告期。请写作 2016-03、2016年3月、2016Q1、2016年第一季度、2016H1 或 2016。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="105" />
        <source>The year {year} is outside the years Xianbao keeps.</source>
        <translation>年份 {year} 超出本系统支持的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="108" />
        <source>There is no period number {index} of that kind in a year.</source>
        <translation>一年中没有第 {index} 个这种报告期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="111" />
        <source>{code} is not a valid code for a {level}.</source>
        <translation>{code} 不是有效的{level}区划代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="112" />
        <source>{code} needs a parent region above the {level} level.</source>
        <translation>{code} 需要一个高于{level}的上级区划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="115" />
        <source>{code} does not begin with the code of its parent {parent}.</source>
        <translation>{code} 与上级区划 {parent} 的代码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="118" />
        <source>{path} is not a Xianbao database or cannot be read ({detail}). Choose another file, or restore your last backup.</source>
        <translation>{path} 不是县报数据库或无法读取（{detail}）。请选择其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="123" />
        <source>The database {path} is damaged ({detail}). Restore your last backup; keep this file for the support desk.</source>
        <translation>数据库 {path} 已损坏（{detail}）。请恢复最近的备份，并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="128" />
        <source>Indicator {indicator}: the year-to-date figure for {month} is below that for {previous}.</source>
        <translation>指标 {indicator}：{month}的累计数小于{previous}的累计数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/i18n.py" line="132" />
        <source>This database has no county yet. Create one with: xianbao init --region CODE</source>
        <translation>此数据库尚未设置本县。请先运行：xianbao init --region 区划代码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="78" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="91" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="94" />
        <source>◀ Previous month</source>
        <translation>◀ 上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="97" />
        <source>Next month ▶</source>
        <translation>下月 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140" />
        <source>Xianbao — %1, %2</source>
        <translation>县报 — %1，%2</translation>
    </message>
</context>
</TS>
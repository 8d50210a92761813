/**
 * Chinese messages of the reference scenarios (src/data/references.ts), loaded with the app: their
 * names and one-line explanations, the workbench's strip of them, the scenario's reference in the bar,
 * the library, slides, report and uncertainty view, and the "what changed and why" notice.
 */
export const referenceZh = {
  'reference.planPath': '规划路径',
  'reference.planPath.line': '按构造达到全部 7 项目标，显示目标需要什么：各集群增速、年投资、用地与强度。',
  'reference.projectBacked': '项目支撑',
  'reference.projectBacked.line':
    '专栏2–6 的重点项目按估算产出与投产年份计入，{baseYear} 年投资计入，其余投资按 {baseYear} 年节奏；显示各集群目标中由具名项目支撑的比例。',
  'reference.projectBacked.linePeriod':
    '本规划期列出的重点项目按估算产出与投产年份计入，{baseYear} 年投资计入，其余投资按 {baseYear} 年节奏；显示各集群目标中由具名项目支撑的比例。',
  'reference.trend': '趋势外推',
  'reference.trend.line': '按近年增速（9%/年）外推，不计新的规划投资。',
  'reference.earlyEstimates': '早期估算',
  'reference.earlyEstimates.line':
    '第一、二版（0.1–0.2）打开的默认情景（增速 9%、强度 60），按今天的模型计算；这两版保存的情景都基于它。',

  'reference.planPath.short': '规划路径',
  'reference.projectBacked.short': '项目支撑',
  'reference.trend.short': '趋势外推',
  'reference.earlyEstimates.short': '早期估算',
  'reference.facts.targets.title': '各参照情景 {year} 年逐项目标完成率',
  'reference.facts.targets.caption':
    '完成率 = {year} 年预测 ÷ 目标；条形颜色表示状态（达标、有风险、未达标）。',
  'reference.showFacts.targets': '逐项目标',
  'reference.switched': '工作情景已换为“{name}”，可撤销。',
  'reference.switchedChanges': '工作情景已换为“{name}”；之前未保存的修改没有丢失，撤销即可找回。',
  'reference.undo': '撤销',
  'reference.heading': '参照情景',
  'reference.intro': '同一份规划的三种读法。点“采用”把工作情景换成该参照情景（可撤销）。',
  'reference.headline': '达标 {onTrack}/{total} · 全区工业总产值 {output}/{target} {unit}',
  'reference.headlineLabel':
    '{name}：{onTrack} 项目标达标，共 {total} 项；全区工业总产值 {output} {unit}，目标 {target} {unit}',
  'reference.loading': '正在计算参照情景…',
  'reference.failed': '参照情景暂时无法计算（{message}）。',
  'reference.retry': '重试',
  'reference.use': '采用',
  'reference.useLabel': '采用“{name}”作为工作情景：替换全部假设，可撤销',
  'reference.current': '当前情景',
  'reference.basedOnThis': '当前情景基于此',
  'reference.basedOn': '基于：{name}',
  'reference.basedOnLabel': '当前情景基于参照情景“{name}”：{line}',
  'reference.investmentRatio':
    '四个工业集群年投资 {perYear} {unit}，为 {baseYear} 年（{base} {unit}）的 {ratio} 倍',
  'reference.backedRange': '具名项目支撑各集群目标的 {min}–{max}',
  'reference.noProjects': '本规划期尚未列出具名重点项目：各集群投资按 {baseYear} 年节奏计入',
  'reference.showFacts.planPath': '规划路径：目标需要什么',
  'reference.showFacts.projectBacked': '项目支撑：具名项目支撑多少',
  'reference.facts.planPath.title': '规划路径：各集群达到 {year} 年目标需要什么',
  'reference.facts.planPath.caption':
    '需年均增速为 {baseYear}–{year} 年的总体年均增速；年投资为 {firstYear} 年起每年的新增投资；强度与投产用地为 {year} 年的值；备地速度为每年备好的用地。',
  'reference.facts.projectBacked.title': '项目支撑：各集群目标中由具名项目支撑的比例',
  'reference.facts.projectBacked.caption':
    '比例 = {year} 年具名重点项目的产出 ÷ 目标比 {baseYear} 年需增加的部分；项目按专栏2–6 估算的产能、投资与投产年份计入。',
  'reference.facts.projectBacked.captionPeriod':
    '比例 = {year} 年具名重点项目的产出 ÷ 目标比 {baseYear} 年需增加的部分；项目按本规划期列出的产能、投资与投产年份计入。',
  'reference.col.cluster': '集群',
  'reference.col.cagr': '需年均增速',
  'reference.col.investment': '年投资',
  'reference.col.intensity': '{year} 年地均产出强度',
  'reference.col.land': '{year} 年投产用地',
  'reference.col.pace': '备地速度',
  'reference.col.backedShare': '具名项目支撑比例',
  'reference.col.projected': '{year} 年预测',
  'reference.col.attainment': '完成率',
  'reference.industrialTotal': '四个工业集群合计',
  'reference.alreadyMet': '{baseYear} 年已达到',
  'reference.estimated':
    '估算：由模型按估算参数（投资产出比、时滞、爬坡、项目产能等）算出，不是规划原文的数字。',

  'reference.versus.title': '本情景与参照情景“{name}”对比（{year} 年）',
  'reference.versus.slide': '与参照情景对比',
  'reference.versus.reference': '参照预测',
  'reference.versus.referenceAttainment': '参照完成率',
  'reference.versus.scenario': '本情景预测',
  'reference.versus.scenarioAttainment': '本情景完成率',
  'reference.versus.delta': '差值',
  'reference.versus.deltaFile': '差值（本情景 − 参照）',
  'reference.versus.status': '本情景状态',
  'reference.versus.pending': '参照情景的结果尚未算出。',
  'reference.explained': '本情景基于参照情景“{name}”：{line}',

  'reference.compareWith': '对照的参照情景',
  'reference.compareWithOwn': '{name}（本情景的参照）',
  'reference.column': '参照“{name}”',
  'reference.uncertaintyNote': '不确定性结果以本情景为中心；右列为参照情景“{name}”的 {year} 年预测，供对照。',

  'changes.notice':
    '模型已更新：计入 2017 年已完成的投资；增长只计一次；具名重点项目替代由它估算的那部分一般投资；用地随产出变化。应用现在打开“规划路径”。已保存的情景数值不变，标为基于“早期估算”。',
  'changes.more': '更新说明',
  'changes.dismiss': '知道了，不再显示',
  'changes.title': '这次更新改了什么、为什么',
  'changes.why':
    '第一版打开的默认情景 7 项目标全部未达标（全区 447.6/600 亿元），容易读成“规划做不到”或“工具有误”。核查发现，这主要来自模型和估算的做法，而不是规划本身。因此：',
  'changes.baseYear':
    '2017 年已完成的投资（专栏1：193.2 亿元）计入：自 2018 年起按与以后各年相同的时滞和爬坡投产。',
  'changes.noDouble':
    '增长不再重复计算：有机增长只指已投产企业不靠新投资的增长（产能利用、效率、价格）；新投资与项目的产出另计，投产前不增长。',
  'changes.projects': '重点项目打开后，替代由它估算出的那部分一般投资，而不是叠加在上面。',
  'changes.land':
    '投产用地随产出增长（用地 = 产出 ÷ 强度），最多用到已备好的用地和园区面积；每个集群有自己的目标年地均产出强度，默认取目标与园区面积推算的值；2017 年不随任何假设变化。',
  'changes.otherIndustry':
    '其他工业算在 600 亿元之内还是之外，是一项由您选择的规划冲突（四个集群的目标之和已是 600）。',
  'changes.links':
    '集群之间的联系：生产性服务业随工业产值增长，农业基地为加工供料；每项都可关闭，其作用在瀑布图和龙卷风图中单列。',
  'changes.opens': '应用现在打开“规划路径”；“项目支撑”“趋势外推”和“早期估算”在工作台上方一键可看、可采用。',
  'changes.saved':
    '已保存的情景保留全部原数值，并标明基于“早期估算”（第一、二版的默认情景）。同样的数值在新模型下算出的结果会与以前不同：变的是模型，不是您的假设。',
} as const;

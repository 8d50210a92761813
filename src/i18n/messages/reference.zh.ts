/** Chinese messages of the reference scenarios (src/data/references.ts), loaded with the app. */
export const referenceZh = {
  'reference.planPath': '规划路径',
  'reference.planPath.line': '按构造达到全部 7 项目标，显示目标需要什么：各集群增速、年投资、用地与强度。',
  'reference.projectBacked': '项目支撑',
  'reference.projectBacked.line':
    '专栏2–6 的重点项目按估算产出与投产年份计入，2017 年投资计入，其余投资按 2017 年节奏；显示各集群目标中由具名项目支撑的比例。',
  'reference.trend': '趋势外推',
  'reference.trend.line': '按近年增速（9%/年）外推，不计新的规划投资。',
  'reference.earlyEstimates': '早期估算（原“规划默认情景”）',
  'reference.earlyEstimates.line':
    '第一版的默认值（增速 9%、强度 60），在今天的模型下；0.2 及以前保存的情景都基于它。',
} as const;

/** Chinese messages of the links between clusters (docs/model.md, "Links"), loaded with the app. */
export const linksZh = {
  'link.producerServices': '生产性服务随工业产出',
  'link.producerServices.help':
    '物流、电商与金融服务营业收入随工业总产值的增量增长（第四章 第五节：“生产性服务业与制造业、农业的融合程度仍较低”，原文第 393 行）',
  'link.producerServicesShare': '每新增 1 亿元工业产值带来的服务营收',
  'link.agriSupply': '农业基地供应加工',
  'link.agriSupply.help':
    '蚕桑、果品、生猪基地打开时，计入其原料支撑的加工产值（专栏5；专栏3 的中药材基地与制剂厂同属一个项目，已计入其产出）',
  'link.on': '打开',
  'link.off': '关闭',

  'link.heading': '集群间联系',
  'link.intro':
    '规划描述的两条产业联系，可分别打开或关闭。情景对比的“差异从何而来”和不确定性分析的龙卷风图单列它们的影响。',
  'link.reference': '参照：{state}',
  'link.provenanceSubject': '{link}，默认{state}',
  'link.shareOwner': '生产性服务',
  'link.shareOff': '联系关闭时此项不起作用。',
  'link.producerServicesEffect': '{year} 年为{cluster}带来营业收入 {revenue}，占其营收的 {share}。',
  'link.producerServicesNoEffect': '{year} 年工业产值未超过 {baseYear} 年，此联系没有带来营收。',
  'link.producerServicesOffEffect': '已关闭：{cluster}营业收入只来自其自身的有机增长、投资与项目。',
  'link.agriSupplyEffect':
    '已打开 {count} 个基地项目（{names}），满产时支撑加工产值 {output}/年，计入农副产品加工的重点项目产出。',
  'link.agriSupplyNoBases':
    '尚未打开任何农业基地项目，此联系暂不起作用。在“规划全貌 · 重点项目”中打开{names}后，计入其原料支撑的加工产值。',
  'link.agriSupplyOffEffect': '已关闭：打开的基地项目只计其自身产出，不计其原料支撑的加工产值。',

  'link.chartSeries': '其中：生产性服务联系带来',
  'link.partsHeading': '{year} 年构成',
  'link.part.existing': '现有产出 {value}',
  'link.part.investment': '投资 {value}',
  'link.part.projects': '重点项目 {value}',
  'link.part.projectsSupplied': '重点项目（含基地供应的加工）{value}',
  'link.part.link': '生产性服务联系 {value}',
  'link.part.capped': '用地限制 −{value}',
  'link.partsAria': '{cluster} {year} 年产出构成：{parts}',
} as const;

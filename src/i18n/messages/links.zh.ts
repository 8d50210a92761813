/** Chinese messages of the links between clusters (docs/model.md, "Links"), loaded with the app. */
export const linksZh = {
  'link.producerServices': '生产性服务随工业产出',
  'link.producerServices.help': '物流、电商与金融服务营业收入随工业总产值的增量增长（第四章 第五节）',
  'link.producerServicesShare': '每新增 1 亿元工业产值带来的服务营收',
  'link.agriSupply': '农业基地供应加工',
  'link.agriSupply.help': '蚕桑、果品、生猪基地打开时，计入其原料支撑的加工产值（专栏5）',
  'link.on': '打开',
  'link.off': '关闭',
} as const;

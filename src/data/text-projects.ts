import type { LocalizedText } from './provenance';
import type { ProjectCapacity } from './plan-types';
import type { TextProject } from './plan-detail-types';

/**
 * Projects the plan's text names outside the key-project boxes (专栏2–专栏6): lines it means to push,
 * expand or open, and the zone's infrastructure under way. Plan data only — what the plan says each
 * builds, in its own words — shown in the key-projects view as "named in the text"; none is a
 * switchable project of the model (their output is neither in the plan nor estimated).
 */

function capacity(section: string, quote: string, text: LocalizedText): ProjectCapacity {
  return { text, source: { section, quote } };
}

const S_NEW_MATERIALS = '第四章 第一节';
const S_SMART = '第四章 第三节';
const S_TEXTILES = '第四章 第四节 (四)';
const S_SERVICES = '第四章 第五节';

/** The projects, cluster by cluster in the order of 第四章, then the zone's infrastructure. */
export const TEXT_PROJECTS: readonly TextProject[] = [
  {
    id: 'decorativeFoil',
    clusterId: 'newMaterials',
    name: { zh: '年产3万吨装饰铝箔项目', en: 'Decorative aluminium foil, 30,000 t a year' },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产3万吨装饰铝箔', {
      zh: '装饰铝箔 3 万吨/年',
      en: '30,000 t a year of decorative aluminium foil',
    }),
    stage: 'planned',
    note: {
      zh: '同一句中的年产 5 万吨铝箔、年产 80 万只汽车铝轮毂是专栏2 第 6、8 项。',
      en: 'The 50,000 t of foil and 800,000 car wheels of the same sentence are 专栏2 items 6 and 8.',
    },
  },
  {
    id: 'magnesiumDieCastings',
    clusterId: 'newMaterials',
    name: { zh: '年产3000吨镁合金压铸件项目', en: 'Magnesium die castings, 3,000 t a year' },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产3000吨镁合金压铸件', {
      zh: '镁合金压铸件 3000 吨/年',
      en: '3,000 t a year of magnesium-alloy die castings',
    }),
    stage: 'planned',
    note: {
      zh: '该段镁合金产业“依托元和利泰等企业”；年产 40 万套镁合金轮毂为专栏2 第 4 项。',
      en: 'The paragraph builds magnesium on Yuanhe Litai and other firms; the 400,000 sets of magnesium wheels are 专栏2 item 4.',
    },
  },
  {
    id: 'magnesiumSeatFrames',
    clusterId: 'newMaterials',
    name: { zh: '年产5万套汽车镁合金座椅骨架项目', en: 'Magnesium car-seat frames, 50,000 sets a year' },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产5万套汽车镁合金座椅骨架', {
      zh: '汽车镁合金座椅骨架 5 万套/年',
      en: '50,000 sets a year of magnesium-alloy car-seat frames',
    }),
    stage: 'planned',
  },
  {
    id: 'smcComposites',
    clusterId: 'newMaterials',
    name: { zh: '年产1万吨玻纤增强SMC复合材料项目', en: 'Glass-fibre SMC composites, 10,000 t a year' },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产1万吨玻纤增强SMC复合材料', {
      zh: '玻纤增强片状模塑料 1 万吨/年',
      en: '10,000 t a year of glass-fibre sheet moulding compound (SMC)',
    }),
    stage: 'planned',
    note: {
      zh: '与专栏2 第 3 项（30 万吨玻璃纤维）同段，为其下游产品。',
      en: 'In the same paragraph as 专栏2 item 3 (300,000 t of glass fibre), downstream of it.',
    },
  },
  {
    id: 'gmtComposites',
    clusterId: 'newMaterials',
    name: {
      zh: '年产3万吨玻纤毡增强热塑性复合材料GMT项目',
      en: 'Glass-mat thermoplastic composites (GMT), 30,000 t a year',
    },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产3万吨玻纤毡增强热塑性复合材料GMT', {
      zh: '玻纤毡增强热塑性复合材料 3 万吨/年',
      en: '30,000 t a year of glass-mat reinforced thermoplastics',
    }),
    stage: 'planned',
  },
  {
    id: 'reinforcedPolypropylene',
    clusterId: 'newMaterials',
    name: {
      zh: '年产5万吨玻纤增强改性聚丙烯项目',
      en: 'Glass-fibre reinforced polypropylene, 50,000 t a year',
    },
    sponsor: null,
    capacity: capacity(S_NEW_MATERIALS, '年产5万吨玻纤增强改性聚丙烯', {
      zh: '玻纤增强改性聚丙烯 5 万吨/年',
      en: '50,000 t a year of glass-fibre reinforced modified polypropylene',
    }),
    stage: 'planned',
  },
  {
    id: 'parkerBatteries',
    clusterId: 'newMaterials',
    name: { zh: '派克集成汽车锂电池', en: 'Paike integrated car lithium batteries' },
    sponsor: null,
    capacity: capacity('第二章 第一节 二(二)', '派克集成汽车锂电池', {
      zh: '汽车锂电池（规划未给出规模）',
      en: 'Lithium batteries for cars (the plan gives no size)',
    }),
    stage: 'settled',
    note: {
      zh: '规划列为已入驻的优质项目；新能源电池是青杠园区的重点产业之一（第三章 第五节）。',
      en: 'The plan lists it among good projects that have settled in the zone; batteries are one of Qinggang park’s industries (第三章 第五节).',
    },
  },
  {
    id: 'ecrGlassFibreLine',
    clusterId: 'smartManufacturing',
    name: {
      zh: '年产30万吨高性能ECR玻璃纤维智能化制造生产线',
      en: 'Intelligent production line for 300,000 t a year of ECR glass fibre',
    },
    sponsor: { zh: '重庆三磊玻纤股份有限公司', en: 'Chongqing Sanlei Glass Fibre' },
    capacity: capacity(S_SMART, '重庆三磊玻纤股份有限公司年产30万吨高性能ECR玻璃纤维智能化制造生产线', {
      zh: '高性能玻璃纤维 30 万吨/年的智能化生产线',
      en: 'An intelligent line for 300,000 t a year of high-performance ECR glass fibre',
    }),
    stage: 'planned',
    note: {
      zh: '与专栏2 第 3 项（30 万吨玻璃纤维，新材料）是同一工厂，不是第二个项目；模型只在新材料中计入。',
      en: 'The same plant as 专栏2 item 3 (300,000 t of glass fibre, new materials), not a second project; the model counts it under new materials only.',
    },
  },
  {
    id: 'shuangheSilk',
    clusterId: 'agriProcessing',
    name: {
      zh: '双河丝绸4800绪自动缫丝和10万床蚕丝被生产线',
      en: 'Shuanghe Silk: automatic reeling and silk quilts',
    },
    sponsor: { zh: '双河丝绸', en: 'Shuanghe Silk' },
    capacity: capacity(S_TEXTILES, '双河丝绸4800绪自动缫丝和10万床蚕丝被生产线', {
      zh: '自动缫丝 4800 绪、蚕丝被 10 万床/年',
      en: '4,800 ends of automatic reeling and 100,000 silk quilts a year',
    }),
    stage: 'expansion',
  },
  {
    id: 'huashenSilk',
    clusterId: 'agriProcessing',
    name: { zh: '花神丝绸400万平米真丝面料', en: 'Huashen Silk: silk fabric' },
    sponsor: { zh: '花神丝绸', en: 'Huashen Silk' },
    capacity: capacity(S_TEXTILES, '花神丝绸400万平米真丝面料', {
      zh: '真丝面料 400 万平方米/年',
      en: '4 million m² of silk fabric a year',
    }),
    stage: 'expansion',
  },
  {
    id: 'weimeiCarpets',
    clusterId: 'agriProcessing',
    name: { zh: '维美地毯200万平米高档地毯', en: 'Weimei Carpets: high-end carpets' },
    sponsor: { zh: '维美地毯', en: 'Weimei Carpets' },
    capacity: capacity(S_TEXTILES, '维美地毯200万平米高档地毯', {
      zh: '高档地毯 200 万平方米/年',
      en: '2 million m² of high-end carpets a year',
    }),
    stage: 'expansion',
    note: {
      zh: '2017 年 16 台数码地毯机年产 5 万平方米（第四章 第三节）。',
      en: 'In 2017, 16 digital looms made 50,000 m² a year (第四章 第三节).',
    },
  },
  {
    id: 'logisticsWarehousing',
    clusterId: 'modernServices',
    name: {
      zh: '国际商贸物流中心物流仓储',
      en: 'Warehousing of the international trade and logistics centre',
    },
    sponsor: null,
    capacity: capacity(S_SERVICES, '国际商贸物流中心基本建成，5万平方米物流仓储', {
      zh: '物流仓储 5 万平方米',
      en: '50,000 m² of warehousing',
    }),
    stage: 'opening',
  },
  {
    id: 'coldChainPhaseOne',
    clusterId: 'modernServices',
    name: { zh: '渝东南冷链物流中心一期', en: 'Southeast Chongqing cold-chain centre, phase 1' },
    sponsor: null,
    capacity: capacity(S_SERVICES, '渝东南冷链物流中心一期2万平米高温库、低温库即将投用', {
      zh: '高温库、低温库 2 万平方米',
      en: '20,000 m² of chilled and frozen stores',
    }),
    stage: 'opening',
    note: {
      zh: '专栏6 第 5 项再建万吨级冷库 1 座，使全区冷库容量达到 12 万吨。',
      en: '专栏6 item 5 adds a 10,000-tonne cold store, for 120,000 t across the district.',
    },
  },
  {
    id: 'distributionCentre',
    clusterId: 'modernServices',
    name: {
      zh: '武陵山城市生活性仓储物流配送中心',
      en: 'Wulingshan city warehousing and distribution centre',
    },
    sponsor: null,
    capacity: capacity('第二章 第一节 一(五)', '武陵山城市生活性仓储物流配送中心', {
      zh: '城市生活物资仓储配送（规划未给出规模）',
      en: 'Warehousing and delivery of everyday goods for the city (the plan gives no size)',
    }),
    stage: 'underway',
  },
  {
    id: 'grainReserve',
    clusterId: null,
    name: { zh: '渝东南粮食储备中心', en: 'Southeast Chongqing grain reserve centre' },
    sponsor: null,
    capacity: capacity('第二章 第一节 一(五)', '渝东南粮食储备中心等项目相继开工建设', {
      zh: '粮食储备（规划未给出规模）',
      en: 'Grain reserves (the plan gives no size)',
    }),
    stage: 'underway',
  },
  {
    id: 'waterPlants',
    clusterId: null,
    name: { zh: '正阳水厂（二期）和青杠水厂', en: 'Zhengyang (phase 2) and Qinggang water plants' },
    sponsor: null,
    capacity: capacity(
      '第二章 第一节 一(四)',
      '还将新建正阳水厂（二期）和青杠水厂，城区供水能力达到15.5万m3/d',
      {
        zh: '城区供水能力达到 15.5 万立方米/日（2017 年 10 万）',
        en: 'The city’s water supply up to 155,000 m³ a day (100,000 in 2017)',
      },
    ),
    stage: 'underway',
  },
  {
    id: 'freightYard',
    clusterId: null,
    name: { zh: '正阳450万吨货场和零换乘交通枢纽', en: 'Zhengyang freight yard and transport hub' },
    sponsor: null,
    capacity: capacity('第二章 第二节 四(一)', '正阳450万吨货场和零换乘交通枢纽', {
      zh: '货场 450 万吨，零换乘交通枢纽',
      en: 'A 4.5 million-tonne freight yard and a seamless-transfer hub',
    }),
    stage: 'underway',
  },
  {
    id: 'reservoir',
    clusterId: null,
    name: { zh: '瓦窑堡水库', en: 'Wayaobao reservoir' },
    sponsor: null,
    capacity: capacity('第二章 第二节 四(二)', '还将建成瓦窑堡水库，年供水量达到10845万m3', {
      zh: '建成后年供水量达到 10845 万立方米（现有 9650 万）',
      en: 'Yearly water supply up to 108.45 million m³ once built (96.5 million now)',
    }),
    stage: 'underway',
  },
];

/**
 * Notes on key projects of the boxes that a reader of the projects view should see: where a project's
 * firm or plant appears elsewhere in the plan or the model. Keyed by key-project id.
 */
export const KEY_PROJECT_NOTES: Readonly<Record<string, LocalizedText>> = {
  magnesiumWheels: {
    zh: '依托的元和利泰也在智能制造 2017 年估算基数所依据的企业之列（汽车发动机配件，第四章 第三节）；规划 2017 年镁合金加工产值 1.6 亿元（1 家，第四章 第一节 一(三)）计在新材料的 51.5 亿元中。本项目的产值只计入新材料，智能制造基数中该企业的部分不随本项目变化。',
    en: 'Its firm, Yuanhe Litai, is also among the firms behind the estimated 2017 base of intelligent manufacturing (engine parts, 第四章 第三节); the plan’s 2017 magnesium output, RMB 160m from one firm (第四章 第一节 一(三)), is inside new materials’ 51.5. The project’s output counts under new materials only; the firm’s part of the intelligent-manufacturing base does not change with it.',
  },
  glassFibre: {
    zh: '第四章 第三节 把同一工厂年产 30 万吨高性能玻璃纤维的智能化生产线列为智能制造项目；模型只在新材料中计入一次。',
    en: '第四章 第三节 lists the same plant’s intelligent line for 300,000 t of ECR glass fibre as an intelligent-manufacturing project; the model counts it once, under new materials.',
  },
};

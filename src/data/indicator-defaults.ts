import { estimate, type Figure } from './provenance';

/**
 * Defaults of the assumptions that turn a projection into the 专栏1 indicators the model derives
 * (high-tech output and its share, value added and its rate, energy per value added, net profit).
 *
 * The rule (docs/model.md, "Indicators"): output a sector already had in the base year keeps the
 * base year's ratios, which are the plan's own 2017 figures; output added since then takes these
 * assumptions. They are NOT IN PLAN: each is an estimate with its reasoning, editable per scenario.
 */

/** The sectors of industrial output: the four industrial clusters and other industry. */
export const INDICATOR_SECTOR_IDS = [
  'newMaterials',
  'medicineHealth',
  'smartManufacturing',
  'agriProcessing',
  'otherIndustry',
] as const;
export type IndicatorSectorId = (typeof INDICATOR_SECTOR_IDS)[number];

/** Plan defaults of the indicator assumptions, each with provenance. */
export interface IndicatorDefaults {
  /** Share of the output added since the base year that is high-tech, per sector, fraction 0–1. */
  readonly highTechShareOfNew: Readonly<Record<IndicatorSectorId, Figure>>;
  /** Industrial value added per yuan of output added since the base year, fraction 0–1. */
  readonly valueAddedRateOfNew: Figure;
  /** Energy use of the value added by new output, tonnes of standard coal per 10,000 yuan. */
  readonly energyOfNew: Figure;
  /** Yearly fall of the energy use per value added of base-year output, fraction per year. */
  readonly energyImprovement: Figure;
  /** Net profit per yuan of output added since the base year, fraction 0–1. */
  readonly profitMarginOfNew: Figure;
}

/** The indicator assumptions the app ships with. */
export const INDICATOR_DEFAULTS: IndicatorDefaults = {
  highTechShareOfNew: {
    newMaterials: estimate(0.3, {
      zh: '规划未给出。新材料新增产值中，高精度铝合金、玻纤复合材料、镁合金等属高技术的约占 30%，其余为铝锭、建材等传统加工。',
      en: 'Not in the plan. About 30% of new materials’ added output is high-tech (precision alloys, glass-fibre composites, magnesium); the rest is ingots, building materials and other conventional processing.',
    }),
    medicineHealth: estimate(0.6, {
      zh: '规划未给出。医药（植物提取、新型胶囊、中成药）多属高技术产业，取新增产值的 60%。',
      en: 'Not in the plan. Pharmaceuticals (plant extracts, new capsules, patent medicines) are mostly high-tech: 60% of added output.',
    }),
    smartManufacturing: estimate(0.5, {
      zh: '规划未给出。智能装备与汽摩配件各约一半，取新增产值的 50%。',
      en: 'Not in the plan. Intelligent equipment and car and motorcycle parts about half each: 50% of added output.',
    }),
    agriProcessing: estimate(0.1, {
      zh: '规划未给出。食品、纺织加工以传统工艺为主，取新增产值的 10%。',
      en: 'Not in the plan. Food and textile processing is mostly conventional: 10% of added output.',
    }),
    otherIndustry: estimate(0.082, {
      zh: '规划未给出。环保等其他工业新增产值的高技术比例与 2017 年全区相同，取 8.2%（第二章 第一节 一(二)）。',
      en: 'Not in the plan. Other industry’s added output is as high-tech as the zone was in 2017: 8.2% (第二章 第一节 一(二)).',
    }),
  },
  valueAddedRateOfNew: estimate(0.366, {
    zh: '规划未给出新增产值的增加值率。取园区 2017 年的工业增加值率 36.6%（专栏1；正文按规上产值为 38.7%）：新增产能多为园区已有的铝加工、玻纤、建材、食品等行业，按现有结构计。不取专栏1 的 2020 年目标 25%，否则指标会按目标本身“达标”，成了循环论证。',
    en: 'The plan gives no value-added rate for added output. The zone’s own 2017 rate, 36.6% (专栏1; the text gives 38.7% of large firms’ output): new capacity is mostly in industries the zone already has (aluminium, glass fibre, building materials, food), so it takes the present mix. Not 专栏1’s 2020 target of 25%, which would make the indicator meet its target by assumption: a circular argument.',
  }),
  energyOfNew: estimate(0.5, {
    zh: '规划未给出。新建产线按现行能效标准建设，单位增加值能耗低于 2017 年的 0.84；玻纤池窑、铝铸造仍属高耗能，取 0.5 吨标准煤/万元。',
    en: 'Not in the plan. New lines are built to current efficiency standards, below 2017’s 0.84; glass-fibre furnaces and aluminium casting still use much energy: 0.5 t of standard coal per 10,000 yuan.',
  }),
  energyImprovement: estimate(0.03, {
    zh: '规划未给出。现有企业节能改造使单位增加值能耗每年下降约 3%，接近“十三五”单位工业增加值能耗五年下降约 15% 的要求。',
    en: 'Not in the plan. Energy-saving retrofits cut existing firms’ energy per value added by about 3% a year, close to the national 13th five-year goal of about 15% over five years.',
  }),
  profitMarginOfNew: estimate(0.065, {
    zh: '规划未给出。取新增产值的 6.5%，接近 2017 年全国规模以上工业企业利润率；2017 年园区为 6.5 ÷ 135.4 = 4.8%。专栏1 的 50 亿元按 600 亿元产值需 8.3%。',
    en: 'Not in the plan. 6.5% of added output, close to the national profit rate of large industrial firms in 2017; the zone’s was 6.5 ÷ 135.4 = 4.8%. 专栏1’s RMB 5 bn on RMB 60 bn of output needs 8.3%.',
  }),
};

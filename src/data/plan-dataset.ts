import { conflict, derived, estimate, plan } from './provenance';
import { INDICATOR_DEFAULTS } from './indicator-defaults';
import { KEY_PROJECTS } from './key-projects';
import type { ClusterData, LinkDefaults, ParkData, PlanDataset, ZoneIndicator } from './plan-types';

/**
 * The plan's figures: 重庆黔江高新技术产业开发区产业发展规划 (2018–2020).
 * Sources name the plan's own headings; see ../shared/plan-facts.md for the list this follows.
 * Bump `version` whenever any figure or default changes: saved scenarios record it.
 */

const S_SECTORS = '第二章 第一节 一(二)';
const S_ECONOMY = '第二章 第一节 一(一)';
const S_INNOVATION_BASE = '第二章 第一节 一(三)';
const S_GOALS = '第三章 第四节';
const S_TABLE = '第三章 第四节 专栏1';
const S_LAYOUT = '第三章 第五节';
const S_NEW_MATERIALS = '第四章 第一节';
const S_SMART = '第四章 第三节';
const S_AGRI = '第四章 第四节';

/** Zone-wide output intensity of producing land in 2017 (亿元/km²). */
const INTENSITY_2017 = 45;
/** Target output intensity in 2020 (亿元/km²). */
const INTENSITY_2020 = 60;

/** Area of the parks a cluster draws on, km² (their land pool). */
const POOL_AREA = {
  newMaterials: 7.3,
  medicineHealth: 5.3,
  smartManufacturing: 5.79 + 0.16,
  agriProcessing: 1.53,
} as const;

/**
 * A cluster's output intensity of producing land in 2020: the plan's zone-wide 60 亿元/km² (专栏1), or,
 * where the cluster's parks are too small to hold its target at 60, its target ÷ its parks' area.
 */
function intensityFor(cluster: keyof typeof POOL_AREA, target: number, zh: string, en: string) {
  const fill = target / POOL_AREA[cluster];
  const value = Math.max(INTENSITY_2020, fill);
  const parks = POOL_AREA[cluster].toFixed(2);
  return derived(
    value,
    fill > INTENSITY_2020
      ? {
          zh: `${zh} 2020 年目标 ${target} ÷ 园区面积 ${parks} km² = ${fill.toFixed(1)} 亿元/km²：按全区目标 60 亿元/km²，园区容纳不下目标，故取目标所需的强度。`,
          en: `${en}’s 2020 target ${target} ÷ its parks’ ${parks} km² = ${fill.toFixed(1)}: at the zone target of 60 its parks cannot hold the target, so it takes the intensity the target needs.`,
        }
      : {
          zh: `全区 2020 年目标 60 亿元/km²（专栏1）。${zh}目标 ${target} ÷ 园区面积 ${parks} km² 只需 ${fill.toFixed(1)}，即园区足以容纳目标；取全区目标值。`,
          en: `The zone’s 2020 target of RMB 6 bn/km² (专栏1). ${en} needs only ${target} ÷ ${parks} km² = ${fill.toFixed(1)} to fit its target in its parks, so it takes the zone target.`,
        },
    [S_GOALS, S_TABLE, S_LAYOUT],
  );
}

/**
 * The pace that readies, evenly over 2018–2020, the land a cluster's 2020 target needs at its 2020
 * intensity, rounded up to 0.01 km²/yr: (target ÷ intensity − 2017 land) ÷ 3.
 */
function landPaceFor(target: number, intensity: number, landBase: number, zh: string, en: string) {
  const exact = (target / intensity - landBase) / 3;
  const value = Math.ceil(exact * 100 - 1e-9) / 100;
  return derived(
    value,
    {
      zh: `(${zh} 2020 年目标 ${target} ÷ 2020 年强度 ${intensity.toFixed(1)} − 2017 年用地 ${landBase.toFixed(3)} km²) ÷ 3 = ${exact.toFixed(3)}，向上取到 0.01。规划未给出用地开发进度：这是 2018–2020 年均匀备好目标所需用地的速度。`,
      en: `(${en}’s 2020 target ${target} ÷ its 2020 intensity ${intensity.toFixed(1)} − its 2017 land ${landBase.toFixed(3)} km²) ÷ 3 = ${exact.toFixed(3)}, rounded up to 0.01. The plan gives no pace of land development: this readies, evenly over 2018–2020, the land the target needs.`,
    },
    [S_GOALS, S_TABLE],
  );
}

const organicGrowth = estimate(0.05, {
  zh: '规划未给出。有机增长只算新投资解释不了的部分：已投产企业的产能利用（规划指出相当一部分企业停产半停产，第二章 第一节 二(一)）、效率与价格。取 5%，低于规划引用的 2017 年全国工业增加值增速 6.5%（第四章 第二节），后者还含新增产能。新投资、重点项目的产出另计。',
  en: 'Not in the plan. Organic growth covers only what new investment does not: plants already producing using idle capacity (the plan notes many firms stopped or half-stopped, 第二章 第一节 二(一)), efficiency and prices. 5%, below the 6.5% growth of China’s industrial value added in 2017 the plan cites (第四章 第二节), which also includes new capacity. Output of new investment and key projects is counted apart.',
});

const outputPerInvestment = estimate(1.0, {
  zh: '规划未给出投资产出比。取 1.0：每亿元固定资产投资达产后年产值约 1 亿元，为工业园区常见的 1:1 投入产出水平。',
  en: 'The plan gives no output-per-investment ratio. 1.0 means each yuan of fixed investment yields about 1 yuan of annual output at full production, a common 1:1 level for industrial parks.',
});

const lagOneYear = estimate(1, {
  zh: '规划未给出投资到投产的时滞。取 1 年：厂房与产线通常在投资次年投产。',
  en: 'The plan gives no lag from investment to production. 1 year: plants and lines usually start producing the year after the investment.',
});

const rampHalf = estimate(0.5, {
  zh: '规划未给出爬坡比例。取 50%：投产首年达到设计产值的一半。',
  en: 'The plan gives no ramp-up share. 50%: a new line reaches half of its full output in its first producing year.',
});

function landFromOutput(value: number, clusterZh: string, clusterEn: string, fromEstimate: boolean) {
  const formula = {
    zh: `${clusterZh} 2017 年产值 ÷ 45 亿元/km²`,
    en: `${clusterEn} 2017 output ÷ RMB 4.5 bn/km²`,
  };
  return fromEstimate
    ? estimate(value, {
        zh: `${formula.zh}；产值为估算值，故用地亦为估算。`,
        en: `${formula.en}; the output is an estimate, so the land is too.`,
      })
    : derived(value, formula, [S_SECTORS, S_ECONOMY]);
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** Why a cluster's yearly investment is what it is: the 2017 pace, split by judgement. */
const INVESTMENT_PACE_ZH = (cluster: string, value: number, weight: string) =>
  `规划未给出 2018–2020 年的投资。取 2017 年全区工业投资 193.2 亿元（第二章 第一节 一(一)）的节奏延续：四个工业集群合计约 180 亿元/年，按 90:35:30:25 分摊。该比例是判断，不是规划数：专栏2–5 几乎不给投资额，只按项目规模排序；${cluster}取 ${value} 亿元/年，依据${weight}。包括该集群的重点项目：项目打开时，其产出从这笔投资中划出（docs/model.md）。`;
const INVESTMENT_PACE_EN = (cluster: string, value: number, weight: string) =>
  `The plan gives no investment for 2018–2020. The 2017 pace continued: the zone’s RMB 19.32 bn of industrial investment in 2017 (第二章 第一节 一(一)), about RMB 18 bn a year for the four industrial clusters, split 90:35:30:25. The split is a judgement, not a plan figure: 专栏2–5 give almost no investment figures, only the size of the projects; ${cluster} takes ${value} a year, from ${weight}. It includes the cluster’s key projects: a project switched on takes its output out of this investment (docs/model.md).`;

/** Industrial fixed investment of the zone in 2017 (工业投资), 亿元. */
const INDUSTRIAL_INVESTMENT_2017 = 193.2;
/** Yearly investment estimates of the four industrial clusters, 亿元 (their weights in the 2017 split). */
const YEARLY_INVESTMENT = {
  newMaterials: 90,
  medicineHealth: 35,
  smartManufacturing: 30,
  agriProcessing: 25,
};
const YEARLY_INVESTMENT_SUM =
  YEARLY_INVESTMENT.newMaterials +
  YEARLY_INVESTMENT.medicineHealth +
  YEARLY_INVESTMENT.smartManufacturing +
  YEARLY_INVESTMENT.agriProcessing;

/** A cluster's share of the 2017 industrial investment, weighted by the yearly investment estimates. */
function baseYearInvestmentOf(cluster: keyof typeof YEARLY_INVESTMENT, zh: string, en: string) {
  const weight = YEARLY_INVESTMENT[cluster];
  return estimate((INDUSTRIAL_INVESTMENT_2017 * weight) / YEARLY_INVESTMENT_SUM, {
    zh: `规划给出 2017 年全区工业投资 193.2 亿元（第二章 第一节 一(一)），未分集群。按各集群年新增投资估算值（90:35:30:25）分摊，${zh}取 193.2 × ${weight} ÷ ${YEARLY_INVESTMENT_SUM}。`,
    en: `The plan gives the zone’s 2017 industrial investment, RMB 19.32 bn (第二章 第一节 一(一)), not per cluster. Split in proportion to the clusters’ yearly investment estimates (90:35:30:25), ${en} takes 193.2 × ${weight} ÷ ${YEARLY_INVESTMENT_SUM}.`,
  });
}

export const PARKS: readonly ParkData[] = [
  {
    id: 'qinggang',
    name: { zh: '青杠新材料产业园区', en: 'Qinggang New Materials Park' },
    areaKm2: plan(7.3, S_LAYOUT, '青杠新材料产业园区。规划面积7.3平方公里'),
    focus: {
      zh: '铝、复合材料、镁、新能源电池、硬质合金',
      en: 'Aluminium, composites, magnesium, batteries, hard alloy',
    },
  },
  {
    id: 'fengjia',
    name: { zh: '冯家医药健康产业园区', en: 'Fengjia Medicine & Health Park' },
    areaKm2: plan(5.3, S_LAYOUT, '冯家医药健康产业园区。规划面积5.3平方公里'),
    focus: {
      zh: '中药材及其制品、化学药、养老健康、医疗器械',
      en: 'Chinese medicinal materials, chemical drugs, elderly care, medical devices',
    },
  },
  {
    id: 'zhengyang',
    name: { zh: '正阳智能制造产业园区', en: 'Zhengyang Intelligent Manufacturing Park' },
    areaKm2: plan(5.79, S_LAYOUT, '正阳智能制造产业园区。规划面积5.79平方公里'),
    focus: {
      zh: '智能制造装备、汽摩机电；配套现代物流、电子商务',
      en: 'Intelligent equipment, auto and motorcycle parts; logistics and e-commerce alongside',
    },
  },
  {
    id: 'qianzhou',
    name: { zh: '黔州农业科技园区', en: 'Qianzhou Agricultural Science Park' },
    areaKm2: plan(1.53, S_LAYOUT, '黔州农业科技园区：规划面积1.53平方公里'),
    focus: { zh: '食品加工、卷烟及配套、丝绸服装', en: 'Food processing, tobacco, silk and garments' },
  },
  {
    id: 'qidi',
    name: { zh: '启迪科技城产城融合示范园区', en: 'Tus-Qidi Science City' },
    areaKm2: plan(0.16, S_LAYOUT, '启迪科技城产城融合示范园区。规划面积0.16平方公里'),
    focus: {
      zh: '大数据、教育培训、孵化与现代服务',
      en: 'Big data, training, incubation and modern services',
    },
  },
];

const NEW_MATERIALS_BASE = 51.5;
const MEDICINE_BASE = 3.9;
const SMART_BASE = 12.0;
const AGRI_BASE = 25.8;
const SERVICES_BASE = 30;

const INTENSITY_NEW_MATERIALS = intensityFor('newMaterials', 250, '新材料', 'New materials');
const INTENSITY_MEDICINE = intensityFor('medicineHealth', 150, '医药健康', 'Medicine & health');
const INTENSITY_SMART = intensityFor('smartManufacturing', 100, '智能制造', 'Intelligent manufacturing');
const INTENSITY_AGRI = intensityFor('agriProcessing', 100, '农副产品加工', 'Agricultural processing');
/** Services revenue per km² in 2020: 100 in 2017 (30 ÷ 0.3), growing 5 % a year. */
const SERVICES_INTENSITY_2020 = 100 * 1.05 ** 3;

export const CLUSTERS: readonly ClusterData[] = [
  {
    id: 'newMaterials',
    name: { zh: '新材料', en: 'New materials' },
    measure: 'industrialOutput',
    parkIds: ['qinggang'],
    base: plan(NEW_MATERIALS_BASE, S_SECTORS, '园区材料产业有企业39家，产值51.5亿元'),
    target: conflict(
      'newMaterialsTarget',
      [
        {
          value: 250,
          source: { section: S_GOALS, quote: '新材料产业总产值达到250亿元' },
          label: { zh: '250 亿元（发展目标）', en: '250 (development goals)' },
        },
        {
          value: 300,
          source: { section: S_NEW_MATERIALS, quote: '总产值突破300亿元' },
          label: { zh: '300 亿元（新材料产业一节）', en: '300 (new-materials section)' },
        },
      ],
      0,
      {
        zh: '默认取 250：四个工业集群目标 250+150+100+100 正好等于全区 600 亿元目标。',
        en: 'Default 250: the four industrial targets 250+150+100+100 add up to the zone target of RMB 60 bn.',
      },
    ),
    producingLandBase: landFromOutput(NEW_MATERIALS_BASE / INTENSITY_2017, '新材料', 'New materials', false),
    defaults: {
      growthRate: organicGrowth,
      investmentPerYear: estimate(90, {
        zh: INVESTMENT_PACE_ZH(
          '新材料',
          90,
          '专栏2 的铝加工一体化（含 2×30 万千瓦热电）、30 万吨玻纤等大项目',
        ),
        en: INVESTMENT_PACE_EN(
          'new materials',
          90,
          'the large projects of 专栏2: aluminium integration with 2×300 MW of power, 300,000 t of glass fibre',
        ),
      }),
      baseYearInvestment: baseYearInvestmentOf('newMaterials', '新材料', 'new materials'),
      outputPerInvestment,
      lagYears: lagOneYear,
      rampUpShare: rampHalf,
      landPace: landPaceFor(
        250,
        INTENSITY_NEW_MATERIALS.value,
        NEW_MATERIALS_BASE / INTENSITY_2017,
        '新材料',
        'New materials',
      ),
      landIntensity: INTENSITY_NEW_MATERIALS,
    },
  },
  {
    id: 'medicineHealth',
    name: { zh: '医药健康', en: 'Medicine & health' },
    measure: 'industrialOutput',
    parkIds: ['fengjia'],
    base: plan(MEDICINE_BASE, S_SECTORS, '医药健康产业有企业5家，产值3.9亿元'),
    target: plan(150, S_GOALS, '医药健康产业总产值达到150亿元'),
    producingLandBase: landFromOutput(MEDICINE_BASE / INTENSITY_2017, '医药健康', 'Medicine & health', false),
    defaults: {
      growthRate: organicGrowth,
      investmentPerYear: estimate(35, {
        zh: INVESTMENT_PACE_ZH('医药健康', 35, '专栏3 的项目（规划给出投资的只有药用胶囊 10 亿元）'),
        en: INVESTMENT_PACE_EN(
          'medicine & health',
          35,
          'the projects of 专栏3 (only the capsule project has a stated investment, RMB 1 bn)',
        ),
      }),
      baseYearInvestment: baseYearInvestmentOf('medicineHealth', '医药健康', 'medicine & health'),
      outputPerInvestment,
      lagYears: lagOneYear,
      rampUpShare: rampHalf,
      landPace: landPaceFor(
        150,
        INTENSITY_MEDICINE.value,
        MEDICINE_BASE / INTENSITY_2017,
        '医药健康',
        'Medicine & health',
      ),
      landIntensity: INTENSITY_MEDICINE,
    },
  },
  {
    id: 'smartManufacturing',
    name: { zh: '智能制造', en: 'Intelligent manufacturing' },
    measure: 'industrialOutput',
    parkIds: ['zhengyang', 'qidi'],
    base: estimate(SMART_BASE, {
      zh: '规划未给出智能制造 2017 年产值。取 2017 年未归类的 38.1 亿元中汽摩配件、机电部分约 12 亿元（安尔特、元和利泰等，第四章 第三节）。',
      en: 'The plan gives no 2017 output for intelligent manufacturing. About RMB 1.2 bn of the RMB 3.81 bn the plan leaves unattributed in 2017: auto/motorcycle parts and machinery (Anerte, Yuanhe Litai …, 第四章 第三节).',
    }),
    target: plan(100, S_GOALS, '智能制造产业总产值达到100亿元'),
    producingLandBase: landFromOutput(
      SMART_BASE / INTENSITY_2017,
      '智能制造',
      'Intelligent manufacturing',
      true,
    ),
    defaults: {
      growthRate: organicGrowth,
      investmentPerYear: estimate(30, {
        zh: INVESTMENT_PACE_ZH('智能制造', 30, '专栏4 的启迪科技城与“机器换人”（均无投资数）'),
        en: INVESTMENT_PACE_EN(
          'intelligent manufacturing',
          30,
          'Tus-Qidi Science City and “robots for people” in 专栏4 (neither with an investment figure)',
        ),
      }),
      baseYearInvestment: baseYearInvestmentOf('smartManufacturing', '智能制造', 'intelligent manufacturing'),
      outputPerInvestment,
      lagYears: lagOneYear,
      rampUpShare: rampHalf,
      landPace: landPaceFor(
        100,
        INTENSITY_SMART.value,
        SMART_BASE / INTENSITY_2017,
        '智能制造',
        'Intelligent manufacturing',
      ),
      landIntensity: INTENSITY_SMART,
    },
  },
  {
    id: 'agriProcessing',
    name: { zh: '农副产品加工', en: 'Agricultural processing' },
    measure: 'industrialOutput',
    parkIds: ['qianzhou'],
    base: estimate(AGRI_BASE, {
      zh: '纺织 9.8 亿元为规划数（第二章 第一节 一(二)）；食品、卷烟约 16 亿元为估算，取自 2017 年未归类的 38.1 亿元。合计 25.8 亿元。',
      en: 'Textiles RMB 0.98 bn is the plan’s figure (第二章 第一节 一(二)); food and tobacco, about RMB 1.6 bn, is an estimate taken from the RMB 3.81 bn left unattributed in 2017. Together RMB 2.58 bn.',
    }),
    target: plan(100, S_GOALS, '农副产品加工产业总产值达到100亿元'),
    producingLandBase: landFromOutput(
      AGRI_BASE / INTENSITY_2017,
      '农副产品加工',
      'Agricultural processing',
      true,
    ),
    defaults: {
      growthRate: organicGrowth,
      investmentPerYear: estimate(25, {
        zh: INVESTMENT_PACE_ZH(
          '农副产品加工',
          25,
          '纺织服装“十三五”投资 83.5 亿元（第四章 第四节，约 17 亿元/年）加专栏5 的食品项目',
        ),
        en: INVESTMENT_PACE_EN(
          'agricultural processing',
          25,
          'the RMB 8.35 bn textiles and garments invest over 2016–2020 (第四章 第四节, about RMB 1.7 bn a year) plus the food projects of 专栏5',
        ),
      }),
      baseYearInvestment: baseYearInvestmentOf('agriProcessing', '农副产品加工', 'agricultural processing'),
      outputPerInvestment,
      lagYears: lagOneYear,
      rampUpShare: rampHalf,
      landPace: landPaceFor(
        100,
        INTENSITY_AGRI.value,
        AGRI_BASE / INTENSITY_2017,
        '农副产品加工',
        'Agricultural processing',
      ),
      landIntensity: INTENSITY_AGRI,
    },
  },
  {
    id: 'modernServices',
    name: { zh: '现代服务业', en: 'Modern services' },
    measure: 'serviceRevenue',
    parkIds: ['zhengyang', 'qidi'],
    base: estimate(SERVICES_BASE, {
      zh: '规划未给出现代服务业 2017 年营业收入。取 30 亿元：物流、电商（全区网络零售额 20 亿元，第四章 第五节）与金融服务的园区部分。',
      en: 'The plan gives no 2017 revenue for modern services. RMB 3 bn: the zone’s share of logistics, e-commerce (online retail of RMB 2 bn district-wide, 第四章 第五节) and financial services.',
    }),
    target: plan(100, S_GOALS, '现代服务业营业收入达到100亿元'),
    producingLandBase: estimate(0.3, {
      zh: '规划未给出服务业用地。取 0.3 km²：正阳物流基地与冷链、电商园（2.3 万 m²）等已用地块。',
      en: 'The plan gives no land for services. 0.3 km²: the Zhengyang logistics base, cold chain and the e-commerce park (23,000 m²) in use.',
    }),
    defaults: {
      growthRate: organicGrowth,
      investmentPerYear: estimate(15, {
        zh: '规划未给出服务业年度投资。按专栏6（电商产业园、快递分拨、冷链）估算约 15 亿元/年。',
        en: 'The plan gives no yearly investment for services. About RMB 1.5 bn a year, from 专栏6 (e-commerce park, express hub, cold chain).',
      }),
      baseYearInvestment: estimate(15, {
        zh: '规划给出的 2017 年投资 193.2 亿元为工业投资，不含服务业；规划未给出服务业 2017 年投资，取与年新增投资相同的 15 亿元。',
        en: 'The RMB 19.32 bn the plan gives for 2017 is industrial investment, without services; the plan gives no 2017 investment for services, so it takes the yearly estimate, RMB 1.5 bn.',
      }),
      outputPerInvestment: estimate(1.0, {
        zh: '规划未给出。取每亿元投资带来约 1 亿元年营业收入。',
        en: 'Not in the plan. Each yuan invested brings about 1 yuan of annual revenue.',
      }),
      lagYears: lagOneYear,
      rampUpShare: rampHalf,
      landPace: estimate(Math.ceil(((100 / SERVICES_INTENSITY_2020 - 0.3) / 3) * 100) / 100, {
        zh: '规划未给出。取 (2020 年 100 亿元营业收入 ÷ 2020 年地均营收 115.8 − 2017 年 0.3 km²) ÷ 3，向上取到 0.01：2018–2020 年均匀备好物流与服务用地。',
        en: 'Not in the plan. (RMB 10 bn of revenue in 2020 ÷ 115.8 per km² − 0.3 km² in 2017) ÷ 3, rounded up to 0.01: the logistics and service land readied evenly over 2018–2020.',
      }),
      landIntensity: estimate(SERVICES_INTENSITY_2020, {
        zh: '规划未给出服务业地均营收。2017 年取 30 亿元 ÷ 0.3 km² = 100 亿元/km²，此后每年增长 5%：2020 年 100 × 1.05³ = 115.8。',
        en: 'The plan gives no revenue per km² for services. 2017: RMB 3 bn ÷ 0.3 km² = 100; then 5 % a year: 100 × 1.05³ = 115.8 in 2020.',
      }),
    },
  },
];

const INDUSTRIAL_CLUSTER_BASE_SUM = NEW_MATERIALS_BASE + MEDICINE_BASE + SMART_BASE + AGRI_BASE;
const OUTPUT_2017 = 135.4;
const OTHER_INDUSTRY_BASE = round4(OUTPUT_2017 - INDUSTRIAL_CLUSTER_BASE_SUM);

const industrialOutputBase = conflict(
  'industrialOutput2017',
  [
    {
      value: OUTPUT_2017,
      source: { section: S_ECONOMY, quote: '园区工业总产值135.4亿元' },
      label: { zh: '135.4 亿元（发展基础）', en: '135.4 (development base)' },
    },
    {
      value: 135.6,
      source: { section: S_TABLE, quote: '工业总产值（亿元） 135.6' },
      label: { zh: '135.6 亿元（专栏1）', en: '135.6 (专栏1)' },
    },
  ],
  0,
  {
    zh: '默认取 135.4：与分行业产值、45 亿元/km² 产出强度和规上产值占比 91.1% 相符。',
    en: 'Default 135.4: it agrees with the sector figures, the RMB 4.5 bn/km² intensity and the 91.1% share of large firms.',
  },
);

const INDICATORS: readonly ZoneIndicator[] = [
  {
    id: 'industrialOutput',
    name: { zh: '工业总产值', en: 'Industrial output' },
    unit: 'yi',
    group: 'economy',
    base: industrialOutputBase,
    target: plan(600, S_TABLE, '工业总产值（亿元） 600'),
    direction: 'atLeast',
    projected: true,
  },
  {
    id: 'outputIntensity',
    name: { zh: '投产用地平均产出强度', en: 'Output intensity of producing land' },
    unit: 'yiPerKm2',
    group: 'economy',
    base: plan(INTENSITY_2017, S_ECONOMY, '投产企业用地产出强度45亿元/平方公里'),
    target: plan(INTENSITY_2020, S_GOALS, '平均产出强度60亿元/平方公里以上'),
    direction: 'atLeast',
    projected: true,
  },
  {
    id: 'coreArea',
    name: { zh: '核心园区面积', en: 'Core zone area' },
    unit: 'km2',
    group: 'economy',
    base: null,
    target: plan(20, S_GOALS, '建成核心园区面积20平方公里以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'highTechOutput',
    name: { zh: '高新技术产业产值', en: 'High-tech industry output' },
    unit: 'yi',
    group: 'economy',
    base: null,
    target: plan(150, S_GOALS, '高新技术产业产值达到150亿元以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'valueAddedRate',
    name: { zh: '工业增加值率', en: 'Industrial value-added rate' },
    unit: 'percent',
    group: 'economy',
    base: conflict(
      'valueAddedRate2017',
      [
        {
          value: 36.6,
          source: { section: S_TABLE, quote: '工业增加值率 36.6' },
          label: { zh: '36.6%（专栏1）', en: '36.6% (专栏1)' },
        },
        {
          value: 38.7,
          source: { section: S_ECONOMY, quote: '工业增加值率38.7%' },
          label: {
            zh: '38.7%（发展基础正文；即 47.7 ÷ 123.3 规上产值）',
            en: '38.7% (development base text; 47.7 ÷ 123.3 of large firms)',
          },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 36.6%；按正文 47.7 ÷ 123.3 为 38.7%，按全部产值 135.4 为 35.2%。',
        en: 'Default 36.6% from 专栏1; the text gives 47.7 ÷ 123.3 = 38.7%, or 35.2% of all 135.4.',
      },
    ),
    target: conflict(
      'valueAddedRateTarget',
      [
        {
          value: 25,
          source: { section: S_TABLE, quote: '工业增加值率 … 25' },
          label: { zh: '25%（专栏1 目标值）', en: '25% (专栏1 target column)' },
        },
        {
          value: 16,
          source: { section: S_TABLE, quote: '工业增加值率达到16%' },
          label: { zh: '16%（专栏1 指标名称）', en: '16% (专栏1 row title)' },
        },
      ],
      0,
      {
        zh: '默认取目标列的 25%；该行标题写“达到16%”。',
        en: 'Default 25% from the target column; the row’s own title says “reach 16%”.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'netProfit',
    name: { zh: '年净利润', en: 'Annual net profit' },
    unit: 'yi',
    group: 'economy',
    base: plan(6.5, S_TABLE, '年净利润达到50亿元以上 6.5'),
    target: plan(50, S_TABLE, '年净利润达到50亿元以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'industrialConcentration',
    name: { zh: '工业集中度', en: 'Industrial concentration' },
    unit: 'percent',
    group: 'economy',
    base: plan(75.4, S_ECONOMY, '工业集中度为75.4%'),
    target: plan(85, S_TABLE, '工业集中度不低于85%'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'energyPerValueAdded',
    name: { zh: '万元工业增加值能耗', en: 'Energy per 10,000 yuan of value added' },
    unit: 'tcePer10kYuan',
    group: 'sustainability',
    base: plan(0.84, S_TABLE, '万元工业增加值能耗 0.84'),
    target: plan(0.6, S_TABLE, '万元工业增加值能耗低于0.6（吨标准煤）'),
    direction: 'atMost',
    projected: false,
  },
  {
    id: 'highTechRevenueShare',
    name: { zh: '高技术产业主营业务收入占比', en: 'High-tech share of main business revenue' },
    unit: 'percent',
    group: 'economy',
    base: plan(8.2, S_TABLE, '高技术产业主营业务收入占园区主营业收入 8.2'),
    target: plan(25, S_TABLE, '高技术产业主营业务收入占园区主营业收入的25%以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'strategicInvestmentShare',
    name: { zh: '战略性新兴产业投资占工业投资比重', en: 'Strategic emerging share of industrial investment' },
    unit: 'percent',
    group: 'innovation',
    base: conflict(
      'strategicInvestmentShare2017',
      [
        {
          value: 21.2,
          source: { section: S_TABLE, quote: '战略性新兴产业投资占工业投资的比重 21.2' },
          label: { zh: '21.2%（专栏1）', en: '21.2% (专栏1)' },
        },
        {
          value: 10.8,
          source: { section: S_SECTORS, quote: '战略性新兴产业投资占工业投资的比重达到10.8%' },
          label: { zh: '10.8%（发展基础）', en: '10.8% (development base)' },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 21.2%；正文写 10.8%。',
        en: 'Default 21.2% from 专栏1; the text says 10.8%.',
      },
    ),
    target: plan(28, S_TABLE, '战略性新兴产业投资占工业投资的比重达到28%以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'highTechEnterprises',
    name: { zh: '高新技术企业数', en: 'High-tech enterprises' },
    unit: 'firms',
    group: 'innovation',
    base: plan(7, S_INNOVATION_BASE, '高新技术企业7家'),
    target: plan(60, S_TABLE, '高新技术企业60以上（家）'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'highTechEnterpriseShare',
    name: { zh: '高新技术企业占园区企业比例', en: 'High-tech enterprises as share of all firms' },
    unit: 'percent',
    group: 'innovation',
    base: conflict(
      'highTechEnterpriseShare2017',
      [
        {
          value: 8.7,
          source: { section: S_TABLE, quote: '高新技术企业数量占园区企业总数的比例 8.7' },
          label: { zh: '8.7%（专栏1）', en: '8.7% (专栏1)' },
        },
        {
          value: 3.5,
          source: { section: S_ECONOMY, quote: '累计入园企业201家' },
          label: { zh: '3.5%（7 ÷ 201 家，推算）', en: '3.5% (7 of 201 firms, computed)' },
          formula: {
            zh: '7 ÷ 201 = 3.5%：高新技术企业 7 家（第二章 第一节 一(三)）÷ 入园企业 201 家（第二章 第一节 一(一)）',
            en: '7 ÷ 201 = 3.5%: 7 high-tech enterprises (第二章 第一节 一(三)) of the 201 firms in the zone (第二章 第一节 一(一))',
          },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 8.7%（第二章 第一节 一(三) 正文也写 8.7%）；按 201 家入园企业计，7 家只占 3.5%。8.7% 相当于 7 ÷ 80，与有研发投入企业占比 31.2%（25 ÷ 80）指向同一个约 80 家的分母。',
        en: 'Default 8.7% from 专栏1 (the text of 第二章 第一节 一(三) says 8.7% too); 7 of the 201 firms in the zone is only 3.5%. 8.7% is 7 ÷ 80, the same denominator of about 80 firms as the 31.2% share of firms with R&D (25 ÷ 80).',
      },
    ),
    target: plan(5, S_TABLE, '高新技术企业数量占园区企业总数的比例不低于5%'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'rndFirmShare',
    name: { zh: '有研发活动企业占比', en: 'Firms with R&D activity, share' },
    unit: 'percent',
    group: 'innovation',
    base: conflict(
      'rndFirmShare2017',
      [
        {
          value: 31.2,
          source: { section: S_TABLE, quote: '具有研发活动的企业数量占园区企业总数的比例 31.2' },
          label: {
            zh: '31.2%（专栏1；正文：25 个占规上企业的 31.2%）',
            en: '31.2% (专栏1; the text: 25 firms, 31.2% of large firms)',
          },
        },
        {
          value: 23.8,
          source: { section: S_INNOVATION_BASE, quote: '园区有研发投入的规上企业25个' },
          label: { zh: '23.8%（25 ÷ 105 家规上企业，推算）', en: '23.8% (25 of 105 large firms, computed)' },
          formula: {
            zh: '25 ÷ 105 = 23.8%：有研发投入的规上企业 25 个（第二章 第一节 一(三)）÷ 规模以上工业企业 105 家（第二章 第一节 一(一)）',
            en: '25 ÷ 105 = 23.8%: 25 large firms with R&D spending (第二章 第一节 一(三)) of the 105 large industrial firms (第二章 第一节 一(一))',
          },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 31.2%，与第二章 第一节 一(三) 正文相同；但 25 个占 31.2% 意味着分母约 80 家，而同一节写规上企业 105 家，25 ÷ 105 只有 23.8%。',
        en: 'Default 31.2% from 专栏1, as the text of 第二章 第一节 一(三) says; but 25 firms being 31.2% means a denominator of about 80, while the same section counts 105 large firms, and 25 ÷ 105 is only 23.8%.',
      },
    ),
    target: conflict(
      'rndFirmShareTarget',
      [
        {
          value: 30,
          source: { section: S_TABLE, quote: '具有研发活动的企业数量占园区企业总数的比例不低于30%' },
          label: { zh: '30%（指标名称）', en: '30% (row title)' },
        },
        {
          value: 35,
          source: { section: S_TABLE, quote: '具有研发活动的企业数量占园区企业总数的比例 35' },
          label: { zh: '35%（目标值列）', en: '35% (target column)' },
        },
      ],
      0,
      {
        zh: '默认取指标名称的 30%（第五章 第二节 也写 30%）；目标值列写 35。',
        en: 'Default 30% from the row title (第五章 第二节 also says 30%); the target column says 35.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'municipalRndInstitutions',
    name: { zh: '市级以上研发机构', en: 'Municipal-level R&D institutions' },
    unit: 'institutions',
    group: 'innovation',
    base: plan(10, S_TABLE, '拥有市级以上专业研发机构或分支机构 10'),
    target: plan(30, S_TABLE, '拥有市级以上专业研发机构或分支机构30个以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'municipalServiceInstitutions',
    name: { zh: '市级以上科技服务机构', en: 'Municipal-level S&T service institutions' },
    unit: 'institutions',
    group: 'innovation',
    base: plan(19, S_TABLE, '拥有市级以上科技服务机构或分支机构 19'),
    target: plan(30, S_TABLE, '拥有市级以上科技服务机构或分支机构30个以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'legalEntityRndInstitutions',
    name: { zh: '法人化研发机构', en: 'Legal-entity R&D institutions' },
    unit: 'institutions',
    group: 'innovation',
    base: plan(0, S_TABLE, '引进法人化研发机构 0'),
    target: plan(6, S_TABLE, '引进法人化研发机构6个以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'rndFund',
    name: { zh: '研发专项资金', en: 'R&D special fund' },
    unit: 'yi',
    group: 'innovation',
    base: plan(0, S_TABLE, '建立规模2亿元以上的研发专项资金 0'),
    target: plan(2, S_TABLE, '建立规模2亿元以上的研发专项资金'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'rndIntensity',
    name: { zh: 'R&D 经费支出占地区生产总值比重', en: 'R&D spending / GDP' },
    unit: 'percent',
    group: 'innovation',
    base: plan(1.57, S_TABLE, '研究与试验发展（R&D）经费支出与地区生产总值的比值 1.57'),
    target: conflict(
      'rndIntensityTarget',
      [
        {
          value: 2,
          source: { section: S_TABLE, quote: '研究与试验发展（R&D）经费支出与地区生产总值的比值不低于2%' },
          label: {
            zh: '2%（R&D 经费 ÷ 地区生产总值，专栏1）',
            en: '2% (R&D spending ÷ GDP, 专栏1)',
          },
        },
        {
          value: 2,
          source: { section: S_GOALS, quote: '园区研发总投入占营业总收入的比例超过2%' },
          label: {
            zh: '2%（研发总投入 ÷ 营业总收入，发展目标正文）',
            en: '2% (R&D spending ÷ total revenue, development goals text)',
          },
        },
      ],
      0,
      {
        zh: '两处都写 2%，但分母不同：专栏1 以地区生产总值为分母，正文以营业总收入为分母。默认取专栏1：2017 年的 1.57% 也以地区生产总值为分母（第二章 第一节 一(三)），可以比较。营业收入远大于增加值，按 2017 年工业总产值 135.4 亿元与增加值 47.7 亿元粗算，按营收计的 2% 所需研发投入约为按地区生产总值计的 2.8 倍。',
        en: 'Both say 2%, of different things: 专栏1 divides by GDP, the text by total revenue. Default 专栏1: the 2017 value of 1.57% is of GDP too (第二章 第一节 一(三)), so the two compare. Revenue is far larger than value added: on 2017’s output of RMB 13.54 bn and value added of RMB 4.77 bn, 2% of revenue asks for about 2.8 times the R&D spending of 2% of GDP.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'newProductShare',
    name: { zh: '新产品销售收入占比', en: 'New-product share of sales' },
    unit: 'percent',
    group: 'innovation',
    base: plan(1.73, S_TABLE, '新产品销售收入占产品销售收入总额比重 1.73'),
    target: plan(20, S_TABLE, '新产品销售收入占产品销售收入总额比重不低于20%'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'patentsPer10k',
    name: { zh: '万名从业人员发明专利拥有量', en: 'Invention patents per 10,000 employees' },
    unit: 'patentsPer10k',
    group: 'innovation',
    base: plan(125, S_TABLE, '万名从业人员发明专利拥有量 125'),
    target: conflict(
      'patentsPer10kTarget',
      [
        {
          value: 20,
          source: { section: S_TABLE, quote: '万名从业人员发明专利拥有量达到20以上（件）' },
          label: { zh: '20 件（指标名称）', en: '20 (row title)' },
        },
        {
          value: 50,
          source: { section: S_TABLE, quote: '万名从业人员发明专利拥有量 50' },
          label: { zh: '50 件（目标值列）', en: '50 (target column)' },
        },
      ],
      0,
      {
        zh: '默认取指标名称的 20；目标值列写 50，且 2017 年值 125 已高于两者。',
        en: 'Default 20 from the row title; the target column says 50, and the 2017 value of 125 already exceeds both.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'collegeEmployees',
    name: { zh: '大专及以上学历从业人员', en: 'Employees with college degree or above' },
    unit: 'people',
    group: 'innovation',
    base: plan(1393, S_TABLE, '大专及以上学历从业人员 1393'),
    target: plan(5000, S_TABLE, '大专及以上学历从业人员达到5000人以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'techEnterprises',
    name: { zh: '科技型企业数', en: 'S&T enterprises' },
    unit: 'firms',
    group: 'innovation',
    base: conflict(
      'techEnterprises2017',
      [
        {
          value: 185,
          source: { section: S_TABLE, quote: '科技型企业数量（家） 185' },
          label: { zh: '185 家（专栏1）', en: '185 (专栏1)' },
        },
        {
          value: 68,
          source: { section: '第二章 第一节 一(三)', quote: '园区共有科技型企业68家' },
          label: { zh: '68 家（发展基础正文）', en: '68 (development base text)' },
        },
      ],
      0,
      { zh: '默认取专栏1 的 185；正文写 68。', en: 'Default 185 from 专栏1; the text of 第二章 says 68.' },
    ),
    target: conflict(
      'techEnterprisesTarget',
      [
        {
          value: 300,
          source: { section: S_TABLE, quote: '科技型企业数量（家） 300' },
          label: { zh: '300 家（专栏1）', en: '300 (专栏1)' },
        },
        {
          value: 260,
          source: { section: S_GOALS, quote: '引进培育科技型企业260家以上' },
          label: { zh: '260 家以上（发展目标正文）', en: '260+ (development goals text)' },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 300；正文写 260 以上。',
        en: 'Default 300 from 专栏1; the text says 260 or more.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'nationalTechCentres',
    name: { zh: '国家级企业技术中心', en: 'National enterprise technology centres' },
    unit: 'institutions',
    group: 'innovation',
    base: plan(0, S_TABLE, '国家级企业技术中心（家） 0'),
    target: plan(1, S_TABLE, '国家级企业技术中心（家） 1'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'incubatorArea',
    name: { zh: '科技孵化器面积', en: 'Incubator area' },
    unit: 'tenThousandM2',
    group: 'innovation',
    base: plan(0.31, S_TABLE, '科技孵化器面积（万平方米） 0.31'),
    target: conflict(
      'incubatorAreaTarget',
      [
        {
          value: 1,
          source: { section: S_TABLE, quote: '科技孵化器面积（万平方米） 1' },
          label: { zh: '1 万 m²（专栏1）', en: '10,000 m² (专栏1)' },
        },
        {
          value: 2,
          source: { section: S_GOALS, quote: '科技孵化器面积达到2万平方米' },
          label: { zh: '2 万 m²（正文）', en: '20,000 m² (text)' },
        },
      ],
      0,
      {
        zh: '默认取专栏1 的 1 万 m²；正文写 2 万 m²。',
        en: 'Default 10,000 m² from 专栏1; the text says 20,000 m².',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'foreignCapital',
    name: { zh: '近三年年均实际使用外资', en: 'Average annual foreign capital used' },
    unit: 'tenThousandUsd',
    group: 'opening',
    base: plan(0, S_TABLE, '近三年年均实际使用外资 0'),
    target: conflict(
      'foreignCapitalTarget',
      [
        {
          value: 0,
          source: { section: S_TABLE, quote: '近三年年均实际使用外资3000（万美元） 0 0' },
          label: { zh: '0（目标值列）', en: '0 (target column)' },
        },
        {
          value: 3000,
          source: { section: S_TABLE, quote: '近三年年均实际使用外资3000（万美元）' },
          label: { zh: '3000 万美元（指标名称）', en: '30 million USD (row title)' },
        },
      ],
      1,
      {
        zh: '默认取指标名称的 3000 万美元；目标值列为 0，不构成目标。',
        en: 'Default 30 million USD from the row title; the target column says 0, which is no target.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'domesticCapital',
    name: { zh: '近三年年均实际使用内资', en: 'Average annual domestic capital used' },
    unit: 'yi',
    group: 'opening',
    base: plan(120, S_TABLE, '近三年年均实际使用内资 120'),
    target: plan(50, S_TABLE, '近三年年均实际使用内资50亿元以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'solidWasteUtilisation',
    name: { zh: '工业固体废物综合利用率', en: 'Industrial solid waste utilisation' },
    unit: 'percent',
    group: 'sustainability',
    base: null,
    target: plan(95, S_GOALS, '工业固废综合利用率95%以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'digitalDesignTools',
    name: { zh: '大中型企业数字化设计工具普及率', en: 'Digital design tools in large and medium firms' },
    unit: 'percent',
    group: 'innovation',
    base: null,
    target: plan(85, S_GOALS, '大中型企业数字化设计工具普及率达85%以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'districtRndPlatforms',
    name: { zh: '区级企业技术中心等研发平台', en: 'District-level R&D platforms' },
    unit: 'institutions',
    group: 'innovation',
    base: null,
    target: conflict(
      'districtRndPlatformsTarget',
      [
        {
          value: 30,
          source: { section: S_GOALS, quote: '区级企业技术中心等研发平台30个以上' },
          label: { zh: '30 个（区级，发展目标）', en: '30 (district level, development goals)' },
        },
        {
          value: 50,
          source: { section: '第五章 第二节', quote: '区级以上专业研发机构50家以上' },
          label: {
            zh: '50 家（区级以上，打造科技创新平台一节）',
            en: '50 (district level and above, innovation platforms section)',
          },
        },
      ],
      0,
      {
        zh: '默认取第三章 第四节 的 30 个：区级平台与市级以上研发平台 30 个分列，两者合计 60 个。第五章 第二节 写“区级以上专业研发机构 50 家以上”，若含市级以上的 30 家，区级只需约 20 家。',
        en: 'Default 30 from 第三章 第四节: district platforms counted apart from the 30 municipal ones, 60 in all. 第五章 第二节 writes “50 or more R&D institutions at district level and above”; if that includes the 30 municipal ones, about 20 district ones would do.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'stStaffShare',
    name: { zh: '科技活动人员占企业从业人数比例', en: 'S&T staff as share of employees' },
    unit: 'percent',
    group: 'innovation',
    base: null,
    target: conflict(
      'stStaffShareTarget',
      [
        {
          value: 20,
          source: { section: S_GOALS, quote: '科技活动人员占企业从业人数比例超过20%' },
          label: { zh: '20%（发展目标）', en: '20% (development goals)' },
        },
        {
          value: 10,
          source: { section: '第五章 第三节', quote: '科技活动人员占企业从业人数比例超过10%' },
          label: { zh: '10%（集聚创新创业人才一节）', en: '10% (talent section)' },
        },
      ],
      0,
      {
        zh: '默认取第三章 第四节 发展目标的 20%；第五章 第三节 写 10%。',
        en: 'Default 20% from the development goals (第三章 第四节); 第五章 第三节 says 10%.',
      },
    ),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'keyProcessDigitalisation',
    name: {
      zh: '主导产业关键工序数字化比例',
      en: 'Digitised design, equipment and key processes in leading industries',
    },
    unit: 'percent',
    group: 'innovation',
    base: null,
    target: plan(70, S_GOALS, '大中型企业关键工序程序化的比例达70％以上'),
    direction: 'atLeast',
    projected: false,
  },
  {
    id: 'eCommerceFirms',
    name: { zh: '开展电子商务的企业比例', en: 'Firms using e-commerce' },
    unit: 'percent',
    group: 'innovation',
    base: null,
    target: plan(60, S_GOALS, '企业利用互联网开展电子商务的比例达60%以上'),
    direction: 'atLeast',
    projected: false,
  },
];

/**
 * Other industry inside or beside the 600 (专栏1): the four industrial clusters' targets add up to
 * exactly 600, while 2017's 135.4 counts all industry, environmental protection included.
 */
const otherIndustryInTarget = conflict(
  'otherIndustryIn600',
  [
    {
      value: 0,
      source: {
        section: S_GOALS,
        quote:
          '新材料产业总产值达到250亿元 … 医药健康产业总产值达到150亿元 … 智能制造产业总产值达到100亿元 … 农副产品加工产业总产值达到100亿元',
      },
      formula: {
        zh: '250 + 150 + 100 + 100 = 600：600 亿元只计四个工业集群（读法 0）',
        en: '250 + 150 + 100 + 100 = 600: the 600 counts the four industrial clusters only (reading 0)',
      },
      label: {
        zh: '其他工业在 600 之外：600 亿元即四个工业集群目标之和（250+150+100+100）',
        en: 'Other industry beside the 600: the 600 is the four industrial clusters’ targets added up (250+150+100+100)',
      },
    },
    {
      value: 1,
      source: { section: S_TABLE, quote: '工业总产值（亿元） 600' },
      formula: {
        zh: '专栏1 的工业总产值 600 与 2017 年的 135.4 同口径，计全部工业（读法 1）',
        en: 'The 600 of 专栏1 is on the same basis as 2017’s 135.4: all industry (reading 1)',
      },
      label: {
        zh: '其他工业在 600 之内：600 亿元为全部工业（与 2017 年 135.4 同口径，含环保等）',
        en: 'Other industry inside the 600: the 600 is all industry (like 2017’s 135.4, environmental protection included)',
      },
    },
  ],
  0,
  {
    zh: '默认取“600 之外”：四个集群目标正好加总为 600，各集群均达标时全区即达标；环保等其他工业另行列示。按“600 之内”，各集群恰好达标时全区约为 649。',
    en: 'Default “beside”: the four cluster targets add up to exactly 600, so the zone is on target when every cluster is; environmental protection and other industry are shown beside it. Read “inside”, every cluster exactly on target gives a zone of about 649.',
  },
);

/** The links between clusters the plan describes (docs/model.md, "Links"). */
const LINKS: LinkDefaults = {
  producerServicesEnabled: estimate(1, {
    zh: '规划指出“生产性服务业与制造业、农业的融合程度仍较低”（第四章 第五节 一，规划原文第 393 行），并要求建成武陵山片区最大的现代化物流基地、为园区企业提供融资渠道：物流、电商与金融服务随工业产出增长。新情景默认打开此联系。',
    en: 'The plan notes that “producer services are still poorly integrated with manufacturing and farming” (第四章 第五节, part 1, line 393 of the plan text) and sets out to build the largest modern logistics base of the Wuling mountains and financing for the zone’s firms: logistics, e-commerce and finance grow with industrial output. On in a new scenario.',
  }),
  producerServicesShare: estimate(0.05, {
    zh: '规划未给出。取工业总产值每新增 1 亿元带来 0.05 亿元生产性服务营业收入（物流、仓储、金融服务约占工业产值的 5%）。',
    en: 'Not in the plan. Each RMB 100m of added industrial output brings RMB 5m of producer-services revenue (logistics, warehousing and financial services at about 5 % of industrial output).',
  }),
  agriSupplyEnabled: estimate(1, {
    zh: '规划以农业基地为加工提供原料：专栏5 的蚕桑、特色果品、生猪基地供应缫丝、果汁与肉制品加工；专栏3 的中药材基地（银杏种植基地）供应中药饮片与制剂（第四章 第四节“利用蚕桑、烤烟、生猪、特色中药材和水果发展……全产业链”）。专栏3 的基地与其制剂厂同属一个项目，已计入该项目产出；此联系计入专栏5 三个基地项目打开时其原料支撑的加工产值。新情景默认打开。',
    en: 'The plan has farm bases supply processing: the sericulture, fruit and pig bases of 专栏5 feed silk reeling, juice and meat processing; the herb base of 专栏3 (ginkgo) feeds herbal slices and preparations (第四章 第四节: “whole chains from sericulture, tobacco, pigs, herbs and fruit”). The 专栏3 base is one project with its preparation plant, so its output already counts there; this link counts the processing that the three 专栏5 base projects support when switched on. On in a new scenario.',
  }),
};

/** The plan dataset the app ships with. */
export const PLAN_DATASET: PlanDataset = {
  version: '2018-2020.3',
  title: {
    zh: '重庆黔江高新技术产业开发区产业发展规划（2018–2020 年）',
    en: 'Qianjiang High-Tech Zone Industrial Development Plan, 2018–2020',
  },
  horizon: { baseYear: 2017, targetYear: 2020 },
  parks: PARKS,
  clusters: CLUSTERS,
  zone: {
    industrialOutputBase,
    otherIndustryBase: estimate(OTHER_INDUSTRY_BASE, {
      zh: `2017 年工业总产值 135.4 减四个工业集群 ${INDUSTRIAL_CLUSTER_BASE_SUM.toFixed(1)}：环保 32.1 亿元（规划数）加未归类部分约 10.1 亿元（估算）。`,
      en: `2017 industrial output of RMB 13.54 bn less the four industrial clusters’ RMB ${(INDUSTRIAL_CLUSTER_BASE_SUM / 10).toFixed(2)} bn: environmental protection RMB 3.21 bn (plan) and about RMB 1.01 bn unattributed (estimate).`,
    }),
    otherIndustryGrowth: estimate(0.05, {
      zh: '规划未给出。环保等非主导产业取每年 5%。',
      en: 'Not in the plan. Environmental protection and other non-cluster industry: 5% a year.',
    }),
    otherIndustryLand: landFromOutput(
      OTHER_INDUSTRY_BASE / INTENSITY_2017,
      '其他工业',
      'Other industry',
      true,
    ),
    intensityBase: plan(INTENSITY_2017, S_ECONOMY, '投产企业用地产出强度45亿元/平方公里'),
    otherIndustryInTarget,
    industrialOutputTarget: plan(600, S_TABLE, '工业总产值（亿元） 600'),
    intensityTarget: plan(INTENSITY_2020, S_GOALS, '平均产出强度60亿元/平方公里以上'),
    baseSplit: [
      {
        id: 'materials',
        name: { zh: '材料', en: 'Materials' },
        figure: plan(51.5, S_SECTORS, '材料产业 … 产值51.5亿元'),
      },
      {
        id: 'textiles',
        name: { zh: '纺织', en: 'Textiles' },
        figure: plan(9.8, S_SECTORS, '纺织产业 … 产值9.8亿元'),
      },
      {
        id: 'environmental',
        name: { zh: '环保', en: 'Environmental protection' },
        figure: plan(32.1, S_SECTORS, '环保产业 … 产值32.1亿元'),
      },
      {
        id: 'medicine',
        name: { zh: '医药健康', en: 'Medicine & health' },
        figure: plan(3.9, S_SECTORS, '医药健康产业 … 产值3.9亿元'),
      },
      {
        id: 'smartManufacturing',
        name: { zh: '汽摩配件、机电（智能制造）', en: 'Auto parts, machinery (intelligent manufacturing)' },
        figure: estimate(SMART_BASE, {
          zh: '未归类 38.1 亿元中的估算部分。',
          en: 'Estimated part of the unattributed RMB 3.81 bn.',
        }),
      },
      {
        id: 'foodTobacco',
        name: { zh: '食品、卷烟（农副产品加工）', en: 'Food, tobacco (agricultural processing)' },
        figure: estimate(round4(AGRI_BASE - 9.8), {
          zh: '未归类 38.1 亿元中的估算部分。',
          en: 'Estimated part of the unattributed RMB 3.81 bn.',
        }),
      },
      {
        id: 'otherUnattributed',
        name: { zh: '其他未归类', en: 'Other unattributed' },
        figure: estimate(round4(OTHER_INDUSTRY_BASE - 32.1), {
          zh: '未归类 38.1 亿元的其余部分。',
          en: 'The rest of the unattributed RMB 3.81 bn.',
        }),
      },
    ],
  },
  indicators: INDICATORS,
  keyProjects: KEY_PROJECTS,
  indicatorDefaults: INDICATOR_DEFAULTS,
  links: LINKS,
};

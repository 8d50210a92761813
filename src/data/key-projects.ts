import type { KeyProjectData, ProjectCapacity } from './plan-types';
import { derived, estimate, plan, type LocalizedText } from './provenance';

/**
 * The key projects the plan names for each cluster (专栏2–专栏6), with what the plan says they build.
 *
 * Capacities, investments and site areas are the plan's (its own words are kept as quotes). What a
 * project adds to its cluster's output is NOT IN PLAN: every project carries an estimate of its annual
 * output at full production, with its reasoning, that the user can change; start year and ramp-up are
 * estimates too. How projects enter the projection (on top of the generic yearly investment, default
 * off) is in docs/model.md, "Key projects".
 */

const BOX_SECTIONS: Record<string, string> = {
  专栏2: '第四章 第一节 专栏2',
  专栏3: '第四章 第二节 专栏3',
  专栏4: '第四章 第三节 专栏4',
  专栏5: '第四章 第四节 专栏5',
  专栏6: '第四章 第五节 专栏6',
};

/** 亩 per km² (1 亩 = 666.67 m²). */
const MU_PER_KM2 = 1500;

function capacity(box: string, quote: string, text: LocalizedText): ProjectCapacity {
  return { text, source: { section: BOX_SECTIONS[box]!, quote } };
}

function siteFromMu(mu: number, box: string, zh: string, en: string) {
  return derived(
    mu / MU_PER_KM2,
    { zh: `${zh}：${mu} 亩 ÷ 1500 亩/km²`, en: `${en}: ${mu} mu ÷ 1,500 mu/km²` },
    [BOX_SECTIONS[box]!],
  );
}

function output(value: number, zh: string, en: string) {
  return estimate(value, {
    zh: `规划未给出项目产值。${zh}`,
    en: `The plan gives no output for the project. ${en}`,
  });
}

const start2019 = estimate(2019, {
  zh: '规划未给出投产年份。取规划期中间的 2019 年：2018 年启动的项目通常次年投产。',
  en: 'The plan gives no start year. 2019, the middle of the plan period: a project started in 2018 usually produces the year after.',
});

const start2020 = estimate(2020, {
  zh: '规划未给出投产年份。该项目技术或建设周期较长，取规划期末的 2020 年。',
  en: 'The plan gives no start year. The project takes longer to develop or build, so 2020, the end of the plan period.',
});

const rampHalf = estimate(0.5, {
  zh: '规划未给出爬坡比例。取 50%：投产首年达到设计产值的一半（与集群投资的默认值相同）。',
  en: 'The plan gives no ramp-up. 50%: half of full output in the first producing year (as the clusters’ investment assumes).',
});

const noOwnLand = estimate(0, {
  zh: '规划未给出该项目占地。取 0：项目使用集群按开发进度投产的用地。',
  en: 'The plan gives no site area for the project. 0: it uses the land its cluster brings into production at its pace.',
});

function landFromSite(value: number, box: string, zh: string, en: string) {
  return derived(value, { zh, en }, [BOX_SECTIONS[box]!]);
}

const BY_INVESTOR = { zh: '招商引入企业', en: 'an investor to be attracted' };

const NEW_MATERIALS: readonly KeyProjectData[] = [
  {
    id: 'aluminiumIntegration',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '1',
    name: { zh: '铝加工一体化项目', en: 'Integrated aluminium processing' },
    sponsor: { zh: '京宏源公司', en: 'Jinghongyuan' },
    capacity: capacity(
      '专栏2',
      '年产20万吨铝板带箔、铝制品生产线、10万吨炭素生产线，配套建设2×30万千瓦热电',
      {
        zh: '铝板带箔 20 万吨/年及铝制品生产线、炭素 10 万吨/年，配套 2×30 万千瓦热电',
        en: '200,000 t/yr of aluminium strip, sheet and foil and an aluminium products line, 100,000 t/yr of carbon, a 2 × 300 MW heat and power plant',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        20,
        '满负荷时 20 万吨铝板带箔按每吨约 2 万元（铝锭约 1.4 万元加轧制加工费）计约 40 亿元/年；新建轧制线投产头几年开工率通常只有一半左右，取约一半，20 亿元/年。第四章 第一节 要求以该项目为基础“形成一条产值超20亿元的铝合金及铝加工产业链”：这条链含 2017 年已有的铝合金加工产值 9.7 亿元（第四章 第一节 一(三)），故规划本身只要求项目新增 10 亿元以上；20 亿元介于规划下限与满负荷之间。',
        'At full capacity, 200,000 t of strip, sheet and foil at about 20,000 yuan/t (ingot at about 14,000 plus the rolling margin) is about RMB 4 bn a year; a new rolling line usually runs at about half its capacity in its first years, so about half: RMB 2 bn a year. 第四章 第一节 expects the project to anchor an aluminium chain “with output above RMB 2 bn”; that chain includes the RMB 970m of aluminium processing in 2017 (第四章 第一节 一(三)), so the plan itself asks the project for RMB 1 bn or more. RMB 2 bn lies between that floor and full capacity.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'aerospaceAluminium',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '2',
    name: { zh: '高精度航天、交通用铝材料项目', en: 'High-precision aluminium for aerospace and transport' },
    sponsor: { zh: '京宏源公司', en: 'Jinghongyuan' },
    capacity: capacity('专栏2', '建成后可实现高精度航天、交通用铝合金材料产品20万吨/年', {
      zh: '高精度航天、交通用铝合金材料 20 万吨/年',
      en: '200,000 t/yr of high-precision aluminium alloy for aerospace and transport',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        40,
        '按高精度铝合金材料每吨约 2 万元计，20 万吨约 40 亿元/年。',
        'At about 20,000 yuan per tonne of high-precision alloy, 200,000 t is about RMB 4 bn a year.',
      ),
      startYear: start2020,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'glassFibre',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '3',
    name: { zh: '30万吨玻璃纤维加工项目', en: '300,000 t glass-fibre project' },
    sponsor: { zh: '三磊玻纤公司', en: 'Sanlei Glass Fibre' },
    capacity: capacity(
      '专栏2',
      '该项目占地约600亩，新建7万吨丝饼纱和8万吨直接纱池窑生产线各1条，配套建设生产及办公辅助设施',
      {
        zh: '占地约 600 亩；新建 7 万吨丝饼纱、8 万吨直接纱池窑生产线各 1 条',
        en: 'A site of about 600 mu; one tank-furnace line each for 70,000 t of forming cakes and 80,000 t of direct roving',
      },
    ),
    investment: null,
    siteArea: siteFromMu(600, '专栏2', '占地约 600 亩', 'A site of about 600 mu'),
    outsidePark: null,
    defaults: {
      annualOutput: output(
        7.5,
        '首条生产线已于 2017 年点火投产（第四章 第一节 一(三)），本项目新增两条线共 15 万吨；按无碱玻纤纱每吨约 5000 元计，约 7.5 亿元/年。',
        'The first line has produced since 2017 (第四章 第一节 一(三)); this project adds two lines, 150,000 t in all. At about 5,000 yuan per tonne of E-glass roving: about RMB 750m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: landFromSite(
        600 / MU_PER_KM2,
        '专栏2',
        '占地约 600 亩 = 0.4 km²，自投产年起计入青杠园区的投产用地',
        'Its site of about 600 mu = 0.4 km², counted as producing land in Qinggang park from its start year',
      ),
    },
  },
  {
    id: 'magnesiumWheels',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '4',
    name: { zh: '年产40万套汽车镁合金轮毂项目', en: '400,000 sets a year of magnesium-alloy car wheels' },
    sponsor: { zh: '元和利泰公司', en: 'Yuanhe Litai' },
    capacity: capacity(
      '专栏2',
      '该项目建设4万㎡厂房，建设包含压铸、机械加工、表面处理等5条生产线，形成年产100万件镁合金汽车轮毂产能',
      {
        zh: '厂房 4 万 m²，压铸、机加工、表面处理等 5 条生产线，镁合金轮毂 100 万件/年（标题为 40 万套）',
        en: '40,000 m² of workshops, 5 lines (die casting, machining, surface treatment …), 1 million magnesium wheels a year (the title says 400,000 sets)',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        8,
        '按正文的 100 万件、每件约 800 元计，约 8 亿元/年。',
        'The text’s 1 million wheels at about 800 yuan each: about RMB 800m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'frpComposites',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '5',
    name: { zh: '5000t/a玻璃钢复合材料项目', en: '5,000 t/yr glass-reinforced plastic' },
    sponsor: BY_INVESTOR,
    capacity: capacity('专栏2', '建设缠绕生产线2条、拉挤生产线4条、模塑及手糊生产线各1条', {
      zh: '玻璃钢 5000 吨/年：缠绕线 2 条、拉挤线 4 条、模塑及手糊线各 1 条',
      en: '5,000 t/yr of glass-reinforced plastic: 2 winding lines, 4 pultrusion lines, one moulding and one hand lay-up line',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        0.75,
        '按玻璃钢制品每吨约 1.5 万元计，5000 吨约 0.75 亿元/年。',
        'At about 15,000 yuan per tonne of glass-reinforced plastic, 5,000 t is about RMB 75m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'aluminiumFoil',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '6',
    name: { zh: '年产5万吨铝箔项目', en: '50,000 t a year of aluminium foil' },
    sponsor: BY_INVESTOR,
    capacity: capacity(
      '专栏2',
      '新建厂房及办公用房6万㎡，购置铝箔粗轧机、铝箔精轧机和分卷机等生产设备150台套，形成年产100万套汽车铝质水箱的生产能力',
      {
        zh: '铝箔 5 万吨/年；厂房及办公用房 6 万 m²，设备 150 台套（正文另写“年产100万套汽车铝质水箱”）',
        en: '50,000 t/yr of aluminium foil; 60,000 m² of workshops and offices, 150 machines (the text also says “1 million aluminium car radiators a year”)',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        12.5,
        '按铝箔每吨约 2.5 万元计，5 万吨约 12.5 亿元/年。',
        'At about 25,000 yuan per tonne of foil, 50,000 t is about RMB 1.25 bn a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'recycledAluminium',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '7',
    name: { zh: '年产10万吨再生铝项目', en: '100,000 t a year of recycled aluminium' },
    sponsor: null,
    capacity: capacity(
      '专栏2',
      '新建厂房及办公用房2.1万㎡，购置铝屑粉碎机、铝屑烘干回转窑和精炼炉等生产设备60台套',
      {
        zh: '再生铝 10 万吨/年；厂房及办公用房 2.1 万 m²，设备 60 台套',
        en: '100,000 t/yr of recycled aluminium; 21,000 m² of workshops and offices, 60 machines',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        13,
        '按再生铝锭每吨约 1.3 万元计，10 万吨约 13 亿元/年。',
        'At about 13,000 yuan per tonne of recycled ingot, 100,000 t is about RMB 1.3 bn a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'aluminiumWheels',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '8',
    name: { zh: '年产80万只汽车铝轮毂项目', en: '800,000 aluminium car wheels a year' },
    sponsor: null,
    capacity: capacity(
      '专栏2',
      '新建厂房及办公用房6万㎡，购置低压铸造机、卧式数控机床和涂装自动生产线等生产设备118台套',
      {
        zh: '铝轮毂 80 万只/年；厂房及办公用房 6 万 m²，设备 118 台套',
        en: '800,000 aluminium wheels a year; 60,000 m² of workshops and offices, 118 machines',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        5.6,
        '按每只铝轮毂约 700 元计，80 万只约 5.6 亿元/年。',
        'At about 700 yuan a wheel, 800,000 wheels is about RMB 560m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'autoParts',
    clusterId: 'newMaterials',
    box: '专栏2',
    item: '9',
    name: { zh: '汽车零部件生产项目', en: 'Car parts' },
    sponsor: { zh: 'NHK深圳日发公司', en: 'NHK Shenzhen Rifa' },
    capacity: capacity(
      '专栏2',
      '建设汽车铝铸零部件生产线，生产汽车典型铝铸零部件，如缸体、缸盖、进气管、刹车钳等，规模为年产10万吨',
      {
        zh: '汽车铝铸零部件（缸体、缸盖、进气管、刹车钳等）10 万吨/年',
        en: '100,000 t/yr of cast-aluminium car parts (cylinder blocks and heads, intake manifolds, brake callipers …)',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        30,
        '按铝铸件每吨约 3 万元计，10 万吨约 30 亿元/年。',
        'At about 30,000 yuan per tonne of aluminium castings, 100,000 t is about RMB 3 bn a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
];

const MEDICINE: readonly KeyProjectData[] = [
  {
    id: 'medicalPark',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '1',
    name: { zh: '医药产业园项目', en: 'Pharmaceutical park' },
    sponsor: { zh: '科瑞南海制药公司', en: 'Kerui Nanhai Pharmaceutical' },
    capacity: capacity(
      '专栏3',
      '建筑面积10万㎡，建成青蒿素产业链和银杏叶产业链等2条产业链和1条中药废渣处理生产线',
      {
        zh: '建筑面积 10 万 m²；青蒿素、银杏叶 2 条产业链和 1 条中药废渣处理线',
        en: '100,000 m² of floor space; two chains (artemisinin, ginkgo leaf) and a line treating herbal residues',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        5,
        '2017 年青蒿素产值 2.5 亿元（第四章 第二节 一(三)）；再加一条规模相近的银杏叶产业链，约 5 亿元/年。',
        'Artemisinin made RMB 250m in 2017 (第四章 第二节 一(三)); a ginkgo chain of similar size doubles it: about RMB 500m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'capsules',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '2',
    name: { zh: '药用胶囊项目', en: 'Pharmaceutical capsules' },
    sponsor: { zh: '衡生药用胶囊有限公司', en: 'Hengsheng Capsules' },
    capacity: capacity('专栏3', '建成新型复合羟丙甲纤维素生产项目，该项目总投资10亿元，年产胶囊300亿粒', {
      zh: '新型复合羟丙甲纤维素（植物）胶囊 300 亿粒/年',
      en: '30 billion capsules a year of a new composite hypromellose (plant) type',
    }),
    investment: plan(10, BOX_SECTIONS['专栏3']!, '该项目总投资10亿元'),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        4.2,
        '按规划自身的 2017 年数字估算：医药健康产值 3.9 亿元（第二章 第一节 一(二)）中青蒿素占 2.5 亿元（第四章 第二节 一(三)），其余 1.4 亿元包括衡生现有的年产 300 亿粒空心胶囊，即每粒不超过约 0.005 元。植物（羟丙甲纤维素）胶囊价格约为明胶胶囊的 3 倍，约 0.014 元/粒，300 亿粒约 4.2 亿元/年。低于总投资 10 亿元按 1:1 投资产出比的水平。',
        'From the plan’s own 2017 figures: of medicine & health’s RMB 390m (第二章 第一节 一(二)), artemisinin made RMB 250m (第四章 第二节 一(三)); the other RMB 140m include Hengsheng’s existing 30 billion gelatin capsules a year, so at most about 0.005 yuan a capsule. Plant (hypromellose) capsules sell at about 3 times gelatin ones, about 0.014 yuan: 30 billion is about RMB 420m a year. That is below what its RMB 1 bn of investment would give at 1:1.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'herbLogistics',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '3',
    name: {
      zh: '黔江中药材加工及区域性物流配送中心项目',
      en: 'Medicinal-herb processing and regional distribution centre',
    },
    sponsor: { zh: '天圣制药公司', en: 'Tiansheng Pharmaceutical' },
    capacity: capacity('专栏3', '建设银杏种植基地500亩，带动农户种植5000亩，以及银杏叶制剂生产厂', {
      zh: '银杏种植基地 500 亩、带动农户种植 5000 亩，银杏叶制剂厂',
      en: 'A 500-mu ginkgo plantation, 5,000 mu grown by farmers, and a ginkgo-leaf preparations plant',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        2,
        '银杏叶制剂厂，取约 2 亿元/年；种植基地为农业产值，不计入工业总产值。',
        'The ginkgo-leaf preparations plant, about RMB 200m a year; the plantation is farm output, not industrial output.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: estimate(0, {
        zh: '种植基地为农地，不占园区用地；制剂厂用地规划未给出，取 0。',
        en: 'The plantation is farmland, not park land; the plan gives no site for the plant: 0.',
      }),
    },
  },
  {
    id: 'decoctionPieces',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '4',
    name: { zh: '年产5000吨中药饮片生产线项目', en: '5,000 t a year of prepared herbal slices' },
    sponsor: { zh: '武陵山中药饮片生产厂', en: 'Wulingshan herbal slices plant' },
    capacity: capacity('专栏3', '建成中药饮片生产线，建筑总面积1.8万㎡', {
      zh: '中药饮片 5000 吨/年，建筑面积 1.8 万 m²',
      en: '5,000 t/yr of prepared herbal slices; 18,000 m² of floor space',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        2,
        '按中药饮片每吨约 4 万元计，5000 吨约 2 亿元/年。',
        'At about 40,000 yuan per tonne of herbal slices, 5,000 t is about RMB 200m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'gmpHerbalSlices',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '5',
    name: { zh: '中药饮片项目', en: 'Herbal slices to good manufacturing practice' },
    sponsor: { zh: '科瑞南海制药', en: 'Kerui Nanhai Pharmaceutical' },
    capacity: capacity(
      '专栏3',
      '建设川党参、黄栀子、牡丹皮、白术等中药材饮片炮制标准（GMP）生产线、建立饮片炮制标准操作规程（SOP）',
      {
        zh: '川党参、黄栀子、牡丹皮、白术等饮片的规范化炮制生产线及标准操作规程',
        en: 'Lines processing codonopsis, gardenia, peony bark, atractylodes … to good manufacturing practice, with standard operating procedures',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        1,
        '规划未给出规模；取约 1 亿元/年，为第 4 项 5000 吨饮片线的一半。',
        'The plan gives no scale; about RMB 100m a year, half of item 4’s 5,000 t line.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'patentMedicines',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '6',
    name: { zh: '中成药（含中药颗粒剂）项目', en: 'Chinese patent medicines (incl. granules)' },
    sponsor: { zh: '科瑞南海制药', en: 'Kerui Nanhai Pharmaceutical' },
    capacity: capacity(
      '专栏3',
      '开发金银花、黄柏、青蒿抗菌消炎等外用新型中成药；研究开发黄连素或绿原酸抗糖尿病等内服新型中成药',
      {
        zh: '开发金银花、黄柏、青蒿等外用抗菌消炎新药，黄连素或绿原酸等内服抗糖尿病新药',
        en: 'New topical anti-inflammatories (honeysuckle, phellodendron, artemisia) and oral anti-diabetes medicines (berberine, chlorogenic acid)',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        1,
        '以新药研发为主，取约 1 亿元/年。',
        'Mostly development of new medicines: about RMB 100m a year.',
      ),
      startYear: start2020,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'diosgenin',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '7',
    name: {
      zh: '年产300吨药用黄姜皂素及年产200吨重要医药中间体双烯项目',
      en: '300 t a year of diosgenin and 200 t a year of the intermediate dienolone',
    },
    sponsor: BY_INVESTOR,
    capacity: capacity('专栏3', '年产300吨药用黄姜皂素及年产200吨重要医药中间体双烯项目', {
      zh: '黄姜皂素 300 吨/年、医药中间体双烯 200 吨/年',
      en: '300 t/yr of diosgenin, 200 t/yr of the pharmaceutical intermediate dienolone',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        2.2,
        '按皂素每吨约 35 万元、双烯每吨约 60 万元计：1.05 + 1.2 ≈ 2.2 亿元/年。',
        'At about 350,000 yuan per tonne of diosgenin and 600,000 yuan per tonne of dienolone: RMB 105m + 120m ≈ RMB 220m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'hospital',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '8',
    name: { zh: '黔江民族医院正阳院区项目', en: 'Qianjiang Minzu Hospital, Zhengyang campus' },
    sponsor: null,
    capacity: capacity('专栏3', '该项目占地151.9亩、建筑面积16万平米、床位2000张', {
      zh: '占地 151.9 亩，建筑面积 16 万 m²，床位 2000 张',
      en: 'A 151.9-mu site, 160,000 m² of floor space, 2,000 beds',
    }),
    investment: null,
    siteArea: siteFromMu(151.9, '专栏3', '占地 151.9 亩', 'A site of 151.9 mu'),
    outsidePark: 'zhengyang',
    defaults: {
      annualOutput: estimate(0, {
        zh: '医院收入属服务收入，不计入医药健康产业的工业总产值，取 0；若按健康服务计入，2000 张床位每年约 10 亿元。',
        en: 'A hospital’s income is service revenue, not the industrial output the medicine & health target counts: 0. Counted as health services, 2,000 beds take in about RMB 1 bn a year.',
      }),
      startYear: start2020,
      rampUpShare: rampHalf,
      landKm2: estimate(0, {
        zh: '院区位于正阳，不在冯家医药健康产业园区内，不计入冯家园区用地。',
        en: 'The campus lies in Zhengyang, not in Fengjia medicine & health park, so it takes none of Fengjia’s land.',
      }),
    },
  },
  {
    id: 'hospitalPark',
    clusterId: 'medicineHealth',
    box: '专栏3',
    item: '9',
    name: { zh: '黔江民族医院正阳院区民族公园项目', en: 'Minzu park at the hospital’s Zhengyang campus' },
    sponsor: null,
    capacity: capacity(
      '专栏3',
      '在保护现有森林植被的基础上，建设道路、场坝，修建水体亭台，添置花卉苗木，构建风景园林',
      {
        zh: '在保护现有林地的基础上建设道路、水体亭台和园林，供医疗疗养与休闲',
        en: 'Roads, ponds, pavilions and gardens in the existing woodland, for convalescence and leisure',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: 'zhengyang',
    defaults: {
      annualOutput: estimate(0, {
        zh: '公园，没有工业产值。',
        en: 'A public park: no industrial output.',
      }),
      startYear: start2020,
      rampUpShare: rampHalf,
      landKm2: estimate(0, {
        zh: '位于正阳院区的林地，不占冯家园区用地。',
        en: 'Woodland at the Zhengyang campus; it takes none of Fengjia’s land.',
      }),
    },
  },
];

const SMART: readonly KeyProjectData[] = [
  {
    id: 'qidiScienceCity',
    clusterId: 'smartManufacturing',
    box: '专栏4',
    item: '1',
    name: { zh: '启迪科技城', en: 'Tus-Qidi Science City' },
    sponsor: {
      zh: '清华大学物联网遥感大数据研究中心、启迪科技园运营管理有限公司',
      en: 'Tsinghua University’s IoT remote-sensing big-data centre and the Tus-Park operating company',
    },
    capacity: capacity('专栏4', '启迪科技城总规划面积约500亩，核心启动区规划面积约200亩', {
      zh: '总规划面积约 500 亩，核心启动区约 200 亩；到 2022 年引进培育科研机构 20 家、科技型企业约 100 家、生产加工型企业 40 家',
      en: 'About 500 mu in all, a core start-up area of about 200 mu; by 2022, 20 research institutions, about 100 S&T firms and 40 manufacturers',
    }),
    investment: null,
    siteArea: siteFromMu(500, '专栏4', '总规划面积约 500 亩', 'About 500 mu in all'),
    outsidePark: null,
    defaults: {
      annualOutput: output(
        10,
        '专栏4 预计到 2022 年引进生产加工型企业 40 家，按每家约 0.5 亿元计共 20 亿元；到 2020 年以核心启动区计约一半，取 10 亿元/年。',
        '专栏4 expects 40 manufacturers by 2022; at about RMB 50m each that is RMB 2 bn; by 2020 the core area holds about half: RMB 1 bn a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: landFromSite(
        200 / MU_PER_KM2,
        '专栏4',
        '核心启动区约 200 亩 = 0.133 km²。全部 500 亩（0.333 km²）超过第三章 第五节给启迪园区的 0.16 km²，故只计核心区',
        'The core start-up area of about 200 mu = 0.133 km². All 500 mu (0.333 km²) would exceed the 0.16 km² 第三章 第五节 gives the Qidi park, so only the core is counted',
      ),
    },
  },
  {
    id: 'robotsForPeople',
    clusterId: 'smartManufacturing',
    box: '专栏4',
    item: '2',
    name: { zh: '“机器换人”改造工程', en: '“Robots for people” retrofits' },
    sponsor: null,
    capacity: capacity(
      '专栏4',
      '累计支持50家企业开展机器换人，总节约用工人数2000人以上，年节约人工成本1亿元以上',
      {
        zh: '支持 50 家企业“机器换人”，节约用工 2000 人以上，年节约人工成本 1 亿元以上',
        en: 'Automation in 50 firms, saving over 2,000 jobs and over RMB 100m of labour cost a year',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: estimate(0, {
        zh: '改造现有企业，主要降低成本（每年约 1 亿元），不新增产值，取 0。',
        en: 'It retrofits existing firms and mainly cuts cost (about RMB 100m a year); it adds no output: 0.',
      }),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'solutionProviders',
    clusterId: 'smartManufacturing',
    box: '专栏4',
    item: '3',
    name: { zh: '重点项目引进工程', en: 'Attracting system integrators' },
    sponsor: null,
    capacity: capacity('专栏4', '加快引进三丰智能、明匠智能、劲胜智能等智能制造整体解决方案供应商', {
      zh: '引进三丰智能、明匠智能、劲胜智能等智能制造整体解决方案供应商',
      en: 'Bring in intelligent-manufacturing system integrators such as Sanfeng, Mingjiang and Jinsheng',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        3,
        '引进整体解决方案供应商的分支机构，取约 3 亿元/年。',
        'Branches of system integrators: about RMB 300m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'demonstration',
    clusterId: 'smartManufacturing',
    box: '专栏4',
    item: '4',
    name: { zh: '应用示范推广工程', en: 'Demonstration and roll-out' },
    sponsor: null,
    capacity: capacity('专栏4', '大力推广自动化生产线、数字化车间、智能工厂系统集成项目', {
      zh: '推广自动化生产线、数字化车间、智能工厂系统集成',
      en: 'Roll out automated lines, digital workshops and smart-factory integration',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: estimate(0, {
        zh: '改造现有企业，不新增产值，取 0。',
        en: 'It upgrades existing firms and adds no output: 0.',
      }),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'keySectors',
    clusterId: 'smartManufacturing',
    box: '专栏4',
    item: '5',
    name: { zh: '重点领域培育工程', en: 'Nurturing key fields' },
    sponsor: null,
    capacity: capacity(
      '专栏4',
      '以“互联网+黔江”产业共享服务项目为依托，加快引进培育互联网和大数据公共服务平台',
      {
        zh: '依托“互联网+黔江”产业共享服务项目，培育互联网和大数据公共服务平台',
        en: 'Internet and big-data public service platforms, built on the “Internet+ Qianjiang” shared-services project',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: estimate(0, {
        zh: '服务平台，没有自身的工业产值，取 0。',
        en: 'Service platforms with no industrial output of their own: 0.',
      }),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
];

const noIndustrialFarm = (zh: string, en: string) =>
  estimate(0, {
    zh: `${zh}为农业产值，不计入农副产品加工的工业总产值，取 0；它为加工项目提供原料。`,
    en: `${en} is farm output, not the industrial output of agricultural processing: 0. It supplies the processing lines.`,
  });

const AGRI: readonly KeyProjectData[] = [
  {
    id: 'demoBelt',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '1',
    name: { zh: '现代农业科技示范带建设', en: 'Modern farming demonstration belt' },
    sponsor: null,
    capacity: capacity(
      '专栏5',
      '以食用菌科技示范展示、蔬菜标准化种植、草食牲畜经营机制创新、蚕桑科技示范为重点内容',
      {
        zh: '食用菌、标准化蔬菜种植、草食牲畜、蚕桑科技示范',
        en: 'Demonstrations of edible fungi, standardised vegetables, grazing livestock and sericulture',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('示范带', 'The belt'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'plantFactory',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '2',
    name: { zh: '植物工厂项目', en: 'Plant factory' },
    sponsor: null,
    capacity: capacity('专栏5', '建成的一座“多位一体”的综合高效新型立体农业经济体', {
      zh: '鱼菜共生、多生物链共生的综合立体农业设施',
      en: 'An integrated vertical farm: aquaponics and livestock–crop symbiosis under greenhouse',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('植物工厂', 'The plant factory'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'fruitVegDrinks',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '3',
    name: { zh: '果蔬饮料项目', en: 'Fruit and vegetable drinks' },
    sponsor: null,
    capacity: capacity('专栏5', '引进果蔬饮料生产线5条，5万吨/年果蔬饮料', {
      zh: '果蔬饮料生产线 5 条，5 万吨/年',
      en: '5 lines, 50,000 t/yr of fruit and vegetable drinks',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        2.5,
        '按饮料每吨约 5000 元计，5 万吨约 2.5 亿元/年。',
        'At about 5,000 yuan a tonne, 50,000 t is about RMB 250m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'grainPorridge',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '4',
    name: { zh: '粗粮粥罐头项目', en: 'Canned whole-grain porridge' },
    sponsor: null,
    capacity: capacity('专栏5', '引进罐头生产线5条，形成10万吨/年粗粮粥罐头食品', {
      zh: '罐头生产线 5 条，粗粮粥罐头 10 万吨/年',
      en: '5 canning lines, 100,000 t/yr of whole-grain porridge',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        8,
        '按罐头每吨约 8000 元计，10 万吨约 8 亿元/年。',
        'At about 8,000 yuan a tonne, 100,000 t is about RMB 800m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'dehydratedVegetables',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '5',
    name: { zh: '20万吨脱水蔬菜加工项目', en: '200,000 t of dehydrated vegetables' },
    sponsor: null,
    capacity: capacity('专栏5', '占地20亩，建设20万吨脱水蔬菜加工分拣厂房、脱水车间、仓库等', {
      zh: '占地 20 亩；20 万吨脱水蔬菜加工分拣厂房、脱水车间、仓库',
      en: 'A 20-mu site; sorting halls, dehydration workshops and stores for 200,000 t of vegetables',
    }),
    investment: null,
    siteArea: siteFromMu(20, '专栏5', '占地 20 亩', 'A site of 20 mu'),
    outsidePark: null,
    defaults: {
      annualOutput: output(
        5,
        '按 20 万吨鲜菜加工、脱水后约 2 万吨、每吨约 2.5 万元计，约 5 亿元/年。',
        'Reading it as 200,000 t of fresh vegetables, about 20,000 t once dried, at about 25,000 yuan a tonne: about RMB 500m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: landFromSite(
        20 / MU_PER_KM2,
        '专栏5',
        '占地 20 亩 = 0.0133 km²，自投产年起计入黔州园区的投产用地',
        'Its 20-mu site = 0.0133 km², counted as producing land in Qianzhou park from its start year',
      ),
    },
  },
  {
    id: 'kiwiConcentrate',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '6',
    name: { zh: '猕猴桃浓缩汁生产项目', en: 'Kiwi fruit concentrate' },
    sponsor: null,
    capacity: capacity('专栏5', '10000吨/年猕猴桃浓缩汁', {
      zh: '猕猴桃浓缩汁 1 万吨/年',
      en: '10,000 t/yr of kiwi fruit concentrate',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        1.5,
        '按浓缩汁每吨约 1.5 万元计，1 万吨约 1.5 亿元/年。',
        'At about 15,000 yuan a tonne of concentrate, 10,000 t is about RMB 150m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'farmland',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '7',
    name: { zh: '高标准农田建设项目', en: 'High-standard farmland' },
    sponsor: null,
    capacity: capacity('专栏5', '建设高标准农田6万亩', {
      zh: '在 10 个镇乡街道建设高标准农田 6 万亩',
      en: '60,000 mu of high-standard farmland in 10 townships',
    }),
    investment: plan(3, BOX_SECTIONS['专栏5']!, '投资3亿元'),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('农田', 'Farmland'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'fruitBases',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '8',
    name: { zh: '特色果品基地建设项目', en: 'Speciality fruit bases' },
    sponsor: null,
    capacity: capacity('专栏5', '建设猕猴桃、脆红李、杨梅、石榴、树莓、葡萄等特色果品基地3万亩', {
      zh: '猕猴桃、脆红李、杨梅、石榴、树莓、葡萄等果品基地 3 万亩',
      en: '30,000 mu of kiwi, plum, bayberry, pomegranate, raspberry and grape orchards',
    }),
    investment: plan(2, BOX_SECTIONS['专栏5']!, '投资2亿元'),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('果品基地', 'Orchard fruit'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
    supplyOutput: estimate(1, {
      zh: '供应联系：3 万亩果园按约 1 吨/亩，约 3 万吨鲜果；约三分之一进入加工（果汁、浓缩汁、果干），约 1 亿元/年的加工产值。',
      en: 'Supply link: 30,000 mu of orchards at about 1 t per mu is about 30,000 t of fruit; about a third goes to processing (juice, concentrate, dried fruit): about RMB 100m a year of processing output.',
    }),
  },
  {
    id: 'pigBase',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '9',
    name: { zh: '50万头无抗优质生猪基地工程示范基地项目', en: 'Antibiotic-free pig base (500,000 head)' },
    sponsor: null,
    capacity: capacity('专栏5', '新建年出栏10万头商品猪育肥示范场1个', {
      zh: '改造原种猪场与种公猪站，新建扩繁场、繁殖场和年出栏 10 万头的育肥示范场',
      en: 'Upgraded breeding farms, new multiplier and farrowing farms and a finishing farm for 100,000 pigs a year',
    }),
    investment: plan(3, BOX_SECTIONS['专栏5']!, '投资3亿元'),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('生猪养殖', 'Pig farming'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
    supplyOutput: estimate(3, {
      zh: '供应联系：年出栏 10 万头育肥猪，按约 120 kg 胴体、2.5 万元/吨，约 3 亿元/年的屠宰与肉制品加工产值。',
      en: 'Supply link: 100,000 finished pigs a year at about 120 kg of carcass and 25,000 yuan a tonne: about RMB 300m a year of slaughtering and meat processing.',
    }),
  },
  {
    id: 'sericulture',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '10',
    name: { zh: '蚕桑产业项目', en: 'Sericulture' },
    sponsor: null,
    capacity: capacity('专栏5', '新建、改扩建蚕桑基地50000亩', {
      zh: '新建、改扩建蚕桑基地 5 万亩',
      en: '50,000 mu of new or extended mulberry and silkworm bases',
    }),
    investment: plan(2.5, BOX_SECTIONS['专栏5']!, '投资2.5亿元'),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: noIndustrialFarm('蚕桑', 'Sericulture'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
    supplyOutput: estimate(2.5, {
      zh: '供应联系：5 万亩桑园按约 100 kg 蚕茧/亩·年，约 5000 吨蚕茧；约 8 吨茧缫 1 吨白厂丝，约 625 吨 × 40 万元 ≈ 2.5 亿元/年的缫丝加工产值（双河、花神等现有丝绸企业）。',
      en: 'Supply link: 50,000 mu of mulberry at about 100 kg of cocoons per mu a year is about 5,000 t of cocoons; at about 8 t of cocoons per tonne of raw silk, about 625 t × 400,000 yuan ≈ RMB 250m a year of silk reeling (by the existing silk firms).',
    }),
  },
  {
    id: 'silkPark',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '11',
    name: { zh: '桐乡丝绸工业园项目', en: 'Tongxiang silk industrial park' },
    sponsor: { zh: '重庆嘉兴桐乡丝绸公司', en: 'Chongqing Jiaxing Tongxiang Silk' },
    capacity: capacity(
      '专栏5',
      '年产1000吨白厂丝扩建项目、年产1000吨捻丝生产线、1000万米丝绸织造及印染生产线',
      {
        zh: '白厂丝 1000 吨/年、捻丝 1000 吨/年、丝绸织造及印染 1000 万米，另有服装、蚕丝被等生产线',
        en: '1,000 t/yr of raw silk, 1,000 t/yr of twisted silk, 10 million m of woven and printed silk, plus garment and silk-quilt lines',
      },
    ),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        10,
        '白厂丝每吨约 40 万元（1000 吨约 4 亿元）、捻丝约 4.5 亿元、织造印染约 1000 万米 × 50 元 ≈ 5 亿元，扣除自用原料后约 10 亿元/年。',
        'Raw silk at about 400,000 yuan a tonne (1,000 t ≈ RMB 400m), twisted silk ≈ RMB 450m, weaving and printing ≈ 10 million m × 50 yuan ≈ RMB 500m; net of silk used in-house, about RMB 1 bn a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'textilePark',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '12',
    name: { zh: '纺织产业园项目', en: 'Textile industrial park' },
    sponsor: null,
    capacity: capacity('专栏5', '建成50万锭棉纺纱、1万台织布机、1亿件（套）服装加工的棉纱纺织生产线', {
      zh: '棉纺 50 万锭、织布机 1 万台、服装 1 亿件（套）；聚氨酯鞋底与氨纶面料各 10 万吨，拉链、纽扣配套',
      en: '500,000 cotton spindles, 10,000 looms, 100 million garments; 100,000 t each of polyurethane soles and spandex fabric; zips and buttons',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        30,
        '全部建成年产值将超过 80 亿元（纺织服装“十三五”投资 83.5 亿元，第四章 第四节，按 1:1 计）；到 2020 年取一期约 30 亿元/年。',
        'Fully built it would exceed RMB 8 bn a year (RMB 8.35 bn of textile investment over 2016–2020, 第四章 第四节, at 1:1); by 2020 a first phase of about RMB 3 bn a year.',
      ),
      startYear: start2020,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'cashmere',
    clusterId: 'agriProcessing',
    box: '专栏5',
    item: '13',
    name: { zh: '年产300万件羊绒制品项目', en: '3 million cashmere garments a year' },
    sponsor: { zh: '赛润羊绒公司', en: 'Sairun Cashmere' },
    capacity: capacity('专栏5', '新上电脑版针织机500-1000台，设计年产300万件羊绒制品', {
      zh: '电脑针织机 500–1000 台，羊绒制品 300 万件/年',
      en: '500–1,000 computerised knitting machines, 3 million cashmere garments a year',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: output(
        9,
        '按出厂价每件约 300 元计，300 万件约 9 亿元/年。',
        'At about 300 yuan a garment ex works, 3 million is about RMB 900m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
];

const revenue = (value: number, zh: string, en: string) =>
  estimate(value, {
    zh: `规划未给出项目营业收入。${zh}`,
    en: `The plan gives no revenue for the project. ${en}`,
  });

const SERVICES: readonly KeyProjectData[] = [
  {
    id: 'eCommercePark',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '1',
    name: {
      zh: '黔江电商产业园和跨境电子商务示范区建设项目',
      en: 'Qianjiang e-commerce park and cross-border e-commerce zone',
    },
    sponsor: null,
    capacity: capacity('专栏6', '在重庆三磊渝东南冷链物流中心建设面积约2.3万平方米的黔江电商产业园', {
      zh: '在三磊渝东南冷链物流中心建设约 2.3 万 m² 的电商产业园，并建设市级跨境电商示范区',
      en: 'An e-commerce park of about 23,000 m² in the Sanlei cold-chain logistics centre, and a municipal cross-border e-commerce zone',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(
        5,
        '园区电商运营、展示与孵化企业，取约 5 亿元/年。',
        'Trading, showroom and incubated firms in the park: about RMB 500m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: estimate(0, {
        zh: '电商园位于已投用的冷链物流中心内，其用地已计入现代服务业 2017 年用地 0.3 km²。',
        en: 'The park sits in the cold-chain centre already in use; its land is already in modern services’ 0.3 km² of 2017.',
      }),
    },
  },
  {
    id: 'expressHub',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '2',
    name: { zh: '区域快递物流集散分拨中心建设项目', en: 'Regional express sorting hub' },
    sponsor: null,
    capacity: capacity('专栏6', '建成辐射武陵山区的区域快递物流集散分拨中心', {
      zh: '辐射武陵山区的快递物流集散分拨中心',
      en: 'An express sorting and distribution hub serving the Wuling Mountains',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(3, '取约 3 亿元/年。', 'About RMB 300m a year.'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'brandCentre',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '3',
    name: { zh: '区域农特产品品牌培育中心建设项目', en: 'Regional farm-speciality brand centre' },
    sponsor: null,
    capacity: capacity('专栏6', '在高新区建设武陵山农特产品加工展销中心', {
      zh: '武陵山农特产品加工展销中心',
      en: 'A processing and showroom centre for Wuling Mountain farm specialities',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(1, '取约 1 亿元/年。', 'About RMB 100m a year.'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'eCommerceServices',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '4',
    name: { zh: '区域电子商务综合服务中心', en: 'Regional e-commerce service centre' },
    sponsor: null,
    capacity: capacity('专栏6', '引进、培育各类电商服务企业，建设区域电商服务产业链', {
      zh: '引进、培育电商服务企业，开展人才培训、营销设计与技术服务',
      en: 'E-commerce service firms: training, marketing design, technical services',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(1, '取约 1 亿元/年。', 'About RMB 100m a year.'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'coldChain',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '5',
    name: { zh: '农产品冷链物流中心建设项目', en: 'Farm-produce cold-chain centre' },
    sponsor: null,
    capacity: capacity('专栏6', '建设万吨级冷冻冷藏库1座，全区冷冻仓库容量达到12万吨', {
      zh: '万吨级冷库 1 座，全区冷库容量达到 12 万吨',
      en: 'One cold store of 10,000 t, bringing the district’s cold storage to 120,000 t',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(
        0.5,
        '按每吨库容每年约 500 元的仓储收入加配送，约 0.5 亿元/年。',
        'Storage at about 500 yuan per tonne of capacity a year, plus delivery: about RMB 50m a year.',
      ),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
  {
    id: 'onlineShowroom',
    clusterId: 'modernServices',
    box: '专栏6',
    item: '6',
    name: { zh: '农特产品网络交易体验馆项目', en: 'Online shop and showroom for farm specialities' },
    sponsor: null,
    capacity: capacity('专栏6', '搭建淘宝特色中国重庆黔江馆线上展示及销售平台', {
      zh: '淘宝“特色中国·重庆黔江馆”线上平台与线下体验馆',
      en: 'A Qianjiang pavilion on Taobao’s speciality platform, with an offline showroom',
    }),
    investment: null,
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: revenue(0.5, '取约 0.5 亿元/年。', 'About RMB 50m a year.'),
      startYear: start2019,
      rampUpShare: rampHalf,
      landKm2: noOwnLand,
    },
  },
];

/** Every named project of 专栏2–专栏6, by cluster in dataset order, then in the plan's order. */
export const KEY_PROJECTS: readonly KeyProjectData[] = [
  ...NEW_MATERIALS,
  ...MEDICINE,
  ...SMART,
  ...AGRI,
  ...SERVICES,
];

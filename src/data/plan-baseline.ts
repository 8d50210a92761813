import { derived, plan } from './provenance';
import type { OutputPart, PlanDetailGroup } from './plan-detail-types';

/**
 * The 2017 baseline panel: every 2017 figure of 第二章 第一节 一(一)–(三) (the zone's economy, its
 * leading industries, science and innovation), and the 2017 split inside new materials that 第四章
 * 第一节 gives. Plan figures quote the plan's own words; the checks beside them (sums, shares, what is
 * left unexplained) are derived. Shown in the whole-plan view, "Baseline & sub-targets".
 */

const S_ECONOMY = '第二章 第一节 一(一)';
const S_SECTORS = '第二章 第一节 一(二)';
const S_INNOVATION = '第二章 第一节 一(三)';
const S_NEW_MATERIALS = '第四章 第一节 一(三)';

/** The 2017 figures of 第二章 第一节, in the plan's order, by its three parts. */
export const BASELINE_2017: readonly PlanDetailGroup[] = [
  {
    id: 'economy',
    title: { zh: '工业经济', en: 'Industrial economy' },
    section: S_ECONOMY,
    items: [
      {
        id: 'firms',
        name: { zh: '入园企业', en: 'Firms in the zone' },
        unit: 'firms',
        figure: plan(201, S_ECONOMY, '高新区累计入园企业201家'),
      },
      {
        id: 'aboveScaleFirms',
        name: { zh: '规模以上工业企业', en: 'Large industrial firms' },
        unit: 'firms',
        figure: plan(105, S_ECONOMY, '其中规模以上工业企业105家'),
        conflictId: 'rndFirmShare2017',
        note: {
          zh: '有研发投入的规上企业 25 个占 31.2%（第二章 第一节 一(三)）意味着约 80 家，而非 105 家。',
          en: 'The 25 large firms with R&D spending being 31.2% (第二章 第一节 一(三)) implies about 80, not 105.',
        },
      },
      {
        id: 'industrialOutput',
        name: { zh: '工业总产值', en: 'Industrial output' },
        unit: 'yi',
        figure: plan(135.4, S_ECONOMY, '园区工业总产值135.4亿元'),
        indicatorId: 'industrialOutput',
        conflictId: 'industrialOutput2017',
        note: { zh: '专栏1 写 135.6 亿元。', en: '专栏1 says 135.6.' },
      },
      {
        id: 'industrialConcentration',
        name: { zh: '工业集中度', en: 'Industrial concentration' },
        unit: 'percent',
        figure: plan(75.4, S_ECONOMY, '工业集中度为75.4%'),
        indicatorId: 'industrialConcentration',
      },
      {
        id: 'aboveScaleOutput',
        name: { zh: '规上工业企业总产值', en: 'Output of large firms' },
        unit: 'yi',
        figure: plan(123.3, S_ECONOMY, '其中规上工业企业总产值123.3亿元'),
      },
      {
        id: 'aboveScaleOutputShare',
        name: { zh: '规上企业产值占工业总产值', en: 'Large firms’ share of industrial output' },
        unit: 'percent',
        figure: plan(91.1, S_ECONOMY, '占园区工业总产值的91.1%'),
        note: { zh: '123.3 ÷ 135.4 = 91.1%，相符。', en: '123.3 ÷ 135.4 = 91.1%: it agrees.' },
      },
      {
        id: 'valueAdded',
        name: { zh: '工业增加值', en: 'Industrial value added' },
        unit: 'yi',
        figure: plan(47.7, S_ECONOMY, '园区工业增加值47.7亿元'),
      },
      {
        id: 'valueAddedRate',
        name: { zh: '工业增加值率', en: 'Industrial value-added rate' },
        unit: 'percent',
        figure: plan(38.7, S_ECONOMY, '工业增加值率38.7%'),
        indicatorId: 'valueAddedRate',
        conflictId: 'valueAddedRate2017',
        note: {
          zh: '= 47.7 ÷ 123.3（规上产值）；按全部 135.4 亿元为 35.2%；专栏1 写 36.6%。',
          en: '= 47.7 ÷ 123.3 (large firms’ output); of all 135.4 it is 35.2%; 专栏1 says 36.6%.',
        },
      },
      {
        id: 'industrialInvestment',
        name: { zh: '工业投资', en: 'Industrial investment' },
        unit: 'yi',
        figure: plan(193.2, S_ECONOMY, '园区完成工业投资193.2亿元'),
      },
      {
        id: 'profitsAndTaxes',
        name: { zh: '利税', en: 'Profits and taxes' },
        unit: 'yi',
        figure: plan(10.3, S_ECONOMY, '实现利税10.3亿元'),
      },
      {
        id: 'aboveScaleProfit',
        name: { zh: '规上工业企业总利润', en: 'Total profit of large firms' },
        unit: 'yi',
        figure: plan(6.5, S_ECONOMY, '其中规上工业企业总利润6.5亿元'),
        indicatorId: 'netProfit',
        note: {
          zh: '专栏1 把同一个 6.5 亿元作为全园区“年净利润”的 2017 年值。',
          en: '专栏1 takes the same 6.5 as the zone’s 2017 “annual net profit”.',
        },
      },
      {
        id: 'landIntensity',
        name: { zh: '投产企业用地产出强度', en: 'Output intensity of producing land' },
        unit: 'yiPerKm2',
        figure: plan(45, S_ECONOMY, '园区投产企业用地产出强度45亿元/平方公里'),
        indicatorId: 'outputIntensity',
      },
      {
        id: 'producingLand',
        name: { zh: '投产企业用地（推算）', en: 'Producing land (computed)' },
        unit: 'km2',
        figure: derived(
          Math.round((135.4 / 45) * 100) / 100,
          { zh: '135.4 亿元 ÷ 45 亿元/km²', en: '135.4 ÷ 45 (RMB 100m ÷ RMB 100m/km²)' },
          [S_ECONOMY],
        ),
        note: {
          zh: '2020 年 600 亿元、60 亿元/km² 需投产用地 10 km²。',
          en: '600 at 60 per km² in 2020 needs 10 km² of producing land.',
        },
      },
      {
        id: 'energyPerValueAdded',
        name: { zh: '万元增加值能耗', en: 'Energy per 10,000 yuan of value added' },
        unit: 'tcePer10kYuan',
        figure: plan(0.84, S_ECONOMY, '万元增加值能耗为0.84吨标准煤'),
        indicatorId: 'energyPerValueAdded',
      },
    ],
  },
  {
    id: 'sectors',
    title: { zh: '主导产业', en: 'Leading industries' },
    section: S_SECTORS,
    items: [
      {
        id: 'materialsFirms',
        name: { zh: '材料产业：企业', en: 'Materials: firms' },
        unit: 'firms',
        figure: plan(39, S_SECTORS, '园区材料产业有企业39家，产值51.5亿元'),
      },
      {
        id: 'materialsOutput',
        name: { zh: '材料产业：产值', en: 'Materials: output' },
        unit: 'yi',
        figure: plan(51.5, S_SECTORS, '园区材料产业有企业39家，产值51.5亿元'),
      },
      {
        id: 'textileFirms',
        name: { zh: '纺织产业：企业', en: 'Textiles: firms' },
        unit: 'firms',
        figure: plan(12, S_SECTORS, '纺织产业有企业12家，产值9.8亿元'),
      },
      {
        id: 'textileOutput',
        name: { zh: '纺织产业：产值', en: 'Textiles: output' },
        unit: 'yi',
        figure: plan(9.8, S_SECTORS, '纺织产业有企业12家，产值9.8亿元'),
      },
      {
        id: 'environmentalFirms',
        name: { zh: '环保产业：企业', en: 'Environmental protection: firms' },
        unit: 'firms',
        figure: plan(9, S_SECTORS, '环保产业有企业9家，产值32.1亿元'),
      },
      {
        id: 'environmentalOutput',
        name: { zh: '环保产业：产值', en: 'Environmental protection: output' },
        unit: 'yi',
        figure: plan(32.1, S_SECTORS, '环保产业有企业9家，产值32.1亿元'),
      },
      {
        id: 'medicineFirms',
        name: { zh: '医药健康产业：企业', en: 'Medicine & health: firms' },
        unit: 'firms',
        figure: plan(5, S_SECTORS, '医药健康产业有企业5家，产值3.9亿元'),
      },
      {
        id: 'medicineOutput',
        name: { zh: '医药健康产业：产值', en: 'Medicine & health: output' },
        unit: 'yi',
        figure: plan(3.9, S_SECTORS, '医药健康产业有企业5家，产值3.9亿元'),
      },
      {
        id: 'sectorsOutput',
        name: { zh: '四个产业合计产值（推算）', en: 'The four industries’ output (computed)' },
        unit: 'yi',
        figure: derived(97.3, { zh: '51.5 + 9.8 + 32.1 + 3.9', en: '51.5 + 9.8 + 32.1 + 3.9' }, [S_SECTORS]),
        note: {
          zh: '65 家企业（39 + 12 + 9 + 5）。',
          en: '65 firms (39 + 12 + 9 + 5).',
        },
      },
      {
        id: 'unattributedOutput',
        name: { zh: '未归入产业的产值（推算）', en: 'Output in no industry (computed)' },
        unit: 'yi',
        figure: derived(38.1, { zh: '135.4 − 97.3', en: '135.4 − 97.3' }, [S_ECONOMY, S_SECTORS]),
        note: {
          zh: '规划未说明其构成（食品、卷烟、汽摩配件、机电等）；模型按估算分给智能制造、农副产品加工与其他工业。',
          en: 'The plan does not say what it is (food, tobacco, auto parts, machinery …); the model splits it by estimate between intelligent manufacturing, agricultural processing and other industry.',
        },
      },
      {
        id: 'strategicInvestmentShare',
        name: {
          zh: '战略性新兴产业投资占工业投资的比重',
          en: 'Strategic emerging share of industrial investment',
        },
        unit: 'percent',
        figure: plan(10.8, S_SECTORS, '战略性新兴产业投资占工业投资的比重达到10.8%'),
        indicatorId: 'strategicInvestmentShare',
        conflictId: 'strategicInvestmentShare2017',
        note: { zh: '专栏1 写 21.2%。', en: '专栏1 says 21.2%.' },
      },
      {
        id: 'highTechRevenueShare',
        name: {
          zh: '高技术产业主营业务收入占比',
          en: 'High-tech share of main business revenue',
        },
        unit: 'percent',
        figure: plan(8.2, S_SECTORS, '高技术产业主营业务收入占园区主营业务收入的比重为8.2%'),
        indicatorId: 'highTechRevenueShare',
      },
      {
        id: 'artemisininShare',
        name: { zh: '青蒿素产量占全球', en: 'Artemisinin: share of world output' },
        unit: 'percent',
        figure: plan(30, S_SECTORS, '其中青蒿素产量占到全球30%以上'),
        qualifier: 'over',
      },
    ],
  },
  {
    id: 'innovation',
    title: { zh: '科技创新', en: 'Science and innovation' },
    section: S_INNOVATION,
    items: [
      {
        id: 'techEnterprises',
        name: { zh: '科技型企业', en: 'S&T enterprises' },
        unit: 'firms',
        figure: plan(68, S_INNOVATION, '园区共有科技型企业68家'),
        indicatorId: 'techEnterprises',
        conflictId: 'techEnterprises2017',
        note: { zh: '专栏1 写 185 家。', en: '专栏1 says 185.' },
      },
      {
        id: 'highTechEnterprises',
        name: { zh: '高新技术企业', en: 'High-tech enterprises' },
        unit: 'firms',
        figure: plan(7, S_INNOVATION, '高新技术企业7家'),
        indicatorId: 'highTechEnterprises',
      },
      {
        id: 'highTechEnterpriseShare',
        name: { zh: '高新技术企业占园区企业总数的比例', en: 'High-tech enterprises as share of all firms' },
        unit: 'percent',
        figure: plan(8.7, S_INNOVATION, '其中高新技术企业数量占园区企业总数的比例为8.7%'),
        indicatorId: 'highTechEnterpriseShare',
        conflictId: 'highTechEnterpriseShare2017',
        note: {
          zh: '7 ÷ 201 = 3.5%；8.7% 相当于 7 ÷ 80。',
          en: '7 ÷ 201 = 3.5%; 8.7% is 7 ÷ 80.',
        },
      },
      {
        id: 'rndFirms',
        name: { zh: '有研发投入的规上企业', en: 'Large firms with R&D spending' },
        unit: 'firms',
        figure: plan(25, S_INNOVATION, '园区有研发投入的规上企业25个'),
      },
      {
        id: 'rndFirmShare',
        name: { zh: '有研发投入企业占规上企业的比重', en: 'Their share of large firms' },
        unit: 'percent',
        figure: plan(31.2, S_INNOVATION, '占园区规上企业总数的比重为31.2%'),
        indicatorId: 'rndFirmShare',
        conflictId: 'rndFirmShare2017',
        note: {
          zh: '25 ÷ 105 = 23.8%；31.2% 相当于 25 ÷ 80。',
          en: '25 ÷ 105 = 23.8%; 31.2% is 25 ÷ 80.',
        },
      },
      {
        id: 'municipalTechCentres',
        name: { zh: '市级企业技术中心', en: 'Municipal enterprise technology centres' },
        unit: 'institutions',
        figure: plan(5, S_INNOVATION, '创建市级企业技术中心5个'),
      },
      {
        id: 'academicianWorkstations',
        name: { zh: '院士工作站', en: 'Academician workstations' },
        unit: 'institutions',
        figure: plan(2, S_INNOVATION, '院士工作站2个'),
      },
      {
        id: 'postdoctoralStations',
        name: { zh: '博士后科研工作站', en: 'Postdoctoral research stations' },
        unit: 'institutions',
        figure: plan(1, S_INNOVATION, '博士后科研工作站1个'),
      },
      {
        id: 'nationalIncubators',
        name: { zh: '国家级科技孵化器', en: 'National-level incubators' },
        unit: 'institutions',
        figure: plan(1, S_INNOVATION, '国家级科技孵化器1家'),
      },
      {
        id: 'incubatorArea',
        name: { zh: '国家级科技孵化器规模', en: 'Size of the national incubator' },
        unit: 'm2',
        figure: plan(3000, S_INNOVATION, '建成规模3000多平方米国家级科技孵化器1家'),
        qualifier: 'over',
        indicatorId: 'incubatorArea',
        note: {
          zh: '专栏1 的 2017 年孵化器面积为 0.31 万平方米，相符。',
          en: '专栏1’s 2017 incubator area, 3,100 m², agrees.',
        },
      },
      {
        id: 'makerSpaces',
        name: { zh: '市级众创空间', en: 'Municipal maker spaces' },
        unit: 'institutions',
        figure: plan(3, S_INNOVATION, '市级众创空间3个'),
      },
      {
        id: 'rndIntensity',
        name: { zh: 'R&D 经费支出与地区生产总值的比值', en: 'R&D spending / GDP' },
        unit: 'percent',
        figure: plan(1.57, S_INNOVATION, '研究与试验发展（R&D)经费支出与地区生产总值的比值为1.57%'),
        indicatorId: 'rndIntensity',
      },
      {
        id: 'newProductShare',
        name: { zh: '新产品销售收入占比', en: 'New-product share of sales' },
        unit: 'percent',
        figure: plan(1.73, S_INNOVATION, '新产品销售收入占产品销售收入总额比重为1.73%'),
        indicatorId: 'newProductShare',
      },
      {
        id: 'inventionPatents',
        name: { zh: '发明专利', en: 'Invention patents' },
        unit: 'patents',
        figure: plan(78, S_INNOVATION, '园区共有发明专利78件'),
      },
      {
        id: 'patentsPer10k',
        name: { zh: '每万名从业人员发明专利', en: 'Invention patents per 10,000 employees' },
        unit: 'patentsPer10k',
        figure: plan(125, S_INNOVATION, '每万名从业人员拥有发明专利数为125件'),
        indicatorId: 'patentsPer10k',
        note: {
          zh: '78 ÷ 6238 × 10000 = 125，相符。',
          en: '78 ÷ 6,238 × 10,000 = 125: it agrees.',
        },
      },
      {
        id: 'universities',
        name: { zh: '高等学校', en: 'Universities and colleges' },
        unit: 'schools',
        figure: plan(2, S_INNOVATION, '园区拥有高等学校2所'),
      },
      {
        id: 'vocationalSchools',
        name: { zh: '国家中职教育改革示范校', en: 'National model vocational schools' },
        unit: 'schools',
        figure: plan(1, S_INNOVATION, '国家中职教育改革示范校1所'),
      },
      {
        id: 'employees',
        name: { zh: '从业人员', en: 'Employees' },
        unit: 'people',
        figure: plan(6238, S_INNOVATION, '共有从业人员6238人'),
      },
      {
        id: 'collegeEmployees',
        name: { zh: '大专以上学历从业人员', en: 'Employees with a college degree or above' },
        unit: 'people',
        figure: plan(1393, S_INNOVATION, '其中大专以上学历1393人'),
        indicatorId: 'collegeEmployees',
        note: { zh: '占从业人员的 22.3%。', en: '22.3% of employees.' },
      },
      {
        id: 'seedFund',
        name: { zh: '创业投资种子引导基金', en: 'Venture seed guidance fund' },
        unit: 'tenThousandYuan',
        figure: plan(2000, S_INNOVATION, '设立了2000万元创业投资种子引导基金'),
      },
    ],
  },
];

/** The 2017 output of new materials by part (第四章 第一节 一(三)), and what the parts leave unexplained. */
export const NEW_MATERIALS_SPLIT_2017: readonly OutputPart[] = [
  {
    id: 'aluminium',
    name: { zh: '铝合金加工', en: 'Aluminium alloy processing' },
    firms: plan(1, S_NEW_MATERIALS, '铝合金加工企业1家，产值9.7亿元'),
    output: plan(9.7, S_NEW_MATERIALS, '铝合金加工企业1家，产值9.7亿元'),
    note: {
      zh: '京宏源铝业 12 台铸轧及 1 台冷轧投运。',
      en: 'Jinghongyuan: 12 casting-rolling lines and 1 cold-rolling mill running.',
    },
  },
  {
    id: 'magnesium',
    name: { zh: '镁合金加工', en: 'Magnesium alloy processing' },
    firms: plan(1, S_NEW_MATERIALS, '镁合金加工企业1家，产值1.6亿元'),
    output: plan(1.6, S_NEW_MATERIALS, '镁合金加工企业1家，产值1.6亿元'),
  },
  {
    id: 'hardAlloy',
    name: { zh: '硬质合金加工', en: 'Hard alloy processing' },
    firms: plan(2, S_NEW_MATERIALS, '硬质合金加工企业2家，产值3.5亿元'),
    output: plan(3.5, S_NEW_MATERIALS, '硬质合金加工企业2家，产值3.5亿元'),
  },
  {
    id: 'buildingMaterials',
    name: { zh: '建筑材料', en: 'Building materials' },
    firms: plan(24, S_NEW_MATERIALS, '建筑材料企业24家，产值32.2亿元'),
    output: plan(32.2, S_NEW_MATERIALS, '建筑材料企业24家，产值32.2亿元'),
  },
  {
    id: 'unexplained',
    name: { zh: '未说明的部分（推算）', en: 'Left unexplained (computed)' },
    firms: derived(11, { zh: '39 − (1 + 1 + 2 + 24)', en: '39 − (1 + 1 + 2 + 24)' }, [S_NEW_MATERIALS]),
    output: derived(4.5, { zh: '51.5 − (9.7 + 1.6 + 3.5 + 32.2)', en: '51.5 − (9.7 + 1.6 + 3.5 + 32.2)' }, [
      S_NEW_MATERIALS,
    ]),
    note: {
      zh: '规划未说明。同段提到 2017 年点火投产的首条 30 万吨无碱玻纤生产线，第四章 第一节 还提到武陵硅业、黔永硅业，均未给出产值。',
      en: 'The plan does not say. The same paragraph names the first line of the 300,000 t E-glass fibre project, started in 2017, and 第四章 第一节 names two silicon firms; no output is given for either.',
    },
  },
];

/** The total the parts of NEW_MATERIALS_SPLIT_2017 add up to: 39 firms, 51.5 亿元. */
export const NEW_MATERIALS_TOTAL_2017: OutputPart = {
  id: 'total',
  name: { zh: '新材料合计', en: 'New materials in all' },
  firms: plan(39, S_NEW_MATERIALS, '新材料产业的企业有39家，产值51.5亿元'),
  output: plan(51.5, S_NEW_MATERIALS, '新材料产业的企业有39家，产值51.5亿元'),
};

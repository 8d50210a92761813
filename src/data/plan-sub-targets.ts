import { derived, plan } from './provenance';
import type { ClusterSubTargets, PlanDetailFigure, PlanTargetGroup } from './plan-detail-types';

/**
 * Targets the plan sets beyond 专栏1: per cluster (第四章: firms, high-tech firms, R&D institutions,
 * output of a chain, textile projects, finance …) and for the innovation ecosystem (第五章: high-growth
 * firms, R&D institutions in firms, incubator work space, funds, entrepreneurs …). Every figure quotes
 * the plan; where a target restates an indicator of 专栏1 or is one reading of a conflict, it says which.
 * Plan data only: the projection does not use them. Shown in the whole-plan view, "Baseline &
 * sub-targets".
 */

const S_NEW_MATERIALS = '第四章 第一节';
const S_NEW_MATERIALS_BASE = '第四章 第一节 一(三)';
const S_SMART = '第四章 第三节';
const S_QIDI = '第四章 第三节 专栏4';
const S_AGRI = '第四章 第四节';
const S_TEXTILES = '第四章 第四节 (四)';
const S_SERVICES = '第四章 第五节';

/** Sub-targets per cluster, in the order of 第四章 (medicine & health has none beyond its 150). */
export const CLUSTER_SUB_TARGETS: readonly ClusterSubTargets[] = [
  {
    clusterId: 'newMaterials',
    section: S_NEW_MATERIALS,
    targets: [
      {
        id: 'aboveScaleFirms',
        name: { zh: '规模以上工业企业', en: 'Large industrial firms' },
        unit: 'firms',
        year: 2020,
        figure: plan(40, S_NEW_MATERIALS, '园区新材料产业集聚规模以上工业企业40家以上'),
        qualifier: 'atLeast',
        base: plan(39, S_NEW_MATERIALS_BASE, '新材料产业的企业有39家'),
        note: {
          zh: '2017 年已有 39 家规上企业：目标只多 1 家。',
          en: '39 large firms in 2017 already: the target is one more.',
        },
      },
      {
        id: 'highTechFirms',
        name: { zh: '高新技术企业', en: 'High-tech enterprises' },
        unit: 'firms',
        year: 2020,
        figure: plan(25, S_NEW_MATERIALS, '高新技术企业25家以上'),
        qualifier: 'atLeast',
        indicatorId: 'highTechEnterprises',
      },
      {
        id: 'municipalRndInstitutions',
        name: { zh: '市级以上研发机构', en: 'Municipal-level R&D institutions' },
        unit: 'institutions',
        year: 2020,
        figure: plan(10, S_NEW_MATERIALS, '成立市级以上研发机构10家以上'),
        qualifier: 'atLeast',
        indicatorId: 'municipalRndInstitutions',
      },
      {
        id: 'legalEntityRndInstitutions',
        name: { zh: '法人化研发机构', en: 'Legal-entity R&D institutions' },
        unit: 'institutions',
        year: 2020,
        figure: plan(2, S_NEW_MATERIALS, '法人化研发机构2家'),
        indicatorId: 'legalEntityRndInstitutions',
      },
      {
        id: 'output',
        name: { zh: '总产值', en: 'Output' },
        unit: 'yi',
        year: 2020,
        figure: plan(300, S_NEW_MATERIALS, '总产值突破300亿元'),
        qualifier: 'over',
        conflictId: 'newMaterialsTarget',
        note: {
          zh: '第三章 第四节 写 250 亿元（默认采用 250，与全区 600 亿元相符）。',
          en: '第三章 第四节 says 250 (the default: it agrees with the zone’s 600).',
        },
      },
      {
        id: 'aluminiumChain',
        name: { zh: '铝合金及铝加工产业链产值', en: 'Output of the aluminium chain' },
        unit: 'yi',
        year: 2020,
        figure: plan(20, S_NEW_MATERIALS, '形成一条产值超20亿元的铝合金及铝加工产业链'),
        qualifier: 'over',
        base: plan(9.7, S_NEW_MATERIALS_BASE, '铝合金加工企业1家，产值9.7亿元'),
        note: {
          zh: '以京宏源铝加工一体化项目（专栏2 第 1 项）为基础；2017 年铝合金加工产值 9.7 亿元。',
          en: 'Built on Jinghongyuan’s integrated aluminium project (专栏2 item 1); aluminium processing made 9.7 in 2017.',
        },
      },
    ],
  },
  {
    clusterId: 'smartManufacturing',
    section: S_SMART,
    targets: [
      {
        id: 'aboveScaleFirms',
        name: { zh: '规模以上工业企业', en: 'Large industrial firms' },
        unit: 'firms',
        year: 2020,
        figure: plan(20, S_SMART, '规上工业企业达到20家'),
      },
      {
        id: 'highTechFirms',
        name: { zh: '高新技术企业', en: 'High-tech enterprises' },
        unit: 'firms',
        year: 2020,
        figure: plan(15, S_SMART, '高新技术企业达到15家以上'),
        qualifier: 'atLeast',
        indicatorId: 'highTechEnterprises',
      },
      {
        id: 'municipalRndInstitutions',
        name: { zh: '市级以上研发机构', en: 'Municipal-level R&D institutions' },
        unit: 'institutions',
        year: 2020,
        figure: plan(5, S_SMART, '市级以上研发机构达到5家以上'),
        qualifier: 'atLeast',
        indicatorId: 'municipalRndInstitutions',
      },
      {
        id: 'legalEntityRndInstitutions',
        name: { zh: '法人化研发机构', en: 'Legal-entity R&D institutions' },
        unit: 'institutions',
        year: 2020,
        figure: plan(2, S_SMART, '成立法人化研发机构2家'),
        indicatorId: 'legalEntityRndInstitutions',
      },
      {
        id: 'output',
        name: { zh: '总产值', en: 'Output' },
        unit: 'yi',
        year: 2020,
        figure: plan(100, S_SMART, '总产值突破100亿元'),
        qualifier: 'over',
        note: {
          zh: '与第三章 第四节 的 100 亿元目标相同。',
          en: 'The same 100 as the target of 第三章 第四节.',
        },
      },
      {
        id: 'qidiResearchInstitutions',
        name: { zh: '启迪科技城：科研机构', en: 'Tus-Qidi Science City: research institutions' },
        unit: 'institutions',
        year: 2022,
        figure: plan(20, S_QIDI, '启迪科技城将引进和培育科研机构20家'),
      },
      {
        id: 'qidiServiceInstitutions',
        name: {
          zh: '启迪科技城：市级以上科技服务机构',
          en: 'Tus-Qidi Science City: municipal-level S&T service institutions',
        },
        unit: 'institutions',
        year: 2022,
        figure: plan(10, S_QIDI, '市级以上科技服务机构10家'),
      },
      {
        id: 'qidiTechEnterprises',
        name: { zh: '启迪科技城：科技型企业', en: 'Tus-Qidi Science City: S&T enterprises' },
        unit: 'firms',
        year: 2022,
        figure: plan(100, S_QIDI, '科技型企业约100家'),
        qualifier: 'about',
      },
      {
        id: 'qidiProductionFirms',
        name: { zh: '启迪科技城：生产加工型企业', en: 'Tus-Qidi Science City: manufacturing firms' },
        unit: 'firms',
        year: 2022,
        figure: plan(40, S_QIDI, '生产加工型企业40家'),
        note: {
          zh: '目标年份为 2022 年，晚于规划期。',
          en: 'Set for 2022, after the plan period.',
        },
      },
    ],
  },
  {
    clusterId: 'agriProcessing',
    section: S_AGRI,
    targets: [
      {
        id: 'output',
        name: { zh: '产业总产值', en: 'Output' },
        unit: 'yi',
        year: 2020,
        figure: plan(100, S_AGRI, '争取到2020年实现产业总产值100亿元'),
        note: {
          zh: '与第三章 第四节 的 100 亿元目标相同。',
          en: 'The same 100 as the target of 第三章 第四节.',
        },
      },
      {
        id: 'textileProjects',
        name: { zh: '“十三五”引入建设轻纺服装产业项目', en: 'Textile and garment projects, 2016–2020' },
        unit: 'projects',
        year: 2020,
        figure: plan(12, S_TEXTILES, '引入建设12个轻纺服装产业项目'),
      },
      {
        id: 'textileInvestment',
        name: { zh: '“十三五”轻纺服装投资', en: 'Textile and garment investment, 2016–2020' },
        unit: 'yi',
        year: 2020,
        figure: plan(83.5, S_TEXTILES, '力争完成投资83.5亿元'),
      },
    ],
  },
  {
    clusterId: 'modernServices',
    section: S_SERVICES,
    targets: [
      {
        id: 'financeShare',
        name: { zh: '金融业增加值占地区生产总值比重', en: 'Finance value added as share of GDP' },
        unit: 'percent',
        year: 2020,
        figure: plan(7, S_SERVICES, '金融业增加值占地区生产总值比重达到7%左右'),
        qualifier: 'about',
      },
      {
        id: 'jointStockBanks',
        name: { zh: '引进股份制商业银行', en: 'Joint-stock commercial banks brought in' },
        unit: 'institutions',
        year: 2020,
        figure: plan(3, S_SERVICES, '力争引进股份制商业银行3家'),
      },
      {
        id: 'nonBankInstitutions',
        name: { zh: '引进非银行金融机构', en: 'Non-bank financial institutions brought in' },
        unit: 'institutions',
        year: 2020,
        figure: plan(4, S_SERVICES, '非银行金融机构4－6家'),
        upper: plan(6, S_SERVICES, '非银行金融机构4－6家'),
      },
      {
        id: 'logisticsFirms',
        name: { zh: '实力较强的本地物流企业', en: 'Strong local logistics firms' },
        unit: 'firms',
        year: 2020,
        figure: plan(1, S_SERVICES, '形成1-2家实力较强的本地物流企业'),
        upper: plan(2, S_SERVICES, '形成1-2家实力较强的本地物流企业'),
      },
      {
        id: 'leadingEcommerceFirms',
        name: {
          zh: '设立西南区域或全国运营中心的领先电商企业',
          en: 'Leading e-commerce firms with a regional or national operations centre',
        },
        unit: 'firms',
        year: 2020,
        figure: plan(1, S_SERVICES, '引进或培育1-2家行业领先的电子商务企业'),
        upper: plan(2, S_SERVICES, '引进或培育1-2家行业领先的电子商务企业'),
      },
      {
        id: 'keyEcommerceFirms',
        name: { zh: '重点电子商务企业', en: 'Key e-commerce firms' },
        unit: 'firms',
        year: 2020,
        figure: plan(5, S_SERVICES, '建成5家以上重点电子商务企业'),
        qualifier: 'atLeast',
      },
    ],
  },
];

/**
 * What the clusters' sub-targets add up to beside the zone's targets (derived): new materials and
 * intelligent manufacturing are the only clusters with such sub-targets.
 */
export const SUB_TARGET_SUMS: readonly PlanDetailFigure[] = [
  {
    id: 'highTechFirms',
    name: {
      zh: '高新技术企业：新材料 + 智能制造',
      en: 'High-tech enterprises: new materials + intelligent manufacturing',
    },
    unit: 'firms',
    figure: derived(40, { zh: '25 + 15', en: '25 + 15' }, [S_NEW_MATERIALS, S_SMART]),
    indicatorId: 'highTechEnterprises',
    note: {
      zh: '全区目标 60 家（专栏1）：其余集群需 20 家以上。',
      en: 'The zone’s target is 60 (专栏1): the other clusters need 20 or more.',
    },
  },
  {
    id: 'municipalRndInstitutions',
    name: {
      zh: '市级以上研发机构：新材料 + 智能制造',
      en: 'Municipal-level R&D institutions: new materials + intelligent manufacturing',
    },
    unit: 'institutions',
    figure: derived(15, { zh: '10 + 5', en: '10 + 5' }, [S_NEW_MATERIALS, S_SMART]),
    indicatorId: 'municipalRndInstitutions',
    note: {
      zh: '全区目标 30 个（专栏1）：其余一半未分到集群。',
      en: 'The zone’s target is 30 (专栏1): the other half is given to no cluster.',
    },
  },
  {
    id: 'legalEntityRndInstitutions',
    name: {
      zh: '法人化研发机构：新材料 + 智能制造',
      en: 'Legal-entity R&D institutions: new materials + intelligent manufacturing',
    },
    unit: 'institutions',
    figure: derived(4, { zh: '2 + 2', en: '2 + 2' }, [S_NEW_MATERIALS, S_SMART]),
    indicatorId: 'legalEntityRndInstitutions',
    note: {
      zh: '全区目标 6 个（专栏1、第三章 第四节）。',
      en: 'The zone’s target is 6 (专栏1, 第三章 第四节).',
    },
  },
  {
    id: 'aboveScaleFirms',
    name: {
      zh: '规模以上工业企业：新材料 + 智能制造',
      en: 'Large industrial firms: new materials + intelligent manufacturing',
    },
    unit: 'firms',
    figure: derived(60, { zh: '40 + 20', en: '40 + 20' }, [S_NEW_MATERIALS, S_SMART]),
    note: {
      zh: '2017 年全区规上企业 105 家（第二章 第一节 一(一)），其中新材料 39 家；规划未给出全区 2020 年规上企业目标。',
      en: 'The zone had 105 large firms in 2017 (第二章 第一节 一(一)), 39 of them in new materials; the plan sets no 2020 target for the zone’s large firms.',
    },
  },
];

const S_FIRMS = '第五章 第一节';
const S_PLATFORMS = '第五章 第二节';
const S_TALENT = '第五章 第三节';
const S_FINANCE = '第五章 第四节';

/** The quantified targets of 第五章 (营造创新生态), by its sections, in the plan's order. */
export const INNOVATION_TARGETS: readonly PlanTargetGroup[] = [
  {
    section: S_FIRMS,
    title: { zh: '加快培育科技企业', en: 'Growing S&T firms' },
    targets: [
      {
        id: 'techEnterprises',
        name: { zh: '科技型企业总量', en: 'S&T enterprises' },
        unit: 'firms',
        year: 2020,
        figure: plan(300, S_FIRMS, '科技型企业总量达到300家'),
        indicatorId: 'techEnterprises',
        conflictId: 'techEnterprisesTarget',
        note: {
          zh: '与专栏1 相同；第三章 第四节 写 260 家以上。',
          en: 'As in 专栏1; 第三章 第四节 says 260 or more.',
        },
      },
      {
        id: 'highTechEnterprises',
        name: { zh: '高新技术企业', en: 'High-tech enterprises' },
        unit: 'firms',
        year: 2020,
        figure: plan(60, S_FIRMS, '高新技术企业达60家以上'),
        qualifier: 'atLeast',
        indicatorId: 'highTechEnterprises',
      },
      {
        id: 'highGrowthFirms',
        name: { zh: '高成长性企业', en: 'High-growth firms' },
        unit: 'firms',
        year: 2020,
        figure: plan(30, S_FIRMS, '高成长性企业达到30家以上'),
        qualifier: 'atLeast',
        note: {
          zh: '不在专栏1。规划未给出 2017 年数。',
          en: 'Not in 专栏1. The plan gives no 2017 count.',
        },
      },
      {
        id: 'highTechEnterpriseShare',
        name: { zh: '高新技术企业占园区企业总数的比例', en: 'High-tech enterprises as share of all firms' },
        unit: 'percent',
        year: 2020,
        figure: plan(5, S_FIRMS, '占园区企业总数的比例达5%以上'),
        qualifier: 'atLeast',
        indicatorId: 'highTechEnterpriseShare',
      },
      {
        id: 'rndFund',
        name: { zh: '研发专项资金', en: 'R&D special fund' },
        unit: 'yi',
        year: 2020,
        figure: plan(2, S_FIRMS, '设立规模2亿元以上的研发专项资金'),
        qualifier: 'atLeast',
        indicatorId: 'rndFund',
      },
    ],
  },
  {
    section: S_PLATFORMS,
    title: { zh: '打造科技创新平台', en: 'Innovation platforms' },
    targets: [
      {
        id: 'municipalRndInstitutions',
        name: { zh: '市级及以上专业研发机构或分支机构', en: 'Municipal-level R&D institutions or branches' },
        unit: 'institutions',
        year: 2020,
        figure: plan(30, S_PLATFORMS, '建成市级及以上专业研发机构或分支机构30家以上'),
        qualifier: 'atLeast',
        indicatorId: 'municipalRndInstitutions',
      },
      {
        id: 'districtRndInstitutions',
        name: { zh: '区级以上专业研发机构', en: 'R&D institutions at district level and above' },
        unit: 'institutions',
        year: 2020,
        figure: plan(50, S_PLATFORMS, '区级以上专业研发机构50家以上'),
        qualifier: 'atLeast',
        indicatorId: 'districtRndPlatforms',
        conflictId: 'districtRndPlatformsTarget',
        note: {
          zh: '第三章 第四节 写区级研发平台 30 个以上。',
          en: '第三章 第四节 says 30 or more district-level platforms.',
        },
      },
      {
        id: 'legalEntityRndInstitutions',
        name: { zh: '其中法人化研发机构', en: 'Of which legal-entity R&D institutions' },
        unit: 'institutions',
        year: 2020,
        figure: plan(6, S_PLATFORMS, '其中法人化研发机构6家以上'),
        qualifier: 'atLeast',
        indicatorId: 'legalEntityRndInstitutions',
      },
      {
        id: 'municipalServiceInstitutions',
        name: {
          zh: '市级以上科技服务机构或分支机构',
          en: 'Municipal-level S&T service institutions or branches',
        },
        unit: 'institutions',
        year: 2020,
        figure: plan(30, S_PLATFORMS, '建成市级以上科技服务机构或分支机构30家以上'),
        qualifier: 'atLeast',
        indicatorId: 'municipalServiceInstitutions',
      },
      {
        id: 'highTechFirmsWithRnd',
        name: { zh: '高新技术企业研发机构建有率', en: 'High-tech enterprises with an R&D institution' },
        unit: 'percent',
        year: 2020,
        figure: plan(100, S_PLATFORMS, '高新技术企业研发机构建有率达100%'),
        note: { zh: '不在专栏1。', en: 'Not in 专栏1.' },
      },
      {
        id: 'inFirmRndInstitutions',
        name: { zh: '规上企业建设的各类研发机构', en: 'R&D institutions of large firms' },
        unit: 'institutions',
        year: 2020,
        figure: plan(40, S_PLATFORMS, '规上企业建设各类研发机构达40个以上'),
        qualifier: 'atLeast',
        note: {
          zh: '不在专栏1；2017 年有市级企业技术中心 5 个（第二章 第一节 一(三)）。',
          en: 'Not in 专栏1; there were 5 municipal enterprise technology centres in 2017 (第二章 第一节 一(三)).',
        },
      },
      {
        id: 'rndFirmShare',
        name: { zh: '有研发活动的企业占园区企业总数的比例', en: 'Firms with R&D activity, share' },
        unit: 'percent',
        year: 2020,
        figure: plan(30, S_PLATFORMS, '据有研发活动的企业数量占园区企业总数的比例达30%'),
        indicatorId: 'rndFirmShare',
        conflictId: 'rndFirmShareTarget',
        note: {
          zh: '与专栏1 指标名称相同（目标值列写 35）。',
          en: 'As the row title of 专栏1 (its target column says 35).',
        },
      },
      {
        id: 'serviceInstitutions',
        name: {
          zh: '众创空间、孵化器等各类科技服务机构',
          en: 'Maker spaces, incubators and other S&T service institutions',
        },
        unit: 'institutions',
        year: 2020,
        figure: plan(30, S_PLATFORMS, '建设众创空间、孵化器等各类科技服务机构30家以上'),
        qualifier: 'atLeast',
        indicatorId: 'municipalServiceInstitutions',
        note: {
          zh: '各级合计；专栏1 的 30 个为市级以上。',
          en: 'At every level; 专栏1’s 30 are municipal-level or above.',
        },
      },
      {
        id: 'workstationArea',
        name: { zh: '众创空间、孵化器创业工位面积', en: 'Work space in maker spaces and incubators' },
        unit: 'tenThousandM2',
        year: 2020,
        figure: plan(1, S_PLATFORMS, '众创空间、孵化器创业工位面积达1万平米以上'),
        qualifier: 'atLeast',
        indicatorId: 'incubatorArea',
        conflictId: 'incubatorAreaTarget',
        note: {
          zh: '与专栏1 的孵化器面积 1 万平方米相同；第三章 第四节 写 2 万平方米。',
          en: 'As 专栏1’s incubator area of 10,000 m²; 第三章 第四节 says 20,000 m².',
        },
      },
      {
        id: 'firmsServed',
        name: { zh: '科技资源共享平台服务企业', en: 'Firms served by the shared S&T resources' },
        unit: 'firms',
        year: 2020,
        figure: plan(200, S_PLATFORMS, '为200家企业提供创新服务500余次以上'),
      },
      {
        id: 'servicesProvided',
        name: { zh: '提供创新服务', en: 'Innovation services provided' },
        unit: 'times',
        year: 2020,
        figure: plan(500, S_PLATFORMS, '为200家企业提供创新服务500余次以上'),
        qualifier: 'over',
      },
      {
        id: 'platformFund',
        name: { zh: '科技平台专项资金', en: 'Special fund for S&T platforms' },
        unit: 'tenThousandYuan',
        year: 2020,
        figure: plan(2000, S_PLATFORMS, '设立不低于2000万元的科技平台专项资金'),
        qualifier: 'atLeast',
      },
    ],
  },
  {
    section: S_TALENT,
    title: { zh: '集聚创新创业人才', en: 'Talent' },
    targets: [
      {
        id: 'collegeEmployees',
        name: { zh: '大专及以上学历从业人员', en: 'Employees with a college degree or above' },
        unit: 'people',
        year: 2020,
        figure: plan(5000, S_TALENT, '大专及以上学历从业人员达到5000人以上'),
        qualifier: 'atLeast',
        indicatorId: 'collegeEmployees',
      },
      {
        id: 'stStaffShare',
        name: { zh: '科技活动人员占企业从业人数比例', en: 'S&T staff as share of employees' },
        unit: 'percent',
        year: 2020,
        figure: plan(10, S_TALENT, '科技活动人员占企业从业人数比例超过10%'),
        qualifier: 'over',
        indicatorId: 'stStaffShare',
        conflictId: 'stStaffShareTarget',
        note: { zh: '第三章 第四节 写 20%。', en: '第三章 第四节 says 20%.' },
      },
      {
        id: 'innovativeEntrepreneurs',
        name: { zh: '培养创新型企业家', en: 'Innovative entrepreneurs trained' },
        unit: 'people',
        year: 2020,
        figure: plan(10, S_TALENT, '培养10名以上创新型企业家'),
        qualifier: 'atLeast',
      },
      {
        id: 'youngEntrepreneurs',
        name: { zh: '培育优秀青年企业家', en: 'Young entrepreneurs fostered' },
        unit: 'people',
        year: 2020,
        figure: plan(30, S_TALENT, '培育30名以上优秀青年企业家'),
        qualifier: 'atLeast',
      },
    ],
  },
  {
    section: S_FINANCE,
    title: { zh: '强化科技金融支撑', en: 'Finance for innovation' },
    targets: [
      {
        id: 'seedFund',
        name: { zh: '种子引导基金规模', en: 'Seed guidance fund' },
        unit: 'tenThousandYuan',
        year: 2020,
        figure: plan(2000, S_FINANCE, '种子引导基金规模达到2000万元以上'),
        qualifier: 'atLeast',
        base: plan(2000, '第二章 第一节 一(三)', '设立了2000万元创业投资种子引导基金'),
        note: {
          zh: '2017 年已设立 2000 万元：目标已达到，虽然同段提出“引导资金倍增计划”。',
          en: 'RMB 20m was set up by 2017: the target is met already, though the same paragraph calls for “doubling” the fund.',
        },
      },
      {
        id: 'ventureFund',
        name: { zh: '创投基金规模', en: 'Venture capital fund' },
        unit: 'yi',
        year: 2020,
        figure: plan(2, S_FINANCE, '创投基金规模达到2亿元以上'),
        qualifier: 'atLeast',
      },
    ],
  },
];

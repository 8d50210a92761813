import { plan, type LocalizedText, type PlanFigure } from './provenance';

/**
 * The zones the plan measures Qianjiang against: Chongqing's four national and four municipal
 * high-tech zones (第一章 第一节) and the three zones of its annex of case studies (附件1: Zhongguancun,
 * Zhangjiang, Donghu). Every figure is the plan's, with the year it describes.
 */

/** The indicators a peer zone shares with Qianjiang's 专栏1 (ids of Qianjiang's indicators). */
export const PEER_INDICATOR_IDS = [
  'rndIntensity',
  'patentsPer10k',
  'highTechEnterprises',
  'techEnterprises',
] as const;
export type PeerIndicatorId = (typeof PEER_INDICATOR_IDS)[number];

/** One figure of a peer zone. */
export interface PeerFigure {
  /** The plan's figure, in the unit of Qianjiang's indicator of the same id (%, patents, firms). */
  readonly figure: PlanFigure<number>;
  /** Whether the plan gives it as approximate (约, 近). */
  readonly approximate: boolean;
}

/** A zone the plan compares Qianjiang with. */
export interface PeerZone {
  readonly id: string;
  readonly name: LocalizedText;
  /** What the zone is, e.g. which four zones a group holds. */
  readonly description: LocalizedText;
  /** The year the figures describe. */
  readonly year: number;
  /** How that year is known: stated by the plan, or inferred from the date of the report. */
  readonly yearBasis: 'stated' | 'reportDate';
  /** Its size as the plan gives it (regional GDP or revenue), in the plan's words. */
  readonly scale: { readonly text: LocalizedText; readonly figure: PlanFigure<number> } | null;
  readonly figures: Readonly<Partial<Record<PeerIndicatorId, PeerFigure>>>;
  /** How its figures differ in definition from Qianjiang's, or slips in the plan's text. */
  readonly note: LocalizedText | null;
}

const S_BACKGROUND = '第一章 第一节';
const S_ANNEX = '附件1';

function exact(value: number, section: string, quote: string): PeerFigure {
  return { figure: plan(value, section, quote), approximate: false };
}

function about(value: number, section: string, quote: string): PeerFigure {
  return { figure: plan(value, section, quote), approximate: true };
}

const REPORT_DATE_NOTE = {
  zh: '附件1 为 2018 年 3 月 6–8 日考察报告，未注明数据年份，按 2017 年计。',
  en: 'Annex 1 reports a visit of 6–8 March 2018 and does not date its figures; they are taken as 2017.',
};

/** The peer zones, in the plan's order. */
export const PEER_ZONES: readonly PeerZone[] = [
  {
    id: 'chongqingNational',
    name: { zh: '重庆 4 个国家级高新区', en: 'Chongqing’s 4 national high-tech zones' },
    description: {
      zh: '重庆高新区（九龙坡）、璧山、永川、荣昌高新区合计',
      en: 'Chongqing (Jiulongpo), Bishan, Yongchuan and Rongchang high-tech zones together',
    },
    year: 2017,
    yearBasis: 'stated',
    scale: {
      text: { zh: '地区生产总值', en: 'regional GDP' },
      figure: plan(1183.3, S_BACKGROUND, '2017年地区生产总值达1183.3亿元'),
    },
    figures: {
      rndIntensity: exact(3.8, S_BACKGROUND, 'R&D投入强度3.8%'),
      patentsPer10k: exact(10, S_BACKGROUND, '万人发明专利拥有量10个'),
      highTechEnterprises: exact(447, S_BACKGROUND, '拥有高新技术企业447家'),
      techEnterprises: exact(988, S_BACKGROUND, '拥有科技型企业数988家'),
    },
    note: {
      zh: '专利为“万人发明专利拥有量”，未说明按人口还是从业人员计；黔江的指标按从业人员计。',
      en: 'Patents are “per 10,000 people” without saying whether residents or employees; Qianjiang’s indicator counts employees.',
    },
  },
  {
    id: 'chongqingMunicipal',
    name: { zh: '重庆 4 个市级高新区', en: 'Chongqing’s 4 municipal high-tech zones' },
    description: {
      zh: '大足、铜梁、潼南、涪陵高新区合计',
      en: 'Dazu, Tongliang, Tongnan and Fuling high-tech zones together',
    },
    year: 2017,
    yearBasis: 'stated',
    scale: {
      text: { zh: '地区生产总值', en: 'regional GDP' },
      figure: plan(901.73, S_BACKGROUND, '2017年地区生产总值达901.73亿元'),
    },
    figures: {
      rndIntensity: exact(2.6, S_BACKGROUND, 'R&D投入强度2.6%'),
      patentsPer10k: exact(4, S_BACKGROUND, '万人发明专利拥有量4个'),
      highTechEnterprises: exact(177, S_BACKGROUND, '拥有高新技术企业177家'),
      techEnterprises: exact(496, S_BACKGROUND, '拥有科技型企业496家'),
    },
    note: {
      zh: '专利为“万人发明专利拥有量”，未说明按人口还是从业人员计；黔江的指标按从业人员计。',
      en: 'Patents are “per 10,000 people” without saying whether residents or employees; Qianjiang’s indicator counts employees.',
    },
  },
  {
    id: 'zhongguancun',
    name: { zh: '北京中关村', en: 'Zhongguancun, Beijing' },
    description: {
      zh: '国家自主创新示范区，一区十六园，488 平方公里',
      en: 'National innovation demonstration zone: 16 parks, 488 km²',
    },
    year: 2017,
    yearBasis: 'reportDate',
    scale: {
      text: { zh: '营业收入', en: 'revenue' },
      figure: plan(51000, S_ANNEX, '营业收入5.1万亿元'),
    },
    figures: {
      rndIntensity: about(9, S_ANNEX, 'R&D占比约9%'),
      patentsPer10k: about(300, S_ANNEX, '万人发明专利拥有量约300件'),
      highTechEnterprises: about(20000, S_ANNEX, '高新技术企业近2万家'),
      techEnterprises: about(30000, S_ANNEX, '科技型企业近3万家'),
    },
    note: REPORT_DATE_NOTE,
  },
  {
    id: 'zhangjiang',
    name: { zh: '上海张江', en: 'Zhangjiang, Shanghai' },
    description: {
      zh: '国家自主创新示范区，22 园，531 平方公里',
      en: 'National innovation demonstration zone: 22 parks, 531 km²',
    },
    year: 2017,
    yearBasis: 'reportDate',
    scale: {
      text: { zh: '营业总收入', en: 'revenue' },
      figure: plan(43100, S_ANNEX, '营业总收入4.31万亿'),
    },
    figures: {
      highTechEnterprises: exact(3528, S_ANNEX, '其中高新技术企业3528\u00a0家'),
      techEnterprises: about(70000, S_ANNEX, '拥有近70000家科技型、创新型企业'),
    },
    note: REPORT_DATE_NOTE,
  },
  {
    id: 'donghu',
    name: { zh: '武汉东湖', en: 'Donghu, Wuhan' },
    description: {
      zh: '“中国光谷”，国家自主创新示范区，518 平方公里',
      en: '“Optics Valley of China”, national innovation demonstration zone, 518 km²',
    },
    year: 2017,
    yearBasis: 'reportDate',
    scale: null,
    figures: {
      rndIntensity: about(7, S_ANNEX, 'R&D占比约7%'),
      patentsPer10k: exact(45, S_ANNEX, '万人发明专利拥有量45件'),
      highTechEnterprises: exact(1390, S_ANNEX, '高新技术企业1390家'),
    },
    note: {
      zh: '附件1 写营业收入“约1.1亿元”，显然有误（应为约 1.1 万亿元），故不列。未注明数据年份，按 2017 年计。',
      en: 'Annex 1 gives revenue as “about RMB 110m”, evidently a slip (about RMB 1.1 trillion is meant), so it is not shown. The figures are undated; taken as 2017.',
    },
  },
];

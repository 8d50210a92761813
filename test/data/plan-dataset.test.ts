import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { DEFAULT_THRESHOLDS, LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE } from '../../src/data/levers';
import type { Figure, LocalizedText, PlanSource } from '../../src/data/provenance';
import { readFigure } from '../../src/data/provenance';
import type { TargetDirection } from '../../src/data/plan-types';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { validateScenario } from '../../src/scenario/schema';

const FIGURE_KINDS = ['plan', 'derived', 'estimate', 'conflict'];

/** Every object with a `kind` field in a value, with its path. */
function figuresIn(value: unknown, path = ''): { path: string; figure: Figure }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => figuresIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if ('kind' in value) return [{ path, figure: value as Figure }];
  return Object.entries(value).flatMap(([key, item]) => figuresIn(item, path ? `${path}.${key}` : key));
}

/** Every number in a value that is not inside a figure, with its path. */
function bareNumbersIn(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => bareNumbersIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null || 'kind' in value) return [];
  return Object.entries(value).flatMap(([key, item]) => bareNumbersIn(item, path ? `${path}.${key}` : key));
}

function isText(text: LocalizedText | undefined): boolean {
  return text !== undefined && text.zh.trim().length > 0 && text.en.trim().length > 0;
}

function hasSection(source: PlanSource | undefined): boolean {
  return source !== undefined && source.section.trim().length > 0;
}

/** All values a figure can take: its readings for a conflict, its value otherwise. */
function readingsOf(figure: Figure): number[] {
  return figure.kind === 'conflict'
    ? figure.readings.map((r) => r.value as number)
    : [figure.value as number];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const ALL_FIGURES = figuresIn(PLAN_DATASET);

describe('provenance', () => {
  test('PLAN_DATASET has a non-empty version string', () => {
    expect(typeof PLAN_DATASET.version).toBe('string');
    expect(PLAN_DATASET.version.trim()).not.toBe('');
  });

  test('PLAN_DATASET holds figures everywhere it holds numbers, except the horizon years', () => {
    expect(ALL_FIGURES.length).toBeGreaterThan(100);
    expect(bareNumbersIn(PLAN_DATASET)).toEqual(['horizon.baseYear', 'horizon.targetYear']);
  });

  test.each(ALL_FIGURES)('$path has a known kind, a finite value and its provenance', ({ figure }) => {
    expect(FIGURE_KINDS).toContain(figure.kind);
    expect(Number.isFinite(figure.value)).toBe(true);
    switch (figure.kind) {
      case 'plan':
        expect(hasSection(figure.source)).toBe(true);
        break;
      case 'derived':
        expect(isText(figure.formula)).toBe(true);
        expect(figure.sources.length).toBeGreaterThan(0);
        for (const source of figure.sources) expect(hasSection(source)).toBe(true);
        break;
      case 'estimate':
        expect(isText(figure.reasoning)).toBe(true);
        break;
      case 'conflict':
        expect(figure.conflictId.trim()).not.toBe('');
        expect(figure.readings.length).toBeGreaterThanOrEqual(2);
        for (const reading of figure.readings) {
          expect(hasSection(reading.source)).toBe(true);
          expect(isText(reading.label)).toBe(true);
          expect(Number.isFinite(reading.value)).toBe(true);
        }
        expect(Number.isInteger(figure.defaultReading)).toBe(true);
        expect(figure.readings[figure.defaultReading]).toBeDefined();
        expect(figure.value).toBe(figure.readings[figure.defaultReading]!.value);
        expect(isText(figure.note)).toBe(true);
        break;
    }
  });

  test('PLAN_DATASET gives each conflict one identifier, and readings that differ', () => {
    // A figure may stand in two places (2017 industrial output is both a zone figure and an indicator base).
    const conflicts = [...new Set(ALL_FIGURES.map((f) => f.figure))].filter((f) => f.kind === 'conflict');
    expect(conflicts.length).toBeGreaterThanOrEqual(14);
    const ids = conflicts.map((c) => c.conflictId);
    expect(new Set(ids).size).toBe(ids.length);
    // Readings differ in value, except where the plan gives one number for two different measures:
    // then they differ in the plan's words and in what their labels say they measure.
    const sameValue = conflicts.filter(
      (c) => new Set(c.readings.map((r) => r.value)).size < c.readings.length,
    );
    expect(sameValue.map((c) => c.conflictId)).toEqual(['rndIntensityTarget']);
    for (const conflict of conflicts) {
      expect(new Set(conflict.readings.map((r) => r.source.quote)).size, conflict.conflictId).toBe(
        conflict.readings.length,
      );
      expect(new Set(conflict.readings.map((r) => r.label.zh)).size, conflict.conflictId).toBe(
        conflict.readings.length,
      );
    }
  });

  test.each([
    { conflictId: 'newMaterialsTarget', readings: [250, 300], byDefault: 250 },
    { conflictId: 'industrialOutput2017', readings: [135.4, 135.6], byDefault: 135.4 },
    // The conflicts model-review.md found missing: R&D of GDP or of revenue, 30 or 50 district
    // R&D platforms, and the 2017 R&D-firm share of 25 firms in 80 or in 105.
    { conflictId: 'rndIntensityTarget', readings: [2, 2], byDefault: 2 },
    { conflictId: 'districtRndPlatformsTarget', readings: [30, 50], byDefault: 30 },
    { conflictId: 'rndFirmShare2017', readings: [31.2, 23.8], byDefault: 31.2 },
  ])(
    'PLAN_DATASET keeps both readings of $conflictId and defaults to $byDefault',
    ({ conflictId, readings, byDefault }) => {
      const figure = ALL_FIGURES.map((f) => f.figure).find(
        (f) => f.kind === 'conflict' && f.conflictId === conflictId,
      )!;
      expect(figure).toBeDefined();
      expect(readingsOf(figure)).toEqual(readings);
      expect(figure.value).toBe(byDefault);
    },
  );
});

describe('readings the plan does not state', () => {
  const derivedReadings = [...new Set(ALL_FIGURES.map((f) => f.figure))].flatMap((figure) =>
    figure.kind === 'conflict'
      ? figure.readings.filter((r) => r.formula !== undefined).map((r) => ({ id: figure.conflictId, r }))
      : [],
  );

  test('are derived, with their formula: 7 ÷ 201 and 25 ÷ 105', () => {
    const figures = derivedReadings.filter(({ id }) => id !== 'otherIndustryIn600');
    expect(figures.map(({ id, r }) => [id, r.value])).toEqual([
      ['highTechEnterpriseShare2017', 3.5],
      ['rndFirmShare2017', 23.8],
    ]);
    expect(Math.round((7 / 201) * 1000) / 10).toBe(3.5);
    expect(Math.round((25 / 105) * 1000) / 10).toBe(23.8);
    for (const { r } of figures) {
      expect(isText(r.formula)).toBe(true);
      expect(r.formula!.zh).toMatch(/第二章 第一节/);
    }
    // The reading of the 600 is a choice of basis, coded 0 / 1, each with the sum that grounds it.
    const basis = derivedReadings.filter(({ id }) => id === 'otherIndustryIn600');
    expect(basis.map(({ r }) => r.value)).toEqual([0, 1]);
    for (const { r } of basis) expect(r.formula!.zh).toContain('600');
  });

  test('the 2017 count of high-tech enterprises cites the text of 第二章 第一节 一(三)', () => {
    const base = PLAN_DATASET.indicators.find((i) => i.id === 'highTechEnterprises')!.base!;
    expect(base.kind).toBe('plan');
    if (base.kind === 'plan')
      expect(base.source).toEqual({ section: '第二章 第一节 一(三)', quote: '高新技术企业7家' });
  });
});

describe('2017 baseline', () => {
  const industrial = PLAN_DATASET.clusters.filter((c) => c.measure === 'industrialOutput');

  test('the four industrial clusters and other industry add up to the 2017 total of 135.4', () => {
    expect(industrial.map((c) => c.id)).toEqual([
      'newMaterials',
      'medicineHealth',
      'smartManufacturing',
      'agriProcessing',
    ]);
    const total = sum(industrial.map((c) => c.base.value)) + PLAN_DATASET.zone.otherIndustryBase.value;
    expect(total).toBeCloseTo(135.4, 9);
    expect(PLAN_DATASET.zone.industrialOutputBase.value).toBe(135.4);
  });

  test('the 2017 sector split adds up to 135.4, and its parts not in the plan to 38.1', () => {
    const split = PLAN_DATASET.zone.baseSplit;
    expect(sum(split.map((s) => s.figure.value))).toBeCloseTo(135.4, 9);
    const fromPlan = split.filter((s) => s.figure.kind === 'plan');
    expect(fromPlan.map((s) => s.figure.value)).toEqual([51.5, 9.8, 32.1, 3.9]);
    expect(sum(fromPlan.map((s) => s.figure.value))).toBeCloseTo(97.3, 9);
    const notInPlan = split.filter((s) => s.figure.kind !== 'plan');
    expect(notInPlan.length).toBeGreaterThan(0);
    for (const part of notInPlan) expect(part.figure.kind, part.id).toBe('estimate');
    expect(sum(notInPlan.map((s) => s.figure.value))).toBeCloseTo(38.1, 9);
  });

  test.each([
    { id: 'newMaterials', base: 51.5, kind: 'plan' },
    { id: 'medicineHealth', base: 3.9, kind: 'plan' },
    { id: 'smartManufacturing', base: 12, kind: 'estimate' },
    { id: 'agriProcessing', base: 25.8, kind: 'estimate' },
    { id: 'modernServices', base: 30, kind: 'estimate' },
  ])('$id starts from $base in 2017 as a $kind figure', ({ id, base, kind }) => {
    const cluster = PLAN_DATASET.clusters.find((c) => c.id === id)!;
    expect(cluster.base.value).toBe(base);
    expect(cluster.base.kind).toBe(kind);
  });
});

describe('parks and targets', () => {
  test('the five parks add up to 20.08 km²', () => {
    expect(PLAN_DATASET.parks.map((p) => p.areaKm2.value)).toEqual([7.3, 5.3, 5.79, 1.53, 0.16]);
    expect(sum(PLAN_DATASET.parks.map((p) => p.areaKm2.value))).toBeCloseTo(20.08, 9);
    for (const park of PLAN_DATASET.parks) expect(park.areaKm2.kind, park.id).toBe('plan');
  });

  test('every cluster lies in parks the dataset has', () => {
    const parkIds = new Set(PLAN_DATASET.parks.map((p) => p.id));
    for (const cluster of PLAN_DATASET.clusters) {
      expect(cluster.parkIds.length, cluster.id).toBeGreaterThan(0);
      for (const parkId of cluster.parkIds)
        expect(parkIds.has(parkId), `${cluster.id} in ${parkId}`).toBe(true);
    }
  });

  test('the four industrial targets add up to the zone target of 600 under the default readings', () => {
    const industrial = PLAN_DATASET.clusters.filter((c) => c.measure === 'industrialOutput');
    expect(industrial.map((c) => c.target.value)).toEqual([250, 150, 100, 100]);
    expect(sum(industrial.map((c) => c.target.value))).toBe(600);
    expect(PLAN_DATASET.zone.industrialOutputTarget.value).toBe(600);
    const services = PLAN_DATASET.clusters.find((c) => c.id === 'modernServices')!;
    expect(services.measure).toBe('serviceRevenue');
    expect(services.target.value).toBe(100);
  });

  test('the 300 reading of the new-materials target breaks the sum of 600', () => {
    const industrial = PLAN_DATASET.clusters.filter((c) => c.measure === 'industrialOutput');
    expect(sum(industrial.map((c) => readFigure(c.target, { newMaterialsTarget: 1 })))).toBe(650);
  });
});

describe('专栏1 indicators', () => {
  // From ../shared/plan-facts.md, "Zone-wide targets for 2020": the 2020 target column, and the
  // 2017 column where it has a value. Where plan-facts marks a CONFLICT, its value must be one of
  // the figure's readings; `byDefault` names the dataset's default where it is the other reading.
  const EXPECTED: {
    name: string;
    id: string;
    target: number;
    base?: number;
    direction?: TargetDirection;
    byDefault?: number;
  }[] = [
    { name: '核心园区面积 core zone area', id: 'coreArea', target: 20 },
    { name: '工业总产值 industrial output', id: 'industrialOutput', base: 135.6, target: 600 },
    { name: '平均产出强度 average output intensity', id: 'outputIntensity', base: 45, target: 60 },
    { name: '高新技术产业产值 high-tech industry output', id: 'highTechOutput', target: 150 },
    { name: '工业增加值率 industrial value-added rate', id: 'valueAddedRate', base: 36.6, target: 25 },
    { name: '年净利润 annual net profit', id: 'netProfit', base: 6.5, target: 50 },
    { name: '工业集中度 industrial concentration', id: 'industrialConcentration', base: 75.4, target: 85 },
    {
      name: '万元工业增加值能耗 energy per 10,000 yuan of value added',
      id: 'energyPerValueAdded',
      base: 0.84,
      target: 0.6,
      direction: 'atMost',
    },
    {
      name: '高技术产业主营业务收入占比 high-tech revenue share',
      id: 'highTechRevenueShare',
      base: 8.2,
      target: 25,
    },
    {
      name: '战略性新兴产业投资占比 strategic emerging investment share',
      id: 'strategicInvestmentShare',
      base: 21.2,
      target: 28,
    },
    { name: '高新技术企业 high-tech enterprises', id: 'highTechEnterprises', base: 7, target: 60 },
    {
      name: '高新技术企业占比 high-tech enterprise share',
      id: 'highTechEnterpriseShare',
      base: 8.7,
      target: 5,
    },
    { name: '有研发活动企业占比 firms with R&D activity', id: 'rndFirmShare', base: 31.2, target: 30 },
    {
      name: '市级以上研发机构 municipal R&D institutions',
      id: 'municipalRndInstitutions',
      base: 10,
      target: 30,
    },
    {
      name: '市级以上科技服务机构 municipal S&T service institutions',
      id: 'municipalServiceInstitutions',
      base: 19,
      target: 30,
    },
    {
      name: '法人化研发机构 legal-entity R&D institutions',
      id: 'legalEntityRndInstitutions',
      base: 0,
      target: 6,
    },
    { name: '研发专项资金 R&D special fund', id: 'rndFund', base: 0, target: 2 },
    { name: 'R&D 经费支出占比 R&D spending / GDP', id: 'rndIntensity', base: 1.57, target: 2 },
    { name: '新产品销售收入占比 new-product share of sales', id: 'newProductShare', base: 1.73, target: 20 },
    {
      name: '万名从业人员发明专利 invention patents per 10,000 employees',
      id: 'patentsPer10k',
      base: 125,
      target: 20,
    },
    {
      name: '大专及以上学历从业人员 college-educated employees',
      id: 'collegeEmployees',
      base: 1393,
      target: 5000,
    },
    { name: '科技型企业 S&T enterprises', id: 'techEnterprises', base: 185, target: 300 },
    {
      name: '国家级企业技术中心 national enterprise technology centres',
      id: 'nationalTechCentres',
      base: 0,
      target: 1,
    },
    { name: '科技孵化器面积 incubator area', id: 'incubatorArea', base: 0.31, target: 1 },
    // plan-facts: 2020 target 0, "title says 3000"; the dataset defaults to the title's 3000.
    {
      name: '近三年年均实际使用外资 foreign capital used',
      id: 'foreignCapital',
      base: 0,
      target: 0,
      byDefault: 3000,
    },
    { name: '近三年年均实际使用内资 domestic capital used', id: 'domesticCapital', base: 120, target: 50 },
    { name: '工业固体废物综合利用率 solid waste utilisation', id: 'solidWasteUtilisation', target: 95 },
    { name: '数字化设计工具普及率 digital design tools', id: 'digitalDesignTools', target: 85 },
    { name: '开展电子商务的企业比例 firms using e-commerce', id: 'eCommerceFirms', target: 60 },
    // Goals of 第三章 第四节 that plan-facts does not list (the plan's own text is the source).
    { name: '区级研发平台 district-level R&D platforms', id: 'districtRndPlatforms', target: 30 },
    { name: '科技活动人员占比 S&T staff share (20, or 10 in 第五章 第三节)', id: 'stStaffShare', target: 20 },
    { name: '关键工序数字化比例 digitised key processes', id: 'keyProcessDigitalisation', target: 70 },
  ];

  test('PLAN_DATASET lists each indicator once, and every plan-facts indicator', () => {
    const ids = PLAN_DATASET.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  test.each(EXPECTED)(
    '$name ($id) targets $target for 2020 with a source',
    ({ id, target, base, direction, byDefault }) => {
      const indicator = PLAN_DATASET.indicators.find((i) => i.id === id);
      expect(indicator, id).toBeDefined();
      expect(readingsOf(indicator!.target)).toContain(target);
      expect(indicator!.target.value).toBe(byDefault ?? target);
      expect(indicator!.target.kind).not.toBe('estimate');
      expect(indicator!.direction).toBe(direction ?? 'atLeast');
      expect(isText(indicator!.name)).toBe(true);
      if (base !== undefined) {
        expect(indicator!.base).not.toBeNull();
        expect(readingsOf(indicator!.base!)).toContain(base);
      }
    },
  );

  test('the indicators the engine projects are industrial output and output intensity', () => {
    expect(PLAN_DATASET.indicators.filter((i) => i.projected).map((i) => i.id)).toEqual([
      'industrialOutput',
      'outputIntensity',
    ]);
  });
});

describe('lever defaults', () => {
  const rows = PLAN_DATASET.clusters.flatMap((cluster) =>
    LEVERS.map((lever) => ({ clusterId: cluster.id, lever, figure: cluster.defaults[lever.id] })),
  );

  test.each(rows)('$clusterId.$lever.id defaults within its lever range', ({ lever, figure }) => {
    expect(figure.value).toBeGreaterThanOrEqual(lever.min);
    expect(figure.value).toBeLessThanOrEqual(lever.max);
    if (lever.integer) expect(Number.isInteger(figure.value)).toBe(true);
  });

  test('other industry growth and the status thresholds default within their ranges', () => {
    const growth = PLAN_DATASET.zone.otherIndustryGrowth.value;
    expect(growth).toBeGreaterThanOrEqual(OTHER_INDUSTRY_GROWTH.min);
    expect(growth).toBeLessThanOrEqual(OTHER_INDUSTRY_GROWTH.max);
    for (const value of [DEFAULT_THRESHOLDS.onTrack, DEFAULT_THRESHOLDS.atRisk]) {
      expect(value).toBeGreaterThanOrEqual(THRESHOLD_RANGE.min);
      expect(value).toBeLessThanOrEqual(THRESHOLD_RANGE.max);
    }
    expect(DEFAULT_THRESHOLDS.atRisk).toBeLessThanOrEqual(DEFAULT_THRESHOLDS.onTrack);
  });

  test('the default scenario built from the dataset is valid for the engine', () => {
    expect(validateScenario(defaultScenario(PLAN_DATASET), PLAN_DATASET)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../../src/data/plan-dataset';
import { project } from '../../../src/engine/project';
import { referenceScenario, referenceScenarios } from '../../../src/engine/reference-scenarios';
import { planOverview } from '../../../src/engine/plan-overview';
import { actualSeries } from '../../../src/engine/evaluation/actual-series';
import { backFit } from '../../../src/engine/evaluation/back-fit';
import {
  baseYearCandidates,
  checkNextPeriod,
  nextPeriodDataset,
} from '../../../src/engine/next-period/next-period-dataset';
import { SOURCE, testActuals, testRequest } from './next-period-fixtures';

describe('a new plan period from the actuals', () => {
  test('starts only from a year with every cluster’s actual output', () => {
    expect(baseYearCandidates(PLAN_DATASET, testActuals())).toEqual([2018, 2019, 2020]);
    const partial = testActuals().filter((v) => !(v.key === 'output.agriProcessing' && v.year === 2020));
    expect(baseYearCandidates(PLAN_DATASET, partial)).toEqual([2018, 2019]);
    const problems = checkNextPeriod(PLAN_DATASET, partial, testRequest());
    expect(problems).toContainEqual({ code: 'missingOutput', clusterId: 'agriProcessing', year: 2020 });
    expect(() => nextPeriodDataset(PLAN_DATASET, partial, testRequest())).toThrow(RangeError);
  });

  test('refuses a target without a source, a zero target and a period of 0 or 16 years', () => {
    const bad = testRequest({
      targetYear: 2036,
      intensityTarget: { value: 0, source: ' ' },
    });
    const problems = checkNextPeriod(PLAN_DATASET, testActuals(), bad);
    expect(problems).toContainEqual({ code: 'targetYearRange', min: 2021, max: 2035 });
    expect(problems).toContainEqual({ code: 'targetValue', field: 'target.intensity' });
    expect(problems).toContainEqual({ code: 'source', field: 'target.intensity' });
    expect(checkNextPeriod(PLAN_DATASET, testActuals(), testRequest({ targetYear: 2020 }))).toContainEqual({
      code: 'targetYearRange',
      min: 2021,
      max: 2035,
    });
  });

  const dataset = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());

  test('takes the base figures from the base year’s actuals, with their source', () => {
    expect(dataset.version).toBe('2021-2025~test.1');
    expect(dataset.horizon).toEqual({ baseYear: 2020, targetYear: 2025 });
    const nm = dataset.clusters.find((c) => c.id === 'newMaterials')!;
    expect(nm.base).toEqual({ kind: 'actual', value: 95, year: 2020, source: SOURCE });
    expect(nm.producingLandBase).toEqual({ kind: 'actual', value: 1.9, year: 2020, source: SOURCE });
    expect(nm.target).toEqual({
      kind: 'plan',
      value: 200,
      source: { section: '黔江高新区“十四五”产业发展规划 第三章' },
    });
    const mh = dataset.clusters.find((c) => c.id === 'medicineHealth')!;
    expect(mh.defaults.baseYearInvestment.kind).toBe('actual');
    expect(mh.defaults.baseYearInvestment.value).toBe(6.5);
    expect(dataset.zone.industrialOutputBase.value).toBe(205.3);
    // 205.3 − (95 + 14.2 + 22 + 30) = 44.1: other industry, derived.
    expect(dataset.zone.otherIndustryBase.value).toBeCloseTo(44.1, 9);
    expect(dataset.zone.otherIndustryBase.kind).toBe('derived');
    // Without a land actual, the back-fitted scenario's 2020 land is the estimate.
    expect(mh.producingLandBase.kind).toBe('estimate');
    expect(dataset.keyProjects).toEqual([]);
    // The parks' areas are the previous plan's, and say so.
    expect(dataset.parks[0]!.areaKm2).toMatchObject({
      kind: 'plan',
      value: PLAN_DATASET.parks[0]!.areaKm2.value,
    });
    expect((dataset.parks[0]!.areaKm2 as { source: { section: string } }).source.section).toContain(
      '2018–2020',
    );
    expect(dataset.origin).toEqual({ builtFrom: '2018-2020.3', actualsOf: 2020, createdOn: '2026-12-02' });
  });

  test('carries the lessons over: growth defaults are the back-fit, labelled as estimates', () => {
    for (const cluster of dataset.clusters) {
      const growth = cluster.defaults.growthRate;
      expect(growth.kind).toBe('estimate');
      if (growth.kind === 'estimate') expect(growth.reasoning.zh).toContain('2018–2020 年实际数');
    }
    // 医药健康's actuals are reproduced (investment entered): its growth is the fit's.
    const fit = backFit(
      PLAN_DATASET,
      referenceScenario(PLAN_DATASET, 'planPath'),
      actualSeries(PLAN_DATASET, testActuals()),
    );
    const fitOf = (id: string) => fit.clusters.find((c) => c.clusterId === id)!;
    const mh = dataset.clusters.find((c) => c.id === 'medicineHealth')!.defaults.growthRate;
    expect(fitOf('medicineHealth').atBound).toBe(false);
    expect(mh.value).toBe(fitOf('medicineHealth').levers.find((l) => l.leverId === 'growthRate')!.fitted);
  });

  test('growth fitted to an end of its range is no lesson: the plan path’s stands, saying why', () => {
    // 新材料 collapses, 51.5 (2017) → 20 → 6 → 1.5: faster than −50 % a year, the bottom of
    // growth's range. A −50 % default would halve the new period's firms every year.
    const collapse = [20, 6, 1.5];
    const values = testActuals().map((v) =>
      v.key === 'output.newMaterials' ? { ...v, value: collapse[v.year - 2018]! } : v,
    );
    const fit = backFit(
      PLAN_DATASET,
      referenceScenario(PLAN_DATASET, 'planPath'),
      actualSeries(PLAN_DATASET, values),
    );
    const nmFit = fit.clusters.find((c) => c.clusterId === 'newMaterials')!;
    expect(nmFit.levers.find((l) => l.leverId === 'growthRate')!.fitted).toBe(-0.5);
    const collapsed = nextPeriodDataset(PLAN_DATASET, values, testRequest());
    const growth = collapsed.clusters.find((c) => c.id === 'newMaterials')!.defaults.growthRate;
    const planGrowth = referenceScenario(PLAN_DATASET, 'planPath').clusters.newMaterials.growthRate;
    expect(growth.value).toBe(planGrowth);
    expect(growth.kind === 'estimate' && growth.reasoning.zh).toContain('落在取值范围的边界（增速 -50.0%');
    expect(growth.kind === 'estimate' && growth.reasoning.en).toContain('ends at a bound of a range');
    // The other clusters keep the fit's growth.
    const mh = collapsed.clusters.find((c) => c.id === 'medicineHealth')!.defaults.growthRate;
    expect(mh.kind === 'estimate' && mh.reasoning.zh).toContain('2018–2020 年实际数反推');
    // The new period's plan path grows 新材料 from its base year on (it would halve it each year at −50 %).
    const result = project(
      collapsed,
      referenceScenarios(collapsed).find((r) => r.id === 'planPath')!.scenario,
    );
    const path = result.clusters.find((c) => c.id === 'newMaterials')!.years.map((y) => y.output);
    expect(path[0]).toBe(1.5);
    for (let t = 1; t < path.length; t++) expect(path[t]!).toBeGreaterThan(path[t - 1]!);
  });

  test('with the share of investment fitted, the plausible actuals give a plan path that rises every year', () => {
    // 新材料 70 → 82 → 95 against a plan path to 250: most of the planned investment (2017's too) did
    // not come; growth is read from the path, not driven to a bound.
    const fit = backFit(
      PLAN_DATASET,
      referenceScenario(PLAN_DATASET, 'planPath'),
      actualSeries(PLAN_DATASET, testActuals()),
    );
    const nm = fit.clusters.find((c) => c.clusterId === 'newMaterials')!;
    const nmGrowth = nm.levers.find((l) => l.leverId === 'growthRate')!.fitted;
    expect(nmGrowth).toBeGreaterThan(0);
    expect(nm.levers.find((l) => l.leverId === 'baseYearInvestment')!.fitted).toBeLessThan(
      referenceScenario(PLAN_DATASET, 'planPath').clusters.newMaterials.baseYearInvestment,
    );
    expect(dataset.clusters.find((c) => c.id === 'newMaterials')!.defaults.growthRate.value).toBe(nmGrowth);
    const result = project(dataset, referenceScenarios(dataset).find((r) => r.id === 'planPath')!.scenario);
    const nmPath = result.clusters.find((c) => c.id === 'newMaterials')!.years.map((y) => y.output);
    for (let t = 1; t < nmPath.length; t++) expect(nmPath[t]!).toBeGreaterThan(nmPath[t - 1]!);
  });

  test('the engine projects the new period, its references reach their own targets and the whole-plan view works', () => {
    const references = referenceScenarios(dataset);
    const planPath = references.find((r) => r.id === 'planPath')!.scenario;
    expect(planPath.datasetVersion).toBe('2021-2025~test.1');
    const result = project(dataset, planPath);
    expect(result.clusters[0]!.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(result.clusters.find((c) => c.id === 'newMaterials')!.years[0]!.output).toBe(95);
    for (const target of result.targets.filter((t) => t.subject.kind === 'cluster')) {
      expect(target.attainment).toBeGreaterThan(0.999);
    }
    const overview = planOverview(dataset, planPath, result);
    expect(overview).toBeDefined();
    // The early estimates are the 2018–2020 plan's first release's: not a reference of a later period.
    expect(references.map((r) => r.id)).toEqual(['planPath', 'projectBacked', 'trend']);
  });
});

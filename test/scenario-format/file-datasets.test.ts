import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { nextPeriodDataset } from '../../src/engine/next-period/next-period-dataset';
import { referenceScenario } from '../../src/engine/reference-scenarios';
import { decodeFile, encodeFile } from '../../src/scenario-format/file-format';
import { createSavedScenario } from '../../src/scenario-format/saved-scenario';
import { testActuals, testRequest } from '../engine/next-period/next-period-fixtures';

const period = nextPeriodDataset(PLAN_DATASET, testActuals(), testRequest());
/** A scenario of the 2021–2025 period with a project starting in 2024 (outside the 2018–2020 plan's years). */
const scenario = {
  ...referenceScenario(period, 'planPath'),
  projects: [
    {
      id: 'own1',
      startYear: 2024,
      annualOutput: 5,
      custom: { name: '自建项目', clusterId: 'newMaterials' as const },
    },
  ],
};
const record = createSavedScenario(
  { name: '十四五 基准', scenario },
  { now: 1_800_000_000_000, appVersion: '0.4.0' },
);

describe('a scenario file of a later period', () => {
  test('carries the period, and opens on another machine on that version', () => {
    const text = encodeFile([record], { appVersion: '0.4.0', exportedAt: 1, datasets: [period] });
    const decoded = decodeFile(text, 'a.json');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.datasets).toEqual([period]);
    expect(decoded.scenarios[0]!.scenario.datasetVersion).toBe(period.version);
    expect(decoded.scenarios[0]!.scenario.projects?.[0]?.startYear).toBe(2024);
    // Not "made with another dataset": it is checked against its own period.
    expect(decoded.warnings.filter((w) => w.code === 'otherDatasetVersion')).toEqual([]);
  });

  test('without its period, the 2024 start is outside what the embedded plan allows: refused, naming the field', () => {
    const text = encodeFile([record], { appVersion: '0.4.0', exportedAt: 1 });
    const decoded = decodeFile(text, 'a.json');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.path).toContain('startYear');
    // The app that holds the period already opens it without the period in the file.
    expect(decodeFile(text, 'a.json', PLAN_DATASET, [period]).ok).toBe(true);
  });

  test('a damaged period in the file refuses the whole file, naming it', () => {
    const broken = structuredClone(period) as any;
    broken.horizon.targetYear = 2019;
    const text = encodeFile([record], { appVersion: '0.4.0', exportedAt: 1, datasets: [broken] });
    const decoded = decodeFile(text, 'a.json');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('invalidDataset');
      expect(decoded.error.path).toBe('datasets[0]');
      expect(decoded.error.message).toContain('horizon');
    }
  });

  test('a file of plan scenarios has no datasets field', () => {
    const plan = createSavedScenario(
      { name: 'p', scenario: referenceScenario(PLAN_DATASET, 'planPath') },
      { now: 1, appVersion: '0.4.0' },
    );
    expect(
      JSON.parse(encodeFile([plan], { appVersion: '0.4.0', exportedAt: 1, datasets: [] })),
    ).not.toHaveProperty('datasets');
  });
});

import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { DEFAULT_THRESHOLDS } from '../../src/data/levers';
import type { TargetDirection } from '../../src/data/plan-types';
import { cagr, evaluateTarget, project, statusOf, type TargetStatus } from '../../src/engine';
import {
  DEFAULT_SCENARIO,
  NO_INVESTMENT,
  AMPLE_LAND,
  targetOf,
  withCluster,
  withScenario,
} from './scenario-fixtures';

const ZONE_OUTPUT = { kind: 'zone', indicatorId: 'industrialOutput' } as const;

describe('CAGR', () => {
  test('cagr() gives the 69.3 % a year that takes new materials from 51.5 (2017) to 250 (2020)', () => {
    expect(cagr(51.5, 250, 3)).toBeCloseTo(0.693, 3);
    expect(cagr(51.5, 250, 3)).toBeCloseTo((250 / 51.5) ** (1 / 3) - 1, 14);
  });

  test.each([
    { from: 100, to: 121, years: 2, expected: 0.1 },
    { from: 100, to: 100, years: 3, expected: 0 },
    { from: 100, to: 50, years: 1, expected: -0.5 },
    { from: 100, to: 0, years: 3, expected: -1 },
  ])('cagr() takes $from to $to in $years years at $expected a year', ({ from, to, years, expected }) => {
    expect(cagr(from, to, years)).toBeCloseTo(expected, 12);
  });

  test.each([
    { from: 0, to: 100, years: 3 },
    { from: -5, to: 100, years: 3 },
    { from: 100, to: 200, years: 0 },
    { from: 100, to: -1, years: 3 },
    { from: Number.NaN, to: 100, years: 3 },
  ])('cagr() has no rate from $from to $to in $years years', ({ from, to, years }) => {
    expect(cagr(from, to, years)).toBeNull();
  });
});

describe('status', () => {
  test.each<{ attainment: number; onTrack: number; atRisk: number; status: TargetStatus }>([
    { attainment: 1, ...DEFAULT_THRESHOLDS, status: 'onTrack' },
    { attainment: 1.3, ...DEFAULT_THRESHOLDS, status: 'onTrack' },
    { attainment: 1 - 1e-12, ...DEFAULT_THRESHOLDS, status: 'onTrack' },
    { attainment: 0.9999, ...DEFAULT_THRESHOLDS, status: 'atRisk' },
    { attainment: 0.9, ...DEFAULT_THRESHOLDS, status: 'atRisk' },
    { attainment: 0.8999, ...DEFAULT_THRESHOLDS, status: 'offTrack' },
    { attainment: 0, ...DEFAULT_THRESHOLDS, status: 'offTrack' },
    { attainment: 1.05, onTrack: 1.1, atRisk: 0.8, status: 'atRisk' },
    { attainment: 1.1, onTrack: 1.1, atRisk: 0.8, status: 'onTrack' },
    { attainment: 0.79, onTrack: 1.1, atRisk: 0.8, status: 'offTrack' },
    { attainment: 0.85, onTrack: 0.85, atRisk: 0.5, status: 'onTrack' },
    { attainment: 0.6, onTrack: 0.85, atRisk: 0.5, status: 'atRisk' },
    { attainment: 0.95, onTrack: 1, atRisk: 1, status: 'offTrack' },
  ])(
    'statusOf() rates attainment $attainment as $status with thresholds $onTrack / $atRisk',
    ({ attainment, onTrack, atRisk, status }) => {
      expect(statusOf(attainment, { onTrack, atRisk })).toBe(status);
    },
  );

  test.each<{ thresholds: { onTrack: number; atRisk: number }; status: TargetStatus }>([
    { thresholds: { onTrack: 1, atRisk: 0.9 }, status: 'offTrack' },
    { thresholds: { onTrack: 1, atRisk: 0.8 }, status: 'atRisk' },
    { thresholds: { onTrack: 0.8, atRisk: 0.5 }, status: 'onTrack' },
  ])(
    'project() rates new materials (85 % of 250, held by land readied at 0.8 km²/yr) under thresholds $thresholds as $status',
    ({ thresholds, status }) => {
      // (51.5 ÷ 45 + 3 × 0.8) km² × 60 亿元/km² = 212.7 of 250.
      const result = project(
        PLAN_DATASET,
        withScenario({ thresholds }, withCluster('newMaterials', { landPace: 0.8 })),
      );
      const newMaterials = targetOf(result, 'newMaterials');
      expect(newMaterials.attainment).toBeGreaterThan(0.8);
      expect(newMaterials.attainment).toBeLessThan(0.9);
      expect(newMaterials.status).toBe(status);
    },
  );
});

describe('gap and attainment', () => {
  test.each<{
    direction: TargetDirection;
    projected: number;
    target: number;
    gap: number;
    attainment: number;
    status: TargetStatus;
  }>([
    { direction: 'atLeast', projected: 600, target: 600, gap: 0, attainment: 1, status: 'onTrack' },
    { direction: 'atLeast', projected: 660, target: 600, gap: -60, attainment: 1.1, status: 'onTrack' },
    { direction: 'atLeast', projected: 570, target: 600, gap: 30, attainment: 0.95, status: 'atRisk' },
    { direction: 'atLeast', projected: 300, target: 600, gap: 300, attainment: 0.5, status: 'offTrack' },
    { direction: 'atLeast', projected: 0, target: 600, gap: 600, attainment: 0, status: 'offTrack' },
    { direction: 'atLeast', projected: 5, target: 0, gap: -5, attainment: 1, status: 'onTrack' },
    // "at most" targets (e.g. energy per value added ≤ 0.6): gap = projected − target, attainment = target ÷ projected
    { direction: 'atMost', projected: 0.5, target: 0.6, gap: -0.1, attainment: 1.2, status: 'onTrack' },
    { direction: 'atMost', projected: 0.6, target: 0.6, gap: 0, attainment: 1, status: 'onTrack' },
    { direction: 'atMost', projected: 0.64, target: 0.6, gap: 0.04, attainment: 0.9375, status: 'atRisk' },
    {
      direction: 'atMost',
      projected: 0.84,
      target: 0.6,
      gap: 0.24,
      attainment: 0.6 / 0.84,
      status: 'offTrack',
    },
    { direction: 'atMost', projected: 0, target: 0.6, gap: -0.6, attainment: 1, status: 'onTrack' },
  ])(
    'evaluateTarget() gives gap $gap and attainment $attainment for $direction target $target projected at $projected',
    ({ direction, projected, target, gap, attainment, status }) => {
      const result = evaluateTarget(
        't',
        ZONE_OUTPUT,
        2020,
        3,
        direction,
        100,
        projected,
        target,
        DEFAULT_THRESHOLDS,
      );
      expect(result.gap).toBeCloseTo(gap, 12);
      expect(result.attainment).toBeCloseTo(attainment, 12);
      expect(result.status).toBe(status);
      expect(result.direction).toBe(direction);
      expect(result.year).toBe(2020);
    },
  );

  test('evaluateTarget() compares the CAGR the plan needs with the CAGR the scenario gives', () => {
    const result = evaluateTarget(
      't',
      ZONE_OUTPUT,
      2020,
      3,
      'atLeast',
      135.4,
      447.6,
      600,
      DEFAULT_THRESHOLDS,
    );
    expect(result.requiredCagr).toBeCloseTo((600 / 135.4) ** (1 / 3) - 1, 12);
    expect(result.scenarioCagr).toBeCloseTo((447.6 / 135.4) ** (1 / 3) - 1, 12);
    expect(result.requiredCagr!).toBeGreaterThan(result.scenarioCagr!);
  });

  test('project() compares every cluster with its 2020 target: gap, attainment and both CAGRs', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const expected = [
      { id: 'newMaterials', base: 51.5, target: 250 },
      { id: 'medicineHealth', base: 3.9, target: 150 },
      { id: 'smartManufacturing', base: 12, target: 100 },
      { id: 'agriProcessing', base: 25.8, target: 100 },
      { id: 'modernServices', base: 30, target: 100 },
    ];
    for (const { id, base, target } of expected) {
      const row = targetOf(result, id);
      const projected = result.clusters.find((c) => c.id === id)!.years[3]!.output;
      expect(row.subject, id).toEqual({ kind: 'cluster', clusterId: id });
      expect(row.year, id).toBe(2020);
      expect(row.direction, id).toBe('atLeast');
      expect(row.base, id).toBe(base);
      expect(row.target, id).toBe(target);
      expect(row.projected, id).toBe(projected);
      expect(row.gap, id).toBeCloseTo(target - projected, 12);
      expect(row.attainment, id).toBeCloseTo(projected / target, 12);
      expect(row.requiredCagr, id).toBeCloseTo((target / base) ** (1 / 3) - 1, 12);
      expect(row.scenarioCagr, id).toBeCloseTo((projected / base) ** (1 / 3) - 1, 12);
    }
    expect(targetOf(result, 'newMaterials').requiredCagr).toBeCloseTo(0.693, 3);
  });

  test('project() compares zone industrial output with 600 (the four clusters by default: 93.2 in 2017) and output intensity with 60 from 45', () => {
    const result = project(PLAN_DATASET, DEFAULT_SCENARIO);
    const output = targetOf(result, 'industrialOutput');
    expect(output.subject).toEqual({ kind: 'zone', indicatorId: 'industrialOutput' });
    expect(output.target).toBe(600);
    expect(output.base).toBeCloseTo(93.2, 10);
    expect(output.requiredCagr).toBeCloseTo((600 / 93.2) ** (1 / 3) - 1, 12);
    expect(output.projected).toBe(result.zone[3]!.industrialOutput);
    const intensity = targetOf(result, 'outputIntensity');
    expect(intensity.target).toBe(60);
    expect(intensity.base).toBe(45);
    expect(intensity.projected).toBe(result.zone[3]!.outputIntensity);
    expect(intensity.requiredCagr).toBeCloseTo((60 / 45) ** (1 / 3) - 1, 12);
    expect(result.targets.map((t) => t.id)).toEqual([
      'newMaterials',
      'medicineHealth',
      'smartManufacturing',
      'agriProcessing',
      'modernServices',
      'industrialOutput',
      'outputIntensity',
    ]);
  });

  test('project() puts a cluster that exceeds its target on track with a negative gap', () => {
    // 51.5 · 3³ = 1390.5 with ample land, against 250.
    const result = project(
      PLAN_DATASET,
      withCluster('newMaterials', { growthRate: 2, ...NO_INVESTMENT, ...AMPLE_LAND }),
    );
    const row = targetOf(result, 'newMaterials');
    expect(row.projected).toBeCloseTo(1390.5, 9);
    expect(row.gap).toBeCloseTo(250 - 1390.5, 9);
    expect(row.attainment).toBeCloseTo(1390.5 / 250, 12);
    expect(row.scenarioCagr).toBeCloseTo(2, 12);
    expect(row.status).toBe('onTrack');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import {
  BASELINE_2017,
  NEW_MATERIALS_SPLIT_2017,
  NEW_MATERIALS_TOTAL_2017,
} from '../../src/data/plan-baseline';
import type { PlanDetailFigure, PlanSubTarget } from '../../src/data/plan-detail-types';
import { CLUSTER_SUB_TARGETS, INNOVATION_TARGETS, SUB_TARGET_SUMS } from '../../src/data/plan-sub-targets';
import type { Figure } from '../../src/data/provenance';
import { TEXT_PROJECTS } from '../../src/data/text-projects';
import { conflictFigures } from '../../src/scenario/schema';
import { sectionsInEnglish } from '../../src/i18n/plan-sections';

/** The rest of the plan (model-review.md, "In the plan, not in the app"): figures, checks and links. */

const HAN = /\p{Script=Han}/u;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const byId = <T extends { id: string }>(items: readonly T[], id: string) => {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

const BASELINE_ITEMS = BASELINE_2017.flatMap((group) => group.items);
const SUB_TARGETS = CLUSTER_SUB_TARGETS.flatMap((c) => c.targets);
const INNOVATION = INNOVATION_TARGETS.flatMap((g) => g.targets);
const ALL_ITEMS: readonly PlanDetailFigure[] = [
  ...BASELINE_ITEMS,
  ...SUB_TARGETS,
  ...SUB_TARGET_SUMS,
  ...INNOVATION,
];
const INDICATOR_IDS = new Set(PLAN_DATASET.indicators.map((i) => i.id));
const CONFLICT_IDS = new Set(conflictFigures(PLAN_DATASET).map((f) => f.conflictId));

function provenanceOk(figure: Figure): boolean {
  switch (figure.kind) {
    case 'plan':
      return figure.source.section.trim() !== '' && (figure.source.quote ?? '').trim() !== '';
    case 'derived':
      return figure.formula.zh.trim() !== '' && figure.formula.en.trim() !== '' && figure.sources.length > 0;
    case 'estimate':
    case 'conflict':
    case 'actual':
      return false;
  }
}

describe('every figure of the rest of the plan is the plan’s or derived from it', () => {
  test.each(ALL_ITEMS.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    expect(provenanceOk(item.figure)).toBe(true);
    if (item.upper !== undefined) {
      expect(provenanceOk(item.upper)).toBe(true);
      expect(item.upper.value).toBeGreaterThan(item.figure.value);
    }
    expect(Number.isFinite(item.figure.value)).toBe(true);
    expect(item.name.zh).toMatch(HAN);
    expect(HAN.test(sectionsInEnglish(item.name.en))).toBe(false);
    if (item.note !== undefined) expect(HAN.test(sectionsInEnglish(item.note.en))).toBe(false);
    if (item.indicatorId !== undefined)
      expect(INDICATOR_IDS.has(item.indicatorId), item.indicatorId).toBe(true);
    if (item.conflictId !== undefined) expect(CONFLICT_IDS.has(item.conflictId), item.conflictId).toBe(true);
  });

  test('ids are unique within each list', () => {
    for (const list of [
      ...BASELINE_2017.map((g) => g.items),
      ...CLUSTER_SUB_TARGETS.map((c) => c.targets),
      ...INNOVATION_TARGETS.map((g) => g.targets),
      SUB_TARGET_SUMS,
      TEXT_PROJECTS,
    ]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the 2017 baseline panel (第二章 第一节 一(一)–(三))', () => {
  test.each([
    ['firms', 201],
    ['aboveScaleFirms', 105],
    ['industrialOutput', 135.4],
    ['aboveScaleOutput', 123.3],
    ['industrialInvestment', 193.2],
    ['profitsAndTaxes', 10.3],
    ['aboveScaleProfit', 6.5],
    ['employees', 6238],
    ['collegeEmployees', 1393],
    ['inventionPatents', 78],
    ['patentsPer10k', 125],
    ['highTechEnterprises', 7],
    ['techEnterprises', 68],
    ['seedFund', 2000],
  ] as const)('%s is %d, a plan figure', (id, value) => {
    const item = byId(BASELINE_ITEMS, id);
    expect(item.figure.value).toBe(value);
    expect(item.figure.kind).toBe('plan');
  });

  test('its checks agree with the plan’s own figures', () => {
    const v = (id: string) => byId(BASELINE_ITEMS, id).figure.value;
    expect((v('aboveScaleOutput') / v('industrialOutput')) * 100).toBeCloseTo(v('aboveScaleOutputShare'), 1);
    expect((v('valueAdded') / v('aboveScaleOutput')) * 100).toBeCloseTo(v('valueAddedRate'), 1);
    expect((v('inventionPatents') / v('employees')) * 10000).toBeCloseTo(v('patentsPer10k'), 0);
    expect(v('producingLand')).toBeCloseTo(v('industrialOutput') / v('landIntensity'), 2);
    const sectors = ['materialsOutput', 'textileOutput', 'environmentalOutput', 'medicineOutput'].map(v);
    expect(sum(sectors)).toBeCloseTo(v('sectorsOutput'), 9);
    expect(v('industrialOutput') - v('sectorsOutput')).toBeCloseTo(v('unattributedOutput'), 9);
  });

  test('its 2017 figures agree with the dataset where both have them', () => {
    const indicator = (id: string) => PLAN_DATASET.indicators.find((i) => i.id === id)!;
    for (const item of BASELINE_ITEMS.filter(
      (i) => i.indicatorId !== undefined && i.conflictId === undefined,
    )) {
      const base = indicator(item.indicatorId!).base;
      if (base === null || item.unit !== indicator(item.indicatorId!).unit) continue;
      expect(base.value, item.id).toBe(item.figure.value);
    }
    const materials = PLAN_DATASET.clusters.find((c) => c.id === 'newMaterials')!;
    expect(byId(BASELINE_ITEMS, 'materialsOutput').figure.value).toBe(materials.base.value);
  });
});

describe('the 2017 split inside new materials (第四章 第一节 一(三))', () => {
  test('aluminium 9.7, magnesium 1.6, hard alloy 3.5, building materials 32.2, and 4.5 left unexplained', () => {
    expect(NEW_MATERIALS_SPLIT_2017.map((p) => [p.id, p.output.value, p.firms.value])).toEqual([
      ['aluminium', 9.7, 1],
      ['magnesium', 1.6, 1],
      ['hardAlloy', 3.5, 2],
      ['buildingMaterials', 32.2, 24],
      ['unexplained', 4.5, 11],
    ]);
    expect(sum(NEW_MATERIALS_SPLIT_2017.map((p) => p.output.value))).toBeCloseTo(
      NEW_MATERIALS_TOTAL_2017.output.value,
      9,
    );
    expect(sum(NEW_MATERIALS_SPLIT_2017.map((p) => p.firms.value))).toBe(
      NEW_MATERIALS_TOTAL_2017.firms.value,
    );
    expect(NEW_MATERIALS_TOTAL_2017.output.value).toBe(51.5);
    for (const part of NEW_MATERIALS_SPLIT_2017) {
      const kind = part.id === 'unexplained' ? 'derived' : 'plan';
      expect(part.output.kind, part.id).toBe(kind);
      expect(part.firms.kind, part.id).toBe(kind);
    }
  });
});

describe('sub-targets per cluster (第四章)', () => {
  const of = (cluster: string) => CLUSTER_SUB_TARGETS.find((c) => c.clusterId === cluster)!.targets;
  const values = (targets: readonly PlanSubTarget[], ids: readonly string[]) =>
    ids.map((id) => byId(targets, id).figure.value);
  const FOUR = ['aboveScaleFirms', 'highTechFirms', 'municipalRndInstitutions', 'legalEntityRndInstitutions'];

  test('new materials: 40 large firms, 25 high-tech firms, 10 R&D institutions, 2 legal-entity ones', () => {
    expect(values(of('newMaterials'), FOUR)).toEqual([40, 25, 10, 2]);
  });

  test('intelligent manufacturing: 20, 15, 5, 2', () => {
    expect(values(of('smartManufacturing'), FOUR)).toEqual([20, 15, 5, 2]);
  });

  test('modern services: finance value added about 7 % of GDP', () => {
    const finance = byId(of('modernServices'), 'financeShare');
    expect(finance.figure.value).toBe(7);
    expect(finance.qualifier).toBe('about');
    expect(finance.unit).toBe('percent');
  });

  test('the two clusters’ sub-targets add up as the sums say, within the zone’s targets', () => {
    for (const total of SUB_TARGET_SUMS) {
      expect(total.figure.kind).toBe('derived');
      const parts = ['newMaterials', 'smartManufacturing'].map((c) => byId(of(c), total.id).figure.value);
      expect(sum(parts), total.id).toBe(total.figure.value);
      if (total.indicatorId !== undefined) {
        const zone = PLAN_DATASET.indicators.find((i) => i.id === total.indicatorId)!.target.value;
        expect(total.figure.value, total.id).toBeLessThanOrEqual(zone);
      }
    }
  });

  test('every target is for 2020 but the Tus-Qidi Science City’s, for 2022', () => {
    for (const target of SUB_TARGETS)
      expect(target.year, target.id).toBe(target.id.startsWith('qidi') ? 2022 : 2020);
  });
});

describe('the targets of 第五章', () => {
  test.each([
    ['highGrowthFirms', 30],
    ['districtRndInstitutions', 50],
    ['inFirmRndInstitutions', 40],
    ['workstationArea', 1],
    ['ventureFund', 2],
    ['seedFund', 2000],
    ['innovativeEntrepreneurs', 10],
    ['youngEntrepreneurs', 30],
  ] as const)('%s: %d', (id, value) => {
    expect(byId(INNOVATION, id).figure.value).toBe(value);
  });

  test('all four sections, each target set for 2020', () => {
    expect(INNOVATION_TARGETS.map((g) => g.section)).toEqual([
      '第五章 第一节',
      '第五章 第二节',
      '第五章 第三节',
      '第五章 第四节',
    ]);
    for (const target of INNOVATION) {
      expect(target.year).toBe(2020);
      if (target.figure.kind === 'plan') expect(target.figure.source.section).toMatch(/^第五章/);
    }
  });

  test('the 50 district R&D institutions are a reading of the district-platform conflict', () => {
    const fifty = byId(INNOVATION, 'districtRndInstitutions');
    const conflict = conflictFigures(PLAN_DATASET).find((f) => f.conflictId === fifty.conflictId)!;
    expect(conflict.readings.map((r) => r.value)).toContain(fifty.figure.value);
    if (fifty.figure.kind === 'plan') {
      expect(conflict.readings.map((r) => r.source.quote)).toContain(fifty.figure.source.quote);
    }
  });
});

describe('projects named only in the text', () => {
  const boxes = readFileSync(new URL('./fixtures/key-project-boxes.txt', import.meta.url), 'utf8');

  test('are not in the boxes 专栏2–专栏6, and none is a key project of the model', () => {
    const keyIds = new Set(PLAN_DATASET.keyProjects?.map((p) => p.id));
    for (const project of TEXT_PROJECTS) {
      expect(keyIds.has(project.id), project.id).toBe(false);
      expect(boxes.includes(project.capacity.source.quote!), project.id).toBe(false);
      expect(project.capacity.source.section).not.toMatch(/专栏/);
    }
  });

  test('include those of the new-materials text and of the textile paragraph', () => {
    const ids = TEXT_PROJECTS.map((p) => p.id);
    for (const id of [
      'decorativeFoil',
      'magnesiumDieCastings',
      'magnesiumSeatFrames',
      'smcComposites',
      'gmtComposites',
      'reinforcedPolypropylene',
      'shuangheSilk',
      'huashenSilk',
      'weimeiCarpets',
    ]) {
      expect(ids).toContain(id);
    }
  });

  test('say what they build in both languages', () => {
    for (const project of TEXT_PROJECTS) {
      expect(project.name.zh).toMatch(HAN);
      expect(HAN.test(sectionsInEnglish(project.capacity.text.en)), project.id).toBe(false);
      expect(HAN.test(sectionsInEnglish(project.name.en)), project.id).toBe(false);
      if (project.note) expect(HAN.test(sectionsInEnglish(project.note.en)), project.id).toBe(false);
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KEY_PROJECTS } from '../../src/data/key-projects';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ClusterId } from '../../src/data/plan-types';
import { sectionsInEnglish } from '../../src/i18n/plan-sections';
import { startYearRange } from '../../src/data/scenario-limits';

/**
 * 专栏2–专栏6 of the plan, copied verbatim from seed/qianjiang-hitech-zone-plan-2018-2020.txt
 * (the boxes' lines only) so that the test runs on a clean clone; a second test checks the copy
 * against the plan where the plan is at hand.
 */
const FIXTURE = readFileSync(new URL('./fixtures/key-project-boxes.txt', import.meta.url), 'utf8');
const SEED = new URL('../../../shared/seed/qianjiang-hitech-zone-plan-2018-2020.txt', import.meta.url);

const BOX_CLUSTER: Record<string, ClusterId> = {
  专栏2: 'newMaterials',
  专栏3: 'medicineHealth',
  专栏4: 'smartManufacturing',
  专栏5: 'agriProcessing',
  专栏6: 'modernServices',
};

/** The numbered items of each box: box → item number → the item's text. */
function boxItems(text: string): Map<string, Map<string, string>> {
  const boxes = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const box = /^(专栏\d)[：:]/.exec(line);
    if (box) {
      current = new Map();
      boxes.set(box[1]!, current);
      continue;
    }
    const item = /^(\d+)[.、]\s*(.*)$/.exec(line);
    if (item && current) current.set(item[1]!, item[2]!);
  }
  return boxes;
}

const BOXES = boxItems(FIXTURE);
const HAN = /\p{Script=Han}/u;

describe('every named project of 专栏2–专栏6 is in the dataset, with its source', () => {
  test('the boxes hold 9, 9, 5, 13 and 6 projects, and the dataset as many per box', () => {
    expect([...BOXES.entries()].map(([box, items]) => [box, items.size])).toEqual([
      ['专栏2', 9],
      ['专栏3', 9],
      ['专栏4', 5],
      ['专栏5', 13],
      ['专栏6', 6],
    ]);
    for (const [box, items] of BOXES) {
      expect(
        KEY_PROJECTS.filter((p) => p.box === box).map((p) => p.item),
        box,
      ).toEqual([...items.keys()]);
    }
    expect(PLAN_DATASET.keyProjects).toBe(KEY_PROJECTS);
  });

  test.each(KEY_PROJECTS.map((p) => [p.id, p] as const))(
    '%s: its name, capacity and investment are the plan’s words in its box',
    (_id, project) => {
      const item = BOXES.get(project.box)?.get(project.item);
      expect(item, `${project.box} item ${project.item}`).toBeDefined();
      expect(item!.startsWith(project.name.zh), `${item} starts with ${project.name.zh}`).toBe(true);
      expect(project.clusterId).toBe(BOX_CLUSTER[project.box]);
      expect(project.capacity.source.section).toMatch(new RegExp(`^第四章 第[一二三四五]节 ${project.box}$`));
      expect(item).toContain(project.capacity.source.quote);
      if (project.investment !== null) {
        expect(project.investment.kind).toBe('plan');
        if (project.investment.kind === 'plan') expect(item).toContain(project.investment.source.quote);
        expect(item).toContain(`投资${project.investment.value}亿元`);
      }
    },
  );

  test('the plan’s investments and site areas are all there', () => {
    const investments = Object.fromEntries(
      KEY_PROJECTS.filter((p) => p.investment !== null).map((p) => [p.id, p.investment!.value]),
    );
    expect(investments).toEqual({ capsules: 10, farmland: 3, fruitBases: 2, pigBase: 3, sericulture: 2.5 });
    const sites = Object.fromEntries(
      KEY_PROJECTS.filter((p) => p.siteArea !== null).map((p) => [p.id, p.siteArea!.value]),
    );
    expect(sites).toEqual({
      glassFibre: 600 / 1500,
      hospital: 151.9 / 1500,
      qidiScienceCity: 500 / 1500,
      dehydratedVegetables: 20 / 1500,
    });
    expect(sites.glassFibre).toBe(0.4);
  });
});

describe('project defaults', () => {
  const years = startYearRange(PLAN_DATASET);

  test.each(KEY_PROJECTS.map((p) => [p.id, p] as const))(
    '%s: output is an estimate with reasoning in both languages; start and land in range',
    (_id, project) => {
      const { annualOutput, startYear, rampUpShare, landKm2 } = project.defaults;
      expect(annualOutput.kind).toBe('estimate');
      if (annualOutput.kind === 'estimate') {
        expect(annualOutput.reasoning.zh).toMatch(HAN);
        expect(annualOutput.reasoning.en.length).toBeGreaterThan(10);
      }
      expect(annualOutput.value).toBeGreaterThanOrEqual(0);
      expect(annualOutput.value).toBeLessThanOrEqual(500);
      expect(startYear.kind).toBe('estimate');
      expect(Number.isInteger(startYear.value)).toBe(true);
      expect(startYear.value).toBeGreaterThanOrEqual(years.min);
      expect(startYear.value).toBeLessThanOrEqual(PLAN_DATASET.horizon.targetYear);
      expect(rampUpShare.value).toBeGreaterThanOrEqual(0);
      expect(rampUpShare.value).toBeLessThanOrEqual(1);
      expect(landKm2.value).toBeGreaterThanOrEqual(0);
      expect(landKm2.value).toBeLessThanOrEqual(5);
      if (landKm2.value > 0) {
        expect(landKm2.kind).toBe('derived');
        expect(project.siteArea).not.toBeNull();
      }
    },
  );

  test('ids are unique', () => {
    const ids = KEY_PROJECTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('English texts carry no Chinese once section names are put in English; no 亿元 in English', () => {
    const english = KEY_PROJECTS.flatMap((p) => [
      p.name.en,
      p.capacity.text.en,
      p.sponsor?.en ?? '',
      ...Object.values(p.defaults).flatMap((f) =>
        f.kind === 'estimate' ? [f.reasoning.en] : f.kind === 'derived' ? [f.formula.en] : [],
      ),
    ]);
    const offenders = english.filter((text) => HAN.test(sectionsInEnglish(text)));
    expect(offenders).toEqual([]);
  });

  test('Chinese texts of the app (not the plan’s quotes) have no English words', () => {
    const chinese = KEY_PROJECTS.flatMap((p) => [
      p.capacity.text.zh,
      ...Object.values(p.defaults).flatMap((f) => (f.kind === 'estimate' ? [f.reasoning.zh] : [])),
    ]);
    expect(chinese.filter((text) => /[A-Za-z]{2,}/.test(text.replace(/km²/g, '')))).toEqual([]);
  });
});

describe('the fixture is the plan’s text', () => {
  test.runIf(existsSync(SEED))('every line of the fixture stands in the plan', () => {
    const plan = readFileSync(SEED, 'utf8');
    for (const line of FIXTURE.split('\n').filter((l) => l.trim() !== '')) expect(plan).toContain(line);
  });
});

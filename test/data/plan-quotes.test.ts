import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import {
  BASELINE_2017,
  NEW_MATERIALS_SPLIT_2017,
  NEW_MATERIALS_TOTAL_2017,
} from '../../src/data/plan-baseline';
import { CLUSTER_SUB_TARGETS, INNOVATION_TARGETS, SUB_TARGET_SUMS } from '../../src/data/plan-sub-targets';
import type { Figure } from '../../src/data/provenance';
import { KEY_PROJECT_NOTES, TEXT_PROJECTS } from '../../src/data/text-projects';
import {
  excerptLines,
  isHeading,
  linesQuoting,
  placesOf,
  planLines,
  quotedSources,
  type PlanLine,
} from './plan-text';

/**
 * Every quote of the dataset is the plan's own words, in the section it cites.
 *
 * The plan's text is outside the repository (../shared/seed/); the lines the data quote, every
 * heading and the boxes are copied verbatim with their line numbers into fixtures/plan-excerpt.txt,
 * so the test runs on a clean clone. Where the plan is at hand, a test checks the excerpt against it,
 * and a quote missing from the excerpt is reported with the plan's line to copy in.
 */
const EXCERPT = excerptLines(readFileSync(new URL('./fixtures/plan-excerpt.txt', import.meta.url), 'utf8'));
const SEED = new URL('../../../shared/seed/qianjiang-hitech-zone-plan-2018-2020.txt', import.meta.url);
const PLACES = placesOf(EXCERPT);

/** Everything the data layer holds that quotes the plan. */
const DATA = {
  dataset: PLAN_DATASET,
  baseline: BASELINE_2017,
  newMaterialsSplit: [...NEW_MATERIALS_SPLIT_2017, NEW_MATERIALS_TOTAL_2017],
  clusterSubTargets: CLUSTER_SUB_TARGETS,
  subTargetSums: SUB_TARGET_SUMS,
  innovationTargets: INNOVATION_TARGETS,
  textProjects: TEXT_PROJECTS,
};
const QUOTES = quotedSources(DATA);

/** Every figure in a value, with its path. */
function figuresIn(value: unknown, path = ''): { path: string; figure: Figure }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => figuresIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  if ('kind' in value && 'value' in value) return [{ path, figure: value as Figure }];
  return Object.entries(value).flatMap(([key, item]) => figuresIn(item, path ? `${path}.${key}` : key));
}
const FIGURES = figuresIn(DATA);

/** Whether a quote writes a number: "15.5" in "达到15.5万m3/d", not "5" in "15.5". */
function states(quote: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  return new RegExp(`(^|[^\\d.])${digits}(?!\\d|\\.\\d)`).test(quote);
}

describe('the quote matcher', () => {
  const lines: PlanLine[] = [
    { n: 1, text: '第二章  发展基础' },
    { n: 2, text: '[bookmark: _Toc1]第一节  发展基础与面临的问题' },
    { n: 3, text: '园区工业总产值135.4亿元，工业集中度为75.4%。' },
    { n: 4, text: '第三章  发展思路与目标' },
    { n: 5, text: '第四节  发展目标' },
    { n: 6, text: '专栏1：主要发展指标' },
    { n: 7, text: '\t年净利润达到50亿元以上' },
    { n: 8, text: '\t6.5' },
    { n: 9, text: '\t50' },
  ];
  const places = placesOf(lines);

  test.each([
    ['园区工业总产值135.4亿元', '第二章 第一节 一(一)', [3]],
    ['园区工业总产值 … 75.4%', '第二章 第一节', [3]],
    ['园区工业总产值135.4亿元', '第三章 第四节', []],
    ['园区工业总产值135.6亿元', '第二章 第一节', []],
    ['75.4% … 园区工业总产值', '第二章 第一节', []],
    ['年净利润 6.5', '第三章 第四节 专栏1', [7]],
    ['年净利润达到50亿元以上 6.5 50', '第三章 第四节 专栏1', [7]],
    ['年净利润 … 50', '第三章 第四节 专栏1', [7]],
    ['年净利润 7', '第三章 第四节 专栏1', []],
    ['净利润年 6.5', '第三章 第四节 专栏1', []],
  ] as const)('%s in %s → lines %j', (quote, section, expected) => {
    expect(linesQuoting(quote, section, lines, places)).toEqual(expected);
  });

  test('headings of chapters, sections, boxes and annexes are recognised', () => {
    expect(isHeading('[bookmark: _Toc514231252]第二章  发展基础与外部环境')).toBe(true);
    expect(isHeading('专栏3: 医药健康产业重点项目')).toBe(true);
    expect(isHeading('附件1')).toBe(true);
    expect(isHeading('以第一产业为基础，做精农业')).toBe(false);
    expect(isHeading('附件：1. 市外高新区典型案例')).toBe(false);
  });
});

describe('every quote of the data is the plan’s words where its section says', () => {
  test('the data quote the plan in many places', () => {
    expect(QUOTES.length).toBeGreaterThan(250);
  });

  test.each(QUOTES)('$path: “$quote” ($section)', ({ section, quote }) => {
    const found = linesQuoting(quote, section, EXCERPT, PLACES);
    if (found.length === 0 && existsSync(SEED)) {
      const plan = planLines(readFileSync(SEED, 'utf8'));
      const inPlan = linesQuoting(quote, section, plan, placesOf(plan));
      expect.soft(inPlan, 'lines of the plan to copy into fixtures/plan-excerpt.txt').toEqual([]);
    }
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('plan figures state their value in the plan’s words', () => {
  const planFigures = FIGURES.filter((f) => f.figure.kind === 'plan');
  const readings = FIGURES.flatMap(({ path, figure }) =>
    figure.kind === 'conflict'
      ? figure.readings.map((reading, i) => ({ path: `${path}[${i}]`, reading }))
      : [],
  );

  test.each(planFigures)('$path quotes the plan, and the quote writes its value', ({ figure }) => {
    if (figure.kind !== 'plan') throw new Error('not a plan figure');
    expect(figure.source.quote).toBeDefined();
    expect(states(figure.source.quote!, figure.value)).toBe(true);
  });

  test.each(readings)(
    '$path: a reading the plan states writes its value; one it does not is derived, with its formula',
    ({ reading }) => {
      expect(reading.source.quote).toBeDefined();
      if (reading.formula === undefined) {
        expect(states(reading.source.quote!, reading.value)).toBe(true);
      } else {
        expect(states(reading.source.quote!, reading.value)).toBe(false);
        expect(reading.formula.zh).toContain(String(reading.value));
        expect(reading.formula.en).toContain(String(reading.value));
      }
    },
  );
});

describe('the excerpt is the plan’s text', () => {
  test('it holds every heading and the lines of every box, in order', () => {
    const numbers = EXCERPT.map((line) => line.n);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(EXCERPT.filter((line) => isHeading(line.text)).length).toBe(44);
    for (const box of [1, 2, 3, 4, 5, 6]) {
      expect(
        [...PLACES.values()].some((place) => place.box === box),
        `专栏${box}`,
      ).toBe(true);
    }
  });

  test.runIf(existsSync(SEED))('every line stands in the plan at its number', () => {
    const plan = planLines(readFileSync(SEED, 'utf8'));
    for (const line of EXCERPT) expect(plan[line.n - 1]?.text, `L${line.n}`).toBe(line.text);
    const headings = plan.filter((line) => isHeading(line.text)).map((line) => line.n);
    expect(EXCERPT.filter((line) => isHeading(line.text)).map((line) => line.n)).toEqual(headings);
  });
});

describe('key-project notes', () => {
  test('name projects the dataset has, in both languages', () => {
    const ids = new Set(PLAN_DATASET.keyProjects?.map((p) => p.id));
    for (const [id, note] of Object.entries(KEY_PROJECT_NOTES)) {
      expect(ids.has(id), id).toBe(true);
      expect(note.zh.trim()).not.toBe('');
      expect(note.en.trim()).not.toBe('');
    }
    expect(KEY_PROJECT_NOTES.magnesiumWheels?.zh).toContain('元和利泰');
  });
});

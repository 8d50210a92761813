import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { Figure } from '../../src/data/provenance';

/**
 * "Zone-wide targets for 2020 (第三章 第四节 and 专栏1)" of ../shared/plan-facts.md, copied verbatim
 * (the shared file is outside the repository; a test compares the copy with it when it is there).
 * Every row must be a dataset indicator whose target (and 2017 value, where given) has the row's
 * value among its readings, with the plan section it comes from.
 */
const FIXTURE = readFileSync(new URL('./fixtures/plan-facts-zone-targets.txt', import.meta.url), 'utf8');
const PLAN_FACTS = new URL('../../../shared/plan-facts.md', import.meta.url);

/** plan-facts row name → dataset indicator id. */
const IDS: Record<string, string> = {
  'core zone area': 'coreArea',
  'industrial output': 'industrialOutput',
  'average output intensity': 'outputIntensity',
  'high-tech industry output': 'highTechOutput',
  'industrial value-added rate': 'valueAddedRate',
  'annual net profit': 'netProfit',
  'industrial concentration': 'industrialConcentration',
  'energy per 10,000 yuan industrial value added': 'energyPerValueAdded',
  'high-tech share of main business revenue': 'highTechRevenueShare',
  'strategic emerging share of industrial investment': 'strategicInvestmentShare',
  'high-tech enterprises (高新技术企业)': 'highTechEnterprises',
  'high-tech enterprises as share of all firms': 'highTechEnterpriseShare',
  'firms with R&D activity, share': 'rndFirmShare',
  'municipal-level R&D institutions': 'municipalRndInstitutions',
  'municipal-level S&T service institutions': 'municipalServiceInstitutions',
  'legal-entity R&D institutions': 'legalEntityRndInstitutions',
  'R&D special fund': 'rndFund',
  'R&D spending / GDP': 'rndIntensity',
  'new-product share of sales': 'newProductShare',
  'invention patents per 10,000 employees': 'patentsPer10k',
  'employees with college degree or above': 'collegeEmployees',
  'S&T enterprises (科技型企业)': 'techEnterprises',
  'national-level enterprise technology centres': 'nationalTechCentres',
  'incubator area (万m²)': 'incubatorArea',
  'average annual foreign capital used (万美元)': 'foreignCapital',
  'average annual domestic capital used': 'domesticCapital',
  'industrial solid waste utilisation': 'solidWasteUtilisation',
  'digital design tools in large/medium firms': 'digitalDesignTools',
  'firms using e-commerce': 'eCommerceFirms',
};

interface FactRow {
  readonly name: string;
  readonly base: number | null;
  readonly target: number;
}

/** The table's rows: the first number of the 2017 and 2020 cells ("—" for none). */
function factRows(text: string): FactRow[] {
  const first = (cell: string) => {
    const match = /-?\d+(\.\d+)?/.exec(cell.replace(/,/g, ''));
    return match === null ? null : Number(match[0]);
  };
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| indicator'))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return { name: cells[1]!, base: first(cells[2]!), target: first(cells[3]!)! };
    });
}

function readings(figure: Figure): number[] {
  return figure.kind === 'conflict' ? figure.readings.map((r) => r.value) : [figure.value];
}

function sections(figure: Figure): string[] {
  switch (figure.kind) {
    case 'plan':
      return [figure.source.section];
    case 'conflict':
      return figure.readings.map((r) => r.source.section);
    case 'derived':
      return figure.sources.map((s) => s.section);
    case 'estimate':
    case 'actual':
      return [];
  }
}

const ROWS = factRows(FIXTURE);

describe('every indicator of 专栏1 in plan-facts.md is in the dataset with its source', () => {
  test('the table has all 29 rows and each maps to an indicator', () => {
    expect(ROWS).toHaveLength(29);
    expect(ROWS.map((r) => r.name).sort()).toEqual(Object.keys(IDS).sort());
  });

  test.each(ROWS)('$name: 2017 $base, 2020 $target', ({ name, base, target }) => {
    const indicator = PLAN_DATASET.indicators.find((i) => i.id === IDS[name]);
    expect(indicator, name).toBeDefined();
    expect(indicator!.target.kind).not.toBe('estimate');
    expect(readings(indicator!.target)).toContain(target);
    expect(sections(indicator!.target).length).toBeGreaterThan(0);
    for (const section of sections(indicator!.target)) expect(section).toMatch(/第.章|专栏/);
    if (base !== null) {
      expect(indicator!.base, name).not.toBeNull();
      expect(indicator!.base!.kind).not.toBe('estimate');
      expect(readings(indicator!.base!)).toContain(base);
      expect(sections(indicator!.base!).length).toBeGreaterThan(0);
    }
  });

  test.runIf(existsSync(PLAN_FACTS))('the fixture is plan-facts.md’s table as it stands', () => {
    expect(readFileSync(PLAN_FACTS, 'utf8')).toContain(FIXTURE.trimEnd());
  });
});

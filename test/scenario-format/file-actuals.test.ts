import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import type { ActualValue } from '../../src/data/actuals-types';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { decodeFile, encodeFile } from '../../src/scenario-format/file-format';
import { createSavedScenario } from '../../src/scenario-format/saved-scenario';

const record = createSavedScenario(
  { name: '方案', notes: '', tags: [], scenario: defaultScenario(PLAN_DATASET) },
  { now: Date.UTC(2026, 0, 1), appVersion: '0.3.0' },
  's-1',
);
const ACTUALS: ActualValue[] = [
  {
    key: 'output.medicineHealth',
    year: 2020,
    value: 14.2,
    source: { document: '黔江区2020年国民经济和社会发展统计公报', date: '2021-03-20' },
    note: '',
  },
];
const meta = { appVersion: '0.3.0', exportedAt: Date.UTC(2026, 0, 2) };

describe('actuals in scenario files (backups)', () => {
  test('a backup carries the actuals and gives them back; a file without them has none', () => {
    const text = encodeFile([record], { ...meta, actuals: ACTUALS });
    expect(JSON.parse(text).actuals).toEqual(ACTUALS);
    const decoded = decodeFile(text, 'backup.json');
    expect(decoded).toMatchObject({ ok: true, actuals: ACTUALS });
    const plain = decodeFile(encodeFile([record], { ...meta, actuals: [] }), 'plain.json');
    expect(plain.ok && 'actuals' in plain).toBe(false);
    expect(JSON.parse(encodeFile([record], meta))).not.toHaveProperty('actuals');
  });

  test.each([
    ['a year before the period', [{ ...ACTUALS[0]!, year: 2017 }], 'actuals.0.year'],
    ['an unknown figure', [{ ...ACTUALS[0]!, key: 'output.steel' }], 'actuals.0.key'],
    [
      'no source document',
      [{ ...ACTUALS[0]!, source: { document: '', date: '' } }],
      'actuals.0.source.document',
    ],
    ['the same figure and year twice', [ACTUALS[0]!, ACTUALS[0]!], 'actuals'],
    ['not a list', { a: 1 }, 'actuals'],
  ])('refuses the whole file for %s', (_name, actuals, where) => {
    const text = JSON.stringify({ ...JSON.parse(encodeFile([record], meta)), actuals });
    const decoded = decodeFile(text, 'bad.json');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toMatchObject({ code: 'invalidActuals', path: 'actuals' });
    expect(decoded.error.message).toContain(where);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultCopyName, planImport } from '../../src/scenario-format/import-plan';
import type { SavedScenario } from '../../src/scenario-format/saved-scenario';
import { validRecords } from './arbitraries';
import { baseRecord } from './fixture-files';

function record(id: string, name: string): SavedScenario {
  return { ...baseRecord(), id, name };
}

/** Ids new-1, new-2, … in order. */
function counterIds(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

describe('planImport()', () => {
  test('scenarios with free ids come in as they are, same objects, same order', () => {
    const incoming = [record('a', 'A'), record('b', 'B')];
    const planned = planImport([record('c', 'C')], incoming);
    expect(planned).toEqual(incoming);
    expect(planned[0]).toBe(incoming[0]);
  });

  test('a taken id comes in as a copy: a new id and "name (2)", every other field kept', () => {
    const incoming = record('a', 'Plan A');
    const [copy] = planImport([{ id: 'a', name: 'Plan A' }], [incoming], { newId: counterIds() });
    expect(copy).toEqual({ ...incoming, id: 'new-1', name: 'Plan A (2)' });
    expect(incoming).toEqual(record('a', 'Plan A'));
  });

  test('the copy number skips names already taken in the library and in the same import', () => {
    const existing = [
      { id: 'a', name: 'Plan A' },
      { id: 'x', name: 'Plan A (2)' },
    ];
    const planned = planImport(existing, [record('a', 'Plan A'), record('a', 'Plan A')], {
      newId: counterIds(),
    });
    expect(planned.map((r) => [r.id, r.name])).toEqual([
      ['new-1', 'Plan A (3)'],
      ['new-2', 'Plan A (4)'],
    ]);
  });

  test('the same id twice in one import: the first keeps it, the second becomes a copy', () => {
    const planned = planImport([], [record('a', 'A'), record('a', 'A')], { newId: counterIds() });
    expect(planned.map((r) => [r.id, r.name])).toEqual([
      ['a', 'A'],
      ['new-1', 'A (2)'],
    ]);
  });

  test('the copy name is the UI’s wording', () => {
    const [copy] = planImport([{ id: 'a', name: '基准' }], [record('a', '基准')], {
      copyName: (name, n) => `${name}（副本 ${n}）`,
      newId: counterIds(),
    });
    expect(copy?.name).toBe('基准（副本 2）');
  });

  test('a long name is shortened so the copy’s name stays within 200 characters, never splitting a character', () => {
    const long = `${'名'.repeat(198)}😀`;
    const [copy] = planImport([{ id: 'a', name: long }], [record('a', long)], { newId: counterIds() });
    expect(copy?.name.length).toBeLessThanOrEqual(200);
    expect(copy?.name.endsWith(' (2)')).toBe(true);
    expect(copy?.name).toBe(`${'名'.repeat(196)} (2)`);
  });

  test('an id generator that returns taken ids is retried, never overwriting', () => {
    const ids = ['a', 'b', 'fresh'];
    const [copy] = planImport(
      [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      [record('a', 'A')],
      {
        newId: () => ids.shift() ?? 'never',
      },
    );
    expect(copy?.id).toBe('fresh');
  });

  test('defaultCopyName() is "name (n)"', () => {
    expect(defaultCopyName('Plan', 3)).toBe('Plan (3)');
  });

  test('property: planned ids are unique and never among the existing ones, and nothing is lost', () => {
    fc.assert(
      fc.property(validRecords, validRecords, fc.boolean(), (library, incoming, collide) => {
        const arriving = collide ? [...incoming, ...library] : incoming;
        const planned = planImport(library, arriving);
        const libraryIds = new Set(library.map((r) => r.id));
        expect(planned).toHaveLength(arriving.length);
        expect(planned.every((r) => !libraryIds.has(r.id))).toBe(true);
        expect(new Set(planned.map((r) => r.id)).size).toBe(planned.length);
        planned.forEach((r, i) => {
          const { id: _id, name: _name, ...rest } = r;
          const { id: _id2, name: _name2, ...original } = arriving[i]!;
          expect(rest).toEqual(original);
        });
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

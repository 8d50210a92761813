import { describe, expect, test } from 'vitest';
import {
  COMPARE_SELECTION_KEY,
  loadCompareSelection,
  parseCompareSelection,
  saveCompareSelection,
} from '../../src/storage/compare-selection';

/** A Storage in memory, optionally refusing writes as a full or private-mode store does. */
function memoryStorage(refuse = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

describe('compare selection storage', () => {
  test('a saved selection loads back as it was', () => {
    const storage = memoryStorage();
    const selection = { keys: ['plan', 'saved:a-1', 'draft'] as const, reference: 'saved:a-1' as const };
    expect(saveCompareSelection(selection, storage)).toBe(true);
    expect(loadCompareSelection(storage)).toEqual(selection);
  });

  test('nothing stored, or no storage at all: null', () => {
    expect(loadCompareSelection(memoryStorage())).toBeNull();
    expect(loadCompareSelection(undefined)).toBeNull();
    expect(saveCompareSelection({ keys: ['plan'], reference: null }, undefined)).toBe(false);
  });

  test('a refused write reports false and throws nothing', () => {
    expect(saveCompareSelection({ keys: ['plan'], reference: 'plan' }, memoryStorage(true))).toBe(false);
  });

  test.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    ['a newer version', JSON.stringify({ v: 2, keys: ['plan'], reference: 'plan' })],
    ['keys not a list', JSON.stringify({ v: 1, keys: 'plan' })],
    [
      'too many keys',
      JSON.stringify({ v: 1, keys: ['plan', 'draft', 'saved:1', 'saved:2', 'saved:3', 'saved:4'] }),
    ],
  ])('%s: ignored', (_name, text) => {
    const storage = memoryStorage();
    storage.setItem(COMPARE_SELECTION_KEY, text);
    expect(loadCompareSelection(storage)).toBeNull();
  });

  test('a reference scenario’s key is kept; one of no reference the dataset has is dropped', () => {
    expect(
      parseCompareSelection({
        v: 1,
        keys: ['ref:planPath', 'draft', 'ref:nothing', 'ref:'],
        reference: 'ref:planPath',
      }),
    ).toEqual({ keys: ['ref:planPath', 'draft'], reference: 'ref:planPath' });
  });

  test('unknown keys and repeats are dropped; a reference outside the keys becomes null', () => {
    expect(
      parseCompareSelection({
        v: 1,
        keys: ['plan', 'plan', 'saved:', 42, 'other', `saved:${'x'.repeat(200)}`, 'saved:b'],
        reference: 'saved:zzz',
      }),
    ).toEqual({ keys: ['plan', 'saved:b'], reference: null });
  });
});

import { describe, expect, test } from 'vitest';
import { StorageFailure, classifyStorageError, isQuotaError } from '../../src/storage/storage-errors';

const quotaShapes: [string, unknown][] = [
  ['a QuotaExceededError DOMException', new DOMException('full', 'QuotaExceededError')],
  ['Firefox NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'full' }],
  ['Firefox code 1014', { name: 'Error', code: 1014 }],
  ['legacy code 22', { name: 'Error', code: 22 }],
  [
    'an AbortError whose transaction error is a quota error',
    { name: 'AbortError', error: new DOMException('full', 'QuotaExceededError') },
  ],
  [
    'an AbortError event whose target holds the quota error',
    { name: 'AbortError', target: { error: { name: 'QuotaExceededError' } } },
  ],
  [
    'an Error caused by a quota error',
    new Error('commit failed', { cause: new DOMException('full', 'QuotaExceededError') }),
  ],
];

describe('isQuotaError()', () => {
  test.each(quotaShapes)('recognizes %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(classifyStorageError(error).kind).toBe('quota');
  });

  test.each([
    ['an AbortError without a cause', { name: 'AbortError' }],
    ['a ConstraintError', new DOMException('exists', 'ConstraintError')],
    ['null', null],
    ['a string', 'quota'],
  ])('does not mistake %s for a quota error', (_label, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('classifyStorageError()', () => {
  test.each([
    [new DOMException('closing', 'InvalidStateError'), 'closed'],
    [new DOMException('broken', 'UnknownError'), 'unavailable'],
    [new DOMException('old', 'VersionError'), 'newerVersion'],
    [new Error('something'), 'unknown'],
  ] as const)('%s → %s', (error, kind) => {
    const failure = classifyStorageError(error);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure.kind).toBe(kind);
    expect(failure.cause).toBe(error);
  });

  test('a StorageFailure passes through unchanged', () => {
    const failure = new StorageFailure('conflict', 'x');
    expect(classifyStorageError(failure)).toBe(failure);
  });
});

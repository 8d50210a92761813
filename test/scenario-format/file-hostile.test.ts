import { describe, expect, test } from 'vitest';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import type { IssueCode } from '../../src/scenario/issues';
import {
  MAX_FILE_BYTES,
  MAX_REPORTED_ISSUES,
  checkFileSize,
  decodeFile,
  type FileDecodeResult,
  type FileImportError,
} from '../../src/scenario-format/file-format';
import { baseRecord, fileWith, fixtureNames, fixtureText } from './fixture-files';

/** The refusal of a file; fails the test if the file was accepted. */
function refusal(result: FileDecodeResult): FileImportError {
  if (result.ok) throw new Error('decodeFile() accepted a file it should refuse');
  return result.error;
}

const NM = 'scenarios[0].scenario.clusters.newMaterials';

/** Every file in fixtures/hostile/, the problem it must be refused with, and where. */
const HOSTILE: readonly { file: string; code: IssueCode; path: string }[] = [
  { file: 'empty.txt', code: 'fileEmpty', path: '' },
  { file: 'whitespace-only.txt', code: 'fileEmpty', path: '' },
  { file: 'truncated-in-string.txt', code: 'fileTruncated', path: '' },
  { file: 'truncated-in-object.txt', code: 'fileTruncated', path: '' },
  { file: 'truncated-after-key.txt', code: 'fileTruncated', path: '' },
  { file: 'not-json-text.txt', code: 'notJson', path: '' },
  { file: 'not-json-trailing-comma.txt', code: 'notJson', path: '' },
  { file: 'not-json-single-quotes.txt', code: 'notJson', path: '' },
  { file: 'not-json-nan-literal.txt', code: 'notJson', path: '' },
  { file: 'not-json-infinity-literal.txt', code: 'notJson', path: '' },
  { file: 'not-json-extra-brace.txt', code: 'notJson', path: '' },
  { file: 'top-level-array.txt', code: 'notScenarioFile', path: '' },
  { file: 'top-level-string.txt', code: 'notScenarioFile', path: '' },
  { file: 'top-level-null.txt', code: 'notScenarioFile', path: '' },
  { file: 'format-wrong-name.txt', code: 'notScenarioFile', path: 'format' },
  { file: 'format-missing.txt', code: 'notScenarioFile', path: 'format' },
  { file: 'format-csv-export.txt', code: 'notScenarioFile', path: 'format' },
  { file: 'format-version-future.txt', code: 'newerFormat', path: 'formatVersion' },
  { file: 'format-version-string.txt', code: 'wrongType', path: 'formatVersion' },
  { file: 'format-version-zero.txt', code: 'outOfRange', path: 'formatVersion' },
  { file: 'format-version-fraction.txt', code: 'outOfRange', path: 'formatVersion' },
  { file: 'format-version-huge.txt', code: 'notFinite', path: 'formatVersion' },
  { file: 'envelope-exported-at-string.txt', code: 'wrongType', path: 'exportedAt' },
  { file: 'scenarios-missing.txt', code: 'missingField', path: 'scenarios' },
  { file: 'scenarios-not-list.txt', code: 'wrongType', path: 'scenarios' },
  { file: 'scenarios-empty.txt', code: 'noScenarios', path: 'scenarios' },
  { file: 'scenarios-item-null.txt', code: 'wrongType', path: 'scenarios[0]' },
  { file: 'proto-key-top.txt', code: 'forbiddenKey', path: '__proto__' },
  { file: 'proto-key-in-scenario.txt', code: 'forbiddenKey', path: 'scenarios[0].scenario.__proto__' },
  { file: 'constructor-key-in-record.txt', code: 'forbiddenKey', path: 'scenarios[0].constructor' },
  {
    file: 'prototype-key-in-conflict-choices.txt',
    code: 'forbiddenKey',
    path: 'scenarios[0].scenario.conflictChoices.prototype',
  },
  { file: 'record-schema-future.txt', code: 'newerSchema', path: 'scenarios[0].schemaVersion' },
  { file: 'record-schema-missing.txt', code: 'missingField', path: 'scenarios[0].schemaVersion' },
  { file: 'record-name-missing.txt', code: 'missingField', path: 'scenarios[0].name' },
  { file: 'record-name-blank.txt', code: 'textBlank', path: 'scenarios[0].name' },
  { file: 'record-name-too-long.txt', code: 'textTooLong', path: 'scenarios[0].name' },
  { file: 'record-name-number.txt', code: 'wrongType', path: 'scenarios[0].name' },
  { file: 'record-notes-null.txt', code: 'wrongType', path: 'scenarios[0].notes' },
  { file: 'record-notes-too-long.txt', code: 'textTooLong', path: 'scenarios[0].notes' },
  { file: 'record-tags-not-list.txt', code: 'wrongType', path: 'scenarios[0].tags' },
  { file: 'record-tags-duplicate.txt', code: 'duplicateTag', path: 'scenarios[0].tags[2]' },
  { file: 'record-tags-too-many.txt', code: 'tooManyItems', path: 'scenarios[0].tags' },
  { file: 'record-tag-too-long.txt', code: 'textTooLong', path: 'scenarios[0].tags[0]' },
  { file: 'record-tag-blank.txt', code: 'textBlank', path: 'scenarios[0].tags[1]' },
  { file: 'record-id-blank.txt', code: 'textBlank', path: 'scenarios[0].id' },
  { file: 'record-revision-zero.txt', code: 'outOfRange', path: 'scenarios[0].revision' },
  { file: 'record-revision-fraction.txt', code: 'outOfRange', path: 'scenarios[0].revision' },
  { file: 'record-created-at-string.txt', code: 'wrongType', path: 'scenarios[0].createdAt' },
  { file: 'record-updated-at-negative.txt', code: 'outOfRange', path: 'scenarios[0].updatedAt' },
  { file: 'record-scenario-missing.txt', code: 'missingField', path: 'scenarios[0].scenario' },
  { file: 'record-scenario-list.txt', code: 'wrongType', path: 'scenarios[0].scenario' },
  {
    file: 'record-dataset-version-mismatch.txt',
    code: 'datasetVersionMismatch',
    path: 'scenarios[0].datasetVersion',
  },
  { file: 'lever-1e308.txt', code: 'outOfRange', path: `${NM}.growthRate` },
  { file: 'lever-1e400.txt', code: 'notFinite', path: `${NM}.growthRate` },
  { file: 'lever-null-was-nan.txt', code: 'wrongType', path: `${NM}.growthRate` },
  {
    file: 'lever-string.txt',
    code: 'wrongType',
    path: 'scenarios[0].scenario.clusters.medicineHealth.investmentPerYear',
  },
  {
    file: 'lever-missing.txt',
    code: 'missingField',
    path: 'scenarios[0].scenario.clusters.agriProcessing.landPace',
  },
  {
    file: 'lever-lag-fraction.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.clusters.smartManufacturing.lagYears',
  },
  {
    file: 'lever-investment-negative.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.clusters.modernServices.investmentPerYear',
  },
  {
    file: 'cluster-missing.txt',
    code: 'missingField',
    path: 'scenarios[0].scenario.clusters.medicineHealth',
  },
  {
    file: 'thresholds-at-risk-above-on-track.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.thresholds.atRisk',
  },
  {
    file: 'conflict-choice-out-of-range.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.conflictChoices.newMaterialsTarget',
  },
  {
    file: 'uncertainty-low-above-value.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.uncertainty.clusters.newMaterials.growthRate.low',
  },
  {
    file: 'uncertainty-bad-distribution.txt',
    code: 'invalidOption',
    path: 'scenarios[0].scenario.uncertainty.clusters.newMaterials.growthRate.distribution',
  },
  {
    file: 'uncertainty-trials-zero.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.uncertainty.trials',
  },
  {
    file: 'uncertainty-seed-negative.txt',
    code: 'outOfRange',
    path: 'scenarios[0].scenario.uncertainty.seed',
  },
  { file: 'uncertainty-null.txt', code: 'wrongType', path: 'scenarios[0].scenario.uncertainty' },
  {
    file: 'second-scenario-invalid.txt',
    code: 'outOfRange',
    path: 'scenarios[1].scenario.clusters.newMaterials.growthRate',
  },
  { file: 'duplicate-ids.txt', code: 'duplicateId', path: 'scenarios[1].id' },
];

describe('hostile and malformed files are refused with a clear error', () => {
  test('every fixture in fixtures/hostile/ has an expected error, and there are at least 40', () => {
    expect(HOSTILE.map((entry) => entry.file).sort()).toEqual(fixtureNames('hostile'));
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  test.each(HOSTILE)('decodeFile() refuses $file: $code at "$path"', ({ file, code, path }) => {
    const error = refusal(decodeFile(fixtureText(`hostile/${file}`), file));
    expect({ code: error.code, path: error.path }).toEqual({ code, path });
    expect(error.fileName).toBe(file);
    expect(error.issues[0]).toMatchObject({ code, path });
    expect(error.message).toContain(`“${file}” cannot be imported: `);
    if (path !== '') expect(error.message).toContain(path);
    expect(error.message).toMatch(/\.$/);
  });

  test('a refused file never pollutes Object.prototype', () => {
    for (const file of ['proto-key-top.txt', 'proto-key-in-scenario.txt', 'constructor-key-in-record.txt']) {
      decodeFile(fixtureText(`hostile/${file}`), file);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('out-of-range messages name the field and the allowed range', () => {
    const error = refusal(decodeFile(fixtureText('hostile/lever-1e308.txt'), 'plan.json'));
    // The growth lever's range (src/data/levers.ts): −50 % to 300 % a year.
    expect(error.params).toEqual({ value: 1e308, min: -0.5, max: 3, integer: false });
    expect(error.message).toBe(
      `“plan.json” cannot be imported: ${NM}.growthRate is 1e+308; it must be a number from -0.5 to 3.`,
    );
  });

  test('a newer file or record says it was made by a newer version of the app and to update', () => {
    const file = refusal(decodeFile(fixtureText('hostile/format-version-future.txt'), 'new.json'));
    expect(file.params).toEqual({ formatVersion: 2, supportedVersion: 1 });
    expect(file.message).toMatch(
      /formatVersion is 2: the file was made by a newer version of the app.*Update the app/,
    );
    const record = refusal(decodeFile(fixtureText('hostile/record-schema-future.txt'), 'new.json'));
    expect(record.params).toEqual({ schemaVersion: 9, supportedVersion: SCENARIO_SCHEMA_VERSION });
    expect(record.message).toMatch(/made by a newer version of the app.*update the app/);
  });

  test('wrong types report what was found and what is expected', () => {
    const error = refusal(decodeFile(fixtureText('hostile/lever-null-was-nan.txt'), 'f.json'));
    expect(error.params).toEqual({ expected: 'number', received: 'null' });
    expect(error.message).toContain(`${NM}.growthRate is null; it must be a number.`);
  });

  test('a repeated id names both scenarios', () => {
    const error = refusal(decodeFile(fixtureText('hostile/duplicate-ids.txt'), 'f.json'));
    expect(error.params).toEqual({ id: baseRecord().id, firstPath: 'scenarios[0].id' });
  });

  test('a repeated tag names its first occurrence', () => {
    const error = refusal(decodeFile(fixtureText('hostile/record-tags-duplicate.txt'), 'f.json'));
    expect(error.params).toEqual({ tag: ' baseline ', firstPath: 'scenarios[0].tags[0]' });
  });

  test('syntax errors give the line and column where the engine reports them', () => {
    const error = refusal(decodeFile(fixtureText('hostile/not-json-trailing-comma.txt'), 'f.json'));
    expect(error.code).toBe('notJson');
    expect(error.params).toEqual({ line: 1, column: 54 });
  });
});

describe('generated hostile files', () => {
  const valid = JSON.stringify(fileWith([baseRecord()]), null, 2);

  test('a 20 MB file is refused as too large before it is parsed', () => {
    const text = valid.replace('"notes": "', `"notes": "${'x'.repeat(20 * 1024 * 1024)}`);
    const error = refusal(decodeFile(text, 'huge.json'));
    expect(error.code).toBe('fileTooLarge');
    expect(error.params).toEqual({ bytes: new TextEncoder().encode(text).length, maxBytes: MAX_FILE_BYTES });
    expect(error.message).toContain('20.0 MB; files over 10.0 MB are refused');
  });

  test('a file over the cap in UTF-8 bytes but under it in characters is refused', () => {
    const chinese = '规'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 1);
    const text = valid.replace('"notes": "', `"notes": "${chinese}`);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const error = refusal(decodeFile(text, 'zh.json'));
    expect(error.code).toBe('fileTooLarge');
    expect(error.params).toMatchObject({ maxBytes: MAX_FILE_BYTES });
  });

  test('checkFileSize() refuses by File.size before reading, and allows the cap itself', () => {
    expect(checkFileSize(MAX_FILE_BYTES, 'ok.json')).toBeNull();
    expect(checkFileSize(0, 'empty.json')).toBeNull();
    const error = checkFileSize(MAX_FILE_BYTES + 1, 'big.json');
    expect(error).toMatchObject({ code: 'fileTooLarge', path: '', fileName: 'big.json' });
    expect(error?.message).toContain('“big.json” cannot be imported');
  });

  test('100,000 nested lists are refused as too deep, without a stack overflow', () => {
    const error = refusal(decodeFile('['.repeat(100_000) + ']'.repeat(100_000), 'deep.json'));
    expect({ code: error.code, path: error.path }).toEqual({ code: 'tooDeep', path: '' });
    expect(error.params).toEqual({ maxDepth: 32 });
  });

  test('an unclosed deep nesting is refused as too deep, not parsed', () => {
    const error = refusal(decodeFile('{"a":'.repeat(1_000_000), 'deep.json'));
    expect(error.code).toBe('tooDeep');
  });

  test('nesting of 33 levels inside an unknown field is refused; 32 levels in all are accepted', () => {
    const nest = (levels: number): unknown => (levels === 0 ? 1 : { n: nest(levels - 1) });
    // file 1, scenarios 2, record 3: an unknown field holding k objects reaches depth 3 + k
    const deep = { ...baseRecord(), extra: nest(30) };
    expect(refusal(decodeFile(JSON.stringify(fileWith([deep])), 'd.json')).code).toBe('tooDeep');
    const fine = { ...baseRecord(), extra: nest(29) };
    expect(decodeFile(JSON.stringify(fileWith([fine])), 'd.json').ok).toBe(true);
  });

  test('a name of a million characters is refused with its length', () => {
    const record = { ...baseRecord(), name: 'n'.repeat(1_000_000) };
    const error = refusal(decodeFile(JSON.stringify(fileWith([record])), 'long.json'));
    expect(error).toMatchObject({ code: 'textTooLong', path: 'scenarios[0].name' });
    expect(error.params).toEqual({ length: 1_000_000, maxLength: 200 });
  });

  test('each bad scenario is listed, up to a cap, and the whole file is refused', () => {
    const bad = Array.from({ length: 80 }, (_, i) => ({ ...baseRecord(), id: `id-${i}`, revision: 0 }));
    const error = refusal(decodeFile(JSON.stringify(fileWith(bad)), 'many.json'));
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.issues.map((issue) => issue.path).slice(0, 3)).toEqual([
      'scenarios[0].revision',
      'scenarios[1].revision',
      'scenarios[2].revision',
    ]);
  });

  test('every problem of one scenario is listed, with its own path', () => {
    const record = { ...baseRecord(), name: '', notes: 7, revision: -1 };
    const error = refusal(decodeFile(JSON.stringify(fileWith([record])), 'f.json'));
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['textBlank', 'scenarios[0].name'],
      ['wrongType', 'scenarios[0].notes'],
      ['outOfRange', 'scenarios[0].revision'],
    ]);
  });

  test('-1e400 (read as -Infinity) in a threshold is refused as not finite', () => {
    const text = valid.replace('"onTrack": 1', '"onTrack": -1e400');
    const error = refusal(decodeFile(text, 'f.json'));
    expect(error).toMatchObject({
      code: 'notFinite',
      path: 'scenarios[0].scenario.thresholds.onTrack',
      params: { value: '-Infinity' },
    });
  });

  test('a huge array in place of the clusters is refused as the wrong type', () => {
    const record = baseRecord() as unknown as { scenario: Record<string, unknown> };
    record.scenario['clusters'] = Array.from({ length: 100_000 }, () => 0);
    const error = refusal(decodeFile(JSON.stringify(fileWith([record])), 'f.json'));
    expect(error).toMatchObject({ code: 'wrongType', path: 'scenarios[0].scenario.clusters' });
    expect(error.params).toEqual({ expected: 'object', received: 'list' });
  });

  test('a __proto__ key written as a unicode escape is still refused', () => {
    const text = valid.replace('"revision"', '"\\u005f_proto__": {"polluted": 1}, "revision"');
    const error = refusal(decodeFile(text, 'f.json'));
    expect(error).toMatchObject({ code: 'forbiddenKey', path: 'scenarios[0].__proto__' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS } from '../../src/data/levers';
import { REFERENCE_IDS } from '../../src/data/references';
import { defaultScenario } from '../../src/scenario/default-scenario';
import type { Scenario } from '../../src/scenario/scenario';
import { isValidScenario, parseScenario, validateScenario } from '../../src/scenario/schema';
import fc from 'fast-check';
import { validScenario } from '../scenario-format/arbitraries';
import { decodeFile, encodeFile } from '../../src/scenario-format/file-format';
import { createSavedScenario } from '../../src/scenario-format/saved-scenario';
import { decodeShareLink, encodeShareLink } from '../../src/scenario-format/share-link';

const base = defaultScenario(PLAN_DATASET);

describe('the one scenario schema', () => {
  test('derives every lever and its range from the lever specs', () => {
    for (const lever of LEVERS) {
      const tooHigh = {
        ...base,
        clusters: {
          ...base.clusters,
          agriProcessing: { ...base.clusters.agriProcessing, [lever.id]: lever.max + 1 },
        },
      };
      expect(validateScenario(tooHigh, PLAN_DATASET)).toEqual([
        expect.objectContaining({
          code: 'outOfRange',
          path: `clusters.agriProcessing.${lever.id}`,
          params: { value: lever.max + 1, min: lever.min, max: lever.max, integer: lever.integer },
        }),
      ]);
    }
  });

  test('a repeated project id is named as such, with the first one’s path', () => {
    const scenario = {
      ...base,
      projects: [
        { id: 'glassFibre', enabled: true },
        { id: 'capsules', enabled: true },
        { id: 'glassFibre', startYear: 2020 },
      ],
    };
    const issues = validateScenario(scenario, PLAN_DATASET);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'duplicateId',
        path: 'projects[2].id',
        params: { id: 'glassFibre', firstPath: 'projects[0].id' },
      }),
    ]);
    expect(issues[0]!.message).toContain('the same id as projects[0].id');
  });

  test('a user’s own project may not take a plan project’s id', () => {
    const scenario = {
      ...base,
      projects: [{ id: 'glassFibre', custom: { name: '我的', clusterId: 'newMaterials' as const } }],
    };
    expect(validateScenario(scenario, PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'reservedId', path: 'projects[0].id' }),
    ]);
  });

  test('a user project’s name of zero-width characters is blank', () => {
    const scenario = {
      ...base,
      projects: [{ id: 'user-1', custom: { name: '\u200B\u2060', clusterId: 'newMaterials' as const } }],
    };
    expect(validateScenario(scenario, PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'textBlank', path: 'projects[0].custom.name' }),
    ]);
  });

  test('the reference is one of the reference scenarios', () => {
    for (const reference of REFERENCE_IDS) {
      expect(validateScenario({ ...base, reference }, PLAN_DATASET)).toEqual([]);
    }
    const unknown = { ...base, reference: 'planDefault' } as unknown as Scenario;
    expect(validateScenario(unknown, PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'invalidOption', path: 'reference' }),
    ]);
    const { reference: _r, ...without } = base;
    expect(validateScenario(without as Scenario, PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'missingField', path: 'reference' }),
    ]);
  });

  test('the links are required: each switched on or off, the producer-services share within 0–0.5', () => {
    const withLinks = (links: unknown) => ({ ...base, links }) as unknown as Scenario;
    const on = { producerServices: { enabled: true, share: 0.5 }, agriSupply: { enabled: false } };
    expect(validateScenario(withLinks(on), PLAN_DATASET)).toEqual([]);
    expect(
      validateScenario(withLinks({ ...on, producerServices: { enabled: true, share: 0.51 } }), PLAN_DATASET),
    ).toEqual([
      expect.objectContaining({
        code: 'outOfRange',
        path: 'links.producerServices.share',
        params: expect.objectContaining({ min: 0, max: 0.5 }),
      }),
    ]);
    expect(validateScenario(withLinks({ ...on, agriSupply: { enabled: 1 } }), PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'wrongType', path: 'links.agriSupply.enabled' }),
    ]);
    const { links: _l, ...without } = base;
    expect(validateScenario(without as Scenario, PLAN_DATASET)).toEqual([
      expect.objectContaining({ code: 'missingField', path: 'links' }),
    ]);
  });

  test('returns a copy: the checked scenario is not the input', () => {
    const result = parseScenario(base, PLAN_DATASET);
    expect(result).toEqual({ ok: true, value: base });
    expect(result.ok && result.value).not.toBe(base);
  });
});

describe('the engine’s quick check', () => {
  /** A valid scenario, or one with a value pushed out of its range, or a field of the wrong type. */
  const anyScenario = fc
    .tuple(validScenario, fc.integer({ min: 0, max: 5 }), fc.constantFrom(...LEVERS))
    .map(([scenario, damage, lever]) => {
      const copy = structuredClone(scenario) as unknown as Record<
        string,
        Record<string, Record<string, unknown>>
      >;
      if (damage === 1) copy['clusters']!['newMaterials']![lever.id] = lever.max + 1;
      if (damage === 2) copy['clusters']!['agriProcessing']![lever.id] = 'x';
      if (damage === 3) (copy as Record<string, unknown>)['reference'] = 'plan';
      if (damage === 4) (copy as Record<string, unknown>)['thresholds'] = { onTrack: 0.8, atRisk: 0.9 };
      return copy as unknown;
    });

  test('isValidScenario() says valid exactly when the one schema finds no issue', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        expect(isValidScenario(scenario, PLAN_DATASET)).toBe(
          validateScenario(scenario, PLAN_DATASET).length === 0,
        );
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe('the same rules on every way in', () => {
  const record = (name: string) =>
    createSavedScenario({ name: 'x', scenario: base }, { now: 1, appVersion: '0.2.0' }, 'id-1') && {
      ...createSavedScenario({ name: 'x', scenario: base }, { now: 1, appVersion: '0.2.0' }, 'id-1'),
      name,
    };

  test('a file with a name of only invisible characters is refused, naming the field', () => {
    const text = encodeFile([record('\u200B\u200C\uFEFF')], { appVersion: '0.2.0', exportedAt: 1 });
    const result = decodeFile(text, 'x.json', PLAN_DATASET);
    expect(result).toMatchObject({ ok: false, error: { code: 'textBlank', path: 'scenarios[0].name' } });
  });

  test('a file with a repeated project id names the duplicate, not "should be an object"', () => {
    const bad = {
      ...record('A'),
      scenario: { ...base, projects: [{ id: 'capsules' }, { id: 'capsules', enabled: true }] },
    };
    const result = decodeFile(
      encodeFile([bad], { appVersion: '0.2.0', exportedAt: 1 }),
      'p.json',
      PLAN_DATASET,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'duplicateId',
        path: 'scenarios[0].scenario.projects[1].id',
        params: { firstPath: 'scenarios[0].scenario.projects[0].id' },
      },
    });
  });

  test('a share link with an invisible name is refused', async () => {
    const link = await encodeShareLink({ name: '\u2060', notes: '', tags: [], scenario: base });
    if (!link.ok) throw new Error('too long');
    expect(await decodeShareLink(link.fragment, PLAN_DATASET)).toMatchObject({
      ok: false,
      code: 'textBlank',
      path: 'name',
    });
  });
});

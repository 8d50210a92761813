/**
 * fast-check arbitraries of valid saved scenarios: every lever within its LEVERS range (as in
 * test/engine/properties.test.ts), optional uncertainty within its ranges, texts within their limits
 * (hostile ones included), unknown fields that must survive. Never -0: JSON writes it as 0.
 */
import fc from 'fast-check';
import { linkSettings, referenceId } from '../engine/shape-arbitraries';
import { SCENARIO_SCHEMA_VERSION } from '../../src/scenario/migrations';
import { isBlankText } from '../../src/scenario/schema-rules';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { LEVERS, OTHER_INDUSTRY_GROWTH, THRESHOLD_RANGE, type LeverSpec } from '../../src/data/levers';
import { CLUSTER_IDS, type ClusterId } from '../../src/data/plan-types';
import type {
  AssumptionRange,
  ClusterAssumptions,
  Scenario,
  ScenarioUncertainty,
} from '../../src/scenario/scenario';
import { SAVED_SCENARIO_LIMITS, type SavedScenario } from '../../src/scenario-format/saved-scenario';
import { MAX_SEED, MAX_TRIALS, MIN_TRIALS, RANGE_DISTRIBUTIONS } from '../../src/data/scenario-limits';

const noNegativeZero = (x: number): number => (Object.is(x, -0) ? 0 : x);

/** A double from min to max, never NaN, never -0. */
function double(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map(noNegativeZero);
}

/** A value within one lever's range, whole where the lever is. */
export function leverValue(spec: Pick<LeverSpec, 'min' | 'max' | 'integer'>): fc.Arbitrary<number> {
  return spec.integer ? fc.integer({ min: spec.min, max: spec.max }) : double(spec.min, spec.max);
}

const clusterAssumptions: fc.Arbitrary<ClusterAssumptions> = fc.record(
  Object.fromEntries(LEVERS.map((lever) => [lever.id, leverValue(lever)])) as Record<
    keyof ClusterAssumptions,
    fc.Arbitrary<number>
  >,
);

const thresholds = double(THRESHOLD_RANGE.min, THRESHOLD_RANGE.max).chain((onTrack) =>
  fc.record({ onTrack: fc.constant(onTrack), atRisk: double(THRESHOLD_RANGE.min, onTrack) }),
);

/** Field names a later version might add; never a forbidden key. */
const unknownKey = fc.constantFrom('x-comment', 'futureField', 'reviewedBy', '中文字段', 'a b');
/** Plain JSON values that survive a JSON round trip exactly. */
const unknownValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.record({ note: fc.string({ maxLength: 10 }), level: fc.integer() }),
);
/** Zero to two unknown fields. */
export const unknownFields: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(unknownKey, unknownValue, {
  maxKeys: 2,
});

const baseScenario: fc.Arbitrary<Scenario> = fc.record({
  datasetVersion: fc.oneof(
    { weight: 9, arbitrary: fc.constant(PLAN_DATASET.version) },
    { weight: 1, arbitrary: fc.constantFrom('2018-2020.0', 'draft-7') },
  ),
  reference: referenceId,
  links: linkSettings,
  clusters: fc.record(
    Object.fromEntries(CLUSTER_IDS.map((id) => [id, clusterAssumptions])) as Record<
      ClusterId,
      fc.Arbitrary<ClusterAssumptions>
    >,
  ),
  otherIndustryGrowth: leverValue(OTHER_INDUSTRY_GROWTH),
  conflictChoices: fc.record(
    {
      newMaterialsTarget: fc.integer({ min: 0, max: 1 }),
      industrialOutput2017: fc.integer({ min: 0, max: 1 }),
      otherIndustryIn600: fc.integer({ min: 0, max: 1 }),
    },
    { requiredKeys: [] },
  ),
  thresholds,
});

/**
 * A range around a value: low from the lever's minimum to the value, high from the value to the
 * maximum, whole numbers for whole-number levers.
 */
function rangeAround(
  value: number,
  spec: { min: number; max: number; integer: boolean },
): fc.Arbitrary<AssumptionRange> {
  return fc.record({
    low: leverValue({ ...spec, max: value }),
    high: leverValue({ ...spec, min: value }),
    distribution: fc.constantFrom(...RANGE_DISTRIBUTIONS),
  });
}

function uncertaintyFor(scenario: Scenario): fc.Arbitrary<ScenarioUncertainty> {
  const clusters = fc.record(
    Object.fromEntries(
      CLUSTER_IDS.map((clusterId) => [
        clusterId,
        fc.record(
          Object.fromEntries(
            LEVERS.map((lever) => [lever.id, rangeAround(scenario.clusters[clusterId][lever.id], lever)]),
          ),
          { requiredKeys: [] },
        ),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<ScenarioUncertainty['clusters']>;
  return fc.record(
    {
      clusters,
      otherIndustryGrowth: rangeAround(scenario.otherIndustryGrowth, OTHER_INDUSTRY_GROWTH),
      trials: fc.integer({ min: MIN_TRIALS, max: MAX_TRIALS }),
      seed: fc
        .tuple(fc.nat({ max: 0xffff }), fc.nat({ max: 0xffff }))
        .map(([high, low]) => Math.min(high * 0x10000 + low, MAX_SEED)),
    },
    { requiredKeys: ['clusters', 'trials', 'seed'] },
  );
}

/** Valid scenarios: levers within range, one in three with uncertainty, some with unknown fields. */
export const validScenario: fc.Arbitrary<Scenario> = baseScenario.chain((scenario) =>
  fc
    .record({
      uncertainty: fc.option(uncertaintyFor(scenario), { nil: undefined, freq: 3 }),
      extra: fc.option(unknownFields, { nil: undefined, freq: 4 }),
    })
    .map(({ uncertainty, extra }) => ({
      ...extra,
      ...scenario,
      ...(uncertainty === undefined ? {} : { uncertainty }),
    })),
);

const L = SAVED_SCENARIO_LIMITS;

/** Text that must survive as plain text: markup, quotes, control characters, CJK, emoji. */
const hostileText = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  'javascript:alert(1)',
  '"); DROP TABLE scenarios; --',
  '{{7*7}} ${7*7}',
  '新材料 — 基准情景',
  'Tab\tand\nnewline',
  '\u202eright-to-left override',
  '🏭 emoji 👩‍🔬',
  '\u0000 null char',
);

/** A text of 1–max UTF-16 units that is not blank. */
function nonBlank(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: Math.min(max, 60) }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 30) }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: Math.min(max, 30) }),
      hostileText,
    )
    .filter((text) => !isBlankText(text) && text.length <= max);
}

/** Notes: mostly short, sometimes long (long ones do not fit in a share link). */
const notes = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: hostileText },
);

/** A whole number of ms from 1970 to about 2106 (beyond fc.integer's 32 bits). */
const timestamp = fc
  .tuple(fc.nat({ max: 2_000_000 }), fc.nat({ max: 2 ** 31 - 1 }))
  .map(([high, low]) => high * 2 ** 31 + low);

/** Valid saved scenarios of the current schema, some with unknown fields. */
export const validRecord: fc.Arbitrary<SavedScenario> = fc
  .record({
    id: fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: nonBlank(L.idMaxLength) }),
    name: nonBlank(L.nameMaxLength),
    notes,
    tags: fc.uniqueArray(nonBlank(L.tagMaxLength), { maxLength: 6, selector: (tag) => tag.trim() }),
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    appVersion: fc.constantFrom('0.1.0', '1.4.0-beta.2'),
    scenario: validScenario,
    extra: fc.option(unknownFields, { nil: undefined, freq: 4 }),
  })
  .map(({ extra, scenario, ...fields }) => ({
    ...extra,
    ...fields,
    datasetVersion: scenario.datasetVersion,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    scenario,
  }));

/** Lists of 1–4 valid records with distinct ids. */
export const validRecords: fc.Arbitrary<SavedScenario[]> = fc.uniqueArray(validRecord, {
  minLength: 1,
  maxLength: 4,
  selector: (record) => record.id,
});

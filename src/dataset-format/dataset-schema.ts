import * as v from 'valibot';
import { LEVERS } from '../data/levers';
import { CLUSTER_IDS, type ClusterLeverDefaults, type PlanDataset } from '../data/plan-types';
import { isUserLine, parseDatasetVersion } from './dataset-version';

/**
 * The valibot schema of a dataset a planner made for a later period (docs/scenario-format.md,
 * "Datasets"): every figure with its provenance, the "4+1" clusters in order, parks the zone has,
 * lever defaults within the levers' ranges, a horizon of 1–15 years. The embedded plan is code and
 * is never read through it. What the schema cannot see (whether the engine can project it) is
 * checked by src/engine/next-period/dataset-problems.ts.
 */

/** Limits of a dataset's texts and lists. */
export const DATASET_LIMITS = {
  textMaxLength: 2000,
  sectionMaxLength: 300,
  documentMaxLength: 200,
  maxParks: 20,
  maxIndicators: 80,
  maxKeyProjects: 200,
  maxYear: 2100,
  minYear: 1990,
  maxPeriodYears: 15,
  /** Largest money figure, 亿元. */
  maxMoney: 100_000,
} as const;

const L = DATASET_LIMITS;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const text = (max: number = L.textMaxLength) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const localized = v.strictObject({ zh: text(), en: text() });
const planSource = v.strictObject({
  section: nonEmpty(L.sectionMaxLength),
  quote: v.optional(text()),
});
const finite = v.pipe(v.number(), v.finite());

/**
 * Schema of a figure with its provenance; `value` checked by `valueSchema`. A later period has no
 * conflicting readings: a planner's dataset states one value per figure (the previous plan's
 * conflicts are carried over as estimates at their chosen reading).
 */
function figure<T extends v.GenericSchema<unknown, number>>(valueSchema: T) {
  return v.variant('kind', [
    v.strictObject({ kind: v.literal('plan'), value: valueSchema, source: planSource }),
    v.strictObject({
      kind: v.literal('derived'),
      value: valueSchema,
      formula: localized,
      sources: v.pipe(v.array(planSource), v.maxLength(20)),
    }),
    v.strictObject({ kind: v.literal('estimate'), value: valueSchema, reasoning: localized }),
    v.strictObject({
      kind: v.literal('actual'),
      value: valueSchema,
      year: v.pipe(v.number(), v.integer(), v.minValue(L.minYear), v.maxValue(L.maxYear)),
      source: v.strictObject({
        document: nonEmpty(L.documentMaxLength),
        date: v.union([v.literal(''), v.pipe(v.string(), v.regex(DATE))]),
      }),
    }),
  ]);
}

const range = (min: number, max: number) => v.pipe(finite, v.minValue(min), v.maxValue(max));
const money = figure(range(0, L.maxMoney));
const positiveMoney = figure(v.pipe(finite, v.gtValue(0), v.maxValue(L.maxMoney)));
const land = figure(range(0, 1000));
const share = figure(range(0, 1));
/** A park's id: the plan's five ("qinggang") or one a later period adds ("p-xincheng2"). */
const parkId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]{1,39}$/, 'a park id: lower-case letters, digits and "-"'),
);

const leverDefaults = v.strictObject(
  Object.fromEntries(LEVERS.map((spec) => [spec.id, figure(range(spec.min, spec.max))])) as unknown as Record<
    keyof ClusterLeverDefaults,
    v.GenericSchema
  >,
);

const cluster = v.strictObject({
  id: v.picklist(CLUSTER_IDS),
  name: localized,
  measure: v.picklist(['industrialOutput', 'serviceRevenue']),
  parkIds: v.pipe(v.array(parkId), v.minLength(1), v.maxLength(L.maxParks)),
  base: money,
  target: positiveMoney,
  producingLandBase: land,
  defaults: leverDefaults,
});

const indicator = v.strictObject({
  id: nonEmpty(64),
  name: localized,
  unit: v.picklist([
    'yi',
    'percent',
    'yiPerKm2',
    'tcePer10kYuan',
    'firms',
    'institutions',
    'people',
    'patentsPer10k',
    'tenThousandM2',
    'tenThousandUsd',
    'km2',
  ]),
  group: v.picklist(['economy', 'innovation', 'opening', 'sustainability']),
  base: v.nullable(figure(finite)),
  target: figure(finite),
  direction: v.picklist(['atLeast', 'atMost']),
  projected: v.boolean(),
});

const keyProject = v.strictObject({
  id: nonEmpty(64),
  clusterId: v.picklist(CLUSTER_IDS),
  box: text(40),
  item: text(40),
  name: localized,
  sponsor: v.nullable(localized),
  capacity: v.strictObject({ text: localized, source: planSource }),
  investment: v.nullable(money),
  siteArea: v.nullable(land),
  outsidePark: v.nullable(parkId),
  defaults: v.strictObject({
    annualOutput: figure(range(0, 500)),
    startYear: figure(v.pipe(finite, v.integer(), v.minValue(L.minYear), v.maxValue(L.maxYear))),
    rampUpShare: share,
    landKm2: figure(range(0, 5)),
  }),
  supplyOutput: v.optional(money),
});

/** Schema of a later period's dataset. */
export const userDatasetSchema = v.pipe(
  v.strictObject({
    version: v.pipe(
      nonEmpty(80),
      v.check((version) => {
        const parsed = parseDatasetVersion(version);
        return parsed !== null && isUserLine(parsed.line);
      }, 'a version like "2021-2025~abcd12.1"'),
    ),
    title: localized,
    horizon: v.pipe(
      v.strictObject({
        baseYear: v.pipe(v.number(), v.integer(), v.minValue(L.minYear), v.maxValue(L.maxYear)),
        targetYear: v.pipe(v.number(), v.integer(), v.minValue(L.minYear), v.maxValue(L.maxYear)),
      }),
      v.check(
        (h) => h.targetYear > h.baseYear && h.targetYear - h.baseYear <= L.maxPeriodYears,
        `a target year 1–${L.maxPeriodYears} years after the base year`,
      ),
    ),
    parks: v.pipe(
      v.array(v.strictObject({ id: parkId, name: localized, areaKm2: land, focus: localized })),
      v.minLength(1),
      v.maxLength(L.maxParks),
      v.check((parks) => new Set(parks.map((p) => p.id)).size === parks.length, 'a park twice'),
    ),
    clusters: v.pipe(
      v.array(cluster),
      v.check(
        (clusters) =>
          clusters.length === CLUSTER_IDS.length && clusters.every((c, i) => c.id === CLUSTER_IDS[i]),
        `the clusters ${CLUSTER_IDS.join(', ')}, in that order`,
      ),
    ),
    zone: v.strictObject({
      industrialOutputBase: money,
      otherIndustryBase: money,
      otherIndustryGrowth: figure(range(-0.5, 3)),
      otherIndustryLand: land,
      intensityBase: money,
      otherIndustryInTarget: figure(v.picklist([0, 1])),
      industrialOutputTarget: positiveMoney,
      intensityTarget: positiveMoney,
      baseSplit: v.pipe(
        v.array(v.strictObject({ id: nonEmpty(64), name: localized, figure: money })),
        v.maxLength(20),
      ),
    }),
    indicators: v.pipe(
      v.array(indicator),
      v.maxLength(L.maxIndicators),
      v.check((list) => new Set(list.map((i) => i.id)).size === list.length, 'an indicator twice'),
    ),
    keyProjects: v.optional(
      v.pipe(
        v.array(keyProject),
        v.maxLength(L.maxKeyProjects),
        v.check((list) => new Set(list.map((p) => p.id)).size === list.length, 'a project id twice'),
      ),
    ),
    links: v.optional(
      v.strictObject({
        producerServicesEnabled: figure(v.picklist([0, 1])),
        producerServicesShare: figure(range(0, 0.5)),
        agriSupplyEnabled: figure(v.picklist([0, 1])),
      }),
    ),
    origin: v.strictObject({
      builtFrom: nonEmpty(80),
      actualsOf: v.pipe(v.number(), v.integer(), v.minValue(L.minYear), v.maxValue(L.maxYear)),
      createdOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
      note: v.optional(text()),
    }),
  }),
  v.check(
    (d) => d.clusters.every((c) => c.parkIds.every((id) => d.parks.some((p) => p.id === id))),
    'a cluster draws on a park the dataset does not have',
  ),
  v.check(
    (d) =>
      (d.keyProjects ?? []).every(
        (p) => p.outsidePark === null || d.parks.some((k) => k.id === p.outsidePark),
      ),
    'a key project stands in a park the dataset does not have',
  ),
  v.check((d) => d.origin.actualsOf === d.horizon.baseYear, 'the base year is the year of the actuals'),
);

/** Parse a later period's dataset; a fresh copy on success. */
export function parseUserDataset(
  value: unknown,
): { ok: true; dataset: PlanDataset } | { ok: false; path: string; message: string } {
  const result = v.safeParse(userDatasetSchema, value);
  if (result.success) return { ok: true, dataset: result.output as unknown as PlanDataset };
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p: { key: unknown }) => String(p.key)).join('.');
  return { ok: false, path: path === '' ? '(dataset)' : path, message: issue.message };
}

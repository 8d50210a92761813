/**
 * The reference scenarios the app ships with the dataset (docs/model.md, "Reference scenarios"): what
 * each stands for is said on screen in one line (i18n `reference.<id>.*`); how each is built from the
 * dataset is src/engine/reference-scenarios.ts. Every scenario records the one it was built from.
 */
export const REFERENCE_IDS = ['planPath', 'projectBacked', 'trend', 'earlyEstimates'] as const;

/**
 * - `planPath` (规划路径): reaches every target by construction and shows what the targets take; the
 *   app opens on it.
 * - `projectBacked` (项目支撑): the named key projects at their estimates, the 2017 investment counted,
 *   generic investment only for the rest.
 * - `trend` (趋势外推): the base-year trend with no new plan investment.
 * - `earlyEstimates` (早期估算): the first release's default ("规划默认情景"), its values unchanged; the
 *   scenarios saved by releases 0.1–0.2 were built from it.
 */
export type ReferenceId = (typeof REFERENCE_IDS)[number];

/**
 * The references of a dataset: all of them for the embedded plan; a later period (a dataset with an
 * `origin`) has no early estimates — they are the 2018–2020 plan's first release's values.
 */
export function referenceIdsOf(dataset: { readonly origin?: unknown }): readonly ReferenceId[] {
  return dataset.origin === undefined ? REFERENCE_IDS : REFERENCE_IDS.filter((id) => id !== 'earlyEstimates');
}

/** The reference a new scenario starts from, and the app opens on. */
export const START_REFERENCE: ReferenceId = 'planPath';

/** Organic growth of the trend reference, fraction per year (see its provenance in docs/model.md). */
export const TREND_GROWTH = 0.09;

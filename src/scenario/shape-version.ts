/**
 * Current version of the scenario's shape, written by this release into every container of a
 * scenario (record, draft, file, link). Apart from the migrations (migrations.ts) so that writers can
 * name it without loading the schema.
 * - 1: release 0.1.0.
 * - 2: each cluster gains `baseYearInvestment` (the base year's investment, which now produces).
 * - 3: one land intensity per cluster (`landIntensity` is the target year's; `intensityGrowth` folded
 *   into it), `reference` (the reference scenario it was built from) and `links` (between clusters).
 */
export const SCENARIO_SCHEMA_VERSION = 3;

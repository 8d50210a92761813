/**
 * Current version of the scenario's shape, written by this release into every container of a
 * scenario (record, draft, file, link). Apart from the migrations (migrations.ts) so that writers can
 * name it without loading the schema.
 * - 1: release 0.1.0.
 * - 2: each cluster gains `baseYearInvestment` (the base year's investment, which now produces).
 */
export const SCENARIO_SCHEMA_VERSION = 2;

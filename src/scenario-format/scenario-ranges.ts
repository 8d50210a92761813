/**
 * Check a well-typed scenario against the plan dataset's ranges: the one scenario schema
 * (src/scenario/schema.ts), so an accepted scenario is one the engine projects.
 */
export { validateScenario as checkScenarioRanges } from '../scenario/schema';

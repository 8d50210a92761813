/** The projection engine: pure TypeScript, no DOM, no I/O. */
export { project, cagr, statusOf, evaluateTarget } from './project';
export { assertValidScenario, ScenarioValidationError } from './validation';
export type { Scenario, ClusterAssumptions, StatusThresholds } from '../scenario/scenario';
export type * from './projection-types';

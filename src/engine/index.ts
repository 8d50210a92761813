/** The projection engine: pure TypeScript, no DOM, no I/O. */
export { project, cagr, statusOf, evaluateTarget } from './project';
export { defaultScenario } from '../scenario/default-scenario';
export { validateScenario, assertValidScenario, ScenarioValidationError } from './validation';
export type { ValidationIssue } from './validation';
export type { Scenario, ClusterAssumptions, StatusThresholds } from '../scenario/scenario';
export type * from './projection-types';

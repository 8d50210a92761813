/** Side-by-side comparison of scenarios: assumption diff, deltas, and the breakdown of a difference. Pure. */
export { compareScenarios } from './compare-scenarios';
export type {
  ColumnResult,
  CompareEntry,
  Comparison,
  OutcomeCell,
  OutcomeKind,
  OutcomeRow,
  OutcomeSubject,
} from './compare-scenarios';
export { diffAssumptions } from './assumption-diff';
export type { AssumptionRow, AssumptionSubject } from './assumption-diff';
export { conflictFigures, modelConflictIds, readingOf } from './conflicts';
export { deltaOf, sameValue, EQUAL_TOLERANCE } from './deltas';
export type { Delta } from './deltas';
export { owenValues, MAX_FACTORS } from './owen';
export { decomposeDifference, LEVER_GROUPS, LEVER_GROUP_IDS } from './waterfall';
export type {
  ClusterContribution,
  LeverGroupId,
  Waterfall,
  WaterfallMeasure,
  WaterfallOutcome,
} from './waterfall';

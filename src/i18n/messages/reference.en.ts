import type { referenceZh } from './reference.zh';

/** English messages of the reference scenarios: every key of the Chinese list (the type checks it). */
export const referenceEn: Record<keyof typeof referenceZh, string> = {
  'reference.planPath': 'Plan path',
  'reference.planPath.line':
    'Reaches all 7 targets by construction and shows what they take: growth, investment per year, land and intensity per cluster.',
  'reference.projectBacked': 'Project-backed',
  'reference.projectBacked.line':
    'The named key projects of 专栏2–6 at their estimated output and start, the 2017 investment counted, the rest of the investment at the 2017 pace; shows how much of each target the named projects back.',
  'reference.trend': 'Trend',
  'reference.trend.line': 'The recent pace (9 % a year) carried on, with no new plan investment.',
  'reference.earlyEstimates': 'Early estimates (formerly “the plan’s default scenario”)',
  'reference.earlyEstimates.line':
    'The first release’s defaults (9 % growth, intensity 60) under today’s model; every scenario saved by release 0.2 or earlier was built from it.',
};

import type { referenceZh } from './reference.zh';

/** English messages of the reference scenarios: every key of the Chinese list (the type checks it). */
export const referenceEn: Record<keyof typeof referenceZh, string> = {
  'reference.planPath': 'Plan path',
  'reference.planPath.line':
    'Reaches all 7 targets by construction and shows what they take: growth, investment per year, land and intensity per cluster.',
  'reference.projectBacked': 'Project-backed',
  'reference.projectBacked.line':
    'The named key projects of the plan’s Boxes 2–6 at their estimated output and start, the {baseYear} investment counted, the rest of the investment at the {baseYear} pace; shows how much of each target the named projects back.',
  'reference.projectBacked.linePeriod':
    'The key projects listed for this period count at their estimated output and start year, {baseYear}’s investment counted, the rest of the investment at the {baseYear} pace; shows how much of each cluster’s target named projects back.',
  'reference.trend': 'Trend',
  'reference.trend.line': 'The recent pace (9 % a year) carried on, with no new plan investment.',
  'reference.earlyEstimates': 'Early estimates',
  'reference.earlyEstimates.line':
    'The scenario releases 0.1–0.2 opened on (9 % growth, intensity 60), computed with today’s model; every scenario saved by those releases was built from it.',

  'reference.planPath.short': 'Plan path',
  'reference.projectBacked.short': 'Project-backed',
  'reference.trend.short': 'Trend',
  'reference.earlyEstimates.short': 'Early estimates',
  'reference.facts.targets.title': 'Attainment of each {year} target in each reference scenario',
  'reference.facts.targets.caption':
    'Attainment = {year} projection ÷ target; the bar’s colour shows the status (on track, at risk, off track).',
  'reference.showFacts.targets': 'Each target',
  'reference.switched': 'The working scenario is now “{name}” (undoable).',
  'reference.switchedChanges':
    'The working scenario is now “{name}”; your unsaved changes are not lost: undo brings them back.',
  'reference.undo': 'Undo',
  'reference.heading': 'Reference scenarios',
  'reference.intro':
    'Three readings of the same plan. “Use” makes the working scenario that reference (undoable).',
  'reference.headline':
    '{onTrack}/{total} targets on track · zone industrial output {output}/{target} {unit}',
  'reference.headlineLabel':
    '{name}: {onTrack} of {total} targets on track; zone industrial output {output} {unit} against a target of {target} {unit}',
  'reference.loading': 'Computing the reference scenarios…',
  'reference.failed': 'The reference scenarios cannot be computed now ({message}).',
  'reference.retry': 'Try again',
  'reference.use': 'Use',
  'reference.useLabel': 'Use “{name}” as the working scenario: replaces every assumption, undoable',
  'reference.current': 'Current scenario',
  'reference.basedOnThis': 'The current scenario is built from this',
  'reference.basedOn': 'Built from: {name}',
  'reference.basedOnLabel': 'The current scenario is built from the reference “{name}”: {line}',
  'reference.investmentRatio':
    'Industrial investment {perYear} {unit} a year, {ratio}× {baseYear}’s {base} {unit} (four industrial clusters)',
  'reference.backedRange': 'Named projects back {min}–{max} of the clusters’ targets',
  'reference.noProjects':
    'This period lists no named key projects yet: each cluster invests at the {baseYear} pace',
  'reference.showFacts.planPath': 'Plan path: what the targets take',
  'reference.showFacts.projectBacked': 'Project-backed: what the named projects back',
  'reference.facts.planPath.title': 'Plan path: what each cluster’s {year} target takes',
  'reference.facts.planPath.caption':
    'Growth needed: the overall yearly growth {baseYear}–{year}; investment: new investment each year from {firstYear}; intensity and producing land: in {year}; land readied: each year.',
  'reference.facts.projectBacked.title': 'Project-backed: the share of each target its named projects back',
  'reference.facts.projectBacked.caption':
    'Share = output of the named key projects in {year} ÷ the growth the target needs over {baseYear}; projects at the capacity, investment and start estimated from Boxes 2–6.',
  'reference.facts.projectBacked.captionPeriod':
    'Share = output of the named key projects in {year} ÷ the growth the target needs over {baseYear}; projects count at the capacity, investment and start the period lists.',
  'reference.col.cluster': 'Cluster',
  'reference.col.cagr': 'Growth needed a year',
  'reference.col.investment': 'Investment a year',
  'reference.col.intensity': 'Output per km², {year}',
  'reference.col.land': 'Producing land, {year}',
  'reference.col.pace': 'Land readied a year',
  'reference.col.backedShare': 'Backed by named projects',
  'reference.col.projected': 'Projected {year}',
  'reference.col.attainment': 'Attainment',
  'reference.industrialTotal': 'Four industrial clusters',
  'reference.alreadyMet': 'met in {baseYear}',
  'reference.estimated':
    'Estimate: computed by the model from estimated parameters (output per investment, lag, ramp-up, project capacities…), not figures of the plan’s text.',

  'reference.versus.title': 'This scenario against its reference “{name}” ({year})',
  'reference.versus.slide': 'Against the reference',
  'reference.versus.reference': 'Reference projection',
  'reference.versus.referenceAttainment': 'Reference attainment',
  'reference.versus.scenario': 'Scenario projection',
  'reference.versus.scenarioAttainment': 'Scenario attainment',
  'reference.versus.delta': 'Difference',
  'reference.versus.deltaFile': 'Difference (scenario − reference)',
  'reference.versus.status': 'Scenario status',
  'reference.versus.pending': 'The reference’s results are not in yet.',
  'reference.explained': 'This scenario was built from the reference “{name}”: {line}',

  'reference.compareWith': 'Reference to compare with',
  'reference.compareWithOwn': '{name} (this scenario’s reference)',
  'reference.column': 'Reference “{name}”',
  'reference.uncertaintyNote':
    'The uncertainty results centre on this scenario; the right-hand column is the {year} projection of the reference “{name}”, for comparison.',

  'changes.notice':
    'The model has been updated: it counts the 2017 investment, counts growth once, lets named projects replace the generic investment, and land follows output. The app now opens on the plan path. Saved scenarios keep their values and are marked as built from the early estimates.',
  'changes.more': 'What changed and why',
  'changes.dismiss': 'Got it, do not show again',
  'changes.title': 'What changed in this update, and why',
  'changes.why':
    'The first release opened on a default scenario that missed all 7 targets (zone 447.6 of 600 RMB 100m), which read as “the plan cannot work” or “the tool is wrong”. A review showed this came mostly from how the model and its estimates were built, not from the plan. So:',
  'changes.baseYear':
    'The investment made in 2017 (Box 1: 193.2 RMB 100m) now counts: it produces from 2018 on, with the same lag and ramp-up as later years’.',
  'changes.noDouble':
    'No growth is counted twice: organic growth is only what existing firms add without new investment (utilisation, productivity, prices); new investment and projects are counted apart and do not grow before they produce.',
  'changes.projects':
    'A key project switched on replaces the part of the generic investment estimated from it, instead of adding on top.',
  'changes.land':
    'Producing land follows output (land = output ÷ intensity), up to the land readied and the parks’ area; each cluster has its own target-year output per km², by default what its target and parks imply; 2017 never moves with an assumption.',
  'changes.otherIndustry':
    'Whether other industry counts inside or beside the 600 RMB 100m is a conflict of the plan that you choose (the four clusters’ targets already add up to 600).',
  'changes.links':
    'Links between clusters: producer services follow industrial output, and farm bases feed processing; each can be switched off, and the waterfall and tornado show its effect.',
  'changes.opens':
    'The app now opens on the plan path; the project-backed, trend and early-estimates references are one click away at the top of the workbench.',
  'changes.saved':
    'Saved scenarios keep every value and say they were built from the early estimates (the first releases’ opening scenario). The same values give different results under the new model: the model changed, not your assumptions.',
};

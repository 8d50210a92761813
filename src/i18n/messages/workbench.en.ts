import type { workbenchZh } from './workbench.zh';

/** English messages of the workbench: every key of the Chinese list. */
export const workbenchEn: Record<keyof typeof workbenchZh, string> = {
  'app.title': 'Qianjiang High-Tech Zone plan simulator',
  'app.subtitle':
    'Industrial development plan {firstYear}–{targetYear}: move the assumptions and see at once whether the {targetYear} targets are reached',
  'app.loading': 'Loading the plan scenario…',
  'app.skipToResults': 'Skip to results',
  'locale.switchTo': '中文',
  'locale.switchLabel': 'Switch the interface to Chinese',
  'nav.label': 'Views',
  'nav.workbench': 'Assumptions & targets',
  'nav.uncertainty': 'Uncertainty',
  'nav.compare': 'Compare',
  'nav.evaluation': 'Evaluation',
  'nav.periods': 'Periods',
  'nav.plan': 'Whole plan',
  'nav.library': 'Scenario library',
  'nav.comingSoon': 'This view is being built.',

  'workbench.leversHeading': 'Assumptions',
  'workbench.resultsHeading': 'Projection',
  'workbench.clusterTabsLabel': 'Choose a cluster',
  'workbench.resetCluster': 'Reset this cluster to “{name}”',
  'workbench.resetAll': 'Reset everything to “{name}”',
  'workbench.zoneHeading': 'Whole zone',
  'workbench.otherIndustryGrowth': 'Other industry growth',
  'workbench.otherIndustryHelp':
    'Yearly growth of industry outside the four industrial clusters (environmental protection and others)',
  'workbench.thresholdsHeading': 'Status thresholds',
  'workbench.onTrackThreshold': '“On track” at attainment of at least',
  'workbench.atRiskThreshold': '“At risk” at attainment of at least',
  'workbench.conflictsHeading': 'Conflicting figures in the plan',
  'workbench.conflictsHelp': 'The plan states these figures inconsistently. Choose which reading to use:',
  'workbench.notSavedYet': 'Not saved yet',
  'workbench.notSavedBlocked': 'Not saved yet (another tab holds the storage)',
  'workbench.readOnlyDraft': 'Read-only: not saved',
  'workbench.savedDraft': 'Working scenario saved automatically',
  'workbench.savingDraft': 'Saving…',
  'workbench.unsaved': 'Unsaved changes',
  'workbench.storageUnavailable':
    'Browser storage is unavailable: changes are kept in memory only and will be lost on reload.',
  'workbench.draftRestored': 'Your last working scenario was restored.',
  'workbench.draftMigrated':
    'It was also brought to this version’s scenario format (every value kept; new assumptions take their documented defaults).',
  'workbench.draftRestoredMigrated':
    'Your last working scenario was restored and brought to this version’s scenario format (every value kept; new assumptions take their documented defaults).',
  'workbench.draftSuperseded':
    'You changed the scenario while another tab held the storage, so the current scenario is now the one saved; the earlier working scenario was kept as it was under “Records that cannot be opened now” in the library.',
  'workbench.draftNewer':
    'Your last working scenario was saved by a newer version of the app: it is shown read-only here and will not be overwritten. Update the app to go on editing it.',
  'workbench.storageBlocked':
    'An older version of the app in another tab is using the storage: you can work and compute as usual, but changes are not saved yet. Close that tab and they will be saved.',
  'workbench.draftOtherDataset':
    'Your last working scenario was made with plan dataset {version}; the app now has {current}. It was loaded with its own numbers.',
  'workbench.draftInvalid':
    'The last saved working scenario cannot be used ({reason}); the reference “Plan path” is shown instead. The saved record was kept as it was under “Records that cannot be opened now” in the library.',
  'workbench.landNote': 'Land: {cluster} is limited by land from {year}',
  'workbench.parkFullNote': 'The park of {cluster} is fully developed from {year}',

  'lever.growthRate': 'Organic growth',
  'lever.growthRate.help':
    'Yearly growth of plants already producing that new investment does not explain (utilisation, efficiency, prices); new investment and key projects count apart',
  'lever.investmentPerYear': 'Yearly investment',
  'lever.investmentPerYear.help':
    'New fixed investment in each year from {firstYear} (key projects included; a project switched on is taken out of it)',
  'lever.baseYearInvestment': '{baseYear} investment',
  'lever.baseYearInvestment.help':
    'Fixed investment made in the base year ({baseYear}); it comes into production from {firstYear} with the same lag and ramp-up',
  'lever.outputPerInvestment': 'Output per yuan invested',
  'lever.outputPerInvestment.help': 'Annual output each yuan invested yields at full production',
  'lever.lagYears': 'Lag to production',
  'lever.lagYears.help': 'Years from investment to first production (0–2)',
  'lever.rampUpShare': 'First-year ramp-up',
  'lever.rampUpShare.help': 'Share of full output reached in the first producing year',
  'lever.landPace': 'Land readied per year',
  'lever.landPace.help':
    'Land the parks ready for the cluster each year; producing land follows output, up to the ready land and the parks’ area',
  'lever.landIntensity': 'Land intensity in the target year',
  'lever.landIntensity.help':
    'Output per km² of producing land in the target year; {baseYear} is the actual figure and never moves with it; the years between follow at a steady rate',
  'lever.intensityPath': '{baseYear} actual {base} → {targetYear} {target}: {rate} a year',
  'lever.intensityPathNone': 'No producing land in {baseYear}: every year takes the target year’s intensity',
  'lever.reset': 'Reset to reference',
  'lever.resetLabel': 'Reset {lever} of {cluster} to the reference’s value {value}',
  'lever.sliderLabel': '{cluster}: {lever} ({unit})',
  'lever.numberLabel': '{cluster}: {lever}, exact value ({unit})',
  'lever.default': 'reference {value}',
  'lever.errorRange': '{lever} must be between {min} and {max} {unit}. Enter a value in that range.',
  'lever.errorInteger': '{lever} must be a whole number of years from {min} to {max}.',
  'lever.errorNumber': '“{input}” is not a number. Enter a value between {min} and {max} {unit}.',
  'lever.requiredGrowth':
    'Organic growth needed (with this scenario’s investment and projects) to reach the target: {rate}',
  'lever.requiredGrowthHelp':
    'Not the target table’s “overall growth the target needs” ({baseYear} to the target, growth from investment included).',
  'lever.requiredGrowthByInvestment':
    'Reached by this scenario’s investment and projects alone (the target is met even at {rate} organic growth)',
  'lever.implausible': '⚠ Beyond what is plausible. Basis: {basis}',
  'lever.requiredGrowthMet': 'The target is met even at {rate} organic growth',
  'lever.requiredGrowthLand':
    'Organic growth alone cannot reach the target: the target year’s land supports at most {capacity}',
  'lever.requiredGrowthBeyond': 'No organic growth within the allowed range (up to {max}) reaches the target',
  'lever.applyRequired': 'Use this rate',
  'lever.applyRequiredLabel': 'Use this rate: set the growth rate of {cluster} to {rate}',

  'unit.percentPerYear': '%/yr',
  'unit.yiPerYear': 'RMB 100m/yr',
  'unit.yiPerYi': 'yuan/yuan',
  'unit.years': 'yr',
  'unit.percent': '%',
  'unit.km2PerYear': 'km²/yr',
  'unit.yiPerKm2': 'RMB 100m/km²',
  'unit.yi': 'RMB 100m',
  'unit.km2': 'km²',

  'chart.zoneTitle':
    'Zone industrial output (other industry included), stacked by cluster, against the {target} target',
  'chart.zoneTitleClusters':
    'Output of the four industrial clusters, stacked, against the {target} target; other industry beside it',
  'chart.zoneAria':
    'Bar chart: zone industrial output (other industry included) {baseYear}–{targetYear} stacked by cluster; {targetYear} projection {value}, target {target}.',
  'chart.zoneAriaClusters':
    'Bar chart: output of the four industrial clusters {baseYear}–{targetYear}, stacked; {targetYear} projection {value}, target {target}; other industry {other} beside it, as a bar of its own.',
  'chart.clusterAria':
    'Line chart: {cluster}, projected {measure} {baseYear}–{targetYear}; {targetYear}: {value}, target {target}.',
  'chart.otherIndustry': 'Other industry',
  'chart.otherIndustryBeside': 'Other industry (beside the {target}, not in it)',
  'chart.target': 'Target {value}',
  'chart.projected': 'Projected {measure}',
  'chart.capacity': 'Land capacity',
  'chart.actual': 'Actual',
  'chart.planPath': 'Path the target needs (overall {rate} a year)',
  'chart.yAxisYi': 'RMB 100m',
  'chart.output': 'output',
  'chart.revenue': 'revenue',

  'targets.heading': '{targetYear} targets',
  'targets.caption': 'Clusters and zone indicators: projected {targetYear}, target, gap and attainment',
  'targets.indicator': 'Indicator',
  'targets.base': '{baseYear}',
  'targets.projected': 'Projected {targetYear}',
  'targets.target': 'Target {targetYear}',
  'targets.gap': 'Gap',
  'targets.actual': 'Actual',
  'targets.actualAttainment': 'Actual attainment',
  'targets.actualGap': 'Actual gap at end',
  'targets.attainment': 'Attainment',
  'targets.requiredCagr': 'Overall growth the target needs (CAGR)',
  'targets.growthNote':
    '“Overall growth the target needs” is the yearly growth from {baseYear}’s actual figure to the {targetYear} target (growth from new investment included), whatever the scenario. The lever panel’s “organic growth needed” is another figure: the growth plants already producing still need each year besides this scenario’s investment and key projects; below zero, investment alone reaches the target.',
  'targets.scenarioCagr': 'Scenario growth',
  'targets.status': 'Status',
  'targets.surplus': '{value} above',
  'targets.shortfall': '{value} short',
  'targets.none': '—',
  'targets.industrialOutput': 'Zone industrial output',
  'targets.industrialOutputClusters':
    'the four industrial clusters; other industry beside it, {other} in {year}',
  'targets.industrialOutputAll': 'other industry included, {other} in {year}',
  'targets.outputIntensityClusters': 'output of the four industrial clusters ÷ their producing land',
  'targets.outputIntensityAll': 'output of all industry ÷ all industry’s producing land',
  'targets.noLand': 'no producing land, so no intensity',
  'targets.outputIntensity': 'Output intensity of producing land',
  'targets.serviceRevenueNote': 'Revenue, not part of industrial output',
  'targets.landBindsFrom': 'limited by land from {year}',
  'targets.unitText': '({unit})',

  'status.onTrack': 'On track',
  'status.atRisk': 'At risk',
  'status.offTrack': 'Off track',

  'provenance.plan': 'Plan',
  'provenance.derived': 'Derived',
  'provenance.estimate': 'Est.',
  'provenance.conflict': 'Conflict',
  'provenance.planLong': 'Figure from the plan',
  'provenance.derivedLong': 'Derived from plan figures',
  'provenance.estimateLong': 'Estimate (not in the plan)',
  'provenance.conflictLong': 'The plan is inconsistent',
  'provenance.actual': 'Act.',
  'provenance.actualLong': 'Actual (statistics)',
  'provenance.actualSource': 'Actual of {year}, from: {document}{date}',
  'provenance.source': 'Source: {section}',
  'provenance.formula': 'Formula: {formula}',
  'provenance.readingDerived': 'Not stated by the plan; computed from its figures: {formula}',
  'provenance.reading': '{label}',
  'provenance.chosen': 'in use',
  'provenance.default': 'default',
  'provenance.markLabel': '{short} ({kind}): {subject}; show source',

  'worker.restartedTimeout': 'The calculation stopped responding; it was restarted and the projection rerun.',
  'worker.restartedCrashed': 'The calculation failed; it was restarted and the projection rerun.',
  'worker.failed':
    'These assumptions could not be projected ({message}). Adjust them and try again; your changes are kept.',
  'worker.invalid': 'Some assumptions are out of range, so the results were not updated: {issues}',
  'worker.computing': 'Calculating…',
};

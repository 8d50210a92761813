import type { uncertaintyZh } from './uncertainty.zh';

/** English messages of the uncertainty view: every key of the Chinese list. */
export const uncertaintyEn: Record<keyof typeof uncertaintyZh, string> = {
  'uncertainty.heading': 'Uncertainty analysis',
  'uncertainty.rangesHeading': 'Ranges on assumptions',
  'uncertainty.rangesHelp':
    'Give any assumption a low and a high value; the most likely value is the scenario’s own. With one side given, the other is the most likely value; clear both to remove the range.',
  'uncertainty.zoneRanges': 'Whole zone',
  'uncertainty.mostLikely': 'most likely {value}',
  'uncertainty.low': 'Low',
  'uncertainty.high': 'High',
  'uncertainty.lowLabel': 'Low value of {lever}, {owner} ({unit})',
  'uncertainty.highLabel': 'High value of {lever}, {owner} ({unit})',
  'uncertainty.distributionLabel': 'Distribution of {lever}, {owner}',
  'uncertainty.dist.triangular': 'Triangular',
  'uncertainty.dist.normal': 'Normal',
  'uncertainty.dist.uniform': 'Uniform',
  'uncertainty.distHelp':
    'Triangular: shaped by low, most likely and high. Normal: low and high are its 10th and 90th percentiles, cut off at the allowed range. Uniform: every value from low to high equally likely.',
  'uncertainty.clear': 'Clear',
  'uncertainty.clearLabel': 'Clear the range of {lever}, {owner}',
  'uncertainty.fixed': 'no range',
  'uncertainty.errorNumber': '“{input}” is not a number.',
  'uncertainty.errorLow': 'The low value must be between {min} and the most likely value, {max} {unit}.',
  'uncertainty.errorHigh': 'The high value must be between the most likely value, {min}, and {max} {unit}.',
  'uncertainty.errorInteger': 'Must be a whole number.',
  'uncertainty.presetsHeading': 'Quick presets (triangular)',
  'uncertainty.presetScope': 'Apply to',
  'uncertainty.scopeCluster': 'This cluster',
  'uncertainty.scopeAll': 'All clusters',
  'uncertainty.presetGrowth': 'Growth ±{share}',
  'uncertainty.presetAll': 'All assumptions ±{share}',
  'uncertainty.presetGrowthLabel':
    'Growth ±{share}: give the growth rate of {scope} a range of ±{share} around its value',
  'uncertainty.presetAllLabel':
    'All assumptions ±{share}: give every assumption of {scope} (except the lag) a range of ±{share} around its value',
  'uncertainty.clearCluster': 'Clear this cluster’s ranges',
  'uncertainty.clearAll': 'Clear all ranges',
  'uncertainty.rangeCount': '{count} ranges set',

  'uncertainty.simHeading': 'Monte Carlo simulation',
  'uncertainty.trials': 'Trials',
  'uncertainty.trialsHelp': '1 to 1,000,000',
  'uncertainty.trialsError': 'Trials must be a whole number from 1 to 1,000,000.',
  'uncertainty.seed': 'Seed',
  'uncertainty.seedHelp': 'The same seed reproduces exactly the same result',
  'uncertainty.seedError': 'The seed must be a whole number from 0 to 4,294,967,295.',
  'uncertainty.newSeed': 'New seed',
  'uncertainty.newSeedLabel': 'New seed: pick a new random seed',
  'uncertainty.workers': 'Threads',
  'uncertainty.workersOption': '{count}',
  'uncertainty.workersHelp': 'Threads change the speed only, never the result',
  'uncertainty.run': 'Run simulation',
  'uncertainty.cancel': 'Cancel',
  'uncertainty.cancelLabel': 'Cancel the running simulation',
  'uncertainty.progressLabel': 'Simulation progress',
  'uncertainty.progress': '{done} of {total} trials done',
  'uncertainty.statusIdle': 'No simulation yet. Set ranges, then choose Run simulation.',
  'uncertainty.statusRunning': 'Simulating: {done} of {total} trials done ({percent})',
  'uncertainty.statusDone': 'Simulation done: {trials} trials, seed {seed}, in {seconds} s.',
  'uncertainty.statusCancelled': 'Simulation cancelled after {done} of {total} trials.',
  'uncertainty.statusFailed': 'The simulation failed ({message}). Try again; your ranges are kept.',
  'uncertainty.statusInvalid':
    'Some ranges or settings are out of bounds, so nothing was simulated: {issues}',
  'uncertainty.previousResult': 'The last complete result is still shown below.',
  'uncertainty.stale': 'The scenario has changed since this result was computed. Run the simulation again.',
  'uncertainty.noRanges': 'No ranges are set, so every trial gives the same result.',
  'uncertainty.resultFor': '{trials} trials · seed {seed}',
  'uncertainty.noResult':
    'Run a simulation to see the chance of reaching each target, fan charts and the distribution of {targetYear} output here.',

  'uncertainty.probHeading': 'Chance of reaching each {targetYear} target',
  'uncertainty.probCaption':
    'Quantiles of each indicator’s simulated {targetYear} value and the chance it is on track: attainment of at least the on-track threshold, {onTrack}. The last column is the chance of attainment of at least the at-risk threshold, {atRisk}.',
  'uncertainty.colMostLikely': 'Most likely',
  'uncertainty.colP10': 'P10',
  'uncertainty.colMedian': 'Median',
  'uncertainty.colP90': 'P90',
  'uncertainty.colOnTrack': 'P(on track)',
  'uncertainty.colAtRisk': 'P(attainment ≥ {threshold})',

  'uncertainty.fanHeading': 'Projection ranges (fan charts)',
  'uncertainty.bandOuter': 'P10–P90',
  'uncertainty.bandInner': 'P25–P75',
  'uncertainty.levelP10': 'P10',
  'uncertainty.levelP25': 'P25',
  'uncertainty.levelP75': 'P75',
  'uncertainty.levelP90': 'P90',
  'uncertainty.median': 'Median',
  'uncertainty.mostLikelyLine': 'Most likely',
  'uncertainty.fanZoneTitle': 'Zone industrial output',
  'uncertainty.fanAria':
    'Fan chart: {subject}, simulated {baseYear}–{targetYear}; {targetYear} median {median}, P10 to P90 {p10} to {p90}, target {target}, chance on track {probability}.',

  'uncertainty.histHeading': 'Distribution of {targetYear} zone industrial output',
  'uncertainty.histSeries': 'Share of trials',
  'uncertainty.histAxisX': '{targetYear} zone industrial output (RMB 100m)',
  'uncertainty.histAxisY': 'Share of trials',
  'uncertainty.histBinColumn': 'Range ({unit})',
  'uncertainty.fanExportTitle': '{subject}: range of outcomes',
  'uncertainty.histTarget': 'Target {value}: on track in {probability}',
  'uncertainty.histBin': '{from} – {to} RMB 100m',
  'uncertainty.histAria':
    'Histogram: {targetYear} zone industrial output over {trials} trials, from {min} to {max}; target {target}, chance on track {probability}.',

  'uncertainty.tornadoHeading': 'Sensitivity (tornado chart)',
  'uncertainty.tornadoHelp':
    'How the chosen target’s {targetYear} figure moves when one assumption goes from its low to its high value, every other at its most likely value. The longer the bar, the more the assumption matters.',
  'uncertainty.tornadoTarget': 'Target analysed',
  'uncertainty.tornadoAtLow': 'Assumption at low',
  'uncertainty.tornadoAtHigh': 'Assumption at high',
  'uncertainty.tornadoBase': 'Most likely {value}',
  'uncertainty.tornadoAxisValue': '{targetYear} {target} ({unit})',
  'uncertainty.tornadoAxisAttainment': 'Attainment of the {targetYear} {target} target',
  'uncertainty.tornadoEmpty': 'Set ranges to see here which assumptions matter most for the target.',
  'uncertainty.tornadoTop':
    'The chart shows the {shown} most influential of {count} assumptions; the table lists them all.',
  'uncertainty.tornadoAria':
    'Tornado chart: sensitivity of {targetYear} {target} to {count} assumptions; the most influential is {top}: {low} at its low value, {high} at its high value.',
  'uncertainty.tornadoCaption':
    '{targetYear} {target} and its attainment with each assumption at its low and high value',
  'uncertainty.colAssumption': 'Assumption',
  'uncertainty.colRange': 'Low – high',
  'uncertainty.colAtLow': 'At low',
  'uncertainty.colAtHigh': 'At high',
  'uncertainty.colSwing': 'Swing',
  'uncertainty.valueWithAttainment': '{value} ({attainment} attained)',
  'uncertainty.assumptionName': '{owner} · {lever}',
  'uncertainty.linksOwner': 'Links between clusters',
  'uncertainty.tornadoLinkNote':
    'Rows of links between clusters: low is the link switched off, high switched on (only links the scenario has on are listed), every other assumption at its most likely value; the swing is what the link brings.',

  'uncertainty.goalHeading': 'Goal seek',
  'uncertainty.goalHelp':
    'The value an assumption needs for the chosen target to be reached in {targetYear}, everything else unchanged.',
  'uncertainty.goalTarget': 'Target to reach',
  'uncertainty.goalLever': 'Assumption to change',
  'uncertainty.goalCluster': 'Cluster whose assumption changes',
  'uncertainty.goalReachable':
    '{lever} of {cluster} must go from {current} to {value}: {targetYear} {target} then reaches {reached} (target {goal}).',
  'uncertainty.goalMet':
    'Even with {lever} of {cluster} at its lowest, {value}, {targetYear} {target} reaches the target of {goal}.',
  'uncertainty.goalAlready':
    '{lever} of {cluster} is {current} now, which just reaches the {targetYear} {target} target of {goal}.',
  'uncertainty.goalLandBinds':
    'Not reachable within the allowed range: even with {lever} at its highest, {max}, the {targetYear} output of {cluster} is limited by land to {capacity}, and {target} reaches only {best} (target {goal}).',
  'uncertainty.goalBeyond':
    'Not reachable within the allowed range: even with {lever} at its highest, {max}, {target} reaches only {best} (target {goal}). Land is not the limit: the output of {cluster} is held back by growth and investment (at most {potential}).',
  'uncertainty.goalNoEffect':
    '{lever} of {cluster} does not move {target}; choose another cluster or assumption.',
  'uncertainty.goalNotMonotone':
    '{target} does not rise steadily with {lever}, so no reliable answer can be given.',
  'uncertainty.apply': 'Use this value',
  'uncertainty.applyLabel': 'Use this value: set {lever} of {cluster} to {value}',
  'uncertainty.uniformHeading': 'Reach every cluster target at once',
  'uncertainty.uniformHelp':
    'The smallest change, in percentage points, added to every cluster’s growth rate alike that brings every cluster to its {targetYear} target, everything else unchanged.',
  'uncertainty.uniformRaise':
    'Raising every cluster’s growth rate by {delta} percentage points reaches the targets of {count} clusters at once ({limiting} needs the most).',
  'uncertainty.uniformLower':
    'These targets are already reached: they still are with every growth rate lowered by {delta} percentage points ({limiting} has the least margin).',
  'uncertainty.uniformMetAtMinimum':
    'These targets are reached even with every growth rate at the lowest allowed value.',
  'uncertainty.uniformAlready':
    'The growth rates already are the smallest uniform change that reaches these targets ({limiting} has no margin left).',
  'uncertainty.uniformBeyond':
    'No single change within the allowed growth rates reaches all these targets at once.',
  'uncertainty.uniformNone': 'No cluster can reach its target by growth alone.',
  'uncertainty.uniformBlockedLand':
    '{cluster} cannot reach its target by growth alone: {targetYear} land supports at most {capacity} (target {goal}).',
  'uncertainty.uniformBlockedBeyond':
    'Even at the highest growth rate {cluster} reaches only {best} in {targetYear} (target {goal}).',
  'uncertainty.uniformBlockedNoEffect': 'The target of {cluster} does not move with its growth rate.',
  'uncertainty.goalImplausible':
    '⚠ {value} is beyond what is plausible ({range}): the model allows it, but it is hard to believe. Basis: {basis}',
  'uncertainty.goalByInvestment':
    'Reached by investment alone: this scenario’s investment and key projects already reach the target; organic growth as low as {value} (below zero: existing output may shrink) still reaches it.',
  'uncertainty.uniformImplausible':
    '⚠ {cluster}’s growth would be {value}, beyond what is plausible ({range}).',
  'uncertainty.uniformByInvestment': '{cluster} is reached by investment alone (even at {value} growth).',
  'uncertainty.plausibleBasis': 'Basis of the plausible range: {basis}',
  'uncertainty.uniformApply': 'Apply this change',
  'uncertainty.uniformApplyLabel':
    'Apply this change: change every cluster’s growth rate by {delta} percentage points',
  'uncertainty.analysisInvalid': 'Some assumptions are out of range, so nothing was computed: {issues}',
  'uncertainty.analysisFailed': 'The calculation failed ({message}).',
  'uncertainty.computing': 'Calculating…',
};

import type { compareZh } from './compare.zh';

/** English messages of the compare view: every key of compare.zh.ts. */
export const compareEn: Record<keyof typeof compareZh, string> = {
  'compare.heading': 'Compare scenarios',
  'compare.intro':
    'Saved scenarios side by side with the plan’s targets: which one reaches which target, where each falls short, and why.',
  'compare.needTwo': 'Choose at least two columns to compare, at least one of them a scenario.',
  'compare.pending': 'Comparing…',
  'compare.failed':
    'The comparison could not be completed ({reason}). Your scenarios and choices are unchanged.',
  'compare.failedTimeout': 'the calculation stopped responding and was restarted',
  'compare.failedCrashed': 'the calculation failed and was restarted',
  'compare.retry': 'Compute again',

  'compare.select.heading': 'What to compare',
  'compare.select.summary': 'Comparing: {names}',
  'compare.select.referenceIs': 'Reference: {name}',
  'compare.select.change': 'Change the selection',
  'compare.select.done': 'Close',
  'compare.select.count': '{count} of {max} scenarios chosen',
  'compare.select.max':
    'Up to {max} scenarios can be compared at once (plus the plan’s targets). Remove one first.',
  'compare.select.planHelp': 'The plan’s targets for {year}',
  'compare.select.draftHelp': 'The scenario being edited in “Assumptions & targets”',
  'compare.select.libraryHeading': 'Scenario library',
  'compare.select.linkedHeading': 'Scenarios from the link',
  'compare.select.filter': 'Filter the library',
  'compare.select.noMatch': 'No scenario matches “{query}”.',
  'compare.select.empty':
    'The library is empty. Change assumptions in “Assumptions & targets” and click “Save as”; two or three saved scenarios are enough to compare.',
  'compare.select.include': 'Compare “{name}”',
  'compare.select.reference': 'Reference',
  'compare.select.referenceLabel': 'Use “{name}” as the reference',

  'compare.column.plan': 'Plan targets',
  'compare.column.draft': 'Working scenario',
  'compare.column.draftOf': 'Working scenario ({name})',
  'compare.column.reference': 'Reference',
  'compare.column.makeReference': 'Make reference',
  'compare.column.makeReferenceLabel': 'Compute differences against “{name}”',
  'compare.column.fromLink': 'From the link',
  'compare.column.unsaved': 'Unsaved',
  'compare.column.otherDataset':
    'Made with plan data {version} (now {current}); computed with the current data',
  'compare.column.invalid': 'Cannot be computed with the current plan data: {fields}',
  'compare.column.targetsMet': '{onTrack} of {total} targets met',
  'compare.column.targets': 'The plan’s targets',

  'compare.table.caption':
    'Results for {year} and assumptions; differences against the reference “{reference}”',
  'compare.table.captionNoReference': 'Results for {year} and assumptions',
  'compare.table.indicator': 'Indicator',
  'compare.table.outcomes': 'Results for {year}',
  'compare.table.targets': 'Targets for {year}: attainment',
  'compare.table.assumptions': 'Assumptions',
  'compare.row.withUnit': '{name} ({unit})',
  'compare.row.serviceRevenue': 'Modern-services revenue',
  'compare.row.attainment': '{name}',
  'compare.cell.target': 'Target {value}',
  'compare.cell.missing': '—',
  'compare.delta.points': '{value} pp',
  'compare.delta.label': 'Against the reference: {delta}',
  'compare.assumptions.showAll': 'Show every assumption ({count})',
  'compare.assumptions.differing': '{count} assumptions differ between the scenarios and are highlighted',
  'compare.assumptions.none': 'The chosen scenarios have identical assumptions.',
  'compare.assumptions.differs': 'differs between scenarios',
  'compare.assumptions.differsFromReference': 'differs from the reference',
  'compare.assumption.lever': '{cluster} · {lever}',
  'compare.assumption.onTrack': '“On track” attainment threshold',
  'compare.assumption.atRisk': '“At risk” attainment threshold',
  'compare.conflict.clusterBase': '{cluster}, output {year} (conflicting plan figures)',
  'compare.conflict.clusterTarget': '{cluster}, target {year} (conflicting plan figures)',
  'compare.conflict.zoneOutputBase': 'Industrial output {year} (conflicting plan figures)',
  'compare.conflict.other': '{name} (conflicting plan figures)',

  'compare.export.subject': 'Compare table',
  'compare.export.title': 'Scenario comparison {year}',
  'compare.export.section': 'Section',
  'compare.export.indicator': 'Indicator',
  'compare.export.unit': 'Unit',
  'compare.export.delta': '{name}: difference from reference',
  'compare.export.deltaPct': '{name}: difference from reference (%)',
  'compare.export.differs': 'Differs between scenarios',
  'compare.export.yes': 'yes',
  'compare.export.status': '{name}: status',
  'compare.export.gap': '{name}: gap',
  'compare.export.attainmentUnit': '%',
  'compare.export.reference':
    'Reference: {name}. Difference = the column’s value − the reference’s; attainment differences in percentage points.',
  'compare.export.otherDataset':
    '“{name}” was made with plan data {version}; computed with the current data {current}.',
  'compare.export.source':
    'Source: Qianjiang High-Tech Zone industrial development plan (2018–2020); plan data {version}; app {app}; exported {date}',

  'compare.share': 'Share comparison link',
  'compare.share.label': 'Comparison link',
  'compare.share.note':
    'The link carries every assumption of the chosen scenarios: it opens the same comparison on any computer, and opening it changes none of the recipient’s saved scenarios or choices.',
  'compare.share.close': 'Close',
  'compare.share.tooLong':
    'This comparison is too large for a link ({length} characters, limit {budget}). Export the scenarios as a file from the library instead.',

  'compare.link.banner':
    'You are viewing a comparison from a link. Your saved scenarios and your own comparison are unchanged.',
  'compare.link.keep': 'Save the link’s scenarios and keep this comparison',
  'compare.link.leave': 'Back to my comparison',
  'compare.link.bad':
    'This comparison link cannot be opened: {message}. It may be incomplete or altered; ask the sender for the whole link.',
  'compare.link.otherDataset':
    'Scenarios in the link were made with plan data {versions}; computed with the current data {current}.',

  'compare.charts.heading': 'Year by year (each scenario has its own colour and line style)',
  'compare.charts.zone': 'Zone industrial output',
  'compare.charts.aria':
    'Line chart: {subject}, {from}–{to}, one line per scenario; {year}: {values}; target {target}.',
  'compare.attainment.heading': 'Attainment of each target in {year}, grouped by scenario',
  'compare.attainment.aria': 'Grouped bar chart: attainment of each target in {year}. {values}',
  'compare.attainment.axis': 'Attainment (%)',
  'compare.attainment.full': '100% attained',
  'compare.pngSource':
    'Source: Qianjiang High-Tech Zone industrial development plan (2018–2020); plan data {version}; {date}',
  'compare.pngUnits': 'Unit: {unit}',

  'compare.why.heading': 'Where the difference comes from',
  'compare.why.from': 'From',
  'compare.why.to': 'To',
  'compare.why.by': 'Break down',
  'compare.why.byGroup': 'By kind of assumption',
  'compare.why.byCluster': 'By cluster',
  'compare.why.group.growth': 'Growth',
  'compare.why.group.investment': 'Investment',
  'compare.why.group.land': 'Land',
  'compare.why.group.other': 'Other industry, key projects and readings of plan figures',
  'compare.why.more': 'Zone industrial output {year}: “{to}” is {value} above “{from}”.',
  'compare.why.less': 'Zone industrial output {year}: “{to}” is {value} below “{from}”.',
  'compare.why.same': 'Zone industrial output {year}: “{to}” equals “{from}”.',
  'compare.why.parts': 'Of which {parts}.',
  'compare.why.method':
    'Method: “{from}”’s assumptions are replaced by “{to}”’s one group at a time (growth; investment, output per investment, lag, ramp-up; land pace, land intensity, intensity growth) and the change is averaged over every order of replacement, so the result does not depend on an order and the parts add up to the total. See “Comparing scenarios” in the model documentation.',
  'compare.why.total': 'Total',
  'compare.why.matrixTitle': 'Breakdown: {from} → {to}',
  'compare.why.step': 'Part',
  'compare.why.change': 'Change',
  'compare.why.level': 'Running level',
  'compare.why.cluster': 'Cluster',
  'compare.why.matrixCaption': 'Breakdown by cluster and kind of assumption ({unit})',
  'compare.why.needTwo': 'Choose at least two scenarios to break their difference down.',
  'compare.why.invalid':
    '“{name}” cannot be computed with the current plan data, so it cannot be broken down.',
  'compare.why.pending': 'Breaking down…',
  'compare.why.aria':
    'Waterfall chart: zone industrial output {year} from {start} (“{from}”) to {end} (“{to}”): {parts}.',
  'compare.why.axis': 'Zone industrial output ({unit})',
  'compare.why.servicesNote':
    'Modern services is revenue and not part of industrial output; it affects industrial output only through the land it shares with other clusters.',
};

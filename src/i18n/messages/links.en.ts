import type { linksZh } from './links.zh';

/** English messages of the links between clusters: every key of the Chinese list (the type checks it). */
export const linksEn: Record<keyof typeof linksZh, string> = {
  'link.producerServices': 'Producer services follow industry',
  'link.producerServices.help':
    'Logistics, e-commerce and financial services revenue grows with the industrial output added (Chapter 4, Section 5: producer services “still poorly integrated with manufacturing and farming”, line 393 of the plan).',
  'link.producerServicesShare': 'Services revenue per RMB 100m of added industrial output',
  'link.agriSupply': 'Farm bases supply processing',
  'link.agriSupply.help':
    'A sericulture, fruit or pig base switched on counts the processing output its raw materials support (Box 5; the herb base of Box 3 is one project with its preparation plant, already counted there).',
  'link.on': 'On',
  'link.off': 'Off',

  'link.heading': 'Links between clusters',
  'link.intro':
    'Two links between industries the plan describes, each of which can be switched off. The comparison’s “Where the difference comes from” and the uncertainty view’s tornado show their effect apart.',
  'link.reference': 'Reference: {state}',
  'link.provenanceSubject': '{link}, {state} by default',
  'link.shareOwner': 'Producer services',
  'link.shareOff': 'Has no effect while the link is off.',
  'link.producerServicesEffect':
    'In {year} it brings {cluster} {revenue} of revenue, {share} of its revenue.',
  'link.producerServicesNoEffect':
    'In {year} industrial output is not above {baseYear}’s, so the link brings no revenue.',
  'link.producerServicesOffEffect':
    'Off: {cluster} revenue comes only from its own organic growth, investment and projects.',
  'link.agriSupplyEffect':
    '{count} base projects on ({names}); at full production they support {output}/yr of processing output, counted in agricultural processing as project output.',
  'link.agriSupplyNoBases':
    'No farm base project is on, so the link has no effect yet. Switch on {names} under “Whole plan · Key projects” to count the processing their raw materials support.',
  'link.agriSupplyOffEffect':
    'Off: a base project switched on counts only its own output, not the processing its raw materials support.',

  'link.chartSeries': 'Of which: from the producer-services link',
  'link.partsHeading': '{year} parts',
  'link.part.existing': 'existing {value}',
  'link.part.investment': 'investment {value}',
  'link.part.projects': 'key projects {value}',
  'link.part.projectsSupplied': 'key projects (farm-supplied processing included) {value}',
  'link.part.link': 'producer-services link {value}',
  'link.part.capped': 'land cap −{value}',
  'link.partsAria': '{cluster}, parts of {year} output: {parts}',
};

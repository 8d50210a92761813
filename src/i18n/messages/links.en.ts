import type { linksZh } from './links.zh';

/** English messages of the links between clusters: every key of the Chinese list (the type checks it). */
export const linksEn: Record<keyof typeof linksZh, string> = {
  'link.producerServices': 'Producer services follow industry',
  'link.producerServices.help':
    'Logistics, e-commerce and financial services revenue grows with the industrial output added (第四章 第五节)',
  'link.producerServicesShare': 'Services revenue per RMB 100m of added industrial output',
  'link.agriSupply': 'Farm bases supply processing',
  'link.agriSupply.help':
    'A sericulture, fruit or pig base switched on counts the processing output its raw materials support (专栏5)',
  'link.on': 'On',
  'link.off': 'Off',
};

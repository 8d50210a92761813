import type { ClusterId } from '../../data/plan-types';

/**
 * Cluster colours from the Okabe–Ito palette, distinguishable by colour-blind viewers; charts add
 * line styles and labels so that no meaning rests on colour alone.
 */
export const CLUSTER_COLOURS: Record<ClusterId, string> = {
  newMaterials: '#0072B2',
  medicineHealth: '#009E73',
  smartManufacturing: '#E69F00',
  agriProcessing: '#CC79A7',
  modernServices: '#56B4E9',
};

/** Colour of industry outside the clusters. */
export const OTHER_INDUSTRY_COLOUR = '#8a8f98';
/** Colour of target lines. */
export const TARGET_COLOUR = '#c0392b';
/** Colour of land-capacity lines. */
export const CAPACITY_COLOUR = '#5d6d7e';

import type { ClusterYear } from '../../engine/projection-types';

/** A part of a cluster's output in one year, 亿元. */
export interface ClusterPart {
  /**
   * existing: existing output at organic growth; investment: investment vintages; projects: switched-on
   * key projects (an agricultural base's supplied processing included); link: producer-services revenue
   * drawn from industrial output; capped: what land takes off (shown as a subtraction).
   */
  readonly kind: 'existing' | 'investment' | 'projects' | 'link' | 'capped';
  readonly value: number;
}

/** Parts below this (亿元) are left out: they would read as 0.0. */
const SHOWN = 0.05;

/**
 * Break one year of a cluster's projection into what it is made of — the same figures the projection
 * reports (`ClusterYear`), so that existing + investment + projects + link − capped = output. Existing
 * output and investment are always listed; projects, the link and the land cap only where they count.
 */
export function clusterParts(year: ClusterYear): ClusterPart[] {
  const parts: ClusterPart[] = [
    { kind: 'existing', value: year.existing },
    { kind: 'investment', value: year.investment },
  ];
  if (year.projects >= SHOWN) parts.push({ kind: 'projects', value: year.projects });
  if (year.link >= SHOWN) parts.push({ kind: 'link', value: year.link });
  const capped = year.potential - year.output;
  if (capped >= SHOWN) parts.push({ kind: 'capped', value: capped });
  return parts;
}

import type { PlanDataset } from '../../data/plan-types';
import type { ReferenceId } from '../../data/references';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ReferenceOverview } from '../../state/reference-results.svelte';
import { fromPlanText } from '../plan/plan-text';

/** One reference scenario's card on the workbench. */
export interface ReferenceCard {
  readonly id: ReferenceId;
  readonly name: string;
  /** Its one-line explanation. */
  readonly line: string;
  /** Targets on track and zone output, e.g. "达标 7/7 · 全区工业总产值 600.0/600 亿元"; null until computed. */
  readonly headline: string | null;
  /** The headline as a sentence, for screen readers; null until computed. */
  readonly headlineLabel: string | null;
  readonly onTrack: number | null;
  readonly total: number | null;
  /** The fact the card leads with: the plan path's investment against 2017, the projects' share; null for none. */
  readonly fact: string | null;
  /** Whether the fact is an estimate (marked so); "no named projects" is not. */
  readonly factEstimated: boolean;
  /** Whether the working scenario is this reference, unchanged. */
  readonly current: boolean;
  /** Whether the working scenario was built from this reference (and changed since). */
  readonly basedOn: boolean;
  /** Shown smaller, after the others (the early estimates). */
  readonly minor: boolean;
}

/** What the cards need to know of the working scenario. */
export interface WorkingReference {
  /** The reference the working scenario was built from. */
  readonly id: ReferenceId;
  /** Whether it is that reference unchanged (not a saved scenario, not from a link). */
  readonly unchanged: boolean;
}

/**
 * The cards of the reference scenarios, in `REFERENCE_IDS` order, with the worker's results where
 * they are in (`overviews` may be empty while it computes them).
 */
export function referenceCards(
  ids: readonly ReferenceId[],
  overviews: readonly ReferenceOverview[],
  dataset: PlanDataset,
  working: WorkingReference,
  i18n: I18n,
): ReferenceCard[] {
  const target = dataset.zone.industrialOutputTarget.value;
  const planText = fromPlanText(dataset);
  const withoutProjects = (dataset.keyProjects ?? []).length === 0;
  // The early estimates are the defaults of the embedded plan's first releases: on a planner's period
  // they mean nothing, and show only where the working scenario was built from them.
  const shown = planText ? ids : ids.filter((id) => id !== 'earlyEstimates' || working.id === id);
  return shown.map((id): ReferenceCard => {
    const overview = overviews.find((o) => o.id === id) ?? null;
    const name = i18n.t(`reference.${id}`);
    const headline = overview?.headline ?? null;
    const params =
      headline === null
        ? null
        : {
            name,
            onTrack: headline.targetsOnTrack,
            total: headline.targetsTotal,
            output: i18n.num(headline.industrialOutput),
            target: i18n.num(target, 0),
            unit: i18n.t('unit.yi'),
          };
    return {
      id,
      name,
      // A period has no boxes (专栏2–6): its key projects are the ones the planner entered.
      line: i18n.t(
        id === 'projectBacked' && !planText ? 'reference.projectBacked.linePeriod' : `reference.${id}.line`,
      ),
      headline: params === null ? null : i18n.t('reference.headline', params),
      headlineLabel: params === null ? null : i18n.t('reference.headlineLabel', params),
      onTrack: headline?.targetsOnTrack ?? null,
      total: headline?.targetsTotal ?? null,
      fact:
        id === 'projectBacked' && withoutProjects
          ? i18n.t('reference.noProjects')
          : overview === null
            ? null
            : leadingFact(overview, i18n),
      factEstimated: !(id === 'projectBacked' && withoutProjects),
      current: working.id === id && working.unchanged,
      basedOn: working.id === id && !working.unchanged,
      minor: id === 'earlyEstimates',
    };
  });
}

/** The plan path's industrial investment against 2017's; the range of the shares projects back. */
function leadingFact(overview: ReferenceOverview, i18n: I18n): string | null {
  const { planPath, backedShare } = overview.facts;
  if (planPath !== null) {
    const base = planPath.industrialInvestment2017;
    return i18n.t('reference.investmentRatio', {
      perYear: i18n.num(planPath.industrialInvestmentPerYear),
      base: i18n.num(base),
      unit: i18n.t('unit.yi'),
      ratio: base > 0 ? i18n.num(planPath.industrialInvestmentPerYear / base, 1) : i18n.t('targets.none'),
    });
  }
  if (backedShare !== null) {
    const shares = Object.values(backedShare).filter((share): share is number => share !== null);
    if (shares.length === 0) return null;
    return i18n.t('reference.backedRange', {
      min: i18n.pct(Math.min(...shares), 0),
      max: i18n.pct(Math.max(...shares), 0),
    });
  }
  return null;
}

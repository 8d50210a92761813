import { LEVERS } from '../data/levers';
import type { PlanDataset } from '../data/plan-types';
import type { Figure, LocalizedText } from '../data/provenance';

/**
 * What differs between two datasets (two versions of a period, or a period and the next), figure by
 * figure: the list a planner reads before re-running a scenario on a newer version.
 */

/** One figure that differs. `from`/`to` are null where the figure is absent on that side. */
export interface DatasetDifference {
  /** Stable key, e.g. "cluster.newMaterials.target", "project.p1.annualOutput". */
  readonly key: string;
  /** What it is, in both languages. */
  readonly label: LocalizedText;
  readonly from: number | null;
  readonly to: number | null;
  /** Only the source (provenance) changed, the value did not. */
  readonly sourceOnly: boolean;
}

interface Entry {
  readonly label: LocalizedText;
  readonly value: number | null;
  /** The provenance in words, to tell a changed source. */
  readonly source: string;
}

const LEVER_NAMES: Record<string, LocalizedText> = {
  growthRate: { zh: '现有企业增速', en: 'organic growth' },
  investmentPerYear: { zh: '年新增投资', en: 'yearly investment' },
  baseYearInvestment: { zh: '基年投资', en: 'base-year investment' },
  outputPerInvestment: { zh: '每亿元投资产出', en: 'output per investment' },
  lagYears: { zh: '投产滞后', en: 'lag' },
  rampUpShare: { zh: '首年达产率', en: 'first-year ramp-up' },
  landPace: { zh: '年备地', en: 'land readied per year' },
  landIntensity: { zh: '目标年地均产出', en: 'target-year output per km²' },
};

function sourceOf(figure: Figure): string {
  switch (figure.kind) {
    case 'plan':
      return `plan:${figure.source.section}|${figure.source.quote ?? ''}`;
    case 'derived':
      return `derived:${figure.formula.zh}`;
    case 'estimate':
      return `estimate:${figure.reasoning.zh}`;
    case 'actual':
      return `actual:${figure.year}|${figure.source.document}|${figure.source.date}`;
    case 'conflict':
      return `conflict:${figure.conflictId}`;
  }
}

function join(a: LocalizedText, b: LocalizedText): LocalizedText {
  return { zh: `${a.zh} · ${b.zh}`, en: `${a.en} · ${b.en}` };
}

function entries(dataset: PlanDataset): Map<string, Entry> {
  const map = new Map<string, Entry>();
  const add = (key: string, label: LocalizedText, figure: Figure | null) =>
    map.set(key, { label, value: figure?.value ?? null, source: figure === null ? '' : sourceOf(figure) });
  const plain = (key: string, label: LocalizedText, value: number) =>
    map.set(key, { label, value, source: '' });
  plain('horizon.baseYear', { zh: '基年', en: 'Base year' }, dataset.horizon.baseYear);
  plain('horizon.targetYear', { zh: '目标年', en: 'Target year' }, dataset.horizon.targetYear);
  for (const park of dataset.parks) {
    add(`park.${park.id}.area`, join(park.name, { zh: '规划面积', en: 'planned area' }), park.areaKm2);
  }
  for (const c of dataset.clusters) {
    add(`cluster.${c.id}.base`, join(c.name, { zh: '基年产值', en: 'base figure' }), c.base);
    add(`cluster.${c.id}.target`, join(c.name, { zh: '目标', en: 'target' }), c.target);
    add(
      `cluster.${c.id}.land`,
      join(c.name, { zh: '基年投产用地', en: 'base producing land' }),
      c.producingLandBase,
    );
    // The parks it draws on, as their planned area in all (a park added to it shows here too).
    plain(
      `cluster.${c.id}.parkArea`,
      join(c.name, { zh: '可用园区面积', en: 'area of its parks' }),
      c.parkIds.reduce((sum, id) => sum + (dataset.parks.find((p) => p.id === id)?.areaKm2.value ?? 0), 0),
    );
    for (const spec of LEVERS) {
      add(`cluster.${c.id}.${spec.id}`, join(c.name, LEVER_NAMES[spec.id]!), c.defaults[spec.id]);
    }
  }
  const zone = dataset.zone;
  const zoneName = { zh: '全区', en: 'Zone' };
  add(
    'zone.industrialOutputBase',
    join(zoneName, { zh: '基年工业总产值', en: 'base industrial output' }),
    zone.industrialOutputBase,
  );
  add(
    'zone.industrialOutputTarget',
    join(zoneName, { zh: '工业总产值目标', en: 'industrial output target' }),
    zone.industrialOutputTarget,
  );
  add('zone.intensityBase', join(zoneName, { zh: '基年产出强度', en: 'base intensity' }), zone.intensityBase);
  add(
    'zone.intensityTarget',
    join(zoneName, { zh: '产出强度目标', en: 'intensity target' }),
    zone.intensityTarget,
  );
  add(
    'zone.otherIndustryBase',
    join(zoneName, { zh: '其他工业', en: 'other industry' }),
    zone.otherIndustryBase,
  );
  add(
    'zone.otherIndustryGrowth',
    join(zoneName, { zh: '其他工业增速', en: 'other industry growth' }),
    zone.otherIndustryGrowth,
  );
  for (const indicator of dataset.indicators) {
    if (indicator.id === 'industrialOutput' || indicator.id === 'outputIntensity') continue;
    add(`indicator.${indicator.id}.base`, join(indicator.name, { zh: '基年', en: 'base' }), indicator.base);
    add(
      `indicator.${indicator.id}.target`,
      join(indicator.name, { zh: '目标', en: 'target' }),
      indicator.target,
    );
  }
  for (const p of dataset.keyProjects ?? []) {
    const d = p.defaults;
    add(`project.${p.id}.annualOutput`, join(p.name, { zh: '年产值', en: 'annual output' }), d.annualOutput);
    add(`project.${p.id}.startYear`, join(p.name, { zh: '投产年', en: 'start year' }), d.startYear);
    add(
      `project.${p.id}.rampUpShare`,
      join(p.name, { zh: '首年达产率', en: 'first-year ramp-up' }),
      d.rampUpShare,
    );
    add(`project.${p.id}.landKm2`, join(p.name, { zh: '用地', en: 'site' }), d.landKm2);
    add(`project.${p.id}.investment`, join(p.name, { zh: '投资', en: 'investment' }), p.investment);
  }
  return map;
}

/** Every figure that differs from `from` to `to`, in the order of `to` (then what `to` dropped). */
export function datasetDifferences(from: PlanDataset, to: PlanDataset): DatasetDifference[] {
  const a = entries(from);
  const b = entries(to);
  const out: DatasetDifference[] = [];
  const same = (x: number | null, y: number | null) =>
    x === y || (x !== null && y !== null && Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x)));
  for (const [key, entry] of b) {
    const old = a.get(key);
    if (old === undefined) {
      out.push({ key, label: entry.label, from: null, to: entry.value, sourceOnly: false });
    } else if (!same(old.value, entry.value)) {
      out.push({ key, label: entry.label, from: old.value, to: entry.value, sourceOnly: false });
    } else if (old.source !== entry.source) {
      out.push({ key, label: entry.label, from: old.value, to: entry.value, sourceOnly: true });
    }
  }
  for (const [key, entry] of a) {
    if (!b.has(key)) out.push({ key, label: entry.label, from: entry.value, to: null, sourceOnly: false });
  }
  return out;
}

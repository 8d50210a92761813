import type { ClusterId, KeyProjectData, ParkId, PlanDataset } from '../data/plan-types';
import { estimate, plan, type Figure } from '../data/provenance';

/**
 * A planner's edit of a period's figures (targets, park areas, key projects), each with its source,
 * as the periods view holds it; {@link applyDatasetEdit} makes the next version's dataset from it.
 * Pure data, no projection.
 */

/** A figure as the form holds it: the value typed and the source. */
export interface EditedFigure {
  readonly value: number;
  readonly source: string;
}

/** A key project as the form holds it. */
export interface EditedProject {
  /** The dataset's id, or a new one (`p` + a number) for a project added here. */
  readonly id: string;
  readonly name: string;
  readonly clusterId: ClusterId;
  readonly annualOutput: number;
  readonly startYear: number;
  /** Investment, 亿元; null when not given. */
  readonly investment: number | null;
  readonly source: string;
}

/** A park the form adds: its name, planned area with source, and the clusters that draw on it. */
export interface NewPark {
  /** Its id ("p-" and a number), unused by the dataset. */
  readonly id: string;
  readonly name: string;
  readonly area: number;
  readonly source: string;
  readonly clusterIds: readonly ClusterId[];
}

/** Everything the form edits. */
export interface DatasetEdit {
  readonly title: { readonly zh: string; readonly en: string };
  readonly clusterTargets: Readonly<Record<ClusterId, EditedFigure>>;
  readonly industrialOutputTarget: EditedFigure;
  readonly intensityTarget: EditedFigure;
  readonly parkAreas: Readonly<Partial<Record<ParkId, EditedFigure>>>;
  readonly projects: readonly EditedProject[];
  /** Parks added (absent: none). */
  readonly newParks?: readonly NewPark[];
}

/** What is wrong with a field of the edit. */
export interface EditProblem {
  /** The field, e.g. "target.newMaterials", "park.qinggang", "project.2.startYear". */
  readonly field: string;
  readonly problem: 'needsSource' | 'needsValue' | 'needsName' | 'needsYear' | 'needsCluster';
}

/** The source a figure shows in the form: its section (plan), document (actual) or '' (estimate). */
export function sourceText(figure: Figure): string {
  if (figure.kind === 'plan') return figure.source.section;
  if (figure.kind === 'actual') return figure.source.document;
  return '';
}

/** The form's starting values: the dataset as it is. */
export function editOf(dataset: PlanDataset): DatasetEdit {
  const figure = (f: Figure): EditedFigure => ({ value: f.value, source: sourceText(f) });
  return {
    title: { ...dataset.title },
    clusterTargets: Object.fromEntries(dataset.clusters.map((c) => [c.id, figure(c.target)])) as Record<
      ClusterId,
      EditedFigure
    >,
    industrialOutputTarget: figure(dataset.zone.industrialOutputTarget),
    intensityTarget: figure(dataset.zone.intensityTarget),
    parkAreas: Object.fromEntries(dataset.parks.map((p) => [p.id, figure(p.areaKm2)])),
    projects: (dataset.keyProjects ?? []).map((p) => ({
      id: p.id,
      name: p.name.zh,
      clusterId: p.clusterId,
      annualOutput: p.defaults.annualOutput.value,
      startYear: p.defaults.startYear.value,
      investment: p.investment?.value ?? null,
      source: p.capacity.source.section,
    })),
  };
}

/** Every problem of an edit, in the order of the form. */
export function editProblems(dataset: PlanDataset, edit: DatasetEdit): EditProblem[] {
  const problems: EditProblem[] = [];
  const check = (field: string, f: EditedFigure, positive = false) => {
    if (!Number.isFinite(f.value) || f.value < 0 || (positive && f.value === 0)) {
      problems.push({ field, problem: 'needsValue' });
    }
    if (f.source.trim() === '' || f.source.trim().length > 200)
      problems.push({ field, problem: 'needsSource' });
  };
  for (const c of dataset.clusters) check(`target.${c.id}`, edit.clusterTargets[c.id], true);
  check('target.industrialOutput', edit.industrialOutputTarget, true);
  check('target.intensity', edit.intensityTarget, true);
  for (const p of dataset.parks) {
    const area = edit.parkAreas[p.id];
    if (area !== undefined) check(`park.${p.id}`, area);
  }
  (edit.newParks ?? []).forEach((p, i) => {
    if (p.name.trim() === '' || p.name.trim().length > 200)
      problems.push({ field: `newPark.${i}.name`, problem: 'needsName' });
    check(`newPark.${i}`, { value: p.area, source: p.source }, true);
    if (p.clusterIds.length === 0) problems.push({ field: `newPark.${i}.clusters`, problem: 'needsCluster' });
  });
  const { baseYear, targetYear } = dataset.horizon;
  edit.projects.forEach((p, i) => {
    if (p.name.trim() === '' || p.name.trim().length > 200)
      problems.push({ field: `project.${i}.name`, problem: 'needsName' });
    if (!Number.isFinite(p.annualOutput) || p.annualOutput < 0 || p.annualOutput > 500) {
      problems.push({ field: `project.${i}.annualOutput`, problem: 'needsValue' });
    }
    if (!Number.isInteger(p.startYear) || p.startYear <= baseYear || p.startYear > targetYear + 3) {
      problems.push({ field: `project.${i}.startYear`, problem: 'needsYear' });
    }
    if (p.investment !== null && (!Number.isFinite(p.investment) || p.investment < 0)) {
      problems.push({ field: `project.${i}.investment`, problem: 'needsValue' });
    }
    if (p.source.trim() === '' || p.source.trim().length > 200) {
      problems.push({ field: `project.${i}.source`, problem: 'needsSource' });
    }
  });
  return problems;
}

/** The figure the edit gives: the dataset's own when neither value nor source changed. */
function figureOf(old: Figure, edited: EditedFigure): Figure {
  if (edited.value === old.value && edited.source.trim() === sourceText(old)) return old;
  return plan(edited.value, edited.source.trim());
}

function projectOf(dataset: PlanDataset, p: EditedProject): KeyProjectData {
  const old = dataset.keyProjects?.find((k) => k.id === p.id);
  const source = p.source.trim();
  const same =
    old !== undefined &&
    old.name.zh === p.name.trim() &&
    old.clusterId === p.clusterId &&
    old.defaults.annualOutput.value === p.annualOutput &&
    old.defaults.startYear.value === p.startYear &&
    (old.investment?.value ?? null) === p.investment &&
    old.capacity.source.section === source;
  if (same) return old;
  const name = p.name.trim();
  return {
    id: p.id,
    clusterId: p.clusterId,
    box: '',
    item: '',
    name: { zh: name, en: name },
    sponsor: null,
    capacity: { text: { zh: '', en: '' }, source: { section: source } },
    investment: p.investment === null ? null : plan(p.investment, source),
    siteArea: null,
    outsidePark: null,
    defaults: {
      annualOutput: plan(p.annualOutput, source),
      startYear: plan(p.startYear, source),
      rampUpShare:
        old?.defaults.rampUpShare ??
        estimate(0.5, {
          zh: '出处未给出首年达产率：取一半。',
          en: 'The source gives no first-year ramp-up: half.',
        }),
      landKm2:
        old?.defaults.landKm2 ??
        estimate(0, {
          zh: '出处未给出项目用地：按所属集群的地均产出用地。',
          en: 'The source gives no site: it needs land at its cluster’s output per km².',
        }),
    },
  };
}

/** An id for a park added in the form, not used by the dataset or the form's other new parks. */
export function newParkId(dataset: PlanDataset, parks: readonly NewPark[]): string {
  const used = new Set([...dataset.parks.map((p) => p.id), ...parks.map((p) => p.id)]);
  let n = dataset.parks.length + parks.length + 1;
  while (used.has(`p-${n}`)) n++;
  return `p-${n}`;
}

/** An id for a project added in the form, not used by the dataset or the form's other projects. */
export function newProjectId(dataset: PlanDataset, projects: readonly EditedProject[]): string {
  const used = new Set([...(dataset.keyProjects ?? []).map((p) => p.id), ...projects.map((p) => p.id)]);
  let n = used.size + 1;
  while (used.has(`p${n}`)) n++;
  return `p${n}`;
}

/**
 * The dataset with the edit applied (same version text: the caller gives it the next one). The zone
 * targets are also the targets of the indicators they measure.
 */
export function applyDatasetEdit(dataset: PlanDataset, edit: DatasetEdit): PlanDataset {
  const industrialOutputTarget = figureOf(dataset.zone.industrialOutputTarget, edit.industrialOutputTarget);
  const intensityTarget = figureOf(dataset.zone.intensityTarget, edit.intensityTarget);
  const added = edit.newParks ?? [];
  return {
    ...dataset,
    title: { zh: edit.title.zh.trim() || dataset.title.zh, en: edit.title.en.trim() || dataset.title.en },
    parks: [
      ...dataset.parks.map((p) => {
        const area = edit.parkAreas[p.id];
        return area === undefined ? p : { ...p, areaKm2: figureOf(p.areaKm2, area) };
      }),
      ...added.map((p) => ({
        id: p.id,
        name: { zh: p.name.trim(), en: p.name.trim() },
        areaKm2: plan(p.area, p.source.trim()),
        focus: { zh: '', en: '' },
      })),
    ],
    clusters: dataset.clusters.map((c) => ({
      ...c,
      target: figureOf(c.target, edit.clusterTargets[c.id]),
      parkIds: [...c.parkIds, ...added.filter((p) => p.clusterIds.includes(c.id)).map((p) => p.id)],
    })),
    zone: { ...dataset.zone, industrialOutputTarget, intensityTarget },
    indicators: dataset.indicators.map((i) =>
      i.id === 'industrialOutput'
        ? { ...i, target: industrialOutputTarget }
        : i.id === 'outputIntensity'
          ? { ...i, target: intensityTarget }
          : i,
    ),
    keyProjects: edit.projects.map((p) => projectOf(dataset, p)),
  };
}

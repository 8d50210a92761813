import { LEVERS, type LeverId } from '../data/levers';
import type { PlanDataset } from '../data/plan-types';
import type { Scenario } from '../scenario/scenario';
import { countedOutput, resolveProjects } from './key-projects';
import { resolveModel, type ResolvedModel } from './resolve-model';

/**
 * The projection's arithmetic, once (docs/model.md §1–§6): every figure of every cluster and year
 * computed over typed arrays from a compiled model and a parameter vector. `project()` builds its
 * result from it and the Monte Carlo simulation runs it per trial, so both give the same numbers by
 * construction. Pure and allocation-free per run.
 *
 * The model is one of levels, not of increments: in each year a cluster's potential output is what
 * its existing output, each vintage of investment, each key project and each link yield that year, so
 * a year never depends on the output of the year before — only land carries nothing over either:
 * the land a cluster may use in year t is its base land plus `pace × t`, shared within a pool of
 * parks when the pool runs short.
 */

/** Levers per cluster in a parameter vector, in `LEVERS` order. */
export const LEVERS_PER_CLUSTER = LEVERS.length;

const leverIndex = (id: LeverId): number => LEVERS.findIndex((lever) => lever.id === id);
const GROWTH = leverIndex('growthRate');
const INVESTMENT = leverIndex('investmentPerYear');
const BASE_INVESTMENT = leverIndex('baseYearInvestment');
const OUTPUT_PER_INVESTMENT = leverIndex('outputPerInvestment');
const LAG = leverIndex('lagYears');
const RAMP_UP = leverIndex('rampUpShare');
const PACE = leverIndex('landPace');
const INTENSITY = leverIndex('landIntensity');

/** Start years a project may have, as year indices 0 … N + 3 (scenario limits: to 3 years after the target year). */
const START_SLOTS_BEYOND = 4;

/** A scenario's plan figures, readings, projects and links reduced to flat numbers; the levers come per run. */
export interface CompiledModel {
  readonly resolved: ResolvedModel;
  /** Clusters C, in dataset order. */
  readonly clusterCount: number;
  /** Years n = N + 1, base year first. */
  readonly yearCount: number;
  /** Length of a parameter vector: C × levers + other industry's growth. */
  readonly parameterCount: number;
  /** 1 for industrial clusters, 0 for services. */
  readonly industrial: Uint8Array;
  /** Cluster indices, industrial clusters first (dataset order within each group): the order land is shared in. */
  readonly order: Int32Array;
  readonly base: Float64Array;
  readonly landBase: Float64Array;
  /** Base-year intensity (NaN without base land: the path is then flat at the lever). */
  readonly baseIntensity: Float64Array;
  readonly target: Float64Array;
  readonly poolOf: Int32Array;
  readonly poolArea: Float64Array;
  /** Per pool: area beyond the base land of its clusters, km² (≥ 0). */
  readonly poolRoom: Float64Array;
  /** Switched-on projects, grouped by cluster: `projectFrom[c] … projectFrom[c + 1] − 1`. */
  readonly projectFrom: Int32Array;
  /** Start year index, ramp-up share, counted output at full production (亿元/yr), own site (km², 0: none). */
  readonly projectStart: Int32Array;
  readonly projectRamp: Float64Array;
  readonly projectOutput: Float64Array;
  readonly projectSite: Float64Array;
  /**
   * `[c × slots + s]`: output of the cluster's switched-on projects that start producing in year index
   * s — what they take out of the generic investment vintage starting in that year.
   */
  readonly carveByStart: Float64Array;
  readonly carveSlots: number;
  readonly otherBase: number;
  readonly otherLand: number;
  /** Producer-services revenue per 亿元 of added industrial output (0 when the link is off). */
  readonly producerShare: number;
  /** The cluster producer services add to: the first services cluster, −1 if none. */
  readonly linkCluster: number;
}

/** What one run writes: `[c × n + t]` per cluster and year, `[t]` for the zone, `[p × n + t]` per pool. */
export interface KernelOutput {
  /** Output (revenue for services), 亿元. */
  readonly output: Float64Array;
  /** Potential with land to spare: existing + investment + projects + link, 亿元. */
  readonly potential: Float64Array;
  /** Existing output grown at organic growth, 亿元. */
  readonly existing: Float64Array;
  /** Output of investment vintages (generic investment, named projects taken out), 亿元. */
  readonly investment: Float64Array;
  /** Output of switched-on key projects, 亿元. */
  readonly projects: Float64Array;
  /** Producer-services revenue brought by industrial output (services only), 亿元. */
  readonly link: Float64Array;
  /** What the land the cluster may use could yield, 亿元. */
  readonly capacity: Float64Array;
  /** Land the cluster produces on, km². */
  readonly producingLand: Float64Array;
  /** Land the cluster wants to produce on (its output ÷ intensity, within its ready land; its sites), km². */
  readonly wantedLand: Float64Array;
  /** New land the cluster claims from its pool's room: (wanted − base land) + sites, km². */
  readonly claim: Float64Array;
  /** Land ready for the cluster (base land + pace × years, its projects' sites; its share when the pool is short), km². */
  readonly readyLand: Float64Array;
  /** Output per km² of producing land assumed, 亿元/km². */
  readonly intensity: Float64Array;
  /** 1 when land caps output. */
  readonly binds: Uint8Array;
  /** 1 when the cluster's parks are fully used or cannot give every cluster what it wants. */
  readonly full: Uint8Array;
  /** All industry: the four industrial clusters + other industry, 亿元. */
  readonly totalIndustrial: Float64Array;
  /** Other industry, 亿元. */
  readonly other: Float64Array;
  /** Producing land of all industry, km². */
  readonly totalLand: Float64Array;
  /** The figure the industrial-output target is measured on (reading of `otherIndustryIn600`), 亿元. */
  readonly targetOutput: Float64Array;
  /** The land the intensity target is measured on, km². */
  readonly targetLand: Float64Array;
  readonly serviceRevenue: Float64Array;
  /** Per pool: land its clusters want to produce on, and produce on, km². */
  readonly poolWanted: Float64Array;
  readonly poolProducing: Float64Array;
}

/** Scratch per cluster for one year (no allocation inside a run). */
interface Scratch {
  readonly g: Float64Array;
  readonly want: Float64Array;
  readonly fits: Uint8Array;
  readonly sited: Float64Array;
  readonly site: Float64Array;
  readonly ready: Float64Array;
  /** Per pool, six blocks: room left, land wanted (this group), the share given, whether short, land readied, land wanted (all). */
  readonly pool: Float64Array;
  readonly powers: Float64Array;
  /** Each cluster's intensity per year, `[c × n + t]`. */
  readonly intensities: Float64Array;
}

const SCRATCH = new WeakMap<CompiledModel, Scratch>();

function scratchOf(model: CompiledModel): Scratch {
  let scratch = SCRATCH.get(model);
  if (scratch === undefined) {
    const c = model.clusterCount;
    scratch = {
      g: new Float64Array(c),
      want: new Float64Array(c),
      fits: new Uint8Array(c),
      sited: new Float64Array(c),
      site: new Float64Array(c),
      ready: new Float64Array(c),
      pool: new Float64Array(model.poolArea.length * 6),
      powers: new Float64Array(c * model.yearCount),
      intensities: new Float64Array(c * model.yearCount),
    };
    SCRATCH.set(model, scratch);
  }
  return scratch;
}

/** Allocate the arrays one run writes. */
export function allocateOutput(model: CompiledModel): KernelOutput {
  const cn = model.clusterCount * model.yearCount;
  const n = model.yearCount;
  const pn = model.poolArea.length * n;
  return {
    output: new Float64Array(cn),
    potential: new Float64Array(cn),
    existing: new Float64Array(cn),
    investment: new Float64Array(cn),
    projects: new Float64Array(cn),
    link: new Float64Array(cn),
    capacity: new Float64Array(cn),
    producingLand: new Float64Array(cn),
    readyLand: new Float64Array(cn),
    wantedLand: new Float64Array(cn),
    claim: new Float64Array(cn),
    intensity: new Float64Array(cn),
    binds: new Uint8Array(cn),
    full: new Uint8Array(cn),
    totalIndustrial: new Float64Array(n),
    other: new Float64Array(n),
    totalLand: new Float64Array(n),
    targetOutput: new Float64Array(n),
    targetLand: new Float64Array(n),
    serviceRevenue: new Float64Array(n),
    poolWanted: new Float64Array(pn),
    poolProducing: new Float64Array(pn),
  };
}

/**
 * Compile the parts of a scenario the levers do not touch: the plan figures under its readings, its
 * switched-on projects (with the supply link applied) and its links.
 */
export function compileModel(dataset: PlanDataset, scenario: Scenario): CompiledModel {
  const resolved = resolveModel(dataset, scenario.conflictChoices);
  const clusters = resolved.clusters;
  const c = clusters.length;
  const n = resolved.years.length;
  const baseYear = resolved.years[0]!;
  const industrial = Uint8Array.from(clusters, (cl) => (cl.measure === 'industrialOutput' ? 1 : 0));
  const order = Int32Array.from([
    ...clusters.flatMap((cl, i) => (cl.measure === 'industrialOutput' ? [i] : [])),
    ...clusters.flatMap((cl, i) => (cl.measure === 'industrialOutput' ? [] : [i])),
  ]);
  const poolArea = Float64Array.from(resolved.pools, (pool) => pool.area);
  const poolRoom = Float64Array.from(resolved.pools, (pool, p) => {
    let base = 0;
    for (const cl of clusters) if (cl.poolIndex === p) base += cl.landBase;
    return Math.max(0, pool.area - base);
  });

  const slots = n + START_SLOTS_BEYOND;
  const carveByStart = new Float64Array(c * slots);
  const byCluster: { start: number; ramp: number; output: number; site: number }[][] = clusters.map(() => []);
  for (const project of resolveProjects(dataset, scenario)) {
    if (!project.enabled) continue;
    const index = clusters.findIndex((cl) => cl.id === project.clusterId);
    if (index < 0) continue;
    const start = project.startYear - baseYear;
    const output = countedOutput(project);
    byCluster[index]!.push({ start, ramp: project.rampUpShare, output, site: project.landKm2 });
    // A project's own output replaces the generic investment estimated from it; the processing a farm
    // base feeds is existing plants using local supply, which no investment stands for: it adds.
    if (start >= 0 && start < slots) {
      carveByStart[index * slots + start] = carveByStart[index * slots + start]! + project.annualOutput;
    }
  }
  const projectFrom = new Int32Array(c + 1);
  for (let i = 0; i < c; i++) projectFrom[i + 1] = projectFrom[i]! + byCluster[i]!.length;
  const all = byCluster.flat();
  const links = scenario.links;
  return {
    resolved,
    clusterCount: c,
    yearCount: n,
    parameterCount: c * LEVERS_PER_CLUSTER + 1,
    industrial,
    order,
    base: Float64Array.from(clusters, (cl) => cl.base),
    landBase: Float64Array.from(clusters, (cl) => cl.landBase),
    baseIntensity: Float64Array.from(clusters, (cl) => cl.baseIntensity),
    target: Float64Array.from(clusters, (cl) => cl.target),
    poolOf: Int32Array.from(clusters, (cl) => cl.poolIndex),
    poolArea,
    poolRoom,
    projectFrom,
    projectStart: Int32Array.from(all, (p) => p.start),
    projectRamp: Float64Array.from(all, (p) => p.ramp),
    projectOutput: Float64Array.from(all, (p) => p.output),
    projectSite: Float64Array.from(all, (p) => p.site),
    carveByStart,
    carveSlots: slots,
    otherBase: resolved.otherIndustryBase,
    otherLand: resolved.otherIndustryLand,
    producerShare: links.producerServices.enabled ? links.producerServices.share : 0,
    linkCluster: industrial.indexOf(0),
  };
}

/** Compiled models kept per dataset, most recent last: a lever move compiles nothing again. */
const COMPILED = new WeakMap<PlanDataset, Map<string, CompiledModel>>();
/** How many compiled models a dataset keeps (scenarios differing in readings, projects or links). */
const COMPILED_KEPT = 8;

/**
 * The compiled model of a scenario, from a small cache keyed on what compiling reads besides the
 * dataset (conflict readings, project settings, links): equal inputs give an equal model, so a
 * cached one is used as is. Compiled models are never changed after they are made.
 */
export function compiledModel(dataset: PlanDataset, scenario: Scenario): CompiledModel {
  let kept = COMPILED.get(dataset);
  if (kept === undefined) {
    kept = new Map();
    COMPILED.set(dataset, kept);
  }
  const key = JSON.stringify([scenario.conflictChoices, scenario.projects ?? null, scenario.links]);
  let model = kept.get(key);
  if (model !== undefined) {
    kept.delete(key);
  } else {
    model = compileModel(dataset, scenario);
    if (kept.size >= COMPILED_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(key, model);
  return model;
}

/** Index of a cluster's lever in a parameter vector. */
export function leverParameter(cluster: number, lever: LeverId): number {
  return cluster * LEVERS_PER_CLUSTER + leverIndex(lever);
}

/** Index of other industry's growth in a parameter vector. */
export function otherGrowthParameter(model: CompiledModel): number {
  return model.parameterCount - 1;
}

/** The parameter vector of a scenario: each cluster's levers in `LEVERS` order, then other industry's growth. */
export function parametersOf(model: CompiledModel, scenario: Scenario): Float64Array {
  const params = new Float64Array(model.parameterCount);
  model.resolved.clusters.forEach((cluster, c) => {
    const levers = scenario.clusters[cluster.id];
    for (let l = 0; l < LEVERS_PER_CLUSTER; l++) params[c * LEVERS_PER_CLUSTER + l] = levers[LEVERS[l]!.id];
  });
  params[model.parameterCount - 1] = scenario.otherIndustryGrowth;
  return params;
}

/**
 * A cluster's intensity in every year index 0 … last, written into `into` from `offset`: the base
 * year's (data) moving at a steady yearly rate, (target ÷ base)^(1/last), to the target year's (the
 * lever), which it is exactly; flat at the lever without base land. One power per cluster and run.
 */
export function intensityPath(
  baseIntensity: number,
  targetIntensity: number,
  last: number,
  into: Float64Array,
  offset: number,
): void {
  if (!(baseIntensity > 0) || last === 0) {
    for (let t = 0; t <= last; t++) into[offset + t] = targetIntensity;
    if (baseIntensity > 0) into[offset] = baseIntensity;
    return;
  }
  const step = (targetIntensity / baseIntensity) ** (1 / last);
  let intensity = baseIntensity;
  for (let t = 0; t < last; t++) {
    into[offset + t] = intensity;
    intensity *= step;
  }
  into[offset + last] = targetIntensity;
}

/**
 * The potential of cluster `c` in year index `t ≥ 1` apart from land and links, written into `parts`:
 * [existing, investment, projects without a site, projects with a site, their sites (km²)]. `powers`
 * holds (1 + g)^k for k = 0 … t.
 */
export function clusterPotential(
  model: CompiledModel,
  params: Float64Array,
  c: number,
  t: number,
  powers: Float64Array,
  powerOffset: number,
  parts: Float64Array,
): void {
  const o = c * LEVERS_PER_CLUSTER;
  const perYear = params[o + INVESTMENT]!;
  const baseYear = params[o + BASE_INVESTMENT]!;
  const k = params[o + OUTPUT_PER_INVESTMENT]!;
  const lag = params[o + LAG]!;
  const r = params[o + RAMP_UP]!;
  const slots = model.carveSlots;
  const carve = model.carveByStart;
  // Investment vintages s = 0 … t − lag (vintage s starts producing in year s + lag).
  let investment = 0;
  for (let s = 0; s + lag <= t; s++) {
    const full = k * (s === 0 ? baseYear : perYear);
    const first = s + lag;
    const taken = first < slots ? carve[c * slots + first]! : 0;
    const own = full - (taken < full ? taken : full);
    if (first === 0) investment += (1 - r) * own * powers[powerOffset + t - 1]!;
    else if (t === first) investment += r * own;
    else investment += own * powers[powerOffset + t - first - 1]!;
  }
  let unsited = 0;
  let sited = 0;
  let site = 0;
  for (let j = model.projectFrom[c]!; j < model.projectFrom[c + 1]!; j++) {
    const start = model.projectStart[j]!;
    if (t < start) continue;
    const v = model.projectOutput[j]!;
    const level = t === start ? model.projectRamp[j]! * v : v * powers[powerOffset + t - start - 1]!;
    const a = model.projectSite[j]!;
    if (a > 0) {
      sited += level;
      site += a;
    } else {
      unsited += level;
    }
  }
  parts[0] = model.base[c]! * powers[powerOffset + t]!;
  parts[1] = investment;
  parts[2] = unsited;
  parts[3] = sited;
  parts[4] = site;
}

const PARTS = new Float64Array(5);

/**
 * Run the model: fill `out` for every cluster, pool and year from the parameter vector. The same
 * model and parameters give the same numbers bit for bit.
 */
export function runKernel(model: CompiledModel, params: Float64Array, out: KernelOutput): void {
  const n = model.yearCount;
  const last = n - 1;
  const cCount = model.clusterCount;
  const pools = model.poolArea.length;
  const s = scratchOf(model);
  const powers = s.powers;
  const intensities = s.intensities;
  for (let c = 0; c < cCount; c++) {
    const g = params[c * LEVERS_PER_CLUSTER + GROWTH]!;
    let p = 1;
    for (let t = 0; t < n; t++) {
      powers[c * n + t] = p;
      p *= 1 + g;
    }
    intensityPath(
      model.baseIntensity[c]!,
      params[c * LEVERS_PER_CLUSTER + INTENSITY]!,
      last,
      intensities,
      c * n,
    );
  }
  const otherGrowth = params[model.parameterCount - 1]!;

  // The base year: every figure is the plan's.
  let clusterOutput0 = 0;
  let clusterLand0 = 0;
  let services0 = 0;
  for (let c = 0; c < cCount; c++) {
    const at = c * n;
    const y = model.base[c]!;
    const land = model.landBase[c]!;
    out.output[at] = y;
    out.potential[at] = y;
    out.existing[at] = y;
    out.investment[at] = 0;
    out.projects[at] = 0;
    out.link[at] = 0;
    out.capacity[at] = y;
    out.producingLand[at] = land;
    out.readyLand[at] = land;
    out.wantedLand[at] = land;
    out.claim[at] = 0;
    out.intensity[at] = intensities[at]!;
    out.binds[at] = 0;
    out.full[at] = 0;
    if (model.industrial[c] === 1) {
      clusterOutput0 += y;
      clusterLand0 += land;
    } else {
      services0 += y;
    }
  }
  for (let p = 0; p < pools; p++) {
    let land = 0;
    for (let c = 0; c < cCount; c++) if (model.poolOf[c] === p) land += model.landBase[c]!;
    out.poolWanted[p * n] = land;
    out.poolProducing[p * n] = land;
  }
  writeZone(model, out, 0, clusterOutput0, clusterLand0, services0, model.otherBase);
  const industrial0 = out.totalIndustrial[0]!;

  const roomLeft = s.pool.subarray(0, pools);
  const wanted = s.pool.subarray(pools, 2 * pools);
  const factor = s.pool.subarray(2 * pools, 3 * pools);
  const short = s.pool.subarray(3 * pools, 4 * pools);
  const readySum = s.pool.subarray(4 * pools, 5 * pools);
  const wantedAll = s.pool.subarray(5 * pools, 6 * pools);
  let otherPower = 1;
  for (let t = 1; t < n; t++) {
    otherPower *= 1 + otherGrowth;
    const other = model.otherBase * otherPower;
    let clusterOutput = 0;
    let clusterLand = 0;
    let services = 0;
    roomLeft.set(model.poolRoom);
    short.fill(0);
    readySum.fill(0);
    wantedAll.fill(0);
    // Industrial clusters first: a pool's room goes to them before services take what is left.
    for (let group = 1; group >= 0; group--) {
      wanted.fill(0);
      for (let i = 0; i < cCount; i++) {
        const c = model.order[i]!;
        if (model.industrial[c] !== group) continue;
        clusterPotential(model, params, c, t, powers, c * n, PARTS);
        const at = c * n + t;
        const added = clusterOutput + other - industrial0;
        const link = c === model.linkCluster && added > 0 ? model.producerShare * added : 0;
        const generic = PARTS[0]! + PARTS[1]! + PARTS[2]! + link;
        const o = c * LEVERS_PER_CLUSTER;
        const intensity = intensities[at]!;
        const landBase = model.landBase[c]!;
        const ready = landBase + params[o + PACE]! * t;
        const need = generic / intensity;
        const fits = need <= ready;
        const want = fits ? (need > landBase ? need : landBase) : ready;
        s.g[c] = generic;
        s.want[c] = want;
        s.fits[c] = fits ? 1 : 0;
        s.sited[c] = PARTS[3]!;
        s.site[c] = PARTS[4]!;
        s.ready[c] = ready;
        out.existing[at] = PARTS[0]!;
        out.investment[at] = PARTS[1]!;
        out.projects[at] = PARTS[2]! + PARTS[3]!;
        out.link[at] = link;
        out.intensity[at] = intensity;
        out.wantedLand[at] = want + PARTS[4]!;
        const claim = want - landBase + PARTS[4]!;
        out.claim[at] = claim;
        const p = model.poolOf[c]!;
        wanted[p] = wanted[p]! + claim;
        wantedAll[p] = wantedAll[p]! + want + PARTS[4]!;
        readySum[p] = readySum[p]! + ready + PARTS[4]!;
      }
      for (let p = 0; p < pools; p++) {
        const room = roomLeft[p]!;
        factor[p] = wanted[p]! <= room ? 1 : room / wanted[p]!;
        if (factor[p]! < 1) short[p] = 1;
      }
      for (let i = 0; i < cCount; i++) {
        const c = model.order[i]!;
        if (model.industrial[c] !== group) continue;
        const at = c * n + t;
        const f = factor[model.poolOf[c]!]!;
        const landBase = model.landBase[c]!;
        const intensity = out.intensity[at]!;
        const generic = s.g[c]!;
        const sited = s.sited[c]!;
        const land = landBase + f * (s.want[c]! - landBase);
        const siteLand = f * s.site[c]!;
        const unbound = f === 1 && s.fits[c] === 1;
        const cap = land * intensity;
        const y = (unbound ? generic : generic < cap ? generic : cap) + f * sited;
        // What the cluster could use if it wanted all its ready land, the others wanting what they do.
        const p = model.poolOf[c]!;
        const claimAll = s.ready[c]! - landBase + s.site[c]!;
        let wantedAll = 0;
        for (let d = 0; d < cCount; d++) {
          if (model.poolOf[d] !== p || model.industrial[d] !== group) continue;
          wantedAll += d === c ? claimAll : out.claim[d * n + t]!;
        }
        const fAll = wantedAll <= roomLeft[p]! ? 1 : roomLeft[p]! / wantedAll;
        const usable = landBase + fAll * (s.ready[c]! - landBase);
        out.output[at] = y;
        out.potential[at] = generic + sited;
        out.capacity[at] = usable * intensity + fAll * sited;
        out.producingLand[at] = land + siteLand;
        out.readyLand[at] = usable + fAll * s.site[c]!;
        out.binds[at] = (!unbound && generic > cap) || (f < 1 && sited > 0) ? 1 : 0;
        if (group === 1) {
          clusterOutput += y;
          clusterLand += land + siteLand;
        } else {
          services += y;
        }
      }
      if (group === 1) roomAfterIndustry(model, out, t, roomLeft);
    }
    for (let p = 0; p < pools; p++) {
      let producing = 0;
      for (let c = 0; c < cCount; c++) if (model.poolOf[c] === p) producing += out.producingLand[c * n + t]!;
      out.poolProducing[p * n + t] = producing;
      out.poolWanted[p * n + t] = wantedAll[p]!;
      const full = short[p] === 1 || readySum[p]! >= model.poolArea[p]! ? 1 : 0;
      for (let c = 0; c < cCount; c++) if (model.poolOf[c] === p) out.full[c * n + t] = full;
    }
    writeZone(model, out, t, clusterOutput, clusterLand, services, other);
  }
}

/** Each pool's room left to services in year index t: its room less the new land industry produces on. */
function roomAfterIndustry(model: CompiledModel, out: KernelOutput, t: number, roomLeft: Float64Array): void {
  const n = model.yearCount;
  roomLeft.set(model.poolRoom);
  for (let d = 0; d < model.clusterCount; d++) {
    if (model.industrial[d] !== 1) continue;
    const p = model.poolOf[d]!;
    roomLeft[p] = roomLeft[p]! - (out.producingLand[d * n + t]! - model.landBase[d]!);
  }
  for (let p = 0; p < roomLeft.length; p++) if (roomLeft[p]! < 0) roomLeft[p] = 0;
}

/** The zone in year index t from the industrial clusters' output and land, services and other industry. */
function writeZone(
  model: CompiledModel,
  out: KernelOutput,
  t: number,
  clusterOutput: number,
  clusterLand: number,
  services: number,
  other: number,
): void {
  const inside = model.resolved.otherIndustryInTarget;
  out.totalIndustrial[t] = clusterOutput + other;
  out.other[t] = other;
  out.totalLand[t] = clusterLand + model.otherLand;
  out.targetOutput[t] = inside ? clusterOutput + other : clusterOutput;
  out.targetLand[t] = inside ? clusterLand + model.otherLand : clusterLand;
  out.serviceRevenue[t] = services;
}

/**
 * The target-year potential of cluster `c` as polynomials in x = 1 + g (organic growth): the parts
 * without a site (existing output, investment vintages, projects without a site) and those with one,
 * so that the growth solve evaluates a candidate rate in a few multiplications. Coefficients `[k]`
 * multiply x^k; the same terms as {@link clusterPotential} computes for year `t`.
 */
function potentialPolynomial(
  model: CompiledModel,
  params: Float64Array,
  c: number,
  t: number,
  generic: Float64Array,
  sited: Float64Array,
): number {
  generic.fill(0);
  sited.fill(0);
  const o = c * LEVERS_PER_CLUSTER;
  const perYear = params[o + INVESTMENT]!;
  const baseYear = params[o + BASE_INVESTMENT]!;
  const k = params[o + OUTPUT_PER_INVESTMENT]!;
  const lag = params[o + LAG]!;
  const r = params[o + RAMP_UP]!;
  const slots = model.carveSlots;
  for (let s = 0; s + lag <= t; s++) {
    const full = k * (s === 0 ? baseYear : perYear);
    const first = s + lag;
    const taken = first < slots ? model.carveByStart[c * slots + first]! : 0;
    const own = full - (taken < full ? taken : full);
    if (first === 0) generic[t - 1] = generic[t - 1]! + (1 - r) * own;
    else if (t === first) generic[0] = generic[0]! + r * own;
    else generic[t - first - 1] = generic[t - first - 1]! + own;
  }
  let site = 0;
  for (let j = model.projectFrom[c]!; j < model.projectFrom[c + 1]!; j++) {
    const start = model.projectStart[j]!;
    if (t < start) continue;
    const v = model.projectOutput[j]!;
    const into = model.projectSite[j]! > 0 ? sited : generic;
    if (t === start) into[0] = into[0]! + model.projectRamp[j]! * v;
    else into[t - start - 1] = into[t - start - 1]! + v;
    site += model.projectSite[j]!;
  }
  generic[t] = generic[t]! + model.base[c]!;
  return site;
}

/** Evaluate a polynomial with coefficients `[k]` of x^k at x (Horner). */
function horner(coefficients: Float64Array, x: number): number {
  let value = 0;
  for (let k = coefficients.length - 1; k >= 0; k--) value = value * x + coefficients[k]!;
  return value;
}

/**
 * What the target-year output of one cluster depends on, apart from its organic growth, as a run
 * left it: its potential as polynomials in 1 + g, its link revenue, its land and its pool's room and
 * the other clusters' claims on it. Equal contexts give equal answers, so the growth solve of a
 * cluster whose context did not change is not repeated.
 */
export class GrowthContext {
  readonly generic: Float64Array;
  readonly sited: Float64Array;
  /** [site, link, intensity, landBase, ready, room, others, target]. */
  readonly scalars = new Float64Array(8);

  constructor(years: number) {
    this.generic = new Float64Array(years);
    this.sited = new Float64Array(years);
  }

  /** Fill the context of cluster `c` from a run of the kernel with these parameters. */
  fill(model: CompiledModel, params: Float64Array, out: KernelOutput, c: number): void {
    const n = model.yearCount;
    const t = n - 1;
    const site = potentialPolynomial(model, params, c, t, this.generic, this.sited);
    const at = c * n + t;
    const landBase = model.landBase[c]!;
    const pool = model.poolOf[c]!;
    const group = model.industrial[c]!;
    let room = model.poolRoom[pool]!;
    let others = 0;
    for (let d = 0; d < model.clusterCount; d++) {
      if (model.poolOf[d] !== pool) continue;
      if (group === 0 && model.industrial[d] === 1)
        room -= out.producingLand[d * n + t]! - model.landBase[d]!;
      else if (d !== c && model.industrial[d] === group) others += out.claim[d * n + t]!;
    }
    const sc = this.scalars;
    sc[0] = site;
    sc[1] = out.link[at]!;
    sc[2] = out.intensity[at]!;
    sc[3] = landBase;
    sc[4] = landBase + params[c * LEVERS_PER_CLUSTER + PACE]! * t;
    sc[5] = room > 0 ? room : 0;
    sc[6] = others;
    sc[7] = model.target[c]!;
  }

  /** Whether another context holds the same numbers (then the same solve applies). */
  equals(other: GrowthContext): boolean {
    return (
      sameNumbers(this.generic, other.generic) &&
      sameNumbers(this.sited, other.sited) &&
      sameNumbers(this.scalars, other.scalars)
    );
  }

  /** Copy another context's numbers into this one. */
  copy(other: GrowthContext): void {
    this.generic.set(other.generic);
    this.sited.set(other.sited);
    this.scalars.set(other.scalars);
  }

  /** Target-year output at organic growth g: the kernel's land rules for that one year. */
  outputAt(g: number): number {
    const x = 1 + g;
    const [site, link, intensity, landBase, ready, room, others] = this.scalars;
    const generic = horner(this.generic, x) + link!;
    const sited = horner(this.sited, x);
    const need = generic / intensity!;
    const fits = need <= ready!;
    const want = fits ? (need > landBase! ? need : landBase!) : ready!;
    const wanted = others! + (want - landBase!) + site!;
    const f = wanted <= room! ? 1 : room! / wanted;
    const cap = (landBase! + f * (want - landBase!)) * intensity!;
    return (f === 1 && fits ? generic : generic < cap ? generic : cap) + f * sited;
  }

  /** What the cluster could yield in the target year wanting all its ready land. */
  capacity(gMax: number): number {
    const [site, , intensity, landBase, ready, room, others] = this.scalars;
    const sited = horner(this.sited, 1 + gMax);
    const wanted = others! + (ready! - landBase!) + site!;
    const f = wanted <= room! ? 1 : room! / wanted;
    return (landBase! + f * (ready! - landBase!)) * intensity! + f * sited;
  }
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return false;
  return true;
}

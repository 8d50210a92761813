import type { ActualValue } from '../../data/actuals-types';
import type {
  ClusterData,
  ClusterId,
  ClusterLeverDefaults,
  PlanDataset,
  ZoneIndicator,
} from '../../data/plan-types';
import { actual, derived, estimate, plan, type Figure, type LocalizedText } from '../../data/provenance';
import { actualSeries } from '../evaluation/actual-series';
import { leverSpec } from '../../data/levers';
import { backFit, type BackFit } from '../evaluation/back-fit';
import { project } from '../project';
import { referenceScenario } from '../reference-scenarios';
import { baseYearCandidates } from './base-years';

export { baseYearCandidates };

/**
 * A new plan period built from the actuals (issue 14, part 5; docs/scenario-format.md, "Datasets"):
 * base year = the last year with every cluster's actual output, base figures = that year's actuals,
 * lever defaults = the back-fit of the previous plan to its actuals (the lessons carried over),
 * targets = what the planner enters, each with its source. Figures nobody gives are estimates that
 * say where they come from. Pure: the caller stores the dataset it returns.
 */

/** A figure the planner enters: its value and where it stands (the new plan's document and section). */
export interface EnteredFigure {
  readonly value: number;
  /** The document and section, e.g. "黔江高新区“十四五”产业发展规划 第三章"; 1–200 characters. */
  readonly source: string;
  /** The plan's own words, if the planner quotes them. */
  readonly quote?: string;
}

/** What the planner decides when starting a new period. */
export interface NextPeriodRequest {
  /** The family the dataset belongs to (src/dataset-format/dataset-version.ts); its first version is 1. */
  readonly line: string;
  readonly title: LocalizedText;
  /** The new base year: a year with every cluster's actual output. */
  readonly baseYear: number;
  /** The year of the new targets, 1–15 years after the base year. */
  readonly targetYear: number;
  /** Each cluster's target for the target year, 亿元. */
  readonly clusterTargets: Readonly<Record<ClusterId, EnteredFigure>>;
  /** Zone industrial output target, 亿元. */
  readonly industrialOutputTarget: EnteredFigure;
  /** Zone output intensity target, 亿元/km². */
  readonly intensityTarget: EnteredFigure;
  /** When it is made, ISO date "YYYY-MM-DD". */
  readonly createdOn: string;
}

/** Why a new period cannot be built, naming what is missing. */
export type NextPeriodProblem =
  | { readonly code: 'missingOutput'; readonly clusterId: ClusterId; readonly year: number }
  | { readonly code: 'baseYearRange'; readonly min: number; readonly max: number }
  | { readonly code: 'targetYearRange'; readonly min: number; readonly max: number }
  | { readonly code: 'targetValue'; readonly field: string }
  | { readonly code: 'source'; readonly field: string };

/** Longest new period, years. */
export const MAX_PERIOD_YEARS = 15;
/** Largest target the planner may enter, 亿元 (and 亿元/km² for intensity). */
export const MAX_ENTERED_TARGET = 100_000;

function valueOf(values: readonly ActualValue[], key: string, year: number): ActualValue | undefined {
  return values.find((v) => v.key === key && v.year === year);
}

function asFigure(a: ActualValue): Figure {
  return actual(a.value, a.year, a.source.document, a.source.date);
}

function entered(e: EnteredFigure): Figure {
  return plan(e.value, e.source.trim(), e.quote?.trim() === '' ? undefined : e.quote?.trim());
}

/** Check the request against the actuals; every problem, in the order of the form. */
export function checkNextPeriod(
  from: PlanDataset,
  values: readonly ActualValue[],
  request: NextPeriodRequest,
): NextPeriodProblem[] {
  const problems: NextPeriodProblem[] = [];
  const candidates = baseYearCandidates(from, values);
  if (!candidates.includes(request.baseYear)) {
    const min = from.horizon.baseYear + 1;
    const max = candidates.at(-1) ?? min;
    problems.push({ code: 'baseYearRange', min, max });
    for (const cluster of from.clusters) {
      if (valueOf(values, `output.${cluster.id}`, request.baseYear) === undefined) {
        problems.push({ code: 'missingOutput', clusterId: cluster.id, year: request.baseYear });
      }
    }
  }
  const span = request.targetYear - request.baseYear;
  if (!Number.isInteger(request.targetYear) || span < 1 || span > MAX_PERIOD_YEARS) {
    problems.push({
      code: 'targetYearRange',
      min: request.baseYear + 1,
      max: request.baseYear + MAX_PERIOD_YEARS,
    });
  }
  const fields: [string, EnteredFigure][] = [
    ...from.clusters.map((c): [string, EnteredFigure] => [`target.${c.id}`, request.clusterTargets[c.id]]),
    ['target.industrialOutput', request.industrialOutputTarget],
    ['target.intensity', request.intensityTarget],
  ];
  for (const [field, figure] of fields) {
    if (!Number.isFinite(figure.value) || figure.value <= 0 || figure.value > MAX_ENTERED_TARGET) {
      problems.push({ code: 'targetValue', field });
    }
    const source = figure.source.trim();
    if (source.length === 0 || source.length > 200) problems.push({ code: 'source', field });
  }
  return problems;
}

/** A lever default carried over from the previous dataset, saying so. */
function carried(figure: Figure, from: PlanDataset): Figure {
  return estimate(figure.value, {
    zh: `沿用《${from.title.zh}》（${from.version}）的取值 ${round(figure.value)}。`,
    en: `Carried over from “${from.title.en}” (${from.version}): ${round(figure.value)}.`,
  });
}

function round(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function fittedLever(fit: BackFit | null, clusterId: ClusterId, leverId: string) {
  const cluster = fit?.clusters.find((c) => c.clusterId === clusterId);
  if (cluster === undefined || !cluster.fitted) return null;
  const lever = cluster.levers.find((l) => l.leverId === leverId);
  return lever === undefined || lever.basis === 'kept' ? null : lever;
}

/**
 * Build the first version of a new period's dataset from the previous one and its actuals.
 * @throws RangeError when {@link checkNextPeriod} finds a problem (check first to show them).
 */
export function nextPeriodDataset(
  from: PlanDataset,
  values: readonly ActualValue[],
  request: NextPeriodRequest,
): PlanDataset {
  const problems = checkNextPeriod(from, values, request);
  if (problems.length > 0) throw new RangeError(`cannot build the period: ${problems[0]!.code}`);
  const { baseYear, targetYear } = request;
  const lastFitYear = Math.min(baseYear, from.horizon.targetYear);
  const fitValues = values.filter((v) => v.year <= lastFitYear);
  const planPath = referenceScenario(from, 'planPath');
  const series = actualSeries(from, fitValues);
  const fit = series.lastYear === null ? null : backFit(from, planPath, series);
  const fittedProjection = fit === null ? null : project(from, fit.scenario);
  const fitYears = `${from.horizon.baseYear + 1}–${lastFitYear}`;

  const fromFit = (clusterId: ClusterId, leverId: keyof ClusterLeverDefaults, old: Figure): Figure => {
    const lever = fittedLever(fit, clusterId, leverId);
    if (lever === null) return carried(old, from);
    const shown = leverId === 'growthRate' ? percent(lever.fitted) : round(lever.fitted);
    const cluster = fit!.clusters.find((c) => c.clusterId === clusterId)!;
    const { min, max } = leverSpec('growthRate');
    if (leverId === 'growthRate' && (lever.fitted <= min || lever.fitted >= max)) {
      // Growth at an end of its range: the model could not follow the actual path (a collapse or a
      // leap beyond what growth and investment express); no lesson for the next period's firms, whose
      // growth then stays the plan path's.
      return estimate(lever.plan, {
        zh: `${fitYears} 年实际数的反推落在取值范围的边界（增速 ${shown}，拟合误差 ${round(cluster.rmse)} 亿元），模型复现不了实际路径，此增速不作新一期的默认值：沿用上一期规划路径的 ${percent(lever.plan)}。`,
        en: `The back-fit to the actuals of ${fitYears} ends at a bound of a range (growth ${shown}, fit error ${round(cluster.rmse)} 亿元): the model does not reproduce the actual path, so this growth is not the new period's default; the previous plan path's ${percent(lever.plan)} stands.`,
      });
    }
    return estimate(lever.fitted, {
      zh: `由 ${fitYears} 年实际数反推（${lever.basis === 'fromActuals' ? '取实际投资的平均' : '最小二乘拟合'}）：${shown}；上一期规划路径为 ${leverId === 'growthRate' ? percent(lever.plan) : round(lever.plan)}。`,
      en: `Back-fitted to the actuals of ${fitYears} (${lever.basis === 'fromActuals' ? 'mean of the actual investment' : 'least squares'}): ${shown}; the previous plan path had ${leverId === 'growthRate' ? percent(lever.plan) : round(lever.plan)}.`,
    });
  };

  const clusters: ClusterData[] = from.clusters.map((cluster) => {
    const output = valueOf(values, `output.${cluster.id}`, baseYear)!;
    const land = valueOf(values, `land.${cluster.id}`, baseYear);
    const investment = valueOf(values, `investment.${cluster.id}`, baseYear);
    const landFigure: Figure = (() => {
      if (land !== undefined) return asFigure(land);
      const projected =
        fittedProjection !== null && baseYear <= from.horizon.targetYear
          ? fittedProjection.clusters.find((c) => c.id === cluster.id)!.years[
              baseYear - from.horizon.baseYear
            ]!.producingLand
          : null;
      if (projected !== null) {
        return estimate(projected, {
          zh: `${baseYear} 年投产用地无实际数：取反推情景 ${baseYear} 年的投产用地 ${round(projected)} km²。`,
          en: `No actual of the ${baseYear} producing land: the back-fitted scenario's ${round(projected)} km² of ${baseYear}.`,
        });
      }
      const intensity = cluster.defaults.landIntensity.value;
      return estimate(output.value / intensity, {
        zh: `${baseYear} 年投产用地无实际数：实际产出 ${round(output.value)} ÷ 上一期目标年地均产出 ${round(intensity)}。`,
        en: `No actual of the ${baseYear} producing land: actual output ${round(output.value)} ÷ the previous target-year intensity ${round(intensity)}.`,
      });
    })();
    const yearly = fromFit(cluster.id, 'investmentPerYear', cluster.defaults.investmentPerYear);
    const baseIntensity = output.value / Math.max(landFigure.value, 1e-9);
    return {
      ...cluster,
      base: asFigure(output),
      target: entered(request.clusterTargets[cluster.id]),
      producingLandBase: landFigure,
      defaults: {
        growthRate: fromFit(cluster.id, 'growthRate', cluster.defaults.growthRate),
        investmentPerYear: yearly,
        baseYearInvestment:
          investment !== undefined
            ? asFigure(investment)
            : estimate(yearly.value, {
                zh: `${baseYear} 年投资无实际数：取年新增投资 ${round(yearly.value)} 亿元。`,
                en: `No actual of the ${baseYear} investment: the yearly investment, ${round(yearly.value)}.`,
              }),
        outputPerInvestment: fromFit(cluster.id, 'outputPerInvestment', cluster.defaults.outputPerInvestment),
        lagYears: carried(cluster.defaults.lagYears, from),
        rampUpShare: carried(cluster.defaults.rampUpShare, from),
        landPace: fromFit(cluster.id, 'landPace', cluster.defaults.landPace),
        landIntensity: estimate(Math.round(baseIntensity * 10) / 10, {
          zh: `新规划的目标年地均产出待定：取 ${baseYear} 年的 ${round(output.value)} ÷ ${round(landFigure.value)} km²，保持不变。`,
          en: `The new plan's target-year output per km² is not set yet: ${baseYear}'s ${round(output.value)} ÷ ${round(landFigure.value)} km², held.`,
        }),
      },
    };
  });

  const industrial = clusters.filter((c) => c.measure === 'industrialOutput');
  const industrialBaseSum = industrial.reduce((sum, c) => sum + c.base.value, 0);
  const zoneOutput = valueOf(values, 'indicator.industrialOutput', baseYear);
  const otherGrowth =
    fit !== null && fit.otherIndustry.fitted
      ? estimate(fit.otherIndustry.growth, {
          zh: `由 ${fitYears} 年全区工业总产值实际数反推的其他工业增速 ${percent(fit.otherIndustry.growth)}。`,
          en: `Other industry's growth back-fitted to the zone's actual output of ${fitYears}: ${percent(fit.otherIndustry.growth)}.`,
        })
      : carried(from.zone.otherIndustryGrowth, from);
  const years = baseYear - from.horizon.baseYear;
  const otherEstimate =
    from.zone.otherIndustryBase.value * (1 + from.zone.otherIndustryGrowth.value) ** years;
  const industrialOutputBase: Figure =
    zoneOutput !== undefined
      ? asFigure(zoneOutput)
      : estimate(industrialBaseSum + otherEstimate, {
          zh: `${baseYear} 年全区工业总产值无实际数：四个工业集群实际数之和 ${round(industrialBaseSum)} 加其他工业估算 ${round(otherEstimate)}。`,
          en: `No actual of the zone's ${baseYear} industrial output: the four industrial clusters' actuals, ${round(industrialBaseSum)}, plus other industry estimated at ${round(otherEstimate)}.`,
        });
  const otherIndustryBase = derived(
    Math.max(0, industrialOutputBase.value - industrialBaseSum),
    {
      zh: `${baseYear} 年全区工业总产值 ${round(industrialOutputBase.value)} − 四个工业集群 ${round(industrialBaseSum)}`,
      en: `${baseYear} zone industrial output ${round(industrialOutputBase.value)} − the four industrial clusters ${round(industrialBaseSum)}`,
    },
    [],
  );
  const zoneIntensity = valueOf(values, 'indicator.outputIntensity', baseYear);
  const industrialLand =
    industrial.reduce((sum, c) => sum + c.producingLandBase.value, 0) + from.zone.otherIndustryLand.value;
  const intensityBase: Figure =
    zoneIntensity !== undefined
      ? asFigure(zoneIntensity)
      : estimate(industrialOutputBase.value / industrialLand, {
          zh: `${baseYear} 年产出强度无实际数：工业总产值 ${round(industrialOutputBase.value)} ÷ 工业投产用地 ${round(industrialLand)} km²。`,
          en: `No actual of the ${baseYear} output intensity: industrial output ${round(industrialOutputBase.value)} ÷ industrial producing land ${round(industrialLand)} km².`,
        });
  const industrialOutputTarget = entered(request.industrialOutputTarget);
  const intensityTarget = entered(request.intensityTarget);

  const indicators: ZoneIndicator[] = from.indicators.map((indicator) => {
    if (indicator.id === 'industrialOutput') {
      return { ...indicator, base: industrialOutputBase, target: industrialOutputTarget };
    }
    if (indicator.id === 'outputIntensity')
      return { ...indicator, base: intensityBase, target: intensityTarget };
    const a = valueOf(values, `indicator.${indicator.id}`, baseYear);
    return {
      ...indicator,
      base: a === undefined ? null : asFigure(a),
      target: estimate(indicator.target.value, {
        zh: `新规划尚未给出此指标的 ${targetYear} 年目标：暂沿用上一期 ${from.horizon.targetYear} 年目标 ${round(indicator.target.value)}，请在规划期中填写。`,
        en: `The new plan gives no ${targetYear} target for this indicator yet: the previous ${from.horizon.targetYear} target, ${round(indicator.target.value)}, until it is entered.`,
      }),
      projected: indicator.projected,
    };
  });

  const links = from.links;
  return {
    version: `${request.line}.1`,
    title: request.title,
    horizon: { baseYear, targetYear },
    // The park areas are the previous plan's (stated there): their source says which plan.
    parks: from.parks.map((park) =>
      park.areaKm2.kind === 'plan'
        ? {
            ...park,
            areaKm2: plan(
              park.areaKm2.value,
              `${from.title.zh} ${park.areaKm2.source.section}`,
              park.areaKm2.source.quote,
            ),
          }
        : park,
    ),
    clusters,
    zone: {
      industrialOutputBase,
      otherIndustryBase,
      otherIndustryGrowth: otherGrowth,
      otherIndustryLand: carried(from.zone.otherIndustryLand, from),
      intensityBase,
      otherIndustryInTarget: carried(from.zone.otherIndustryInTarget, from),
      industrialOutputTarget,
      intensityTarget,
      baseSplit: [],
    },
    indicators,
    keyProjects: [],
    ...(links === undefined
      ? {}
      : {
          links: {
            producerServicesEnabled: carried(links.producerServicesEnabled, from),
            producerServicesShare: carried(links.producerServicesShare, from),
            agriSupplyEnabled: carried(links.agriSupplyEnabled, from),
          },
        }),
    origin: { builtFrom: from.version, actualsOf: baseYear, createdOn: request.createdOn },
  };
}

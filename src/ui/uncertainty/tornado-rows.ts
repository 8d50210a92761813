import type { PlanDataset } from '../../data/plan-types';
import { assumptionSpec, type Tornado, type TornadoBar } from '../../engine/uncertainty';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ExportTable } from '../export/table-model';

/**
 * The name of a tornado bar as the chart, the table and the files write it: "新材料 · 自然增长率",
 * "全区 · 其他工业增速", or for a link between clusters "集群间联系 · 生产性服务随工业产出".
 */
export function tornadoBarName(i18n: I18n, dataset: PlanDataset, bar: TornadoBar): string {
  if (bar.ref.kind === 'link') {
    return i18n.t('uncertainty.assumptionName', {
      owner: i18n.t('uncertainty.linksOwner'),
      lever: i18n.t(`link.${bar.ref.linkId}`),
    });
  }
  if (bar.ref.kind === 'otherIndustryGrowth') {
    return i18n.t('uncertainty.assumptionName', {
      owner: i18n.t('uncertainty.zoneRanges'),
      lever: i18n.t('workbench.otherIndustryGrowth'),
    });
  }
  const { clusterId, leverId } = bar.ref;
  const cluster = dataset.clusters.find((c) => c.id === clusterId);
  return i18n.t('uncertainty.assumptionName', {
    owner: cluster === undefined ? clusterId : i18n.text(cluster.name),
    lever: i18n.t(`lever.${leverId}`),
  });
}

/** One end of a bar's range as shown: "12.0 %", or for a link "关闭" (low, 0) / "打开" (high, 1). */
export function tornadoValueText(i18n: I18n, bar: TornadoBar, value: number): string {
  if (bar.ref.kind === 'link') return i18n.t(value === 1 ? 'link.on' : 'link.off');
  const spec = assumptionSpec(bar.ref);
  return `${i18n.num(value * spec.displayScale, spec.decimals)} ${i18n.t(`unit.${spec.unit}`)}`;
}

/** A bar's range as the table shows it: "8.0 % – 16.0 %", or "关闭 – 打开" for a link. */
export function tornadoRangeText(i18n: I18n, bar: TornadoBar): string {
  return `${tornadoValueText(i18n, bar, bar.low)} – ${tornadoValueText(i18n, bar, bar.high)}`;
}

/**
 * The tornado as it leaves the app (CSV, XLSX, copy): every bar, links between clusters among the
 * others, with its range, the target-year figure (in `unit`) and attainment (%) at its low and at
 * its high value, and the swing; a note says what low and high mean for a link.
 */
export function tornadoTable(
  i18n: I18n,
  dataset: PlanDataset,
  tornado: Tornado,
  context: {
    readonly target: string;
    readonly unit: string;
    readonly scenario: string;
    readonly notes: readonly string[];
  },
): ExportTable {
  const bars = tornado.bars;
  const withUnit = (text: string) => i18n.t('export.bracketed', { text, inner: context.unit });
  const withPercent = (text: string) => i18n.t('export.bracketed', { text, inner: i18n.t('unit.percent') });
  const hasLink = bars.some((b) => b.ref.kind === 'link');
  return {
    title: i18n.t('uncertainty.tornadoCaption', { target: context.target }),
    scenario: context.scenario,
    columns: [
      { header: i18n.t('uncertainty.colAssumption') },
      { header: i18n.t('uncertainty.colRange') },
      { header: withUnit(i18n.t('uncertainty.colAtLow')), decimals: 1 },
      { header: withPercent(i18n.t('uncertainty.colAtLow')), decimals: 1 },
      { header: withUnit(i18n.t('uncertainty.colAtHigh')), decimals: 1 },
      { header: withPercent(i18n.t('uncertainty.colAtHigh')), decimals: 1 },
      { header: withUnit(i18n.t('uncertainty.colSwing')), decimals: 1 },
    ],
    rows: bars.map((bar) => [
      tornadoBarName(i18n, dataset, bar),
      tornadoRangeText(i18n, bar),
      bar.valueAtLow,
      bar.attainmentAtLow * 100,
      bar.valueAtHigh,
      bar.attainmentAtHigh * 100,
      bar.swing,
    ]),
    notes: hasLink ? [...context.notes, i18n.t('uncertainty.tornadoLinkNote')] : context.notes,
  };
}

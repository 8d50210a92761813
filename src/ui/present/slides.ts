import type { Component } from 'svelte';

/** The size of a slide's content area, CSS px: slide components lay out charts and tables to fit it. */
export interface SlideFrame {
  readonly width: number;
  readonly height: number;
}

/**
 * One slide of a presentation: a title and a Svelte component that draws one chart or table. The
 * deck gives the component `props` and `frame` (the content area's size). Any view can build slides:
 * the single-scenario deck is in scenario-deck.ts; a comparison adds its own with `defineSlide`.
 */
export interface SlideDefinition {
  /** Unique within the deck, e.g. "zone" or "cluster-newMaterials". */
  readonly id: string;
  /** The slide's heading, in the current language. */
  readonly title: string;
  // Slides are heterogeneous: each component's props are checked by `defineSlide`, not here.
  readonly component: Component<any>;
  readonly props: Record<string, unknown>;
  /** Keep the heading for screen readers only (e.g. a title slide that shows its own). */
  readonly hideTitle?: boolean;
}

/** Make a slide whose props are type-checked against its component (which also receives `frame`). */
export function defineSlide<P extends Record<string, unknown>>(
  id: string,
  title: string,
  component: Component<P & { frame: SlideFrame }>,
  props: P,
  options: { readonly hideTitle?: boolean } = {},
): SlideDefinition {
  return { id, title, component, props, hideTitle: options.hideTitle ?? false };
}

/** What every slide's footer shows: whose scenario(s), when, and which plan data. */
export interface DeckMeta {
  /** The scenario's name, or the compared scenarios' names joined. */
  readonly scenario: string;
  /** The presentation's date, already formatted for the locale. */
  readonly date: string;
  readonly datasetVersion: string;
}

/**
 * A presentation to show: its accessible name, footer and slides. `meta` and `slides` are read
 * reactively while the deck is open, so they may depend on `$state` (e.g. the latest projection).
 */
export interface DeckRequest {
  /** The presentation's accessible name, e.g. "演示：规划路径". */
  readonly label: () => string;
  readonly meta: () => DeckMeta;
  readonly slides: () => readonly SlideDefinition[];
}

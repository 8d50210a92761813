import { getContext } from 'svelte';

/** The app's views. */
export const VIEW_IDS = [
  'workbench',
  'plan',
  'uncertainty',
  'compare',
  'evaluation',
  'periods',
  'library',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Which view is shown. */
export class Navigation {
  view = $state<ViewId>('workbench');

  /** Show a view. */
  go(view: ViewId): void {
    this.view = view;
  }
}

const KEY = Symbol('navigation');

/** The context entry that makes the navigation available to a component tree mounted with it. */
export function navigationContext(navigation: Navigation): [symbol, Navigation] {
  return [KEY, navigation];
}

/** Get the navigation of the component tree. */
export function getNavigation(): Navigation {
  return getContext<Navigation>(KEY);
}

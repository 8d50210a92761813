import { getContext, setContext } from 'svelte';
import { readChartPalette, TOKEN_PALETTE, type ChartPalette } from '../charts/palette';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The colour scheme the system asks for (light or dark), followed live, and the chart palettes:
 * the one in force on screen, and the light one for paper, slides and exported images.
 */
export class Theme {
  /** Whether the dark scheme is in force. */
  dark = $state(false);
  #light: ChartPalette | null = null;

  constructor() {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    this.dark = query.matches;
    query.addEventListener('change', (event) => (this.dark = event.matches));
  }

  /** The charts' colours on screen; read again when the scheme changes. */
  readonly palette: ChartPalette = $derived.by(() => {
    void this.dark;
    return typeof document === 'undefined' ? TOKEN_PALETTE : readChartPalette(document.documentElement);
  });

  /** The charts' colours on white (report, slides, PNG): the light tokens, whatever the scheme. */
  get lightPalette(): ChartPalette {
    if (this.#light !== null) return this.#light;
    if (typeof document === 'undefined') return TOKEN_PALETTE;
    const probe = document.createElement('div');
    probe.className = 'scheme-light';
    probe.hidden = true;
    document.body.append(probe);
    this.#light = readChartPalette(probe);
    probe.remove();
    return this.#light;
  }
}

const KEY = Symbol('theme');

/** Create the app's theme and make it available to the component tree (call in App). */
export function provideTheme(): Theme {
  const theme = new Theme();
  setContext(KEY, theme);
  return theme;
}

/** Get the theme of the component tree. */
export function getTheme(): Theme {
  return getContext<Theme>(KEY);
}

/** Colours of the uncertainty charts, beside the app palette (src/ui/charts/palette.ts). */

/** Colour of the zone's fan and of the histogram bars (the header's navy). */
export const ZONE_COLOUR = '#12355b';
/** Colour of the most likely (deterministic) line on fan charts. */
export const MOST_LIKELY_COLOUR = '#3d4654';
/** Tornado bars: the assumption at its low value, and at its high value (Okabe–Ito vermillion and blue). */
export const LOW_COLOUR = '#D55E00';
export const HIGH_COLOUR = '#0072B2';

/** A #rrggbb colour with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

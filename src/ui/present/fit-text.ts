/** How a slide's text is fitted to its frame. */
export interface FitOptions {
  /** The frame's size, CSS px. */
  readonly width: number;
  readonly height: number;
  /** The size to start from, px (the largest that will be used). */
  readonly start: number;
  /** The smallest size allowed, px: below it the content may be cut. */
  readonly min: number;
}

/**
 * Svelte action: give an element the largest font size (from `start` down to `min`) at which its
 * content fits the frame, so a table fills a projector slide without spilling over.
 */
export function fitText(node: HTMLElement, options: FitOptions) {
  function fit({ width, height, start, min }: FitOptions): void {
    let size = start;
    node.style.fontSize = `${size}px`;
    // Each pass shrinks in proportion to the overflow; a few passes settle wrapping changes.
    for (let pass = 0; pass < 8 && size > min; pass++) {
      const over = Math.max(node.scrollHeight / height, node.scrollWidth / width);
      if (over <= 1) break;
      size = Math.max(min, Math.floor(size / Math.max(over, 1.03)));
      node.style.fontSize = `${size}px`;
    }
  }
  fit(options);
  return { update: fit };
}

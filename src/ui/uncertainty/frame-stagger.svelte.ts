/**
 * Hand a new list of items to the screen one item per animation frame, so that redrawing many
 * charts after a simulation is several short main-thread tasks instead of one long one (each
 * Chart.js update draws synchronously). Items not yet handed over keep their previous value.
 */
export class FrameStagger<T> {
  /** The items on screen: the newest list's first items, then the previous list's rest. */
  shown = $state.raw<readonly T[]>([]);
  #frame = 0;

  /** Start showing `next`, one more item per animation frame (the first at the next frame). */
  set(next: readonly T[]): void {
    cancelAnimationFrame(this.#frame);
    let count = 0;
    const step = () => {
      count++;
      this.shown = [...next.slice(0, count), ...this.shown.slice(count, next.length)];
      if (count < next.length) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Stop handing items over. */
  dispose(): void {
    cancelAnimationFrame(this.#frame);
  }
}

/**
 * Runs `run` after `ms`, unless a pointer is pressed on `target` first: a view move scheduled for
 * an earlier selection must not shift the canvas under a person (or a test) already aiming at
 * something else. Returns the cancel.
 */
export function unlessPressed(target: EventTarget, ms: number, run: () => void): () => void {
  const cancel = () => {
    clearTimeout(timer);
    target.removeEventListener('pointerdown', cancel, true);
  };
  const timer = setTimeout(() => {
    target.removeEventListener('pointerdown', cancel, true);
    run();
  }, ms);
  target.addEventListener('pointerdown', cancel, true);
  return cancel;
}

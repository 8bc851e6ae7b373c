import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unlessPressed } from '../../../src/ui/canvas/unlessPressed';

describe('unlessPressed: a view move scheduled for a selection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after the delay when nothing is pressed', () => {
    const run = vi.fn();
    unlessPressed(new EventTarget(), 320, run);
    vi.advanceTimersByTime(319);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once a pointer is pressed on the canvas first', () => {
    const canvas = new EventTarget();
    const run = vi.fn();
    unlessPressed(canvas, 320, run);
    vi.advanceTimersByTime(100);
    canvas.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('a press elsewhere, or after the move, changes nothing', () => {
    const canvas = new EventTarget();
    const run = vi.fn();
    unlessPressed(canvas, 320, run);
    new EventTarget().dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(320);
    canvas.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('the cancel it returns stops the move and stops listening', () => {
    const canvas = new EventTarget();
    const remove = vi.spyOn(canvas, 'removeEventListener');
    const run = vi.fn();
    unlessPressed(canvas, 320, run)();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith('pointerdown', expect.any(Function), true);
  });
});

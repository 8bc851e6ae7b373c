import { IdGraphIndex } from '../domain/idGraphIndex';
import type { Playbook } from '../domain/types';
import { durationMs } from '../lib/duration';
import { ModelIndex } from './model';

/**
 * What a run reads of its playbook, indexed once: the shared id index (nodes by id and position,
 * outgoing edges, step ↔ compensation, first edge of each kind) and the data model. A run builds
 * its own; a drill builds one and shares it with all its runs (it holds the playbook still while
 * it runs).
 */
export class PlaybookIndex extends IdGraphIndex {
  readonly model: ModelIndex;

  constructor(playbook: Playbook) {
    super(playbook);
    this.model = new ModelIndex(playbook);
  }
}

const durations = new Map<string, number>();

/** `durationMs`, remembered by text: runs read the same few durations on every attempt. */
export function memoDurationMs(text: string): number {
  let ms = durations.get(text);
  if (ms === undefined) {
    ms = durationMs(text);
    if (durations.size > 10_000) durations.clear();
    durations.set(text, ms);
  }
  return ms;
}

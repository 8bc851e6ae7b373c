/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Playbook } from '../../domain/types';
import { buildElkGraph, placeLayout } from '../../graph/layout';

/** Runs ELK off the main thread, so the page stays responsive on large playbooks. */
export interface LayoutRequest {
  playbook: Playbook;
  sizes: [string, { width: number; height: number }][];
}
export type LayoutResponse =
  | { ok: true; positions: [string, { x: number; y: number }][] }
  | { ok: false; message: string };

const elk = new ELK();

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  try {
    const sizes = new Map(event.data.sizes);
    const result = await elk.layout(buildElkGraph(event.data.playbook, sizes));
    const positions = placeLayout(event.data.playbook, result, sizes);
    self.postMessage({ ok: true, positions: [...positions] } satisfies LayoutResponse);
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies LayoutResponse);
  }
};

/** The canvas benchmarks' playbook (report.bench.spec.ts, open-trace.bench.spec.ts). */

/** 1 trigger, (n-2)/2 steps each with its compensation, 1 end: n nodes, n-2 edges, valid. */
export function generatedPlaybook(nodeCount: number) {
  const steps = Math.floor((nodeCount - 2) / 2);
  const nodes: Record<string, unknown>[] = [
    { id: 't1', kind: 'trigger', label: 'Start', signal: 'manual', position: { x: 0, y: 0 } },
  ];
  const edges: Record<string, unknown>[] = [];
  let previous = 't1';
  for (let i = 1; i <= steps; i++) {
    const x = ((i - 1) % 25) * 230 + 230;
    const y = Math.floor((i - 1) / 25) * 300;
    nodes.push({ id: `s${i}`, kind: 'step', label: `Step ${i}`, position: { x, y } });
    nodes.push({ id: `c${i}`, kind: 'compensation', label: `Undo step ${i}`, position: { x, y: y + 140 } });
    edges.push({ id: `n${i}`, source: previous, target: `s${i}`, kind: 'next' });
    edges.push({ id: `k${i}`, source: `s${i}`, target: `c${i}`, kind: 'compensate' });
    previous = `s${i}`;
  }
  nodes.push({ id: 'end', kind: 'end', label: 'Done', outcome: 'completed', position: { x: 0, y: 300 } });
  edges.push({ id: 'n-end', source: previous, target: 'end', kind: 'next' });
  return {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: `bench-${nodeCount}`,
    name: `Benchmark ${nodeCount}`,
    nodes,
    edges,
  };
}

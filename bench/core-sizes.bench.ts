import { bench, describe } from 'vitest';
import { lintPlaybook } from '../src/analysis';
import { parsePlaybook } from '../src/domain/parse';
import { drill, simulate } from '../src/simulator';
import { generateSaga } from './fixtures/saga';

/**
 * Issue 10's pure-core figures at two sizes (docs/performance.md): validate (parse: schema,
 * references, CEL), lint (every rule), one simulated run, and a drill, for generated sagas of 500
 * and 5,000 nodes (trigger + steps with their compensations + end).
 */
for (const nodes of (process.env.BENCH_CORE_SIZES ?? '500,5000').split(',').map(Number)) {
  const saga = generateSaga((nodes - 2) / 2);
  // What an import parses: the document as plain JSON, not the parsed object with its defaults.
  const json: unknown = JSON.parse(JSON.stringify(saga));
  const lastStep = saga.nodes.filter((node) => node.kind === 'step').at(-1)?.id ?? '';
  describe(`pure core, ${saga.nodes.length} nodes`, () => {
    bench('validate (parsePlaybook)', () => {
      if (!parsePlaybook(json).ok) throw new Error('the generated saga is invalid');
    });
    bench('lint (lintPlaybook, every rule)', () => {
      // A shallow copy: the graph index is memoized per document object, an edited document pays for it.
      lintPlaybook({ ...saga });
    });
    bench(
      'validate + lint (opening a file: parse, then lint what it gives; issue 20: ≤ 50 ms at 5,000)',
      () => {
        const parsed = parsePlaybook(json);
        if (!parsed.ok) throw new Error('the generated saga is invalid');
        lintPlaybook(parsed.playbook);
      },
      // Two seconds of samples (about 40 at 5,000 nodes) rather than half a second (10): the
      // garbage collector runs every few iterations, and a median of 10 swung by ±10 ms.
      { time: 2000 },
    );
    bench('single run (simulate, last step fails: every compensation runs)', () => {
      simulate(saga, { faults: [{ node: lastStep, type: 'fail' }] });
    });
    bench(
      'drill (every step × every fault kind, outages, compensation failures)',
      () => {
        drill(saga);
      },
      { iterations: 1, warmupIterations: 0, time: 0 },
    );
  });
}

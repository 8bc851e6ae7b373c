import { bench, describe } from 'vitest';
import { drill, simulate } from '../src/simulator';
import { generateSaga } from './fixtures/saga';

const saga = generateSaga(500);

describe('simulator, generated 500-step saga', () => {
  bench('one run (no fault)', () => {
    simulate(saga);
  });
  bench('one run (last step fails: 499 compensations)', () => {
    simulate(saga, { faults: [{ node: 's499', type: 'fail' }] });
  });
  bench(
    'drill (1 + 500×4 + 100 outage + 500 compensation runs)',
    () => {
      drill(saga);
    },
    { iterations: 2, warmupIterations: 0 },
  );
});

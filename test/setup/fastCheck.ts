import fc from 'fast-check';

/**
 * Property tests explore new random cases on every local run; in CI they run a fixed seed, so a
 * red CI is reproducible and never a matter of luck. `FC_SEED=n` replays any seed a failure printed.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261126 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

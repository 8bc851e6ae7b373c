/**
 * Fresh ids for `{{id}}`: a small seeded generator (FNV-1a to seed, mulberry32 to draw), so the
 * same scenario gives the same ids in the CLI, the UI and a worker, and `Math.random` is never used.
 */
export interface IdGenerator {
  next(): string;
  /** A generator that draws, from here on, exactly what this one would (a forked run's). */
  fork(): IdGenerator;
}

function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Ids such as `id-3k9x0q2m`, drawn from a generator seeded by `seed`. */
export function createIdGenerator(seed: string): IdGenerator {
  return generatorFrom(hashSeed(seed));
}

function generatorFrom(start: number): IdGenerator {
  let state = start;
  const draw = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next() {
      let text = '';
      for (let index = 0; index < 8; index += 1) text += Math.floor(draw() * 36).toString(36);
      return `id-${text}`;
    },
    fork: () => generatorFrom(state),
  };
}

import { describe, expect, it } from 'vitest';

/**
 * Issue 20, open fast: the playbook's zod schemas are built on first use, not at import, so the
 * designer's first canvas (drawn from the quick read, persistence/quickRead.ts) does not pay for them.
 */
describe('lazy schemas', () => {
  it('importing the domain, persistence, analysis, simulator and commands builds none; the first parse builds them', async () => {
    const { lazySchemasBuilt } = await import('../../src/domain/schema/lazySchema');
    await import('../../src/domain');
    await import('../../src/persistence');
    await import('../../src/analysis');
    await import('../../src/simulator');
    await import('../../src/commands/applyCommand');
    expect(lazySchemasBuilt()).toBe(0);

    const { parsePlaybook } = await import('../../src/domain/parse');
    const { example } = await import('../persistence/helpers');
    expect(parsePlaybook(example()).ok).toBe(true);
    expect(lazySchemasBuilt()).toBeGreaterThan(20);
  });

  it("the known top-level keys are the playbook schema's members", async () => {
    const { PLAYBOOK_KEYS, PlaybookSchema } = await import('../../src/domain/schema/playbook');
    expect(new Set(Object.keys(PlaybookSchema.shape))).toEqual(PLAYBOOK_KEYS);
  });

  it('a lazy schema is used like the schema: parse, wrap, compose, instanceof', async () => {
    const { z } = await import('zod');
    const { lazySchema } = await import('../../src/domain/schema/lazySchema');
    let builds = 0;
    const Id = lazySchema(() => {
      builds += 1;
      return z.string().min(2, { error: 'too short' });
    });
    expect(builds).toBe(0);
    expect(Id.safeParse('ab').success).toBe(true);
    expect(Id.safeParse('a').error?.issues[0]?.message).toBe('too short');
    expect(z.array(Id).safeParse(['ab', 'a']).error?.issues[0]?.path).toEqual([1]);
    expect(Id.optional().safeParse(undefined).success).toBe(true);
    expect(Id instanceof z.ZodString).toBe(true);
    expect(builds).toBe(1);
  });

  it('unwrapped gives the schema behind a lazy one, building it, and any other schema as it is', async () => {
    const { z } = await import('zod');
    const { lazySchema, unwrapped } = await import('../../src/domain/schema/lazySchema');
    const plain = z.boolean();
    let builds = 0;
    const lazy = lazySchema(() => {
      builds += 1;
      return plain;
    });
    expect(unwrapped(plain)).toBe(plain);
    expect(lazy).not.toBe(plain);
    expect(unwrapped(lazy)).toBe(plain);
    expect(unwrapped(lazy)).toBe(plain);
    expect(builds).toBe(1);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, parsePlaybook } from '../../src/domain';

/** Frozen playbook files per schema version (test/fixtures/migrations/README.md). */
const ROOT = 'test/fixtures/migrations';

const versions = readdirSync(ROOT)
  .map((name) => /^v(\d+)$/.exec(name))
  .filter((match) => match !== null)
  .map((match) => Number(match[1]))
  .sort((a, b) => a - b);

const fixturePath = (version: number, name: string) => join(ROOT, `v${version}`, name);
const readFixture = (version: number, name: string): unknown =>
  JSON.parse(readFileSync(fixturePath(version, name), 'utf8'));
const fixtureNames = (version: number) =>
  readdirSync(join(ROOT, `v${version}`)).filter((name) => name.endsWith('.json'));

/** The ids of the migrations that take a file of `version` to the current one, in order. */
const chainFrom = (version: number) =>
  MIGRATIONS.filter((migration) => migration.from >= version)
    .sort((a, b) => a.from - b.from)
    .map((migration) => migration.id);

describe('frozen migration fixtures (tldraw style)', () => {
  it('has fixtures for every version from 1 to the current one', () => {
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1));
  });

  it('are never edited: each file matches its line in FROZEN.sha256, and each file has one', () => {
    const lines = readFileSync(join(ROOT, 'FROZEN.sha256'), 'utf8').trim().split('\n');
    const frozen = new Map(
      lines.map((line) => {
        const [hash, path] = line.split(/\s+/);
        return [path!, hash!];
      }),
    );
    const files = versions.flatMap((version) => fixtureNames(version).map((name) => `v${version}/${name}`));
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(ROOT, file)))
        .digest('hex');
      expect(frozen.get(file), `${file} is not the file that was frozen`).toBe(hash);
    }
    expect([...frozen.keys()].sort()).toEqual([...files].sort());
  });

  for (const version of versions) {
    for (const name of fixtureNames(version)) {
      it(`v${version}/${name} migrates to version ${CURRENT_SCHEMA_VERSION} and parses`, () => {
        const result = migrate(readFixture(version, name));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.applied).toEqual(chainFrom(version));
        // What this version's file becomes is frozen too, as the current version's namesake.
        if (existsSync(fixturePath(CURRENT_SCHEMA_VERSION, name))) {
          expect(result.document).toEqual(readFixture(CURRENT_SCHEMA_VERSION, name));
        }
        const parsed = parsePlaybook(result.document);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      });

      const next = MIGRATIONS.find((migration) => migration.from === version);
      if (next && existsSync(fixturePath(version + 1, name))) {
        it(`${next.id} turns v${version}/${name} into v${version + 1}/${name}`, () => {
          const result = migrate(readFixture(version, name), [next]);
          expect(result).toEqual({
            ok: true,
            document: readFixture(version + 1, name),
            applied: [next.id],
          });
        });
      }
    }
  }

  it('keeps what a version 1 file says: its x- keys and edge labels come through parse', () => {
    const parsed = parsePlaybook(readFixture(1, 'sparse.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.playbook['x-acme-ticket']).toBe('OPS-12');
    expect(parsed.playbook.edges[1]?.label).toBe('paused');
  });
});

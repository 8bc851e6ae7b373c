import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { renderTemplate } from '../../src/domain/templates';
import { SimulatedClock } from '../../src/simulator/clock';
import { modelViolations } from '../../src/simulator/invariants';
import { ModelIndex } from '../../src/simulator/model';
import { DataStore } from '../../src/simulator/store';
import { renderCompiled } from '../../src/simulator/templates';

describe("the engine's fast paths equal what they replace", () => {
  it('the clock writes the ISO time exactly as Date#toISOString, across days, years and before 1970', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 400_000_000 }), { maxLength: 6 }),
        (start, steps) => {
          const clock = new SimulatedClock(start);
          expect(clock.iso()).toBe(new Date(start).toISOString());
          let elapsed = 0;
          for (const ms of steps) {
            clock.advance(ms);
            elapsed += ms;
            expect(clock.iso()).toBe(new Date(start + elapsed).toISOString());
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a compiled template renders as renderTemplate does, drawing values in the same order', () => {
    const pieces = [
      '{{now}}',
      '{{ id }}',
      '{{id}}',
      '{{nope}}',
      '{{ run.outcome}}',
      '{{',
      '}}',
      '{{{id}}}',
      'x',
      ' ',
      '{{a{b}}',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const template = parts.join('');
        const draw = () => {
          let count = 0;
          return (name: string) => `<${name}#${count++}>`;
        };
        expect(renderCompiled(template, draw())).toBe(renderTemplate(template, draw()));
      }),
      { numRuns: 500 },
    );
  });
});

describe('model checks group duplicates as before', () => {
  /** The grouping the engine had: JSON text of the values, groups in order of first appearance. */
  function reference(records: Record<string, unknown>[], fields: string[]) {
    const seen = new Map<string, Record<string, unknown>[]>();
    for (const record of records) {
      if (fields.some((field) => record[field] === undefined || record[field] === null)) continue;
      const text = JSON.stringify(fields.map((field) => record[field]));
      seen.set(text, [...(seen.get(text) ?? []), record]);
    }
    return [...seen.values()].filter((group) => group.length > 1).flat();
  }

  it('property: unique violations name the same records, in the same order', () => {
    const valueArb = fc.constantFrom<unknown>('1', 1, 'a', 'b', true, null, undefined, [1], { x: 1 }, 's1');
    fc.assert(
      fc.property(fc.array(fc.record({ id: valueArb, v: valueArb }), { maxLength: 12 }), (records) => {
        const parsed = parsePlaybook({
          format: 'rollbook.playbook',
          schemaVersion: 1,
          id: 'dups',
          name: 'Dups',
          dataModel: {
            entities: [
              {
                name: 'items',
                key: 'id',
                fields: [
                  { name: 'id', type: 'json' },
                  { name: 'v', type: 'json' },
                ],
                unique: [['id', 'v']],
              },
            ],
          },
          dataset: {
            items: records.map((record) =>
              Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)),
            ),
          },
          nodes: [
            { id: 't', kind: 'trigger', label: 'T', signal: 'manual' },
            { id: 'e', kind: 'end', label: 'E', outcome: 'completed' },
          ],
          edges: [{ id: 'n', source: 't', target: 'e', kind: 'next' }],
        });
        if (!parsed.ok) return;
        const store = DataStore.fromPlaybook(parsed.playbook);
        const rows = store.rows('items').map((row) => row.record);
        const model = new ModelIndex(parsed.playbook);
        const violations = modelViolations(model, store);
        const byKey = violations.find((violation) => violation.message.includes('share the key'));
        const expectedKey = reference(rows, ['id']);
        expect(byKey?.keys ?? []).toEqual([
          ...new Set(expectedKey.map((record) => model.keyOf('items', record) ?? '(no key)')),
        ]);
        const byPair = violations.find((violation) => violation.message.includes('(id, v)'));
        expect(byPair?.keys ?? []).toEqual(
          reference(rows, ['id', 'v']).map((record) => model.keyOf('items', record) ?? '(no key)'),
        );
      }),
      { numRuns: 300 },
    );
  });
});

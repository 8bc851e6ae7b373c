import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/domain/templates';
import { SimulatedClock } from '../../src/simulator/clock';
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

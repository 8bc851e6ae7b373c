import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/exporters';
import { EXAMPLES, example } from './examples';

/** Words a citizen developer should not need to know to read what an export lost. */
const JARGON = /\bCEL\b|journal|before-image|metadata|\bASL\b|invariant|part-way|\bnode\b/i;

/** An example bent to reach the conditional losses too: two triggers, a start condition, odd retry waits. */
function everyLoss() {
  const playbook = example('order-fulfilment-rollback');
  const trigger = playbook.nodes.find((node) => node.kind === 'trigger')!;
  if (trigger.kind === 'trigger') trigger.condition = 'size(orders) > 0';
  playbook.nodes.push({ ...trigger, id: 't2', label: 'Ops starts it by hand', position: { x: 0, y: 800 } });
  const carrier = playbook.nodes.find((node) => node.id === 's2')!;
  if (carrier.kind === 'step') {
    carrier.retry = { maxAttempts: 3, backoff: 'PT0.5S', multiplier: 3 };
    carrier.timeout = 'PT2.5S';
  }
  return playbook;
}

describe('every export states its losses in plain words', () => {
  const playbooks = [
    ...EXAMPLES.map((name) => [name, example(name)] as const),
    ['bent example', everyLoss()] as const,
  ];
  for (const [name, playbook] of playbooks) {
    it.each(EXPORTERS.map((exporter) => [exporter.id, exporter] as const))(
      `${name} as %s`,
      (_id, exporter) => {
        const { losses } = exporter.export(playbook);
        for (const loss of losses) {
          expect(loss).not.toMatch(JARGON);
          // Node ids such as s2 or rb1 are not the user's words; labels in quotes are.
          expect(loss).not.toMatch(/\((?:s|c|rb|cp|k|r|n|a|f)\d+\b/);
        }
      },
    );
  }

  it('names steps by their labels', () => {
    const asl = EXPORTERS.find((exporter) => exporter.id === 'step-functions')!.export(everyLoss()).losses;
    expect(asl).toContain(
      'The time limit (2 s 500 ms) and the wait between tries (500 ms) of "Book shipments with carrier" are rounded up to whole seconds (at least 1): Step Functions counts whole seconds.',
    );
    const sw = EXPORTERS.find((exporter) => exporter.id === 'serverless-workflow-json')!.export(
      everyLoss(),
    ).losses;
    expect(sw).toContain(
      'The playbook has 2 ways to start; the exported workflow starts at "Fulfilment batch starts" only, and the others are written down as notes.',
    );
    expect(sw).toContain(
      '"Book shipments with carrier" waits 3 times longer before each new try; Serverless Workflow 1.0 can only double the wait, so the export doubles it.',
    );
  });
});

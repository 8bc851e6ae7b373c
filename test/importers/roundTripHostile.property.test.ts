import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { importWorkflow } from '../../src/importers';

/** The issue 17 formats never throw and never give an invalid playbook, whatever their inside holds. */
const outcomeIsSound = (text: string) => {
  const outcome = importWorkflow(text);
  if (outcome.ok) expect(parsePlaybook(outcome.playbook).ok).toBe(true);
  else expect(outcome.error.message).not.toMatch(/please report/);
};

const name = fc.constantFrom('A', 'B', 'Cancel A', 'Undo B', 'C', '__proto__', 'constructor');
const state = fc.record(
  {
    Type: fc.constantFrom('Task', 'Choice', 'Parallel', 'Map', 'Wait', 'Pass', 'Succeed', 'Fail', 'Bogus'),
    Next: name,
    End: fc.boolean(),
    Resource: fc.constantFrom(
      'arn:aws:states:::lambda:invoke',
      'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    ),
    Retry: fc.array(fc.record({ ErrorEquals: fc.constant(['States.ALL']), MaxAttempts: fc.anything() })),
    Catch: fc.array(fc.record({ ErrorEquals: fc.constant(['States.ALL']), Next: name })),
    Choices: fc.array(fc.record({ Variable: fc.constant('$.x'), Next: name })),
    Default: name,
    Branches: fc.array(
      fc.record({
        StartAt: name,
        States: fc.dictionary(name, fc.record({ Type: fc.constant('Pass'), Next: name, End: fc.boolean() })),
      }),
    ),
  },
  { requiredKeys: ['Type'] },
);

// The DSL's flow directive is a key named "then"; these objects are data, never awaited.
const THEN = 'then';
const flow = (targets: string[]) => fc.constantFrom(...targets).map((target) => ({ [THEN]: target }));

const task = fc.letrec((tie) => ({
  list: fc.array(
    fc.dictionary(fc.constantFrom('a', 'b', 'CancelA', 'c'), tie('task'), { minKeys: 1, maxKeys: 1 }),
    { maxLength: 4 },
  ),
  task: fc.oneof(
    { depthSize: 'small' },
    fc
      .tuple(fc.constantFrom('http', 'fn'), flow(['a', 'b', 'exit', 'end', 'continue']))
      .map(([call, then]) => ({ call, ...then })),
    fc.record({ wait: fc.constantFrom('PT1S', 'nope') }),
    fc.record({ raise: fc.anything() }),
    fc.record({
      switch: fc.array(
        fc.dictionary(fc.constantFrom('x', 'y'), flow(['a', 'b', 'end']), {
          minKeys: 1,
          maxKeys: 1,
        }),
      ),
    }),
    fc.record({ try: tie('list'), catch: fc.record({ retry: fc.anything(), do: tie('list') }) }),
    fc.record({ fork: fc.record({ branches: tie('list') }) }),
    fc.record({ for: fc.anything(), do: tie('list') }),
    fc.record({
      do: tie('list'),
      metadata: fc.record({ kind: fc.constantFrom('rollback', 'implicit-rollback', 'x') }),
    }),
  ),
}));

describe('hostile Step Functions, BPMN and Serverless Workflow files', () => {
  it('any state machine shape gives a valid playbook or a clear error', () => {
    fc.assert(
      fc.property(name, fc.dictionary(name, state), (start, states) => {
        outcomeIsSound(JSON.stringify({ StartAt: start, States: states }));
      }),
      { numRuns: 300 },
    );
  });

  it('any Serverless Workflow task tree gives a valid playbook or a clear error', () => {
    fc.assert(
      fc.property(task.list, (list) => {
        outcomeIsSound(JSON.stringify({ document: { dsl: '1.0.0', name: 'x' }, do: list }));
      }),
      { numRuns: 300 },
    );
  });

  it('any text that starts like XML gives a valid playbook or a clear error', () => {
    const piece = fc.constantFrom(
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">',
      '<bpmn:process id="p">',
      '<bpmn:serviceTask id="a" name="A"/>',
      '<bpmn:userTask id="b"/>',
      '<bpmn:sequenceFlow id="f" sourceRef="a" targetRef="b"/>',
      '<bpmn:boundaryEvent id="e" attachedToRef="a"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>',
      '<bpmn:association sourceRef="e" targetRef="a"/>',
      '</bpmn:process>',
      '</bpmn:definitions>',
      '&amp;',
      '<![CDATA[x]]>',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        outcomeIsSound(pieces.join(''));
      }),
      { numRuns: 300 },
    );
  });
});

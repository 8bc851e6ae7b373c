import { describe, expect, it } from 'vitest';
import { bpmn, serverlessWorkflowJson, stepFunctions, toServerlessWorkflow } from '../../src/exporters';
import { example } from './examples';

type Json = Record<string, unknown>;
const asl = (name: string) =>
  JSON.parse(stepFunctions.export(example(name)).output) as { States: Record<string, Json> };

describe('Step Functions', () => {
  it('maps retry to Retry (retries after the first attempt, whole-second interval, backoff rate) and timeout to TimeoutSeconds', () => {
    const s2 = asl('order-fulfilment-rollback').States['Book shipments with carrier']!;
    expect(s2.Retry).toEqual([
      { ErrorEquals: ['States.ALL'], IntervalSeconds: 30, MaxAttempts: 2, BackoffRate: 2 },
    ]);
    expect(s2.TimeoutSeconds).toBe(30);
    expect(s2.Catch).toEqual([
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.error',
        Next: 'Undo completed steps after Reserve stock',
      },
    ]);
  });

  it('an approval is a .waitForTaskToken task that passes the task token', () => {
    const a1 = asl('order-fulfilment-rollback').States['Support lead approves customer email']!;
    expect(a1.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
    expect((a1.Parameters as Json).Payload).toMatchObject({
      'taskToken.$': '$$.Task.Token',
      approvers: ['support-lead'],
    });
    expect(a1.TimeoutSeconds).toBe(600);
  });

  it('a decision is a Choice on the evaluated condition; ends are Succeed and Fail', () => {
    const states = asl('crm-merge-duplicates').States;
    expect(states['Duplicate still present?: choose']).toMatchObject({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.rollbook.decision.value',
          BooleanEquals: true,
          Next: 'Move deals to surviving contact',
        },
      ],
      Default: 'Nothing to merge',
    });
    expect(states['Contacts merged']).toMatchObject({
      Type: 'Succeed',
      Comment: 'Contacts merged (node end-ok)',
    });
    expect(states['Merge undone']).toMatchObject({ Type: 'Fail', Error: 'Rollbook.RolledBack' });
  });

  it('each failure point has its own compensation chain', () => {
    const states = asl('order-fulfilment-rollback').States;
    const undoAfter = (step: string) => `Undo completed steps after ${step}`;
    expect(states[undoAfter('Mark orders shipped')]!.Next).toBe(
      `${undoAfter('Mark orders shipped')}: Set orders back to paid`,
    );
    expect(states[`${undoAfter('Mark orders shipped')}: Set orders back to paid`]!.Next).toBe(
      `${undoAfter('Mark orders shipped')}: Cancel bookings`,
    );
    expect(states[undoAfter('Reserve stock')]!.Next).toBe(`${undoAfter('Reserve stock')}: Release stock`);
    expect(states[undoAfter('Reserve stock')]!.Comment).toBe(
      'Undo completed steps: undo "Reserve stock", most recent first (node rb1)',
    );
  });
});

describe('Serverless Workflow', () => {
  it('maps retry to catch.retry with delay, backoff and a retry limit', () => {
    const { workflow } = toServerlessWorkflow(example('order-fulfilment-rollback'));
    const item = (workflow.do as Record<string, Json>[]).find(
      (task) => 'book-shipments-with-carrier' in task,
    )!;
    const s2 = item['book-shipments-with-carrier']!;
    expect((s2.metadata as Json).rollbookNode).toBe('s2');
    expect((s2.catch as Json).retry).toEqual({
      delay: 'PT30S',
      backoff: { exponential: {} },
      limit: { attempt: { count: 2 } },
    });
    expect(((s2.try as Record<string, Json>[])[0]!.attempt as Json).timeout).toEqual({ after: 'PT30S' });
  });

  it('every then names a task of its own list, or end', () => {
    const check = (list: Record<string, Json>[]): void => {
      const names = new Set(list.map((item) => Object.keys(item)[0]!));
      for (const item of list) {
        const task = Object.values(item)[0]!;
        const thens = [
          task.then,
          ...((task.switch as Record<string, Json>[] | undefined) ?? []).map(
            (c) => Object.values(c)[0]!.then,
          ),
        ];
        for (const then of thens) if (then !== undefined && then !== 'end') expect(names).toContain(then);
        if (task.try) check(task.try as Record<string, Json>[]);
        if (task.catch && (task.catch as Json).do) check((task.catch as Json).do as Record<string, Json>[]);
        if (Array.isArray(task.do)) check(task.do as Record<string, Json>[]);
      }
    };
    for (const name of ['minimal-saga', 'order-fulfilment-rollback', 'crm-merge-duplicates']) {
      check(JSON.parse(serverlessWorkflowJson.export(example(name)).output).do);
    }
  });

  it('task names are the labels in kebab-case, unique, never a flow directive', () => {
    const playbook = example('minimal-saga');
    playbook.nodes.find((node) => node.id === 'credit')!.label = 'Débit Alice!';
    playbook.nodes.find((node) => node.id === 'done')!.label = 'End';
    const names = (JSON.parse(serverlessWorkflowJson.export(playbook).output).do as Json[]).map(
      (task) => Object.keys(task)[0],
    );
    expect(names).toEqual(['debit-alice', 'debit-alice-2', 'end-task']);
  });

  it('user text that looks like a runtime expression is kept as a string literal', () => {
    const playbook = example('order-fulfilment-rollback');
    const notify = playbook.nodes.find((node) => node.id === 'n2');
    if (notify?.kind !== 'notify') throw new Error('n2');
    const expression = ['$', '{ $secrets }'].join('');
    notify.message = expression;
    const output = serverlessWorkflowJson.export(playbook).output;
    expect(output).not.toContain(`"message": "${expression}"`);
    expect(output).toContain(`"message": "$\{ \\"${expression}\\" }"`);
  });
});

describe('BPMN', () => {
  const xml = bpmn.export(example('order-fulfilment-rollback')).output;

  it('has compensation boundary events associated with isForCompensation handlers', () => {
    expect(xml).toMatch(
      /<bpmn:boundaryEvent id="s1_compensation" name="Undo" attachedToRef="s1">[\s\S]*?<bpmn:compensateEventDefinition/,
    );
    expect(xml).toContain('<bpmn:serviceTask id="c1" name="Release stock" isForCompensation="true"');
    expect(xml).toMatch(
      /<bpmn:association id="[^"]+" associationDirection="One" sourceRef="s1_compensation" targetRef="c1" \/>/,
    );
  });

  it('failure paths leave error boundary events; approvals are user tasks; ends are end events', () => {
    expect(xml).toMatch(
      /<bpmn:boundaryEvent id="s2_failed" name="Failed" attachedToRef="s2" cancelActivity="true">[\s\S]*?<bpmn:errorEventDefinition errorRef="Error_rollbook_failure" \/>/,
    );
    expect(xml).toContain('<bpmn:userTask id="a1"');
    expect(xml).toContain('<bpmn:endEvent id="end-rb" name="Batch rolled back"');
  });

  it('a rollback throws compensation for each step in reverse completion order', () => {
    const refs = [...xml.matchAll(/compensateEventDefinition activityRef="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(refs).toEqual(['s3', 's2', 's1']);
  });

  it('shapes are placed at the canvas positions', () => {
    expect(xml).toMatch(/bpmnElement="s2">\s*<dc:Bounds x="660" y="0" width="100" height="80" \/>/);
  });

  it('every text is escaped', () => {
    const playbook = example('minimal-saga');
    playbook.nodes[1]!.label = 'Debit "Alice" <b>&</b>';
    const output = bpmn.export(playbook).output;
    expect(output).toContain('name="Debit &quot;Alice&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
  });
});

import { describe, expect, it } from 'vitest';
import { importWorkflow } from '../../../src/importers';
import { readXml } from '../../../src/importers/bpmn/xmlReader';
import { edgesFrom, entriesFor, fixtureText, importFixture, nodeOf } from '../make/importFixture';
import { runFromEveryTrigger, structuralErrors } from '../playbookChecks';

describe('BPMN 2.0 import', () => {
  const order = importFixture('bpmn/order-compensation.bpmn');
  const undoLabel = (sourceId: string) => {
    const edge = edgesFrom(order.playbook, nodeOf(order, sourceId).id, 'compensate')[0];
    return order.playbook.nodes.find((node) => node.id === edge?.target)?.label;
  };

  it('is detected from the XML and gives a playbook that validates and runs', () => {
    expect(order.format).toBe('bpmn');
    expect(structuralErrors(order.playbook)).toEqual([]);
    expect(runFromEveryTrigger(order.playbook)).toHaveLength(1);
  });

  it('makes every isForCompensation handler a compensation node of the activity its boundary event marks', () => {
    expect(undoLabel('Task_reserve')).toBe('Release stock');
    expect(undoLabel('Task_charge')).toBe('Refund card');
    expect(nodeOf(order, 'Task_release').kind).toBe('compensation');
    expect(nodeOf(order, 'Task_refund').kind).toBe('compensation');
  });

  it('makes the error boundary a failure path to the compensation throw (a rollback), the timer boundary a timeout and failure path', () => {
    const rollback = nodeOf(order, 'Throw_compensate');
    expect(rollback.kind).toBe('rollback');
    expect(
      edgesFrom(order.playbook, nodeOf(order, 'Task_charge').id, 'failure').map((e) => e.target),
    ).toEqual([rollback.id]);
    const approval = nodeOf(order, 'Task_approve');
    expect(approval).toMatchObject({ kind: 'approval', timeout: 'PT4H' });
    expect(edgesFrom(order.playbook, approval.id, 'failure').map((e) => e.target)).toEqual([
      nodeOf(order, 'End_timeout').id,
    ]);
  });

  it('keeps diagram positions, Camunda retries, the gateway branches in order, and goes through joins and sub-processes', () => {
    expect(nodeOf(order, 'Task_reserve').position).toEqual({ x: 240, y: 80 });
    expect(nodeOf(order, 'Task_reserve')).toMatchObject({ retry: { maxAttempts: 3, backoff: 'PT10S' } });
    const gateway = nodeOf(order, 'Gateway_amount');
    expect(edgesFrom(order.playbook, gateway.id, 'branch').map((edge) => [edge.when, edge.label])).toEqual([
      [true, 'Over 1,000'],
      [false, 'Up to 1,000'],
    ]);
    expect(edgesFrom(order.playbook, nodeOf(order, 'Task_approve').id, 'next')[0]?.target).toBe(
      nodeOf(order, 'Task_charge').id,
    );
    expect(nodeOf(order, 'Wait_pickup')).toMatchObject({ kind: 'step', duration: 'PT2H' });
  });

  it('reports vendor extensions without failing, and accounts for every element of the process', () => {
    expect(entriesFor(order, 'Task_reserve')[0]!.message).toMatch(
      /Vendor extensions not imported: .*camunda:topic/,
    );
    const xml = readXml(fixtureText('bpmn/order-compensation.bpmn'));
    if (!xml.ok) expect.fail(xml.message);
    // The process's elements: flow nodes, boundary events, annotations, lanes (not flows, links or their parts).
    const PARTS =
      /^(sequenceFlow|association|documentation|extensionElements|incoming|outgoing|text|lane|.*EventDefinition)$/;
    const ids: string[] = [];
    const walk = (element: (typeof xml.document.root.children)[number]) => {
      for (const child of element.children) {
        if (PARTS.test(child.local) || !child.attributes.id) continue;
        ids.push(child.attributes.id);
        if (child.local === 'subProcess') walk(child);
      }
    };
    const process = xml.document.root.children.find((child) => child.local === 'process')!;
    walk(process);
    expect(ids.length).toBeGreaterThan(20);
    const reported = new Set(order.report.map((entry) => entry.source.id));
    for (const id of ids) expect(reported, id).toContain(id);
  });

  it('says where XML breaks, and refuses a DOCTYPE', () => {
    const broken = importWorkflow(
      '<bpmn:definitions xmlns:bpmn="x">\n<bpmn:process id="p">\n</bpmn:definitions>',
    );
    expect(!broken.ok && broken.error).toMatchObject({
      kind: 'unreadable',
      message: expect.stringMatching(/line 3/),
    });
    const doctype = importWorkflow('<!DOCTYPE x [<!ENTITY a "b">]><x/>');
    expect(!doctype.ok && doctype.error.message).toMatch(/DOCTYPE/);
  });
});

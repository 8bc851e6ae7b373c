import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/types';
import { importWorkflow } from '../../../src/importers';
import { edgesFrom, entriesFor, fixtureText, importFixture, importText, nodeOf } from '../make/importFixture';
import { runFromEveryTrigger, structuralErrors } from '../playbookChecks';

const undoOf = (playbook: Playbook, step: string) => {
  const edge = edgesFrom(playbook, step, 'compensate')[0];
  return playbook.nodes.find((node) => node.id === edge?.target);
};
const retry = (node: Playbook['nodes'][number]) => ('retry' in node && node.retry ? node.retry : undefined);

describe('Amazon States Language import', () => {
  const saga = importFixture('asl/trip-booking-saga.asl.json');

  it('is detected as a state machine and validates, runs and has a sound shape', () => {
    expect(saga.format).toBe('asl');
    expect(structuralErrors(saga.playbook)).toEqual([]);
    expect(runFromEveryTrigger(saga.playbook).length).toBe(1);
  });

  it('maps Retry exactly: MaxAttempts counts retries after the first attempt, defaults 3, 1 s, ×2', () => {
    expect(retry(nodeOf(saga, 'BookFlight'))).toEqual({ maxAttempts: 4, backoff: 'PT1S', multiplier: 2 });
    expect(retry(nodeOf(saga, 'BookHotel'))).toEqual({ maxAttempts: 3, backoff: 'PT5S', multiplier: 1.5 });
    expect(retry(nodeOf(saga, 'ChargeCard'))?.maxAttempts).toBe(1);
    expect(retry(nodeOf(saga, 'RefundCard'))).toEqual({ maxAttempts: 6, backoff: 'PT2S', multiplier: 2 });
    expect(entriesFor(saga, 'BookHotel')[0]!.message).toMatch(/2 retriers.*first/);
  });

  it('turns the saga: each undo task is the compensation of the step it names, each Catch a failure edge to the rollback', () => {
    const pairs = [
      ['BookFlight', 'CancelFlight'],
      ['BookHotel', 'CancelHotel'],
      ['ChargeCard', 'RefundCard'],
    ];
    for (const [step, undo] of pairs) {
      const node = nodeOf(saga, step!);
      expect(undoOf(saga.playbook, node.id)?.label).toBe(undo);
      expect(nodeOf(saga, undo!).kind).toBe('compensation');
    }
    const rollback = nodeOf(saga, 'Booking failed');
    expect(rollback.kind).toBe('rollback');
    for (const catcher of ['BookFlight', 'BookHotel', 'Manager approval', 'ChargeCard'])
      expect(
        edgesFrom(saga.playbook, nodeOf(saga, catcher).id, 'failure').map((edge) => edge.target),
      ).toEqual([rollback.id]);
  });

  it('makes a task-token wait an approval with its timeout, and a Choice a decision with its Default last', () => {
    const approval = nodeOf(saga, 'Manager approval');
    expect(approval).toMatchObject({ kind: 'approval', timeout: 'PT1H' });
    const decision = nodeOf(saga, 'Seats left?');
    const branches = edgesFrom(saga.playbook, decision.id, 'branch');
    expect(branches.map((edge) => [edge.when, edge.target])).toEqual([
      [true, nodeOf(saga, 'BookFlight').id],
      [false, nodeOf(saga, 'Sold out').id],
    ]);
  });

  it('accounts for every state in the report', () => {
    const { States } = JSON.parse(fixtureText('asl/trip-booking-saga.asl.json')) as {
      States: Record<string, unknown>;
    };
    const named = new Set(saga.report.map((entry) => entry.source.id));
    for (const name of [...Object.keys(States), 'Email', 'Record']) expect(named).toContain(name);
  });

  it('matches undo tasks by order when their names do not say which step they undo', () => {
    const result = importText(
      JSON.stringify({
        StartAt: 'Take money',
        States: {
          'Take money': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Ship parcel' },
          'Ship parcel': {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Revert shipment' }],
            End: true,
          },
          'Revert shipment': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Refund' },
          Refund: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Failed' },
          Failed: { Type: 'Fail' },
        },
      }),
    );
    expect(undoOf(result.playbook, nodeOf(result, 'Ship parcel').id)?.label).toBe('Revert shipment');
    expect(undoOf(result.playbook, nodeOf(result, 'Take money').id)?.label).toBe('Refund');
  });

  it('matches undos by the words of their names, and keeps a notification before the Fail out of the undos', () => {
    const lambda = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' };
    const catchTo = (next: string) => [{ ErrorEquals: ['States.ALL'], Next: next }];
    const result = importText(
      JSON.stringify({
        StartAt: 'ReserveFlight',
        States: {
          ReserveFlight: { ...lambda, Catch: catchTo('CancelFlightReservation'), Next: 'ReserveCarRental' },
          ReserveCarRental: { ...lambda, Catch: catchTo('CancelRentalReservation'), Next: 'ProcessPayment' },
          ProcessPayment: { ...lambda, Catch: catchTo('RefundPayment'), Next: 'ConfirmFlight' },
          ConfirmFlight: { ...lambda, End: true },
          RefundPayment: { ...lambda, Next: 'CancelRentalReservation' },
          CancelRentalReservation: { ...lambda, Next: 'CancelFlightReservation' },
          CancelFlightReservation: { ...lambda, Next: 'NotifyFailure' },
          NotifyFailure: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Next: 'SagaFailed' },
          SagaFailed: { Type: 'Fail' },
        },
      }),
    );
    expect(undoOf(result.playbook, nodeOf(result, 'ReserveFlight').id)?.label).toBe(
      'CancelFlightReservation',
    );
    expect(undoOf(result.playbook, nodeOf(result, 'ReserveCarRental').id)?.label).toBe(
      'CancelRentalReservation',
    );
    expect(undoOf(result.playbook, nodeOf(result, 'ProcessPayment').id)?.label).toBe('RefundPayment');
    expect(undoOf(result.playbook, nodeOf(result, 'ConfirmFlight').id)).toBeUndefined();
    expect(entriesFor(result, 'NotifyFailure')[0]).toMatchObject({ level: 'warning' });
  });

  it('reads describe-state-machine output, whose definition is a JSON string', () => {
    const definition = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    const outcome = importWorkflow(
      JSON.stringify({ name: 'From the API', definition: JSON.stringify(definition) }),
    );
    expect(outcome.ok && outcome.format).toBe('asl');
    expect(outcome.ok && outcome.playbook.name).toBe('From the API');
  });

  it('refuses a StartAt that names no state, with where it is', () => {
    const outcome = importWorkflow(
      JSON.stringify({ StartAt: 'Nowhere', States: { A: { Type: 'Succeed' } } }),
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatchObject({ kind: 'invalid', path: '/StartAt' });
  });
});

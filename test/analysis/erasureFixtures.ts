import {
  approval,
  check,
  checkpoint,
  type Draft,
  end,
  type Json,
  notify,
  restore,
  step,
  trigger,
  withExtra,
} from './fixtures';

/** The fixture model's `items`, with `name` personal (and an optional retention). */
export function personalItems(retention?: string): Json {
  return {
    dataModel: {
      entities: [
        {
          name: 'items',
          key: 'id',
          fields: [
            { name: 'id', type: 'string' },
            { name: 'name', type: 'string', personal: true, category: 'contact' },
          ],
          ...(retention === undefined ? {} : { retention }),
        },
      ],
    },
  };
}

/** An erasure step: deletes item i1 because its person asked; irreversible, so approved first. */
export const erasure = (id: string, extra: Json = {}): Json =>
  step(id, {
    label: `Erase ${id}`,
    erasure: true,
    irreversible: { reason: 'an erasure on request is never undone' },
    effects: [{ op: 'delete', entity: 'items', match: { id: 'i1' } }],
    ...extra,
  });

/**
 * The safe pattern every personal-data rule accepts: snapshot `items` (expiring), approve, erase,
 * publish; when publishing fails, restore the snapshot, approve and erase again, check, tell, end
 * restored. Any failure of the recovery is told and ends failed.
 */
export function safeErasureDraft(): Draft {
  const draft: Draft = {
    nodes: [
      trigger(),
      checkpoint('cp', ['items']),
      approval('a'),
      erasure('x'),
      step('p', { label: 'Publish to the mailing tool', effects: [], system: 'mailer' }),
      end('done'),
      restore('r', 'cp'),
      approval('a2'),
      erasure('re', { label: 'Erase again' }),
      check('k'),
      notify('n'),
      end('restored', 'restored'),
      notify('nf'),
      end('failed', 'failed'),
    ],
    edges: [
      ['next', 't', 'cp'],
      ['next', 'cp', 'a'],
      ['next', 'a', 'x'],
      ['next', 'x', 'p'],
      ['next', 'p', 'done'],
      ['failure', 'p', 'r'],
      ['next', 'r', 'a2'],
      ['next', 'a2', 're'],
      ['next', 're', 'k'],
      ['next', 'k', 'n'],
      ['next', 'n', 'restored'],
      ['failure', 'a', 'nf'],
      ['failure', 'x', 'nf'],
      ['failure', 'r', 'nf'],
      ['failure', 'a2', 'nf'],
      ['failure', 're', 'nf'],
      ['failure', 'k', 'nf'],
      ['next', 'nf', 'failed'],
    ],
  };
  (draft.nodes[1] as Json).expires = 'P1D';
  return withExtra(draft, personalItems('P30D'));
}

/** A second personal entity, `people`, that no step of the safe draft changes. */
export function withPeople(draft: Draft, retention?: string): Draft {
  const items = (personalItems('P30D').dataModel as { entities: Json[] }).entities[0]!;
  const people = {
    name: 'people',
    key: 'id',
    fields: [
      { name: 'id', type: 'string' },
      { name: 'email', type: 'string', personal: true, category: 'contact' },
    ],
    ...(retention === undefined ? {} : { retention }),
  };
  return withExtra(draft, { dataModel: { entities: [items, people] } });
}

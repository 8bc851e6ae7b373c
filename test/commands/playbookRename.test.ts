import { describe, expect, it } from 'vitest';
import { blankPlaybook } from '../../src/commands/blankPlaybook';
import { EMPTY_HISTORY, execute, undo } from '../../src/commands/history';
import { idFollowsName, renamePlaybook } from '../../src/commands/playbookRename';
import type { Playbook } from '../../src/domain/types';

/** Types a name one keystroke at a time into one coalesced undo step, as the Name field does. */
function typeName(start: Playbook, name: string, exported = false) {
  let document = start;
  let history = EMPTY_HISTORY;
  for (let length = 1; length <= name.length; length += 1) {
    const result = execute(
      document,
      history,
      renamePlaybook(document, name.slice(0, length), exported),
      'playbook:name',
    );
    if (!result.ok) throw new Error(result.reason);
    ({ document, history } = result);
  }
  return { document, history };
}

describe("the playbook's id follows its name until the first export", () => {
  it('a new playbook named as it is typed takes the id the name gives', () => {
    const { document } = typeName(blankPlaybook({ withStartAndEnd: true }), 'Web order: refund 2');
    expect([document.name, document.id]).toEqual(['Web order: refund 2', 'web-order-refund-2']);
  });

  it('one undo puts back both the name and the id', () => {
    const start = blankPlaybook({ withStartAndEnd: true });
    const { document, history } = typeName(start, 'Web order');
    const undone = undo(document, history)!;
    expect([undone.document.name, undone.document.id]).toEqual([start.name, start.id]);
  });

  it('once exported, the id stays what the export used', () => {
    const { document } = typeName(blankPlaybook({ withStartAndEnd: true }), 'Web order', true);
    expect([document.name, document.id]).toEqual(['Web order', 'untitled-playbook']);
  });

  it('an id someone typed is never changed by a rename', () => {
    const start = { ...blankPlaybook(), name: 'Orders', id: 'orders-v2' };
    expect(idFollowsName(start, false)).toBe(false);
    expect(typeName(start, 'Orders and refunds').document.id).toBe('orders-v2');
  });

  it("a template's copy, whose id is its name's, follows a rename too", () => {
    const start = { ...blankPlaybook(), name: 'Order fulfilment rollback', id: 'order-fulfilment-rollback' };
    expect(idFollowsName(start, false)).toBe(true);
  });

  it('a name that gives no id (digits first, or cleared) keeps the id, and following resumes after', () => {
    const start = blankPlaybook({ withStartAndEnd: true });
    expect(typeName(start, '42 orders').document.id).toBe('untitled-playbook');
    const web = typeName(start, 'Web').document;
    const cleared = execute(web, EMPTY_HISTORY, renamePlaybook(web, '', false));
    if (!cleared.ok) throw new Error(cleared.reason);
    expect([cleared.document.name, cleared.document.id]).toEqual(['', 'web']);
    expect(typeName(cleared.document, 'Refunds').document.id).toBe('refunds');
  });
});

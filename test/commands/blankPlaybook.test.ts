import { describe, expect, it } from 'vitest';
import { blankPlaybook } from '../../src/commands/blankPlaybook';
import { parsePlaybook } from '../../src/domain/parse';

describe('blankPlaybook', () => {
  it('is a parsed playbook already: parsing it changes nothing', () => {
    for (const playbook of [blankPlaybook(), blankPlaybook({ withStartAndEnd: true })]) {
      const parsed = parsePlaybook(playbook);
      expect(parsed.ok && parsed.playbook).toEqual(playbook);
    }
  });

  it('starts empty on the canvas, and with a trigger wired to an end for a library entry', () => {
    expect(blankPlaybook().nodes).toEqual([]);
    const entry = blankPlaybook({ name: 'Orders', metadata: { author: 'sam' }, withStartAndEnd: true });
    expect(entry.name).toBe('Orders');
    expect(entry.metadata).toEqual({ author: 'sam' });
    expect(entry.nodes.map((node) => node.kind)).toEqual(['trigger', 'end']);
    expect(entry.edges).toEqual([{ id: 'e1', source: 't1', target: 'end', kind: 'next' }]);
  });
});

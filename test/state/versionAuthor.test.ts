import { beforeEach, describe, expect, it } from 'vitest';
import { profileActions, versionAuthor } from '../../src/state/profileStore';

describe('who History names as the author of a saved version', () => {
  beforeEach(() => profileActions.profileChanged({ name: '', role: '' }));

  it('the name this browser acts as', () => {
    profileActions.profileChanged({ name: 'Dana', role: 'ops-lead' });
    expect(versionAuthor('Eve')).toBe('Dana');
  });

  it("the playbook's own author while this browser acts as nobody", () => {
    expect(versionAuthor('Eve')).toBe('Eve');
  });

  it('"anonymous" only when nobody gave a name', () => {
    expect(versionAuthor(undefined)).toBe('anonymous');
    expect(versionAuthor('   ')).toBe('anonymous');
  });
});

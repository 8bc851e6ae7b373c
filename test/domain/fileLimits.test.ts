import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_PLAYBOOK_FILE_BYTES } from '../../src/domain/fileLimits';

describe('playbook file size limit', () => {
  it('lets a file of exactly 20 MB through and refuses one byte more, in plain words', () => {
    expect(MAX_PLAYBOOK_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(fileSizeProblem(MAX_PLAYBOOK_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_PLAYBOOK_FILE_BYTES + 1)).toBe('The file is larger than 20 MB');
  });
});

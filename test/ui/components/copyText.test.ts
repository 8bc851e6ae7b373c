import { describe, expect, it } from 'vitest';
import { copyText } from '../../../src/ui/components/copyText';

describe('copyText', () => {
  it('hands the text to the clipboard and reports that it took it', async () => {
    const written: string[] = [];
    const took = await copyText('https://example.test/#r=1', {
      writeText: async (text) => {
        written.push(text);
      },
    });
    expect(took).toBe(true);
    expect(written).toEqual(['https://example.test/#r=1']);
  });

  it('reports a refusal, and a browser without a clipboard, as not copied rather than throwing', async () => {
    const refusing = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    expect(await copyText('x', refusing)).toBe(false);
    expect(await copyText('x', undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { rollbook } from '../cli/cliHarness';

/** Issue 17 item 5: `rollbook import --from asl|bpmn|serverless-workflow`, XML and YAML read from files. */
describe('rollbook import of the issue 17 formats', () => {
  const cases = [
    ['asl', 'test/fixtures/importers/asl/trip-booking-saga.asl.json'],
    ['bpmn', 'test/fixtures/importers/bpmn/order-compensation.bpmn'],
    ['serverless-workflow', 'test/fixtures/importers/serverless-workflow/order-saga.sw.yaml'],
  ] as const;
  for (const [format, file] of cases)
    it(`--from ${format} imports ${file.split('/').at(-1)}; auto detects the same format`, async () => {
      const asked = await rollbook('import', file, '--from', format, '--json');
      expect(asked.code).toBe(0);
      expect(JSON.parse(asked.stdout).format).toBe(format);
      const detected = await rollbook('import', file, '--json');
      expect(JSON.parse(detected.stdout).format).toBe(format);
    });

  it('refuses a file of another format with exit 1', async () => {
    const wrong = await rollbook(
      'import',
      'test/fixtures/importers/bpmn/order-compensation.bpmn',
      '--from',
      'asl',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not an? Step Functions state machine/);
  });
});

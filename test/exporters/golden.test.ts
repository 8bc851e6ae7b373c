import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/exporters';
import { EXAMPLES, example } from './examples';

/**
 * Golden files: test/fixtures/exporters/<example>.<extension>. They change only deliberately:
 * review the diff, then `npx vitest run test/exporters/golden.test.ts -u`.
 */
describe('golden exports of the shipped examples', () => {
  for (const name of EXAMPLES) {
    it.each(EXPORTERS.map((exporter) => [exporter.id, exporter] as const))(
      `${name} as %s matches its golden file`,
      async (_id, exporter) => {
        const { output, losses } = exporter.export(example(name));
        await expect(output).toMatchFileSnapshot(`../fixtures/exporters/${name}.${exporter.extension}`);
        await expect(`${losses.join('\n')}\n`).toMatchFileSnapshot(
          `../fixtures/exporters/${name}.${exporter.id}.losses.txt`,
        );
      },
    );
  }
});

import fc from 'fast-check';
import type { IrLink, IrStep, IrWorkflow } from '../../src/importers/ir';

const EFFECTS = ['read', 'create', 'update', 'delete', 'send', 'charge', 'unknown'] as const;

/** A step of any role, keyed `s<index>`; names repeat on purpose (ids must still be unique). */
const arbitraryStep = (index: number): fc.Arbitrary<IrStep> => {
  const common = {
    key: `s${index}`,
    source: { id: `id-${index}`, name: index % 5 === 0 ? 'Same name' : `Step ${index}`, type: 'test' },
  };
  return fc.oneof(
    fc
      .record({ signal: fc.constantFrom('manual', 'alert', 'schedule' as const) })
      .map(({ signal }): IrStep => ({ ...common, role: 'trigger', signal })),
    fc
      .record({
        effect: fc.option(fc.constantFrom(...EFFECTS), { nil: undefined }),
        resource: fc.constantFrom('orders', 'Order lines', '123', '', 'constructor'),
        retry: fc.option(
          fc.record({
            maxAttempts: fc.integer({ min: -2, max: 200 }),
            backoffMs: fc.integer({ min: -5, max: 10_000 }),
          }),
          { nil: undefined },
        ),
        continueOnFailure: fc.boolean(),
        disabled: fc.boolean(),
      })
      .map(
        ({ effect, resource, retry, continueOnFailure, disabled }): IrStep => ({
          ...common,
          role: 'action',
          ...(effect
            ? { operation: { effect, app: 'App', resource, resourceFromSource: resource !== '' } }
            : {}),
          ...(retry ? { retry } : {}),
          continueOnFailure,
          disabled: disabled && index % 3 === 0,
        }),
      ),
    fc.integer({ min: 1, max: 5 }).map(
      (count): IrStep => ({
        ...common,
        role: 'decision',
        branches: Array.from({ length: count }, (_, b) => `b${b}`),
      }),
    ),
    fc
      .constantFrom('completed', 'failed' as const)
      .map((outcome): IrStep => ({ ...common, role: 'end', outcome })),
  );
};

const arbitraryLink = (size: number): fc.Arbitrary<IrLink> =>
  fc
    .record({
      from: fc.integer({ min: 0, max: size - 1 }),
      to: fc.integer({ min: 0, max: size }),
      kind: fc.constantFrom('next', 'failure', 'branch' as const),
      branch: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ from, to, kind, branch }) => ({
      from: `s${from}`,
      to: `s${to}`,
      kind,
      ...(kind === 'branch' ? { branch } : {}),
    }));

/** Neutral workflows of any shape: loops, fan-outs, dangling links, disabled steps, no trigger. */
export const arbitraryIrWorkflow: fc.Arbitrary<IrWorkflow> = fc
  .integer({ min: 1, max: 14 })
  .chain((size) =>
    fc.record({
      steps: fc.tuple(...Array.from({ length: size }, (_, index) => arbitraryStep(index))),
      links: fc.array(arbitraryLink(size), { maxLength: size * 3 }),
    }),
  )
  .map(({ steps, links }) => ({ format: 'n8n', name: 'Arbitrary', steps, links, notes: [], remarks: [] }));

const N8N_TYPES = [
  'n8n-nodes-base.manualTrigger',
  'n8n-nodes-base.webhook',
  'n8n-nodes-base.scheduleTrigger',
  'n8n-nodes-base.if',
  'n8n-nodes-base.switch',
  'n8n-nodes-base.filter',
  'n8n-nodes-base.merge',
  'n8n-nodes-base.splitInBatches',
  'n8n-nodes-base.wait',
  'n8n-nodes-base.code',
  'n8n-nodes-base.set',
  'n8n-nodes-base.stickyNote',
  'n8n-nodes-base.googleSheets',
  'n8n-nodes-base.postgres',
  'n8n-nodes-base.slack',
  'n8n-nodes-base.stripe',
  'n8n-nodes-base.httpRequest',
  'n8n-nodes-base.stopAndError',
  'n8n-nodes-base.executeWorkflow',
  'n8n-nodes-community.thing',
  '@n8n/n8n-nodes-langchain.agent',
  '@n8n/n8n-nodes-langchain.lmChatOpenAi',
];

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F', '__proto__', 'constructor', 'Ünïcødé 🚀', ''];

/** n8n-shaped files with hostile details: odd names, wires to nowhere, bad numbers, any parameters. */
export const arbitraryN8nFile: fc.Arbitrary<unknown> = fc.record({
  name: fc.oneof(fc.string(), fc.constant(undefined)),
  nodes: fc.array(
    fc.oneof(
      fc.record(
        {
          name: fc.constantFrom(...NAMES),
          type: fc.constantFrom(...N8N_TYPES),
          typeVersion: fc.oneof(fc.constantFrom(1, 2, 3, 4.5), fc.string()),
          position: fc.oneof(fc.tuple(fc.integer(), fc.integer()), fc.jsonValue()),
          parameters: fc.oneof(
            fc.record(
              {
                operation: fc.constantFrom('append', 'delete', 'update', 'post', 'nope', 'constructor'),
                resource: fc.constantFrom('sheet', 'charge', 'toString'),
              },
              { requiredKeys: [] },
            ),
            fc.jsonValue(),
          ),
          disabled: fc.boolean(),
          onError: fc.constantFrom('continueErrorOutput', 'continueRegularOutput', 'stopWorkflow', 42),
          retryOnFail: fc.boolean(),
          maxTries: fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.string()),
          waitBetweenTries: fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.constant(null)),
        },
        { requiredKeys: ['type'] },
      ),
      fc.jsonValue(),
    ),
    { maxLength: 12 },
  ),
  connections: fc.dictionary(
    fc.constantFrom(...NAMES),
    fc.dictionary(
      fc.constantFrom('main', 'error', 'ai_tool', 'ai_languageModel'),
      fc.array(
        fc.oneof(
          fc.array(
            fc.record({
              node: fc.constantFrom(...NAMES, 'Nowhere'),
              type: fc.constant('main'),
              index: fc.nat(3),
            }),
            { maxLength: 3 },
          ),
          fc.constant(null),
        ),
        { maxLength: 4 },
      ),
    ),
  ),
  settings: fc.oneof(fc.record({ errorWorkflow: fc.oneof(fc.string(), fc.integer()) }), fc.jsonValue()),
});

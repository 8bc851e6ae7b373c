import fc from 'fast-check';

/**
 * Files shaped like Power Automate definitions and Make blueprints, with hostile details: names
 * that collide, runAfter pointing nowhere or in circles, unknown types, broken retry policies,
 * nested containers, duplicate or missing Make ids, directives in odd places.
 */
const NAMES = ['A', 'B', 'C', 'D', 'Try', 'Catch', '__proto__', 'constructor', ''];
const STATUSES = ['Succeeded', 'Failed', 'TimedOut', 'Skipped', 'Weird'];
const TYPES = [
  'Compose',
  'Http',
  'OpenApiConnection',
  'Terminate',
  'Wait',
  'Response',
  'Unknown',
  'Scope',
  'If',
  'Switch',
  'Foreach',
  'Until',
];
const CONNECTORS = [
  'shared_sql',
  'shared_office365',
  'shared_sharepointonline',
  'shared_custom-20thing-0123456789',
  'shared_approvals',
];
const OPERATIONS = [
  'PostItem_V2',
  'SendEmailV2',
  'DeleteItem',
  'GetItems',
  'WaitForAnApproval',
  'DoSomething',
];

const retryPolicy = fc.oneof(
  fc.constant(undefined),
  fc.record({
    type: fc.constantFrom('fixed', 'exponential', 'none', 'default', 'odd'),
    count: fc.oneof(fc.integer({ min: -1, max: 95 }), fc.constant('3')),
    interval: fc.constantFrom('PT10S', 'P1M', 'soon', 'PT0S'),
  }),
  fc.constant('not an object'),
);

const leafAction = fc.record({
  type: fc.constantFrom(...TYPES),
  runAfter: fc.dictionary(fc.constantFrom(...NAMES), fc.subarray(STATUSES), { maxKeys: 2 }),
  inputs: fc.record({
    method: fc.constantFrom('GET', 'POST', 'DELETE', 'BREW'),
    uri: fc.constantFrom('https://api.example.com/v1/orders', ''),
    host: fc.record({ apiId: fc.constantFrom(...CONNECTORS), operationId: fc.constantFrom(...OPERATIONS) }),
    runStatus: fc.constantFrom('Failed', 'Cancelled', 'Succeeded', 'Other'),
    interval: fc.record({
      count: fc.integer({ min: -1, max: 3 }),
      unit: fc.constantFrom('Minute', 'Month', 'x'),
    }),
    retryPolicy,
  }),
});

const runAfter = fc.dictionary(fc.constantFrom(...NAMES), fc.subarray(STATUSES), { maxKeys: 2 });

// Each container holds only the members of its own type, so nesting stays small.
const { actions } = fc.letrec<{ actions: Record<string, unknown>; action: unknown }>((tie) => ({
  actions: fc.dictionary(fc.constantFrom(...NAMES), tie('action'), { maxKeys: 3 }),
  action: fc.oneof(
    { depthSize: 'xsmall', withCrossShrink: true },
    leafAction,
    fc.record({ type: fc.constantFrom('Scope', 'Foreach', 'Until'), runAfter, actions: tie('actions') }),
    fc.record({
      type: fc.constant('If'),
      runAfter,
      expression: fc.constant({ and: [] }),
      actions: tie('actions'),
      else: fc.record({ actions: tie('actions') }),
    }),
    fc.record({
      type: fc.constant('Switch'),
      runAfter,
      expression: fc.constant('@x'),
      cases: fc.dictionary(
        fc.constantFrom('Case', 'Case_2'),
        fc.record({ case: fc.constantFrom('x', 1), actions: tie('actions') }),
        { maxKeys: 2 },
      ),
      default: fc.record({ actions: tie('actions') }),
    }),
  ),
}));

const definition = fc.record({
  triggers: fc.dictionary(
    fc.constantFrom('manual', 'Recurrence', 'When_x'),
    fc.record({ type: fc.constantFrom('Request', 'Recurrence', 'OpenApiConnectionWebhook') }),
    { maxKeys: 2 },
  ),
  actions,
});

export const arbitraryPowerAutomateFile = fc.oneof(
  definition,
  definition.map((d) => ({ definition: d })),
  definition.map((d) => ({
    type: 'Microsoft.Flow/flows',
    properties: { displayName: 'Flow', definition: d },
  })),
  definition.map((d) => ({
    resources: [
      { type: 'Microsoft.Logic/workflows', name: "[parameters('x')]", properties: { definition: d } },
    ],
  })),
);

const MODULES = [
  'gateway:CustomWebHook',
  'google-sheets:addRow',
  'slack:CreateMessage',
  'http:ActionSendData',
  'builtin:BasicFeeder',
  'util:FunctionSleep',
  'acme:doThing',
  'builtin:Rollback',
  'builtin:Resume',
  'builtin:BasicMerge',
  '',
];
const DIRECTIVES = [
  'builtin:Rollback',
  'builtin:Commit',
  'builtin:Resume',
  'builtin:Ignore',
  'builtin:Break',
  'slack:CreateMessage',
];
const moduleId = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom('7', '', null));

const { flow } = fc.letrec<{ flow: unknown[]; module: unknown }>((tie) => ({
  flow: fc.array(tie('module'), { maxLength: 4 }),
  module: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      id: moduleId,
      module: fc.constantFrom(...MODULES),
      mapper: fc.record({
        method: fc.constantFrom('post', 'get'),
        duration: fc.constantFrom('5', 'x'),
        url: fc.constant('https://x.test/items'),
      }),
      filter: fc.option(
        fc.record({
          name: fc.string({ maxLength: 5 }),
          conditions: fc.constant([[{ a: '1', o: 'text:equal', b: '1' }]]),
        }),
        { nil: undefined },
      ),
      onerror: fc.option(
        fc.array(
          fc.record({
            id: moduleId,
            module: fc.constantFrom(...DIRECTIVES),
            mapper: fc.record({
              retry: fc.boolean(),
              count: fc.integer({ min: -1, max: 5 }),
              interval: fc.constantFrom(1, '15', 'x'),
            }),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
      metadata: fc.record({ designer: fc.record({ x: fc.integer(), y: fc.integer() }) }),
    }),
    fc.record({
      id: moduleId,
      module: fc.constant('builtin:BasicRouter'),
      routes: fc.array(fc.record({ flow: tie('flow') }), { maxLength: 3 }),
    }),
    fc.record({
      id: moduleId,
      module: fc.constant('builtin:BasicIfElse'),
      branches: fc.array(
        fc.record({
          label: fc.constantFrom('A', ''),
          type: fc.constantFrom('condition', 'else'),
          merge: fc.boolean(),
          disabled: fc.boolean(),
          flow: tie('flow'),
        }),
        { maxLength: 3 },
      ),
    }),
    fc.constant('not a module'),
  ),
}));

export const arbitraryMakeFile = fc.oneof(
  fc.record({
    name: fc.constantFrom('Scenario', ''),
    flow,
    metadata: fc.record({ scenario: fc.record({ autoCommit: fc.boolean(), dlq: fc.boolean() }) }),
  }),
  flow.map((modules) => ({ response: { blueprint: { flow: modules } } })),
);

import type { OperationEffect } from './types';

/** Words that say what an operation does, first match wins: "charge" before "create" ("createCharge"). */
const VERBS: readonly [RegExp, OperationEffect][] = [
  [/charge|capture|payout|paymentintent/i, 'charge'],
  [/send|post.?message|reply|forward|notify|sms|publish/i, 'send'],
  [/delete|remove|destroy|purge|clear|archive|trash/i, 'delete'],
  [/update|patch|edit|upsert|modify|move|rename|set[A-Z_]|mark/, 'update'],
  [/create|add|append|insert|post|upload|copy|new/i, 'create'],
  [/get|list|read|search|find|lookup|fetch|download|watch|select|query|filter/i, 'read'],
];

/**
 * Guesses what an operation does from its name (an unknown Make action, a Power Automate
 * operationId missing from the catalogue). A guess: the importers report it as one.
 */
export function effectFromName(name: string): OperationEffect | undefined {
  for (const [pattern, effect] of VERBS) if (pattern.test(name)) return effect;
  return undefined;
}

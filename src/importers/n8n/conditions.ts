import { field, isRecord, list, text } from '../json';

const MAX = 300;

const show = (value: unknown): string => {
  if (typeof value === 'string') return value.replace(/^=/, '');
  if (value === undefined) return '';
  return JSON.stringify(value) ?? '';
};

const shorten = (value: string) => (value.length > MAX ? `${value.slice(0, MAX - 1)}…` : value);

/** One condition of IF/Filter/Switch v2+ ("{{ $json.total }} gt 100"), or of v1 ("value1 larger value2"). */
function describeCondition(condition: unknown): string {
  const operator = field(condition, 'operator');
  const operation = text(field(operator, 'operation')) ?? text(field(condition, 'operation')) ?? '?';
  const left = field(condition, 'leftValue') ?? field(condition, 'value1');
  const right = field(condition, 'rightValue') ?? field(condition, 'value2');
  return [show(left), operation, show(right)].filter((part) => part !== '').join(' ');
}

/**
 * The condition of an IF or Filter node as text for the playbook's description (it is n8n's
 * expression language, not CEL, so it is kept for the author to translate).
 */
export function conditionText(parameters: unknown): string | undefined {
  const conditions = field(parameters, 'conditions');
  // v2+: { conditions: [...], combinator: 'and' | 'or' }
  const modern = list(field(conditions, 'conditions'));
  if (modern.length > 0) {
    const combinator =
      text(field(conditions, 'combinator')) ?? text(field(parameters, 'combinator')) ?? 'and';
    return shorten(modern.map(describeCondition).join(` ${combinator} `));
  }
  // v1: { string: [...], number: [...], boolean: [...], dateTime: [...] }
  if (isRecord(conditions)) {
    const all = Object.values(conditions).flatMap((group) => list(group));
    if (all.length > 0) {
      const combine = text(field(parameters, 'combineOperation')) === 'any' ? 'or' : 'and';
      return shorten(all.map(describeCondition).join(` ${combine} `));
    }
  }
  return undefined;
}

/**
 * The outputs of a Switch node, labelled as n8n labels them: v3 rules (renamed outputs keep their
 * key), a fallback output when it is "extra", expression mode's number of outputs; v1/v2 have
 * four numbered outputs. `connected` makes sure every wired output has a label.
 */
export function switchBranches(parameters: unknown, typeVersion: number, connected: number): string[] {
  const labels: string[] = [];
  if (typeVersion >= 3) {
    const mode = text(field(parameters, 'mode')) ?? 'rules';
    if (mode === 'expression') {
      const count = Number(field(parameters, 'numberOutputs') ?? 4);
      for (let index = 0; index < (Number.isFinite(count) ? Math.min(count, 64) : 4); index += 1)
        labels.push(`Output ${index}`);
    } else {
      const rules = field(parameters, 'rules');
      const values = list(field(rules, 'values') ?? field(rules, 'rules'));
      values.forEach((rule, index) => {
        const key = text(field(rule, 'outputKey'));
        labels.push(key && key.trim() !== '' ? key : `Output ${index}`);
      });
      if (text(field(field(parameters, 'options'), 'fallbackOutput')) === 'extra') labels.push('Fallback');
    }
  } else {
    labels.push('Output 0', 'Output 1', 'Output 2', 'Output 3');
  }
  for (let index = labels.length; index < Math.min(connected, 64); index += 1) labels.push(`Output ${index}`);
  return labels.length > 0 ? labels : ['Output 0'];
}

/** A Switch's rules as text: one line per output. */
export function switchConditionText(parameters: unknown): string | undefined {
  const rules = field(parameters, 'rules');
  const values = list(field(rules, 'values') ?? field(rules, 'rules'));
  const lines = values.map((rule, index) => {
    const inner = field(rule, 'conditions') ? conditionText(rule) : describeCondition(rule);
    return `Output ${index}: ${inner ?? '?'}`;
  });
  const expression = text(field(parameters, 'output'));
  if (lines.length === 0 && expression) return shorten(`Output number: ${show(expression)}`);
  return lines.length > 0 ? shorten(lines.join('; ')) : undefined;
}

import { field, isRecord, list, text } from '../json';
import { isSafeKey } from '../jsonReaders';

/**
 * Every state of a state machine, nested ones (Parallel branches, Map item processors) included,
 * with the links ASL draws between them resolved to unique keys. A nested `End` leads to where its
 * Parallel or Map goes next, which is how the playbook draws branches: one after the other.
 */
export interface FlatState {
  key: string;
  name: string;
  state: Record<string, unknown>;
  /** JSON Pointer of the state in the file. */
  path: string;
  /** The key a `Next` of this state's scope names, by name. */
  resolve: (name: string) => string | undefined;
  /** Where an `End: true` leads: the enclosing Parallel's or Map's next state, if any. */
  endLeadsTo?: string;
  /** The Parallel or Map state it runs inside. */
  parent?: string;
}

export interface FlatMachine {
  states: FlatState[];
  byKey: Map<string, FlatState>;
  start: string | undefined;
  /** States that are not objects, or keys that reach a prototype: reported, not read. */
  broken: { name: string; path: string }[];
}

const pointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

export function flattenMachine(definition: Record<string, unknown>): FlatMachine {
  const states: FlatState[] = [];
  const byKey = new Map<string, FlatState>();
  const broken: FlatMachine['broken'] = [];

  const scope = (
    machine: unknown,
    path: string,
    prefix: string,
    endLeadsTo: string | undefined,
    parent: string | undefined,
  ): string | undefined => {
    const table = field(machine, 'States');
    if (!isRecord(table)) return undefined;
    const names = new Map<string, string>();
    for (const name of Object.keys(table)) {
      if (!isSafeKey(name)) continue;
      let key = prefix === '' ? name : `${prefix}/${name}`;
      while (byKey.has(key) || [...names.values()].includes(key)) key = `${key}'`;
      names.set(name, key);
    }
    const resolve = (name: string) => names.get(name);
    for (const [name, state] of Object.entries(table)) {
      const key = names.get(name);
      const at = `${path}/States/${pointer(name)}`;
      if (!key || !isRecord(state)) {
        broken.push({ name, path: at });
        continue;
      }
      const flat: FlatState = {
        key,
        name,
        state,
        path: at,
        resolve,
        ...(endLeadsTo !== undefined ? { endLeadsTo } : {}),
        ...(parent !== undefined ? { parent } : {}),
      };
      states.push(flat);
      byKey.set(key, flat);
    }
    for (const [name, state] of Object.entries(table)) {
      const key = names.get(name);
      if (!key || !isRecord(state)) continue;
      const flat = byKey.get(key)!;
      const after = endOf(flat, endLeadsTo);
      const type = text(field(state, 'Type'));
      if (type === 'Parallel') {
        list(field(state, 'Branches')).forEach((branch, index) => {
          const start = scope(branch, `${flat.path}/Branches/${index}`, `${key}[${index}]`, after, key);
          if (start) branchStarts.set(key, [...(branchStarts.get(key) ?? []), start]);
        });
      } else if (type === 'Map') {
        const processor = field(state, 'ItemProcessor') ?? field(state, 'Iterator');
        const which = field(state, 'ItemProcessor') ? 'ItemProcessor' : 'Iterator';
        const start = scope(processor, `${flat.path}/${which}`, `${key}[item]`, after, key);
        if (start) branchStarts.set(key, [start]);
      }
    }
    const start = text(field(machine, 'StartAt'));
    return start === undefined ? undefined : names.get(start);
  };
  const branchStarts = new Map<string, string[]>();
  const start = scope(definition, '', '', undefined, undefined);
  for (const flat of states) {
    const starts = branchStarts.get(flat.key);
    if (starts) flat.state = { ...flat.state, [BRANCH_STARTS]: starts };
  }
  return { states, byKey, start, broken };
}

/** Where the run goes after a state that ends its scope, or after its Next. */
function endOf(flat: FlatState, endLeadsTo: string | undefined): string | undefined {
  const next = text(field(flat.state, 'Next'));
  if (next !== undefined) return flat.resolve(next);
  return field(flat.state, 'End') === true ? endLeadsTo : undefined;
}

/** Internal key under which a Parallel or Map state carries the keys its branches start at. */
export const BRANCH_STARTS = '#branchStarts';

export const branchStartsOf = (flat: FlatState): string[] => {
  const value = flat.state[BRANCH_STARTS];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** The key this state's success leads to: its Next, or for an End the enclosing state's next. */
export const nextOf = (flat: FlatState): string | undefined => endOf(flat, flat.endLeadsTo);

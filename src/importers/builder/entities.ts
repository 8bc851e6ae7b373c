import type { DataRecord, Effect, Entity } from '../../domain/types';
import type { IrOperation } from '../ir';
import { entityName } from './ids';

/** The records every guessed entity starts with, so a dry run has something to change. */
const SAMPLE_COUNT = 2;
const SAMPLE_TIME = '2025-01-01T00:00:00Z';

/**
 * The data model the builder guesses from what the operations touch: one entity per thing
 * written (a table, a sheet, a CRM object), with a key, a status and an update time, and two
 * sample records each. Every entity is reported as a guess, on the first step that touches it.
 */
export class EntityGuesses {
  private readonly entities = new Map<string, Entity>();

  /** The entity an operation writes to; `isNew` tells the caller to report the guess. */
  entityFor(operation: IrOperation): { name: string; isNew: boolean } {
    const name =
      operation.resource && operation.resourceFromSource
        ? entityName(operation.resource)
        : entityName(`${operation.app} ${plural(operation.resource ?? 'records')}`);
    if (this.entities.has(name)) return { name, isNew: false };
    this.entities.set(name, {
      name,
      key: 'id',
      fields: [
        { name: 'id', type: 'string', required: false },
        { name: 'status', type: 'string', required: false },
        { name: 'updatedAt', type: 'timestamp', required: false },
      ],
      unique: [],
      references: [],
    });
    return { name, isNew: true };
  }

  list(): Entity[] {
    return [...this.entities.values()];
  }

  dataset(): Record<string, DataRecord[]> {
    const dataset: Record<string, DataRecord[]> = {};
    for (const name of this.entities.keys()) {
      dataset[name] = Array.from({ length: SAMPLE_COUNT }, (_, index) => ({
        id: sampleKey(name, index + 1),
        status: 'active',
        updatedAt: SAMPLE_TIME,
      }));
    }
    return dataset;
  }
}

export const sampleKey = (entity: string, index: number) => `${entity}-${index}`;

const plural = (word: string) => (/s$/i.test(word) ? word : `${word}s`);

/** The effect a step of each kind makes on its entity in a dry run. */
export function effectFor(kind: 'create' | 'update' | 'delete' | 'charge', entity: string): Effect {
  switch (kind) {
    case 'create':
    case 'charge':
      return {
        op: 'insert',
        entity,
        records: [{ id: '{{id}}', status: kind === 'charge' ? 'charged' : 'created', updatedAt: '{{now}}' }],
      };
    case 'update':
      return {
        op: 'update',
        entity,
        match: { id: sampleKey(entity, 1) },
        set: { status: 'updated', updatedAt: '{{now}}' },
      };
    case 'delete':
      return { op: 'delete', entity, match: { id: sampleKey(entity, SAMPLE_COUNT) } };
  }
}

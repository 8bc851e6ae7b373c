import { keyText } from '../domain/modelInvariants';
import type { DataRecord, Entity, Playbook } from '../domain/types';

/** The data model as the engine reads it: entity by name, and each record's key as text. */
export class ModelIndex {
  private readonly entities = new Map<string, Entity>();

  constructor(playbook: Playbook) {
    for (const entity of playbook.dataModel.entities) this.entities.set(entity.name, entity);
  }

  entity(name: string): Entity | undefined {
    return this.entities.get(name);
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }

  /** The key field of an entity; `id` for an entity the model does not describe. */
  keyField(entity: string): string {
    return this.entities.get(entity)?.key ?? 'id';
  }

  /** A record's key as text, or `null` when the key field is absent or null. */
  keyOf(entity: string, record: DataRecord): string | null {
    return keyText(record[this.keyField(entity)]);
  }
}

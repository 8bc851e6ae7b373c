import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { IncidentRecord } from '../incidents/record';
import { DATABASE_NAME } from './databaseName';
import type {
  AuditRecord,
  PlaybookRecord,
  RevisionRecord,
  SigningKeyRecord,
  TeamFileRecord,
  TombstoneRecord,
} from './records';

/**
 * The Rollbook IndexedDB database (Dexie 4). Schema versions are declared in order and never
 * edited after release: a new version adds a `this.version(n)` block below the last one.
 *
 * Version 1:
 * - `playbooks`: primary key `id`; indexes `updatedAt` (library order) and `deletedAt` (trash).
 * - `revisions`: compound primary key `[playbookId+revision]` (unique: a revision number can be
 *   written once), index `playbookId`.
 * - `audit`: compound primary key `[playbookId+seq]` (unique: two tabs appending the same
 *   position collide instead of forking the hash chain), index `playbookId`.
 *
 * Version 2 (issue 16):
 * - `signingKeys`: primary key `id` (`'profile'`: this browser's key). The `CryptoKey` object
 *   itself is stored (structured clone); its private half is non-extractable, so nothing in
 *   the app, or in a dump of the database, can read it.
 * - `teamFiles`: primary key `scope` (`'library'`, or a playbook's library id).
 * - `tombstones`: primary key `playbookId`: what remains of a playbook purged from the trash,
 *   beside its audit log, which is kept so its chain still verifies.
 *
 * Version 3 (issue 18):
 * - `incidents`: primary key `id`, index `playbookId`: an incident's record (src/incidents), its
 *   hash-chained entries included; rewritten whole on every tick (a record is a few KiB).
 *
 * Documents are stored as JSON text and are not indexed (Dexie advises against indexing large
 * values). Format migrations of the documents run on read (migrate → parse), not here, so an
 * upgrade of this database never rewrites a user's document.
 */
export class RollbookDatabase extends Dexie {
  playbooks!: EntityTable<PlaybookRecord, 'id'>;
  revisions!: Table<RevisionRecord, [string, number]>;
  audit!: Table<AuditRecord, [string, number]>;
  signingKeys!: EntityTable<SigningKeyRecord, 'id'>;
  teamFiles!: EntityTable<TeamFileRecord, 'scope'>;
  tombstones!: EntityTable<TombstoneRecord, 'playbookId'>;
  incidents!: EntityTable<IncidentRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}) {
    // 'strict' durability: a write reports success only once it reached the disk, so a crash
    // right after "Saved" cannot lose it (Chrome otherwise defaults to relaxed).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      playbooks: 'id, updatedAt, deletedAt',
      revisions: '[playbookId+revision], playbookId',
      audit: '[playbookId+seq], playbookId',
    });
    this.version(2).stores({
      signingKeys: 'id',
      teamFiles: 'scope',
      tombstones: 'playbookId',
    });
    this.version(3).stores({
      incidents: 'id, playbookId',
    });
  }
}

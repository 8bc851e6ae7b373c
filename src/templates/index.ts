import bulkCsvImport from './bulk-csv-import-rollback.json';
import crmMergeDuplicates from './examples/crm-merge-duplicates.json';
import minimalSaga from './examples/minimal-saga.json';
import orderFulfilment from './examples/order-fulfilment-rollback.json';
import gdprSafeRestore from './gdpr-safe-restore.json';
import schemaMigration from './no-code-table-schema-migration.json';
import paymentRefund from './payment-refund-saga.json';

/** A playbook the library offers as a starting point ("New from template"). */
export interface PlaybookTemplate {
  id: string;
  name: string;
  description: string;
  /** The template's JSON as shipped; it enters through `parsePlaybook` like any import. */
  json: unknown;
}

const template = (json: { id: string; name: string; description?: string }): PlaybookTemplate => ({
  id: json.id,
  name: json.name,
  description: json.description ?? '',
  json,
});

/** Every template, simplest first: the three examples of the spec, then realistic ones of our own. */
export const TEMPLATES: readonly PlaybookTemplate[] = [
  template(minimalSaga),
  template(orderFulfilment),
  template(crmMergeDuplicates),
  template(paymentRefund),
  template(bulkCsvImport),
  template(schemaMigration),
  template(gdprSafeRestore),
];

/**
 * The playbook file's format name and the schema version this build writes and reads without a
 * migration (spec section 1). A module of its own so a reader that only needs to compare versions
 * (the designer's quick read, `persistence/quickRead.ts`) does not load the schemas.
 */
export const PLAYBOOK_FORMAT = 'rollbook.playbook';
export const CURRENT_SCHEMA_VERSION = 1;

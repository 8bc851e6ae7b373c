/** The IndexedDB database name in a browser profile (a module of its own: the early read needs it without Dexie). */
export const DATABASE_NAME = 'rollbook';

export { openDb, closeDb, MIGRATIONS_FOLDER, type Db, type OpenDbOptions } from './open-db.js';
export * as schema from './schema.js';
export { seedDatabase, seedIndicators, seedSources } from './seed/index.js';
export { listIndicators, listSources, loadPublishedData, lastDataChange } from './queries.js';

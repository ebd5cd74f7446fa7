/**
 * A child process for the mid-write kill test: opens the database, and saves a batch of drafts
 * through the import's own write function (`saveDrafts`: staged, then one immediate transaction
 * writing 20 rows at a time). With a tiny page cache SQLite spills uncommitted pages to the WAL as
 * it goes; once row `KILL_AT` (a multiple of 20) is written it prints `inside` and blocks,
 * transaction open, until the parent kills it. `KILL_AT=0` runs to the end.
 *   node --import tsx save-drafts-then-hang.ts <database> <killAt>
 */
import { writeSync } from 'node:fs';
import { openDb, saveDrafts, schema, seedDatabase, type DraftToSave } from '@kpi/db';

const [path, killAtText] = process.argv.slice(2);
const killAt = Number(killAtText);
const db = openDb(path!);
seedDatabase(db);
// A few pages of cache: the transaction's dirty pages reach the WAL file before the commit.
db.$client.pragma('cache_size = 2');

const source = db.select().from(schema.sources).all()[0]!;
// Value indicators × years with no figure yet: every draft is a new observation and revision.
const valueCodes = db
  .select()
  .from(schema.indicators)
  .all()
  .filter((row) => row.kind === 'value')
  .map((row) => row.code);
const drafts: DraftToSave[] = valueCodes.flatMap((code, c) =>
  Array.from({ length: 15 }, (_, y) => ({
    key: { code, year: 2000 + y },
    entry: { kind: 'value' as const, version: 0, sourceId: source.id, value: c * 100 + y, acknowledgedWarnings: [] },
    row: c * 15 + y + 2,
  })),
);

const onProgress = (done: number) => {
  if (done === killAt) {
    writeSync(1, `inside ${done}/${drafts.length}\n`);
    // Block this thread with the transaction open: only SIGKILL ends it.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
};
saveDrafts(db, drafts, 'crash-test', { importId: 'kill-mid-write', fileName: 'kill.csv', sha256: '0'.repeat(64) }, { chunkRows: 20, onProgress });
writeSync(1, `committed ${drafts.length}\n`);

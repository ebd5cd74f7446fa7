import { listAudit, observationState, saveDraft, type Db } from '@kpi/db';
import { ratioEntry } from '@kpi/shared/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { csv, importTask } from '../../support/imports.js';
import { seededDatabaseEachTest } from '../../support/temp-db.js';
import type * as Plan from '../../../src/services/import/plan.js';
import { MAX_PLANS, runImportTask, type ImportMessage } from '../../../src/services/import/run.js';

// What happens right after each plan, while its read transaction is still open: another
// connection saving a figure there lands after the plan was made and before the write lock.
const afterPlan = vi.hoisted(() => ({ plans: 0, run: (_plans: number) => {} }));
vi.mock('../../../src/services/import/plan.js', async (importOriginal) => {
  const real = await importOriginal<typeof Plan>();
  return {
    ...real,
    planImport: (...args: Parameters<typeof real.planImport>) => {
      const planned = real.planImport(...args);
      afterPlan.run(++afterPlan.plans);
      return planned;
    },
  };
});

const KEY = { code: 'bluezone-install-rate', year: 2021 };
const FILE = csv([
  ['indicator_code', 'year', 'numerator', 'denominator', 'source_id'],
  [KEY.code, KEY.year, 160000, 520000, 1],
]);

const database = seededDatabaseEachTest();
let db: Db;
beforeEach(() => (db = database.current()));
afterEach(() => {
  Object.assign(afterPlan, { plans: 0, run: () => {} });
});

async function run(): Promise<ImportMessage[]> {
  const task = importTask(database.current().$client.name, FILE, { acknowledge: ['jump', 'published-mismatch'] });
  const messages: ImportMessage[] = [];
  await runImportTask(task, (m) => messages.push(m));
  return messages;
}

describe('an import whose figures change between its plan and its write', () => {
  it('plans again and writes against the new figures, knowingly replacing the draft saved meanwhile', async () => {
    afterPlan.run = (plans) => {
      if (plans === 1) expect(saveDraft(db, KEY, ratioEntry(140000, 0), 'analyst2').ok).toBe(true);
    };
    const messages = await run();
    expect(afterPlan.plans).toBe(2);
    expect(messages.map((m) => m.type)).toEqual(['accepted', 'progress', 'done']);
    // Planned again: the row changes the draft saved meanwhile (the first plan had it new)…
    expect(messages[0]).toMatchObject({ counts: { new: 0, changed: 1 } });
    // …and the import's audit entry names that draft as what it replaced.
    const saved = listAudit(db).find((e) => e.action === 'observation.save-draft' && e.actor === 'analyst');
    expect(saved).toMatchObject({ before: { numerator: 140000, version: 1 }, after: { numerator: 160000, version: 2 } });
    const state = observationState(db, KEY)!;
    expect(state).toMatchObject({ version: 2, draft: { createdBy: 'analyst', figure: { numerator: 160000 } } });
    expect(state.history.map((r) => [r.createdBy, r.state])).toEqual([
      ['analyst', 'draft'],
      ['analyst2', 'superseded'],
    ]);
  });

  it(`refuses with 409 figures-changed, writing nothing, when they change under each of ${MAX_PLANS} plans`, async () => {
    afterPlan.run = (plans) => {
      expect(saveDraft(db, KEY, ratioEntry(140000 + plans, plans - 1), 'analyst2').ok).toBe(true);
    };
    const messages = await run();
    expect(afterPlan.plans).toBe(MAX_PLANS);
    expect(messages).toEqual([expect.objectContaining({ type: 'refused', status: 409, code: 'figures-changed' })]);
    expect(observationState(db, KEY)).toMatchObject({ version: MAX_PLANS, draft: { createdBy: 'analyst2' } });
    expect(listAudit(db).filter((e) => e.actor === 'analyst')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { csv, dryRun } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';

const HEADER = ['indicator_code', 'year', 'position', 'out_of', 'source_id', 'basis'];

// Each import starts a worker thread (under tsx in tests): allow for a slow machine.
describe('a figure’s basis in an import', { timeout: 30_000 }, () => {
  it('reads the word in either language or the name, leaves an empty cell stated, and names a bad one', async () => {
    const { app } = await importTestApp();
    const cookies = await signInAll(app);
    const file = csv([
      HEADER,
      ['dti-rank', '2024', '3', '34', '1', 'Suy ra'],
      ['ict-index-rank', '2019', '30', '63', '1', 'assumed'],
      ['ict-index-rank', '2020', '29', '63', '1', ''],
      ['ict-index-rank', '2021', '28', '63', '1', 'maybe'],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'basis.csv', file);
    const [derived, assumed, stated, bad] = plan.rows;
    expect(derived).toMatchObject({ status: 'new', entry: { position: 3, basis: 'derived' } });
    expect(assumed).toMatchObject({ status: 'new', entry: { basis: 'assumed' } });
    expect(stated!.status).toBe('new');
    expect(stated!.entry).not.toHaveProperty('basis');
    expect(bad).toMatchObject({ status: 'rejected', fields: { basis: '“maybe” is not a basis: stated, derived or assumed (empty means stated).' } });
  });

  it('counts a change of basis alone as a change', async () => {
    const { app } = await importTestApp();
    const cookies = await signInAll(app);
    // The seed's e-government rank of 2019 is derived from the report's 2020 rank; its export says so.
    const exported = (await app.inject('/api/exports/figures.csv?indicators=egov-rank&from=2019&to=2019')).body;
    expect(exported).toContain(',Suy ra,');
    const same = await dryRun(app, cookies.analyst, 'a.csv', Buffer.from(exported));
    expect(same.rows[0]!.status).toBe('unchanged');
    const restated = await dryRun(app, cookies.analyst, 'b.csv', Buffer.from(exported.replace(',Suy ra,', ',Nêu trong nguồn,')));
    expect(restated.rows[0]).toMatchObject({ status: 'changed', entry: { position: 50, basis: 'stated' } });
  });
});

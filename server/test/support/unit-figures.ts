import type { App } from '../../src/app.js';
import type { Account } from './users.js';

/** Drafts and publishes a ratio for `unit` (the province when null) through the API, as an analyst and an approver would. */
export async function publishRatio(
  app: App,
  cookies: Record<Account, string>,
  {
    code = 'bluezone-install-rate',
    year,
    unit,
    numerator,
    denominator,
  }: { code?: string; year: number; unit: string | null; numerator: number; denominator: number },
): Promise<void> {
  const url = `/api/indicators/${code}/observations/${year}`;
  const query = unit ? `?unit=${unit}` : '';
  const current = await app.inject({ url: url + query, headers: { cookie: cookies.analyst } });
  const version = current.statusCode === 200 ? (current.json().version as number) : 0;
  const save = (acknowledgedWarnings: string[]) =>
    app.inject({
      method: 'PUT',
      url: url + query,
      headers: { cookie: cookies.analyst },
      payload: { kind: 'ratio', numerator, denominator, version, sourceId: 1, acknowledgedWarnings },
    });
  let saved = await save([]);
  // Generated figures jump from year to year: the analyst acknowledges what the form warns of.
  if (saved.statusCode === 409 || saved.json().error?.code === 'unacknowledged-warnings') {
    saved = await save((saved.json().warnings as { code: string }[]).map((w) => w.code));
  }
  if (saved.statusCode !== 200) throw new Error(saved.body);
  const next = saved.json().observation.version as number;
  const published = await app.inject({ method: 'POST', url: `${url}/publish${query}`, headers: { cookie: cookies.approver }, payload: { version: next } });
  if (published.statusCode !== 200) throw new Error(published.body);
}

/**
 * The API calls end-to-end specs and benchmarks make as admins, analysts and approvers would,
 * through `fetch` against the running server (no browser): sign-in, accounts, screens, figures.
 */
export interface Session {
  url: string;
  cookie: string;
}

async function expectStatus(res: Response, status: number, what: string): Promise<unknown> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export async function signIn(url: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await expectStatus(res, 200, `sign-in of ${username}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('kpi_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  return { url, cookie };
}

/** A JSON call as the signed-in user; resolves to the parsed body of the expected status. */
export async function send<T = unknown>(session: Session, method: string, path: string, body: unknown, status = 200): Promise<T> {
  const res = await fetch(`${session.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie },
    body: JSON.stringify(body),
  });
  return (await expectStatus(res, status, `${method} ${path}`)) as T;
}

/** Creates an account (as an admin) and signs it in. */
export async function createAccount(admin: Session, username: string, role: 'analyst' | 'approver' | 'admin' | 'viewer', password: string): Promise<Session> {
  await send(admin, 'POST', '/api/users', { username, password, role, displayName: username }, 201);
  return signIn(admin.url, username, password);
}

export interface IssuedScreen {
  screen: { id: number; version: number };
  token: string;
  /** `/screen/:id?token=…`, to open on the screen. */
  url: string;
}

export function createScreen(admin: Session, settings: Record<string, unknown>): Promise<IssuedScreen> {
  return send<IssuedScreen>(admin, 'POST', '/api/screens', settings, 201);
}

export function revokeScreen(admin: Session, id: number, version: number): Promise<{ active: boolean; version: number }> {
  return send(admin, 'POST', `/api/screens/${id}/revoke`, { version });
}

interface ObservationState {
  version: number;
}

/**
 * An analyst saves a draft of `code` for `year` and an approver publishes it; `version` is the
 * observation's current version (0 for a new figure). Resolves to the version after publishing.
 */
export async function publishFigure(
  analyst: Session,
  approver: Session,
  code: string,
  year: number,
  entry: Record<string, unknown>,
  version: number,
): Promise<number> {
  const path = `/api/indicators/${code}/observations/${year}`;
  const saved = await send<{ observation: ObservationState }>(analyst, 'PUT', path, { ...entry, version });
  const published = await send<ObservationState>(approver, 'POST', `${path}/publish`, { version: saved.observation.version });
  return published.version;
}

/**
 * An analyst drafts a ratio for one unit (acknowledging what the form warns of: generated figures
 * jump from year to year) and an approver publishes it.
 */
export async function publishUnitRatio(
  server: { url: string },
  { analyst, approver }: { analyst: Session; approver: Session },
  { code, year, unit, numerator, denominator }: { code: string; year: number; unit: string; numerator: number; denominator: number },
): Promise<void> {
  const path = `/api/indicators/${code}/observations/${year}`;
  const entry = { kind: 'ratio', numerator, denominator, version: 0, sourceId: 1, acknowledgedWarnings: [] as string[] };
  const res = await fetch(`${server.url}${path}?unit=${unit}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: analyst.cookie },
    body: JSON.stringify(entry),
  });
  let body = (await res.json()) as { observation?: { version: number }; warnings?: { code: string }[] };
  if (res.status !== 200) {
    if (!body.warnings) throw new Error(`PUT ${unit}: ${res.status} ${JSON.stringify(body)}`);
    body = await send(analyst, 'PUT', `${path}?unit=${unit}`, { ...entry, acknowledgedWarnings: body.warnings.map((w) => w.code) });
  }
  await send(approver, 'POST', `${path}/publish?unit=${unit}`, { version: body.observation!.version });
}

import { problemWith, type FuzzResponse } from './check-response.js';
import { CALLERS, type Caller, type FuzzRequest, type KnownValues } from './requests.js';

/** How requests reach the app: `app.inject` in the server's tests, a socket in tests/perf. */
export interface Transport {
  /** `http://host[:port]` as the server sees itself: what a same-origin browser sends as Origin. */
  origin: string;
  send(method: string, url: string, headers: Record<string, string>, body?: Buffer): Promise<FuzzResponse>;
}

/** A signed-in session per role, renewed when a fuzzed sign-out ends it. */
export class Sessions {
  private readonly cookies = new Map<Caller, string>();
  constructor(private readonly signIn: (caller: Exclude<Caller, 'anonymous'>) => Promise<string>) {}

  async signInAll(): Promise<void> {
    for (const caller of CALLERS) if (caller !== 'anonymous') this.cookies.set(caller, await this.signIn(caller));
  }
  cookie(caller: Caller): string | undefined {
    return this.cookies.get(caller);
  }
  async renew(caller: Caller): Promise<void> {
    if (caller !== 'anonymous') this.cookies.set(caller, await this.signIn(caller));
  }
}

const CASE_TIMEOUT_MS = 20_000;

function originHeaders(kind: FuzzRequest['origin'], sameOrigin: string): Record<string, string> {
  switch (kind) {
    case 'same':
      return { origin: sameOrigin, 'sec-fetch-site': 'same-origin' };
    case 'cross':
      return { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    case 'sec-fetch-cross':
      return { 'sec-fetch-site': 'cross-site' };
    case 'null':
      return { origin: 'null' };
    case 'malformed':
      return { origin: 'http://[::1' };
    case 'none':
      return {};
  }
}

export interface CaseResult {
  response: FuzzResponse;
  problem: string | null;
}

/** Sends one generated request as its caller and checks the answer against the one rule. */
export async function runCase(request: FuzzRequest, transport: Transport, sessions: Sessions): Promise<CaseResult> {
  const cookie = sessions.cookie(request.caller);
  const headers = { ...request.headers, ...originHeaders(request.origin, transport.origin), ...(cookie ? { cookie } : {}) };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([transport.send(request.method, request.url, headers, request.body), timeout]);
    // A fuzzed sign-out (or password change) really ends the caller's session: sign in again.
    if (request.method === 'POST' && /^\/api\/auth\/(logout|password)\b/.test(request.url) && response.status < 300) await sessions.renew(request.caller);
    return { response, problem: problemWith(request, response) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Rows the fuzz can reach by name: indicator codes, sources, a screen and a spare account. The
 * callers' own accounts are never among them, so the fuzz cannot lock itself out.
 */
export async function discoverKnownValues(transport: Transport, adminCookie: string): Promise<KnownValues> {
  const json = async (method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie: adminCookie, origin: transport.origin, ...(body ? { 'content-type': 'application/json' } : {}) };
    const res = await transport.send(method, url, headers, body ? Buffer.from(JSON.stringify(body)) : undefined);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as Record<string, unknown>;
  };
  const indicators = (await json('GET', '/api/indicators')).indicators as { code: string }[];
  const sources = (await json('GET', '/api/sources')).sources as { id: number }[];
  const screen = (await json('POST', '/api/screens', { name: 'Fuzz room', playlist: [{ type: 'headline' }] })).screen as { id: number };
  await json('POST', '/api/users', { username: 'fuzz-target', password: 'fuzz target password', role: 'viewer', displayName: 'Fuzz target' });
  return {
    code: [...indicators.map((i) => i.code), 'no-such-indicator'],
    year: [2010, 2015, 2019, 2020, 2021, 2022, 2030, 2100],
    id: [...sources.slice(0, 6).map((s) => s.id), screen.id, 999_999],
    sourceId: sources.map((s) => s.id),
    username: ['fuzz-target', 'nobody-here'],
  };
}

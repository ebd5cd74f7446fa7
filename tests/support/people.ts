import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ADMIN_PASSWORD, createAccounts, PASSWORD, signedInPage } from './accounts.js';
import { launchBrowser, type Browser, type DeviceOptions, type Viewport } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** A laptop's window, the size most specs sign in at. */
export const LAPTOP: Viewport = { width: 1366, height: 900 };

export interface PeopleOptions {
  /** The admin account's password (KPI_ADMIN_PASSWORD), and the one `signedIn('admin', …)` types. */
  adminPassword?: string;
  /** The password every other account was made with, the one `signedIn` types for them. */
  password?: string;
  /** What the spec needs on the server before its tests: by default an analyst and an approver. */
  setUp?: (server: RunningServer) => Promise<unknown>;
  /** beforeAll's timeout in ms, where setUp takes longer than vitest's default. */
  setUpTimeoutMs?: number;
  /** The window every browser opens with unless told otherwise. */
  viewport?: Viewport;
}

export interface BrowserOptions {
  viewport?: Viewport;
  device?: DeviceOptions;
}

export interface People {
  /** The server started for this file; read it inside a test or hook, once beforeAll has run. */
  readonly server: RunningServer;
  /** A browser of its own, closed after the file's tests. */
  newBrowser(options?: BrowserOptions): Promise<Browser>;
  /** A page, in a browser of its own, signed in as nobody. */
  newPage(options?: BrowserOptions): Promise<Page>;
  /** A page signed in as `username` through the sign-in form, landed on `next`, in a browser of its own. */
  signedIn(username: string, next: string, options?: { viewport?: Viewport; password?: string }): Promise<Page>;
}

/**
 * The people of an end-to-end spec and the server they use: registers the file's beforeAll (start
 * the built server, then `setUp`) and afterAll (close every browser, stop the server).
 * Each person gets a browser of their own rather than a page of a shared one: sessions live in
 * cookies, so an analyst and an approver in one cookie jar would be one user signed in twice.
 */
export function people({
  adminPassword = ADMIN_PASSWORD,
  password = PASSWORD,
  setUp = createAccounts,
  setUpTimeoutMs,
  viewport = LAPTOP,
}: PeopleOptions = {}): People {
  let server: RunningServer | undefined;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    server = await startServer({ KPI_ADMIN_PASSWORD: adminPassword });
    await setUp(server);
  }, setUpTimeoutMs);
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  const running = (): RunningServer => {
    if (!server) throw new Error('the server starts in beforeAll: read it inside a test or hook');
    return server;
  };
  const newBrowser = async (options: BrowserOptions = {}): Promise<Browser> => {
    const browser = await launchBrowser(options.viewport ?? viewport, 'vi-VN', options.device);
    browsers.push(browser);
    return browser;
  };

  return {
    get server() {
      return running();
    },
    newBrowser,
    newPage: async (options) => (await newBrowser(options)).context.newPage(),
    signedIn: async (username, next, options = {}) =>
      signedInPage(await newBrowser(options), running(), username, next, options.password ?? (username === 'admin' ? adminPassword : password)),
  };
}

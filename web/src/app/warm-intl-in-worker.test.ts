import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntlInWorker } from './warm-intl-in-worker';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Intl warmed off the main thread', () => {
  it('starts the worker that builds the first formatters', () => {
    const started: { url: string; options: WorkerOptions | undefined }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL, options?: WorkerOptions) {
          started.push({ url: String(url), options });
        }
      },
    );
    warmIntlInWorker();
    expect(started).toHaveLength(1);
    expect(started[0]?.url).toMatch(/\/warm-intl\.worker\.ts(\?.*)?$/);
    expect(started[0]?.options).toMatchObject({ type: 'module' });
  });

  it('leaves the page as it is where no worker can start', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
        }
      },
    );
    expect(() => warmIntlInWorker()).not.toThrow();
    vi.stubGlobal('Worker', undefined);
    expect(() => warmIntlInWorker()).not.toThrow();
  });
});

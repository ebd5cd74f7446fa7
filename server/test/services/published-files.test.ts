import { describe, expect, it, vi } from 'vitest';
import { PublishedFiles } from '../../src/services/published-files.js';
import type { PublishedView } from '../../src/services/published-view.js';

/** A view whose version the test moves by hand: all PublishedFiles reads of it. */
const viewAt = (version: number) => ({ version }) as PublishedView;

describe('PublishedFiles', () => {
  it('shares one build between identical requests that arrive while it runs', async () => {
    const files = new PublishedFiles(viewAt(1));
    let finish!: (body: Buffer) => void;
    const build = vi.fn(() => new Promise<Buffer>((resolve) => (finish = resolve)));
    const both = Promise.all([files.get('f', { year: 2020 }, build), files.get('f', { year: 2020 }, build)]);
    finish(Buffer.from('body'));
    const [a, b] = await both;
    expect(build).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a.etag).toMatch(/^"[\w-]+"$/);
  });

  it('keeps at most maxEntries files and maxBytes bytes, dropping the least recently used', async () => {
    const files = new PublishedFiles(viewAt(1), { maxEntries: 2, maxBytes: 10 });
    const build = vi.fn((size: number) => Buffer.alloc(size));
    const get = (year: number, size = 1) => files.get('f', { year }, () => build(size));
    await get(2018);
    await get(2019);
    await get(2018);
    await get(2020); // evicts 2019, the least recently used
    await get(2018);
    expect(build).toHaveBeenCalledTimes(3);
    await get(2019);
    expect(build).toHaveBeenCalledTimes(4);
  });

  it('keeps at most maxBytes bytes, however few the files', async () => {
    const files = new PublishedFiles(viewAt(1), { maxEntries: 10, maxBytes: 10 });
    const build = vi.fn((size: number) => Buffer.alloc(size));
    const get = (year: number, size: number) => files.get('f', { year }, () => build(size));
    await get(2018, 6);
    await get(2019, 3);
    await get(2018, 6);
    expect(build).toHaveBeenCalledTimes(2);
    await get(2020, 6); // 6 + 3 + 6 > 10: the least recently used (2019) and then 2018 go
    await get(2020, 6);
    await get(2018, 6);
    expect(build).toHaveBeenCalledTimes(4);
  });

  it('drops every file when the view moves to a new version, and keeps no failed build', async () => {
    const view = { version: 1 };
    const files = new PublishedFiles(view as PublishedView);
    const build = vi.fn(() => Buffer.from('body'));
    await files.get('f', { lang: 'vi' }, build);
    view.version = 2;
    await files.get('f', { lang: 'vi' }, build);
    expect(build).toHaveBeenCalledTimes(2);
    const failing = vi.fn(() => Promise.reject(new Error('disk full')));
    await expect(files.get('g', {}, failing)).rejects.toThrow('disk full');
    await expect(files.get('g', {}, failing)).rejects.toThrow('disk full');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('reads a query the same whatever the order of its parameters and list items', async () => {
    const files = new PublishedFiles(viewAt(1));
    const build = vi.fn(() => Buffer.from('body'));
    await files.get('f', { from: 2018, indicators: ['b', 'a'], to: undefined }, build);
    await files.get('f', { indicators: ['a', 'b', 'a'], from: 2018 }, build);
    expect(build).toHaveBeenCalledTimes(1);
    await files.get('f', { indicators: ['a'], from: 2018 }, build);
    await files.get('g', { indicators: ['a'], from: 2018 }, build);
    expect(build).toHaveBeenCalledTimes(3);
  });
});

import type { Plugin } from 'vite';

/**
 * Marks the entry script `blocking="render"`: the browser paints the server's page only once the
 * whole document is parsed and the small entry has run. The first paint then already has the night
 * theme and text size the reader chose (set by the entry), the first layout covers every card at
 * once, and Intl's locale data is loaded before it, so none of that work is left to block a reader's
 * first tap after the page appears. Browsers without the attribute (Chromium before 105) ignore it.
 */
export function renderBlockingEntry(): Plugin {
  return {
    name: 'kpi-render-blocking-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="(\/assets\/index-[^"]+\.js)"><\/script>/;
        if (!entry.test(html)) throw new Error('index.html: the entry script was not found to mark render-blocking');
        return html.replace(entry, '<script type="module" crossorigin src="$1" blocking="render"></script>');
      },
    },
  };
}

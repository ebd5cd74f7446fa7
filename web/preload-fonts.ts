import type { Plugin } from 'vite';

/**
 * Adds a `<link rel="preload">` to index.html for each face of the app's font, so the browser
 * fetches them beside the stylesheet rather than after it: the server's page is then laid out once,
 * in its own face, instead of again as each face arrives (a long task each on a slow phone).
 */
export function preloadFonts(pattern: RegExp): Plugin {
  return {
    name: 'kpi-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) => pattern.test(file));
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head',
        }));
      },
    },
  };
}

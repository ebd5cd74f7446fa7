import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Screenshots of the e2e runs, to look at (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * A screenshot of the whole page, every part drawn as a reader scrolling through it sees it. The
 * overview and the entry list draw an area only near the screen (`content-visibility: auto` on
 * `.group`, web/src/ui/card.css), and a capture beyond the viewport does not bring it near: the
 * areas are drawn for the shot (through the CSSOM, which the Content-Security-Policy allows), then
 * left to the page again.
 */
export async function wholePageScreenshot(page: Page, name: string): Promise<void> {
  const drawAreas = (draw: boolean) =>
    page.evaluate((drawn) => {
      for (const area of document.querySelectorAll<HTMLElement>('.group')) {
        if (drawn) area.style.setProperty('content-visibility', 'visible');
        else area.style.removeProperty('content-visibility');
      }
    }, draw);
  await drawAreas(true);
  await page.screenshot({ path: artifact(name), fullPage: true });
  await drawAreas(false);
}

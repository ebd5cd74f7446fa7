import type { Locator, Page } from 'playwright-core';

/** Whether the element the locator finds is the one with focus (the page's document.activeElement). */
export const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** What has focus, as a reader hears it: tag, role and a short name, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const label = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels?.[0]?.textContent : null;
    const name = label ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
    return `${element.tagName.toLowerCase()}[role=${element.getAttribute('role') ?? ''}] “${name.trim().slice(0, 80)}”`;
  });
}

/** Presses Tab (or Shift+Tab) until the locator's element has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(target)) return;
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached the target; focus is on ${await describeFocus(page)}`);
}

/**
 * Controls whose action needs the app. Links and `<details>` work natively on the server's page, so
 * a tap on them is left to the browser.
 */
const NEEDS_THE_APP = 'button, [role="button"], [role="tab"], input[type="checkbox"], input[type="radio"]';

export interface EarlyTaps {
  /** Stops recording and gives the control last tapped, if any, to tap again once the app has it. */
  stop(): HTMLElement | null;
}

/**
 * Records taps on the server's page before the app takes it over. The page is readable at once, but
 * on a slow phone React arrives a second or two later, and a leader who taps a status tile meanwhile
 * would see nothing happen. Only the last tap is kept (the one the reader meant); its native effect
 * is prevented (a submit button would post its form, a checkbox would toggle without the app), and
 * `replayTap` taps it again after hydration. From `hydrateRoot` on, React replays taps itself.
 */
export function recordEarlyTaps(doc: Document = document): EarlyTaps {
  let last: HTMLElement | null = null;
  const onClick = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(NEEDS_THE_APP) : null;
    if (!control) return;
    last = control;
    event.preventDefault();
  };
  doc.addEventListener('click', onClick, true);
  return {
    stop() {
      doc.removeEventListener('click', onClick, true);
      return last;
    },
  };
}

/** Taps again, now with the app's handlers, what was tapped before it took over: hydration keeps the same element. */
export function replayTap(control: HTMLElement | null): void {
  if (control?.isConnected) control.click();
}

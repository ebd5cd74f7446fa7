import type { Slide } from '@kpi/shared';

/**
 * A slide's message by its index, from the form's messages by field (`playlist.1.code`,
 * `schedule.0.playlist.1.code`): an indicator slide just added has no code yet, so it says what to
 * do (`chooseIndicator`) rather than "invalid".
 */
export function slideErrors(shown: Readonly<Record<string, string>>, prefix: string, playlist: readonly Slide[], chooseIndicator: string) {
  return (index: number): string | undefined => {
    const message = shown[`${prefix}.${index}.code`];
    if (!message) return undefined;
    const slide = playlist[index];
    return (slide?.type === 'indicator' || slide?.type === 'units') && slide.code === '' ? chooseIndicator : message;
  };
}

/** The messages left once a list changed: those under `prefix` named places that have moved. */
export const withoutMessagesUnder = (messages: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(messages).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`)));

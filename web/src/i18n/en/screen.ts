import type { viScreen } from '../vi/screen';

/** English words of the meeting-room screen, typed against the Vietnamese. */
export const enScreen: typeof viScreen = {
  screen: {
    loading: 'Loading the figures…',
    connecting: 'Connecting to the server…',
    offline: 'Connection lost',
    dataAsOf: (when) => `data updated ${when}`,
    disabledTitle: 'This screen has been disabled',
    disabledHint: 'The link of this screen is no longer valid. Please ask the administrator for a new one.',
    screenId: (id) => `Screen no. ${id}`,
    headline: (year) => `Key results ${year}`,
    group: (name, year) => `${name} – ${year}`,
    others: (count) => `Other indicators (${count})`,
    updatedAt: (when) => `Data updated ${when}`,
    approvedAt: (when) => `approved ${when}`,
    progress: (position, count) => `Slide ${position} of ${count}`,
  },
};

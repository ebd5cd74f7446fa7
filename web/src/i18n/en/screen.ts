import type { viScreen } from '../vi/screen';
import { enScreenPairing } from './screen-pairing';

/** English words of the meeting-room screen, typed against the Vietnamese. */
export const enScreen: typeof viScreen = {
  screen: {
    pairing: enScreenPairing,
    clock: 'Outside showing hours: clock',
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
    units: {
      title: (name, year) => `${name} by commune – ${year}`,
      titleDistricts: (name, year) => `${name} by district – ${year}`,
      reported: (reported, expected) => `${reported} of ${expected} communes and wards reported`,
      reportedDistricts: (reported, expected) => `${reported} of ${expected} districts and cities reported`,
      order: 'Furthest behind at the top',
      provinceTarget: (target) => `Province target: ${target}`,
      none: (year) => `No unit has reported a figure for ${year} yet.`,
      rest: (count) => `${count} more reported, ranked below`,
      missing: (count) => `${count} not reported`,
      ownTarget: (target) => `Own target ${target}`,
    },
  },
};

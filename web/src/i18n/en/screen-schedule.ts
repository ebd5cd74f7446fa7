import type { viScreenSchedule } from '../vi/screen-schedule';

/** English words of a screen's schedule in the admins' screen editor. */
export const enScreenSchedule: typeof viScreenSchedule = {
  screenSchedule: {
    legend: 'Schedule by time of day',
    intro:
      'Each set shows its own slides on the days and hours chosen, in Vietnam’s time (Asia/Ho_Chi_Minh) whatever the zone of the screen’s device. Outside the sets the screen shows the slides above, or a clock.',
    outside: 'Outside the sets',
    outsideChoices: {
      playlist: 'Show the slides above',
      clock: 'Off: a dimmed clock with the date',
    },
    outsideHint: 'With the clock, the slides above are kept for when it is turned off again.',
    none: 'No set yet: the screen shows the slides above all day.',
    setNumber: (n, name) => (name ? `Set ${n}: ${name}` : `Set ${n}`),
    ofSet: (n) => ` – set ${n}`,
    name: 'Set name',
    nameHint: 'For example: Morning briefing',
    days: 'Days of the week',
    start: 'Starts',
    end: 'Ends',
    timeHint: 'HH:MM, Vietnam time; 24:00 is the end of the day',
    slides: 'The set’s slides',
    add: 'Add a set',
    remove: (n) => `Remove set ${n}`,
    newName: 'Morning briefing',
  },
};

import { indicatorGroupNames } from '@kpi/shared';
import type { viCommon } from '../vi/common';

/**
 * English words of the app's shell and of the shared UI (web/src/ui): header, statuses, cards,
 * changes, quality notes, charts, loading states, units, not-found, typed against the Vietnamese.
 */
export const enCommon: typeof viCommon = {
  app: {
    heading: (province) => `${province} province: information and communications indicators`,
    documentTitle: (province) => `ICT indicators – ${province}`,
  },
  header: {
    year: 'Year',
    language: 'Language',
  },
  status: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    'no-target': 'No target',
    'no-data': 'No data',
  },
  statusReason: {
    'no-figure': 'No figure up to this year.',
    'no-target': 'No document sets a target for this indicator.',
    'target-met': 'The latest figure meets the target.',
    'target-year-passed': 'The target year has come and the target is unmet.',
    'single-figure': 'Only one figure so far: too few to judge a trend.',
    'already-met-at-base': 'The target was met earlier but the latest figure no longer meets it.',
    'progress-ratio': 'Actual progress per year compared with the progress needed per year.',
    'milestone-done': 'The task is done.',
    'milestone-in-progress': 'The task is under way and not overdue.',
    'milestone-overdue': 'The task is overdue.',
    'milestone-not-started': 'The task has not started.',
    'milestone-stale': 'Past its due date, and its status has not been updated since.',
  },
  groups: indicatorGroupNames.en,
  comparator: { gte: '≥', lte: '≤', eq: '=' },
  states: {
    loading: 'Loading figures…',
    errorTitle: 'The figures could not be loaded',
    errorHint: 'Check the network connection and try again.',
    errorDetail: (code, message) => `Details: ${message} (${code})`,
    retry: 'Try again',
    emptyTitle: 'No indicators yet',
    emptyHint: 'Indicators and their figures will appear here once entered.',
  },
  actions: {
    cancel: 'Cancel',
    failed: 'That did not work',
  },
  kinds: {
    ratio: 'Ratio (numerator / denominator)',
    value: 'Value',
    rank: 'Rank',
    milestone: 'Task or milestone',
  },
  units: {
    percent: '%',
    count: '',
    'vnd-billion': 'VND bn',
    position: '',
    none: '',
  },
  figureText: {
    ratio: (rate, numerator, denominator) => `${rate} (${numerator}/${denominator})`,
    withPublished: (text, published) => `${text}, published ${published}`,
    milestoneDated: (state, date) => `${state} (${date})`,
  },
  notFound: {
    title: 'Page not found',
    hint: 'This address is not part of the application.',
    back: 'Back to the overview',
  },
  milestone: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
  },
  card: {
    figureOfYear: (year) => `${year} figure`,
    asOf: (date) => `as of ${date}`,
    noFigure: 'No figure yet',
    target: (value, year) => `Target ${value} (${year})`,
    noTarget: 'No document sets a target',
    nationalScope: 'National indicator, for reference',
    showRatio: 'Show numerator / denominator',
    hideRatio: 'Hide numerator / denominator',
    ratio: 'Numerator / denominator',
    published: 'Published figure',
    publishedText: 'As written in the source',
    source: 'Source',
  },
  change: {
    placesUp: (places, year) => `↑ ${places} ${places === '1' ? 'place' : 'places'} since ${year}`,
    placesDown: (places, year) => `↓ ${places} ${places === '1' ? 'place' : 'places'} since ${year}`,
    placesSame: (year) => `Same rank as in ${year}`,
    points: (signed, year) => `${signed} percentage points since ${year}`,
    value: (signed, year) => `${signed} since ${year}`,
    unchanged: (year) => `No change since ${year}`,
    better: 'better',
    worse: 'worse',
  },
  quality: {
    label: 'Data-quality warning',
    publishedMismatch: (published, computed) =>
      `Published figure ${published} differs from ${computed} computed from numerator/denominator`,
    rankScaleChanged: (from, to) => `The number of provinces ranked changed from ${from} to ${to}`,
  },
  chart: {
    loading: 'Loading chart…',
    label: (name) => `Chart by year: ${name}`,
    caption: (name) => `Figures by year: ${name}`,
    year: 'Year',
    value: 'Figure',
    target: 'Target',
    expected: 'Path to target',
    rank: (position) => `Rank ${position}`,
    empty: '—',
  },
};

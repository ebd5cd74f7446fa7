import type { viIndicator } from '../vi/indicator';

/** English words of the key tasks section and the kinds of source, typed against the Vietnamese. */
export const enIndicator: typeof viIndicator = {
  milestones: {
    heading: 'Key tasks',
    hint: 'Tasks tracked by state and due date, beside the numeric indicators.',
    count: (count) => `${count} ${count === '1' ? 'task' : 'tasks'}`,
    due: (date) => `Due ${date}`,
    doneOn: (date) => `Done ${date}`,
    reported: (date) => `Reported ${date}`,
    overdue: (date) => `Past due (${date}), not reported done`,
    open: (name) => `Details: ${name}`,
  },
  sourceKinds: {
    resolution: 'Resolution',
    decision: 'Decision',
    plan: 'Plan',
    scheme: 'Scheme',
    directive: 'Directive',
    report: 'Report',
    ranking: 'Ranking',
    news: 'News item',
  },
};

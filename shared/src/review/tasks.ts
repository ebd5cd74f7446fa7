import { analysisParagraphs, isOverdue, type YearCommentary } from '../commentary.js';
import { formatDate } from '../format.js';
import { todayIn } from '../reporting-calendar.js';
import type { Locale } from '../schemas/common.js';
import type { CommentaryAction } from '../schemas/commentary.js';
import type { Indicator } from '../schemas/indicator.js';
import type { ReviewTasks } from '../schemas/review.js';

/**
 * The review's "tasks" section: for each indicator (and unit) with published commentary that year,
 * what happened and what will be done, by whom and by when, in the register of the department's
 * report ("Nhiệm vụ, giải pháp"). Overdue actions are said in words, not only marked.
 */
const words = {
  vi: {
    heading: 'Phân tích và nhiệm vụ, giải pháp',
    none: (year: number) => `Chưa có phân tích hay nhiệm vụ nào được công bố cho năm ${year}.`,
    unit: (name: string, unit: string) => `${name} (${unit})`,
    action: (what: string, who: string) => `${what} — ${who}`,
    due: (date: string) => `, thời hạn ${date}`,
    ongoing: ', thường xuyên',
    done: ' (đã hoàn thành)',
    overdue: ' (quá hạn)',
  },
  en: {
    heading: 'Analysis and actions',
    none: (year: number) => `No analysis or action has been published for ${year}.`,
    unit: (name: string, unit: string) => `${name} (${unit})`,
    action: (what: string, who: string) => `${what} — ${who}`,
    due: (date: string) => `, by ${date}`,
    ongoing: ', ongoing',
    done: ' (done)',
    overdue: ' (overdue)',
  },
} as const;

function actionText(action: CommentaryAction, locale: Locale, today: string): string {
  const w = words[locale];
  const when = action.due ? w.due(formatDate(action.due, locale)) : w.ongoing;
  const state = action.done ? w.done : isOverdue(action, today) ? w.overdue : '';
  return `${w.action(action.what, action.who)}${when}${state}.`;
}

/** The section from the year's published commentary, for indicators the review knows, in the order given. */
export function reviewTasks(commentary: readonly YearCommentary[], indicators: readonly Indicator[], year: number, locale: Locale, now: Date): ReviewTasks {
  const w = words[locale];
  const today = todayIn(now);
  const items = commentary.flatMap((c) => {
    const indicator = indicators.find((i) => i.code === c.indicatorCode);
    if (!indicator) return [];
    const name = indicator.name[locale];
    return [
      {
        indicatorCode: c.indicatorCode,
        orgUnit: c.orgUnit,
        title: c.unitName ? w.unit(name, c.unitName) : name,
        analysis: analysisParagraphs(c.analysis),
        actions: c.actions.map((a) => actionText(a, locale, today)),
      },
    ];
  });
  return { heading: w.heading, items, empty: items.length ? null : w.none(year) };
}

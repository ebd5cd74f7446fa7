import { formatDate, type Locale, type StatusReason } from '@kpi/shared';
import type { Dictionary } from '../i18n/vi';

/** A task's due date, for `statusReasonText`; null for any other figure. */
export function dueDateOf(figure: { kind: string; date?: string | null } | null): string | null {
  return figure?.kind === 'milestone' ? (figure.date ?? null) : null;
}

/**
 * Why a status was given, in a sentence; an overdue task names its due date ("Quá hạn 31/12/2021,
 * chưa báo hoàn thành"), since the date that passed is what makes it behind.
 */
export function statusReasonText(reason: StatusReason, dueDate: string | null, t: Dictionary, locale: Locale): string {
  if (reason === 'milestone-overdue' && dueDate) return `${t.milestones.overdue(formatDate(dueDate, locale))}.`;
  return t.statusReason[reason];
}

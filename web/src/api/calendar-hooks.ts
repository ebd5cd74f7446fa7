import type { Calendar, DueOverride, ReportingRule, ReportingRuleBody, Locale } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from './client';
import { useRefreshingMutation } from './refreshing-mutation';
import { queryKeys } from './keys';

const rulePath = (code: string) => `/api/calendar/${encodeURIComponent(code)}`;
const yearPath = (code: string, year: number) => `${rulePath(code)}/years/${year}`;

/** A year's reporting calendar, with who can be made responsible (approvers). */
export function useCalendarQuery(year: number) {
  return useQuery({
    queryKey: queryKeys.calendar(year),
    queryFn: ({ signal }) => apiGet<Calendar>(`/api/calendar?year=${year}`, signal),
  });
}

/**
 * Every calendar write, success or refusal, refetches the calendar (versions move on, and a 409
 * needs the current one) and the inbox (due dates and people decide what waits for whom).
 */
const useCalendarMutation = <V, R>(send: (variables: V, locale: Locale) => Promise<R>) =>
  useRefreshingMutation(send, [[...queryKeys.all, 'calendar'], queryKeys.inbox()]);

export function useSaveReportingRuleMutation() {
  return useCalendarMutation(({ code, ...body }: { code: string } & ReportingRuleBody, locale) =>
    apiSend<ReportingRule>('PUT', rulePath(code), body, { locale }),
  );
}

/** A year's own date for every figure of the indicator without one of its own. */
export function useSaveYearDueMutation() {
  return useCalendarMutation(({ code, year, version, due }: { code: string; year: number; version: number; due: string }, locale) =>
    apiSend<DueOverride>('PUT', yearPath(code, year), { version, due }, { locale }),
  );
}

export function useRemoveYearDueMutation() {
  return useCalendarMutation(({ code, year, version }: { code: string; year: number; version: number }, locale) =>
    apiSend<null>('DELETE', `${yearPath(code, year)}?version=${version}`, undefined, { locale }),
  );
}

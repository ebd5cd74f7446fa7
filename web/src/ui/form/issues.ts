import { validationMessage, type Locale } from '@kpi/shared';

/** What the web needs of a zod issue: where, and the shared message key. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first message per field, in the UI language: `{ numerator: 'Tử số không được lớn hơn mẫu số.' }`. */
export function issuesByField(issues: readonly Issue[], locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= validationMessage(issue.message, locale);
  }
  return fields;
}

/** Why a cell's text is not a date: not shaped like one, or shaped like one that is not on the calendar. */
export type DateTextResult = { ok: true; iso: string } | { ok: false; reason: 'not-a-date' | 'not-calendar-date' };

/**
 * `2021-06-08` or, as Vietnamese documents (and en-GB) write it, `8/6/2021` (day first): the one
 * reading of a date in a spreadsheet cell, for the figures' import and the units' file alike.
 */
export function parseDateText(text: string): DateTextResult {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return { ok: false, reason: 'not-a-date' };
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return { ok: false, reason: 'not-calendar-date' };
  return { ok: true, iso: date.toISOString().slice(0, 10) };
}

import type { Status } from '@kpi/shared';

/**
 * Each status has an icon as well as a colour (never colour alone); the colours (app/styles/tokens.css)
 * come from the Okabe–Ito palette, which stays distinct for the common colour-vision deficiencies.
 */
export const STATUS_ICONS: Record<Status, string> = {
  achieved: '✔',
  'on-track': '↗',
  'at-risk': '⚠',
  'off-track': '✖',
  'too-few': '◔',
  'no-target': '–',
  'no-data': '?',
};

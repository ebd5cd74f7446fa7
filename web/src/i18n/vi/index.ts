import { viComfort } from './comfort';
import { viCommon } from './common';
import { viIndicator } from './indicator';
import { viOverview } from './overview';
import { viSession } from './session';

/**
 * Vietnamese, the default language, one file per feature. Numbers arrive already formatted (through
 * @kpi/shared); years are passed as they are, never grouped ("2020", not "2.020").
 */
export const vi = {
  ...viCommon,
  ...viOverview,
  ...viIndicator,
  ...viSession,
  comfort: viComfort,
};

/** The shape every language must fill: English is typed against it, so a missing key fails `tsc`. */
export type Dictionary = typeof vi;

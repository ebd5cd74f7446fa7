import type { Dictionary } from '../vi';
import { enComfort } from './comfort';
import { enCommon } from './common';
import { enIndicator } from './indicator';
import { enOverview } from './overview';
import { enSession } from './session';

/** English (en-GB formats), one file per feature, each typed against its Vietnamese counterpart. */
export const en: Dictionary = {
  ...enCommon,
  ...enOverview,
  ...enIndicator,
  ...enSession,
  comfort: enComfort,
};

import type { Dictionary } from '../vi';
import { enComfort } from './comfort';
import { enCommon } from './common';
import { enIndicator } from './indicator';
import { enOverview } from './overview';
import { enReview } from './review';
import { enScreen } from './screen';
import { enSession } from './session';

/** English (en-GB formats), one file per feature, each typed against its Vietnamese counterpart. */
export const en: Dictionary = {
  ...enCommon,
  ...enOverview,
  ...enIndicator,
  ...enSession,
  review: enReview,
  comfort: enComfort,
  ...enScreen,
};

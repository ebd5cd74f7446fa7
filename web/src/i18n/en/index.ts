import type { Dictionary } from '../vi';
import { enAdmin } from './admin';
import { enApproval } from './approval';
import { enComfort } from './comfort';
import { enCommon } from './common';
import { enEntry } from './entry';
import { enImport } from './import';
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
  ...enEntry,
  ...enApproval,
  ...enAdmin,
  ...enImport,
  review: enReview,
  comfort: enComfort,
  ...enScreen,
};

import type { Locale } from '@kpi/shared';
import { enAdmin } from './en/admin';
import { enApproval } from './en/approval';
import { catalogue as enCatalogue } from './en/catalogue';
import { enEntry } from './en/entry';
import { enFilePlan } from './en/file-plan';
import { enImport } from './en/import';
import { enMail } from './en/mail';
import { enRankingImport } from './en/ranking-import';
import { enScreenSchedule } from './en/screen-schedule';
import { enInbox } from './en/inbox';
import { enCalendar } from './en/calendar';
import { usePageI18n } from './page-words';
import { viAdmin } from './vi/admin';
import { viApproval } from './vi/approval';
import { catalogue as viCatalogue } from './vi/catalogue';
import { viEntry } from './vi/entry';
import { viFilePlan } from './vi/file-plan';
import { viImport } from './vi/import';
import { viMail } from './vi/mail';
import { viRankingImport } from './vi/ranking-import';
import { viScreenSchedule } from './vi/screen-schedule';
import { viInbox } from './vi/inbox';
import { viCalendar } from './vi/calendar';
import type { Dictionary } from './vi';

const viStaff = {
  ...viEntry,
  ...viApproval,
  ...viAdmin,
  ...viScreenSchedule,
  ...viImport,
  ...viMail,
  ...viRankingImport,
  ...viFilePlan,
  ...viInbox,
  ...viCalendar,
  catalogue: viCatalogue,
};
type StaffWords = typeof viStaff;
const staffWords: Record<Locale, StaffWords> = {
  vi: viStaff,
  en: {
    ...enEntry,
    ...enApproval,
    ...enAdmin,
    ...enScreenSchedule,
    ...enImport,
    ...enMail,
    ...enRankingImport,
    ...enFilePlan,
    ...enInbox,
    ...enCalendar,
    catalogue: enCatalogue,
  },
};

/** The app's words and those of the staff pages (entry, import, approval, admin, inbox, catalogue). */
export type StaffDictionary = Dictionary & StaffWords;

/** `useI18n` for the staff pages (page-words.ts): entry, import, approval, admin, inbox, catalogue. */
export const useStaffI18n = () => usePageI18n(staffWords);

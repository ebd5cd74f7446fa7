import type { viFilePlan } from '../vi/file-plan';

/** English words of a file's dry run, typed against the Vietnamese ones. */
export const enFilePlan: typeof viFilePlan = {
  filePlan: {
    counts: 'Rows by result',
    count: {
      new: (n: string) => `${n} new`,
      changed: (n: string) => `${n} changed`,
      unchanged: (n: string) => `${n} unchanged`,
      refused: (n: string) => `${n} refused`,
    },
    status: { new: 'New', changed: 'Changed', unchanged: 'Unchanged', refused: 'Refused' },
    caption: (rows: string) => `The file’s rows (${rows} rows)`,
    row: 'Row',
    result: 'Result',
    details: 'Details',
    empty: '(empty)',
    showUnchanged: (n: string) => `Show the ${n} unchanged rows too`,
  },
};

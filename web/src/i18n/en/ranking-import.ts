import type { viRankingImport } from '../vi/ranking-import';

/** English words of the ranking table import, typed against the Vietnamese ones. */
export const enRankingImport: typeof viRankingImport = {
  rankingImport: {
    title: 'Import the provincial DTI ranking table',
    hint: 'Copy the rows of the table the Ministry published into the template, then send the file to be checked. Only when you press “Import” are the new and changed rows written, all at once; while any row is refused, none is written.',
    templateTitle: '1. Download the template',
    templateHint:
      'One row per province or city and year; Province or city, Year and Rank are required. Province names may be written with or without diacritics. Scores as the Ministry prints them (0.6077).',
    templateCsv: 'Download the CSV template (UTF-8)',
    uploadTitle: '2. Send the file to be checked',
    file: 'Ranking table file (.xlsx or .csv)',
    source: 'Source document of rows that name none',
    sourceNone: '— Each row names its source —',
    planTitle: '3. What the check found',
    province: 'Province or city',
    year: 'Year',
    rank: 'Rank',
    noneToShow: 'No row needs writing.',
    refusedHint: 'Correct the refused rows and check again: while any row is refused, none is imported.',
    nothingToImport: 'The file has no new or changed rows.',
    run: (n: string) => `Import ${n} rows`,
    running: 'Importing…',
    done: (added: string, changed: string) => `Imported: ${added} new rows, ${changed} changed rows.`,
    failed: 'Not imported: no row was written.',
    seeRanks: 'See the ranks on the indicator’s page',
  },
};

import type { viPeers } from '../vi/peers';

export const enPeers: typeof viPeers = {
  peers: {
    heading: 'Compared with other provinces',
    choose: 'Compare with',
    presets: { neighbours: 'Neighbouring provinces', region: 'Northern midlands and mountains', top10: 'The top 10 of each year', custom: 'My choice' },
    add: 'Add a province',
    addNone: '— Choose —',
    remove: (name: string) => `Remove ${name}`,
    shareNote: 'The comparison is kept in the page address: send it and others see the same provinces.',
    chartLabel: 'DTI rank by year (1st at the top: lower is better)',
    breakLine: 'From 2024: 34 provinces',
    breakNote: 'From 2024 the ranking covers the 34 provinces and cities after the merger; earlier years rank 63.',
    tableCaption: 'Rank by year (rank/out of), each from a source',
    colProvince: 'Province or city',
    home: 'Lạng Sơn (home province)',
    noRank: '—',
    noRankLabel: 'no sourced figure',
    median: 'National median score',
    medianUnknown: 'not known',
    medianNote:
      'The median is given only when every province’s score for the year is held; until the whole table is imported it says "not known", never an estimate.',
    formedFrom: (names: string) => `formed from ${names} (from 01/07/2025)`,
    mergedInto: (name: string) => `merged into ${name} from 01/07/2025`,
    without: (names: string) => `No sourced rank yet: ${names}.`,
    sources: 'Sources',
    loading: 'Loading the provinces’ ranks…',
    importLink: 'Import the DTI ranking table from a file',
  },
};

import type { viOverview } from '../vi/overview';

/** English words of the overview, typed against the Vietnamese. */
export const enOverview: typeof viOverview = {
  overview: {
    heading: (year) => `Results for ${year}`,
    updatedAt: (when) => `Data updated ${when}`,
    refreshing: 'Loading the new year’s figures…',
    statusSummary: 'Indicators by status',
    groupCount: (count) => `${count} ${count === '1' ? 'indicator' : 'indicators'}`,
  },
  filters: {
    region: 'Filter and find indicators',
    group: 'Area',
    allGroups: 'All areas',
    search: 'Find an indicator',
    searchPlaceholder: 'e.g. public services',
    compare: 'Compare with year',
    noCompare: 'No comparison',
    clear: 'Clear filters',
    statusFilterHint: 'Select a status to see only the indicators in it; select it again to show all.',
    showing: (shown: string, total: string) => `Showing ${shown} of ${total} indicators, furthest behind first.`,
    statusActive: (status: string) => `Showing only: ${status}`,
    noMatch: 'No indicator matches these filters.',
    compareHeading: (from: number, to: number) => `${from} compared with ${to}`,
    compareIndicator: 'Indicator',
    compareYear: (year: number) => `${year}`,
    compareChange: (from: number, to: number) => `Change ${from} → ${to}`,
    figureOfYear: (figure: string, year: number) => `${figure} (${year} figure)`,
    noFigure: 'No data',
    compareLoading: (year: number) => `Loading the ${year} figures…`,
    compareFailed: (year: number) => `The ${year} figures for the comparison could not be loaded.`,
  },
  unitSwitch: {
    open: 'View by commune or ward',
    label: 'Commune or ward',
    province: 'Whole province',
    loading: 'Loading the communes and wards…',
    showing: (name) => `Showing: ${name}`,
    note: 'Only the indicators made from communes’ and wards’ figures. The province’s target applies where a commune or ward has none of its own.',
    formedFrom: (name, date, former) =>
      `${name} was formed on ${date} from: ${former}. Figures of earlier years are these units’ figures summed, in the years they can be, marked “Derived”.`,
    formedDivided: (name, date, former) =>
      `${name} was formed on ${date}. The former unit ${former} was divided among several communes or wards, so earlier years’ figures cannot be summed and are not shown.`,
    formedUnlisted: (name, date) => `${name} was formed on ${date}; the units it was formed from are not recorded, so there are no figures for earlier years.`,
    back: 'Back to the whole province',
  },
};

import type { viUnits } from '../vi/units';

/** English words of the breakdown by commune and ward, typed against the Vietnamese. */
export const enUnits: typeof viUnits = {
  unitBreakdown: {
    heading: 'By commune',
    reported: (reported, expected) => `${reported}/${expected} communes and wards reported`,
    reportedDistricts: (reported, expected) => `${reported}/${expected} districts and cities reported`,
    computed: 'Province computed from its communes',
    computedNote: 'Computed: the reporting units’ numerators over their denominators',
    computedSumNote: 'Computed: the sum of the reporting units’ figures',
    entered: 'Province as entered',
    noEntered: 'No province figure entered',
    mismatch: 'The entered figure differs from the one computed from the communes',
    agree: 'Agrees with the figure computed from the communes',
    tableCaption: (year) => `Communes and wards in ${year}, furthest behind first`,
    colRank: 'Order',
    colUnit: 'Commune or ward',
    colFigure: 'Figure',
    colTarget: 'Target',
    colStatus: 'Status',
    colChange: 'Change since last year',
    ownTarget: 'own target',
    provinceTarget: 'province target',
    notReported: 'Not reported',
    behindMark: 'One of the five furthest behind',
    chartLabel: (year, target) =>
      target ? `Communes’ and wards’ figures in ${year} against the target of ${target} (dashed line)` : `Communes’ and wards’ figures in ${year}`,
    ownTargets: (count) =>
      `${count} ${count === '1' ? 'commune or ward has its' : 'communes and wards have their'} own target, marked ◆ in the table; the others the province’s`,
    chartTarget: 'Target',
    chartValue: 'Figure',
  },
};

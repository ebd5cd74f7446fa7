import type { unitsAdmin as viUnitsAdmin } from '../vi/units-admin';

/** The admins' organisation units page. */
export const unitsAdmin: typeof viUnitsAdmin = {
  tab: 'Administrative units',
  caption: (communes, all) => `${communes} communes and wards in force (${all} units, the province and former units included)`,
  showFormer: 'Show former units too (before 1/7/2025)',
  name: 'Name',
  code: 'Code',
  kind: 'Kind',
  parent: 'Under',
  validity: 'In force',
  since: (date) => `from ${date}`,
  until: (date) => `until ${date}`,
  always: 'no limit',
  nameCheck: 'Name',
  checked: 'Checked against the document',
  unchecked: 'Not checked against the document',
  markChecked: (name) => `Mark the name “${name}” as checked`,
  formedFrom: (names) => `Formed from: ${names}`,
  newUnit: 'Add a unit',
  codeHint: 'Lower-case letters without diacritics, digits, hyphens; e.g. tam-thanh',
  validFrom: 'In force from',
  noParent: '— (under none)',
  create: 'Add the unit',
  created: (name) => `Added ${name}.`,
  conflict: 'Someone else just changed this unit; the list was reloaded, try again.',
};

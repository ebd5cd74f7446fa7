/** Sheet names of the workbooks the app writes; an import reads FIGURES_SHEET, else the first sheet. */
export const FIGURES_SHEET = 'figures';
export const SOURCES_SHEET = 'sources';
export const GUIDE_SHEET = 'guide';
/** The organisation units' file. */
export const ORG_UNITS_SHEET = 'org-units';

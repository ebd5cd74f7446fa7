import type { Locale } from './schemas/common.js';
import type { IndicatorGroup } from './schemas/indicator.js';

/** The areas' names as the department writes them: one list for the app's pages and the yearly review. */
export const indicatorGroupNames: Record<Locale, Record<IndicatorGroup, string>> = {
  vi: {
    'e-government': 'Chính quyền điện tử',
    'digital-transformation': 'Chuyển đổi số',
    'digital-economy': 'Kinh tế số',
    'digital-society': 'Xã hội số',
    telecoms: 'Viễn thông, Internet',
    press: 'Báo chí, xuất bản',
  },
  en: {
    'e-government': 'E-government',
    'digital-transformation': 'Digital transformation',
    'digital-economy': 'Digital economy',
    'digital-society': 'Digital society',
    telecoms: 'Telecoms and Internet',
    press: 'Press and publishing',
  },
};

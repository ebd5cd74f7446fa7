import type { Locale } from './schemas/common.js';
import type { Status } from './schemas/status.js';

/** A status in words: one list for the app's badges, the yearly review and the mail digest. */
export const statusNames: Record<Locale, Record<Status, string>> = {
  vi: {
    achieved: 'Đạt mục tiêu',
    'on-track': 'Đúng tiến độ',
    'at-risk': 'Cần đẩy nhanh',
    'off-track': 'Chậm tiến độ',
    'too-few': 'Chưa đủ số liệu để đánh giá',
    'no-target': 'Chưa có mục tiêu',
    'no-data': 'Chưa có số liệu',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    'too-few': 'Too few figures to judge',
    'no-target': 'No target',
    'no-data': 'No data',
  },
};

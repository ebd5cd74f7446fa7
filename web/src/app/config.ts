import type { Locale } from '@kpi/shared';

/**
 * Who publishes this dashboard: configuration, not code. The 2020 report was issued by
 * Sở Thông tin và Truyền thông tỉnh Lạng Sơn; in 2025 that department merged into Sở Khoa học và
 * Công nghệ, which is the default here. A deployment may override the names at build time with
 * VITE_ORGANISATION_VI / VITE_ORGANISATION_EN and VITE_PROVINCE.
 */
export const ORGANISATION: Record<Locale, string> = {
  vi: import.meta.env.VITE_ORGANISATION_VI || 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn',
  en: import.meta.env.VITE_ORGANISATION_EN || 'Lạng Sơn Department of Science and Technology',
};

/** The province whose figures these are (its name is the same in both languages). */
export const PROVINCE: string = import.meta.env.VITE_PROVINCE || 'Lạng Sơn';

/**
 * Who issues the yearly review as an administrative report (Decree 30/2020/NĐ-CP, Appendix I):
 * configuration, not code, because the department's name changes with reorganisations. The 2025
 * one moved the ICT duties of the Department of Information and Communications into the
 * Department of Science and Technology, so that is the default.
 */
export interface ReviewAgency {
  /** The superior body, printed upright in capitals above the issuing agency. */
  superior: string;
  /** The issuing agency, bold capitals, with its short rule beneath. */
  agency: string;
  /** The place in "Lạng Sơn, ngày … tháng … năm …". */
  place: string;
  /** The agency's symbol after "BC-" in "Số: …/BC-SKHCN"; the clerk fills in the number. */
  symbol: string;
  /** The signatory's title (e.g. GIÁM ĐỐC, or KT. GIÁM ĐỐC and PHÓ GIÁM ĐỐC on two lines). */
  signatory: string[];
  /** "Nơi nhận:" lines, in order; the last is conventionally the archive ("Lưu: VT, …"). */
  recipients: string[];
}

export const DEFAULT_REVIEW_AGENCY: ReviewAgency = {
  superior: 'UBND TỈNH LẠNG SƠN',
  agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  place: 'Lạng Sơn',
  symbol: 'SKHCN',
  signatory: ['GIÁM ĐỐC'],
  recipients: ['UBND tỉnh (b/c)', 'Lãnh đạo Sở', 'Lưu: VT'],
};

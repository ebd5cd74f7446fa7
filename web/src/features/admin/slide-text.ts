import { formatNumber, type Locale, type Slide } from '@kpi/shared';
import type { StaffDictionary } from '../../i18n/useStaffI18n';

/** Indicator names by code, in the reader's language; a code is its own fallback. */
export type IndicatorNames = ReadonlyMap<string, string>;

/** One slide in words: `Nhóm: Chuyển đổi số`, `Chỉ tiêu: Tỷ lệ cài đặt Bluezone`. */
export function slideText(slide: Slide, t: StaffDictionary, names: IndicatorNames): string {
  switch (slide.type) {
    case 'headline':
      return t.screensAdmin.slideTypes.headline;
    case 'group':
      return t.screensAdmin.slideGroup(t.groups[slide.group]);
    case 'indicator':
      return t.screensAdmin.slideIndicator(names.get(slide.code) ?? slide.code);
    case 'peers':
      return t.screensAdmin.slidePeers(slide.peers in t.peers.presets ? t.peers.presets[slide.peers as keyof typeof t.peers.presets] : slide.peers);
  }
}

const SHOWN = 3;

/** A playlist in a line: its length and its first slides, `và 2 trang khác` for the rest. */
export function playlistSummary(playlist: readonly Slide[], t: StaffDictionary, locale: Locale, names: IndicatorNames): string {
  const shown = playlist.slice(0, SHOWN).map((slide) => slideText(slide, t, names));
  if (playlist.length > SHOWN) shown.push(t.screensAdmin.more(formatNumber(playlist.length - SHOWN, locale)));
  return t.screensAdmin.playlistSummary(formatNumber(playlist.length, locale), shown.join('; '));
}

import { formatNumber, groupName, type IndicatorGroupEntry, type Locale, type Slide } from '@kpi/shared';
import type { StaffDictionary } from '../../i18n/useStaffI18n';
import { peerWords } from '../../i18n/peer-words';

/** What slides name: indicators' names by code in the reader's language (a code is its own fallback), and the groups. */
export interface SlideNames {
  indicators: ReadonlyMap<string, string>;
  groups: readonly IndicatorGroupEntry[];
}

/** One slide in words: `Nhóm: Chuyển đổi số`, `Chỉ tiêu: Tỷ lệ cài đặt Bluezone`. */
export function slideText(slide: Slide, t: StaffDictionary, locale: Locale, names: SlideNames): string {
  switch (slide.type) {
    case 'headline':
      return t.screensAdmin.slideTypes.headline;
    case 'group':
      return t.screensAdmin.slideGroup(groupName(names.groups, slide.group, locale));
    case 'indicator':
      return t.screensAdmin.slideIndicator(names.indicators.get(slide.code) ?? slide.code);
    case 'units':
      return t.screensAdmin.slideUnits(names.indicators.get(slide.code) ?? slide.code);
    case 'peers':
      return t.screensAdmin.slidePeers(
        slide.peers in peerWords[locale].presets ? peerWords[locale].presets[slide.peers as keyof (typeof peerWords)['vi']['presets']] : slide.peers,
      );
  }
}

const SHOWN = 3;

/** A playlist in a line: its length and its first slides, `và 2 trang khác` for the rest. */
export function playlistSummary(playlist: readonly Slide[], t: StaffDictionary, locale: Locale, names: SlideNames): string {
  const shown = playlist.slice(0, SHOWN).map((slide) => slideText(slide, t, locale, names));
  if (playlist.length > SHOWN) shown.push(t.screensAdmin.more(formatNumber(playlist.length - SHOWN, locale)));
  return t.screensAdmin.playlistSummary(formatNumber(playlist.length, locale), shown.join('; '));
}

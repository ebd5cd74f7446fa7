import type { Indicator, Outlook } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';
import { projectionSentence, TREND_ICONS, trendText } from './outlook-text';
import { STATUS_ICONS } from './status-meta';

/**
 * Where the indicator is heading, in one line: the projection to its target year (tagged as a
 * projection: it is derived, not a figure), its trend without a target (icon and word, never colour
 * alone), or "too few figures to judge". `tooFewShown` leaves out the last where the status already
 * says it.
 */
export function OutlookLine({ outlook, indicator, tooFewShown = false }: { outlook: Outlook | null; indicator: Indicator; tooFewShown?: boolean }) {
  const { t, locale } = useI18n();
  if (!outlook) return null;
  if (outlook.kind === 'projection') {
    return (
      <p className="outlook outlook--projection">
        <span className="outlook__tag">{t.outlook.projectedTag}</span> {projectionSentence(outlook, indicator, t, locale)}
      </p>
    );
  }
  if (outlook.kind === 'trend') {
    return (
      <p className={`outlook outlook--${outlook.verdict}`}>
        <span className="outlook__icon" aria-hidden="true">
          {TREND_ICONS[outlook.verdict]}
        </span>{' '}
        {trendText(outlook, t, locale)}
      </p>
    );
  }
  if (tooFewShown) return null;
  return (
    <p className="outlook outlook--too-few">
      <span className="outlook__icon" aria-hidden="true">
        {STATUS_ICONS['too-few']}
      </span>{' '}
      {t.outlook.tooFew}
    </p>
  );
}

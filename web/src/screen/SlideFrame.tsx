import { formatDateTime, type DashboardCard, type Overview } from '@kpi/shared';
import type { ReactNode } from 'react';
import { ORGANISATION, PROVINCE } from '../config';
import { useI18n } from '../i18n/useI18n';
import { latestApproval } from './slides';

interface SlideFrameProps {
  dashboard: Overview;
  /** The cards on the slide: the approval time is the latest of their figures'. */
  cards: DashboardCard[];
  /** The connection badge, when there is one. */
  badge: ReactNode;
  progress: ReactNode;
  children: ReactNode;
}

/** What every slide has: who publishes, the slide, when its data changed and was approved, and where we are in the playlist. */
export function SlideFrame({ dashboard, cards, badge, progress, children }: SlideFrameProps) {
  const { t, locale } = useI18n();
  const approvedAt = latestApproval(cards);
  return (
    <div className="screen">
      <header className="screen__top">
        <p className="screen__org">
          {ORGANISATION[locale]} · {t.app.heading(PROVINCE)}
        </p>
        {badge}
      </header>
      <main className="screen__slide">{children}</main>
      <footer className="screen__bottom">
        <p className="screen__when">
          {t.screen.updatedAt(formatDateTime(dashboard.updatedAt, locale))}
          {approvedAt && (
            <>
              <span aria-hidden="true"> · </span>
              {t.screen.approvedAt(formatDateTime(approvedAt, locale))}
            </>
          )}
        </p>
        {progress}
      </footer>
    </div>
  );
}

import { formatDateTime, type Overview } from '@kpi/shared';
import type { ReactNode, Ref } from 'react';
import { ORGANISATION, PROVINCE } from '../../app/config';
import { useScreenI18n } from '../../i18n/screen-words';
import { latestApproval } from './slides';

/** What stays on screen through the turns: who publishes, the connection badge, and the deck of slides. */
export function ScreenFrame({ badge, deck, children }: { badge: ReactNode; deck: Ref<HTMLDivElement>; children: ReactNode }) {
  const { t, locale } = useScreenI18n();
  return (
    <div className="screen">
      <header className="screen__top">
        <p className="screen__org">
          {ORGANISATION[locale]} · {t.app.heading(PROVINCE)}
        </p>
        {badge}
      </header>
      <div className="screen__deck" ref={deck}>
        {children}
      </div>
    </div>
  );
}

interface SlidePageProps {
  dashboard: Overview;
  /** What holds the slide's figures (`slideFigures`): the approval time is the latest of theirs. */
  cards: Parameters<typeof latestApproval>[0];
  progress: ReactNode;
  children: ReactNode;
}

/**
 * One slide of the deck with its footer: when its data changed and was approved, and where it is in
 * the playlist. Every slide stays mounted; the rotation shows one at a time (useDeckRotation).
 */
export function SlidePage({ dashboard, cards, progress, children }: SlidePageProps) {
  const { t, locale } = useScreenI18n();
  const approvedAt = latestApproval(cards);
  return (
    <div className="screen__page">
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

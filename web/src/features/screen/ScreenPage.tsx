import { slidesPlaying } from '@kpi/shared';
import { useParams, useSearchParams } from 'react-router';
import { ScreenClock } from './ScreenClock';
import { ScreenLanguage } from './ScreenLanguage';
import { ScreenSlides } from './ScreenSlides';
import { DisabledScreen, OfflineBadge, ScreenMessage } from './ScreenStatus';
import { useScreenDocument } from './useScreenDocument';
import { useSchedule } from './useSchedule';
import { useScreenLive } from './useScreenLive';
import { useWakeLock } from './useWakeLock';
import { dictionaries } from '../../i18n/both-dictionaries';
import './screen.css';
import './screen-tiles.css';
import './screen-indicator.css';
import './screen-status.css';
import './screen-units.css';
import './screen-clock.css';

/**
 * A meeting-room screen (`/screen/:id?token=…`): the admin's playlist, full screen, in the screen's
 * language and theme, live over Server-Sent Events, and honest when the server is gone. Its schedule
 * picks the slides for the hour, or a dimmed clock, switching by itself at each boundary. Loaded
 * lazily (app/App.tsx), so the overview's bundle carries none of it. `&advance=manual` stops the timer
 * for benchmarks, which turn slides with `window.__screen.advance()`.
 */
export default function ScreenPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const manual = searchParams.get('advance') === 'manual';
  const { content, disabled, offline } = useScreenLive(Number(id), token);
  const settings = content?.screen;
  // The screen's own language once known; Vietnamese, the default, before.
  const locale = settings?.language ?? 'vi';
  useScreenDocument(settings?.theme);
  useWakeLock(!disabled);
  const playing = useSchedule(settings);
  const playlist = settings && slidesPlaying(settings, playing);
  const badge = offline && content ? <OfflineBadge updatedAt={content.dashboard.updatedAt} /> : null;

  let body;
  if (disabled) body = <DisabledScreen id={id} locale={locale} />;
  else if (content && !playlist) body = <ScreenClock badge={badge} />;
  // A set of its own key: a new set starts at its first slide.
  else if (content && playlist) body = <ScreenSlides key={JSON.stringify(playing)} content={content} playlist={playlist} manual={manual} badge={badge} />;
  else if (offline) {
    body = (
      <>
        <ScreenMessage text={dictionaries[locale].screen.connecting} />
        <div className="screen-offline-corner">
          <OfflineBadge updatedAt={null} />
        </div>
      </>
    );
  } else body = <ScreenMessage text={dictionaries[locale].screen.loading} />;

  return (
    <ScreenLanguage locale={locale} name={settings?.name}>
      {body}
    </ScreenLanguage>
  );
}

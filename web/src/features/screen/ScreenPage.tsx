import { useParams, useSearchParams } from 'react-router';
import { ScreenLanguage } from './ScreenLanguage';
import { ScreenSlides } from './ScreenSlides';
import { DisabledScreen, OfflineBadge, ScreenMessage } from './ScreenStatus';
import { useScreenDocument } from './useScreenDocument';
import { useScreenLive } from './useScreenLive';
import { useWakeLock } from './useWakeLock';
import { dictionaries } from '../../i18n/both-dictionaries';
import './screen.css';
import './screen-tiles.css';
import './screen-indicator.css';
import './screen-status.css';
import './screen-units.css';

/**
 * A meeting-room screen (`/screen/:id?token=…`): the admin's playlist, full screen, in the screen's
 * language and theme, live over Server-Sent Events, and honest when the server is gone. Loaded
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

  let body;
  if (disabled) body = <DisabledScreen id={id} locale={locale} />;
  else if (content) body = <ScreenSlides content={content} manual={manual} badge={offline ? <OfflineBadge updatedAt={content.dashboard.updatedAt} /> : null} />;
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

import { slidesPlaying, type ScreenCommand } from '@kpi/shared';
import { useCallback, useEffect, useState } from 'react';
import { useParams, useSearchParams } from '../../app/routing';
import { readStoredScreen, reportScreenStatus, storeScreen, type StoredScreen } from '../../api/screen-pairing';
import { PairingScreen } from './PairingScreen';
import { ScreenClock } from './ScreenClock';
import { ScreenLanguage } from './ScreenLanguage';
import { ScreenSlides, type SlideReport } from './ScreenSlides';
import { DisabledScreen, OfflineBadge, ScreenMessage } from './ScreenStatus';
import { useScreenDocument } from './useScreenDocument';
import { useSchedule } from './useSchedule';
import { useScreenLive } from './useScreenLive';
import { useWakeLock } from './useWakeLock';
import { screenDictionaries } from '../../i18n/screen-words';
import './screen.css';
import './screen-tiles.css';
import './screen-indicator.css';
import './screen-status.css';
import './screen-units.css';
import './screen-clock.css';

/**
 * A meeting-room screen: `/screen/:id?token=…` as issued, or `/screen` on a device paired by code,
 * which keeps its screen and token in the browser's storage. Without either it shows a pairing
 * code; a stored token that is revoked is forgotten and the device shows a code again. Loaded
 * lazily (app/App.tsx), so the overview's bundle carries none of it.
 */
export default function ScreenPage() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const urlToken = searchParams.get('token');
  const manual = searchParams.get('advance') === 'manual';
  const [stored, setStored] = useState<StoredScreen | null>(() => (urlToken ? null : readStoredScreen()));
  const paired = useCallback((screen: StoredScreen) => {
    storeScreen(screen);
    setStored(screen);
  }, []);
  const forget = useCallback(() => {
    storeScreen(null);
    setStored(null);
  }, []);

  if (urlToken) return <LiveScreen id={id ?? ''} token={urlToken} manual={manual} />;
  // A stored pairing opens `/screen`, or `/screen/:id` of the same screen.
  if (stored && (id === undefined || Number(id) === stored.id)) {
    return <LiveScreen key={stored.token} id={String(stored.id)} token={stored.token} manual={manual} onRevoked={forget} />;
  }
  return <PairingScreen onPaired={paired} />;
}

interface LiveScreenProps {
  id: string;
  token: string;
  manual: boolean;
  /** A stored token stopped working: forget it and pair again (a URL's token shows "disabled" instead). */
  onRevoked?: () => void;
}

/**
 * The admin's playlist, full screen, in the screen's language and theme, live over Server-Sent
 * Events, honest when the server is gone, and steered from the admin's page (reload, show a slide,
 * blank). `&advance=manual` stops the timer for benchmarks, which turn slides with `window.__screen.advance()`.
 */
function LiveScreen({ id, token, manual, onRevoked }: LiveScreenProps) {
  const [blanked, setBlanked] = useState(false);
  const [goto, setGoto] = useState<{ slide: number } | null>(null);
  const onCommand = useCallback((command: ScreenCommand) => {
    if (command.type === 'reload') window.location.reload();
    else if (command.type === 'blank') setBlanked(true);
    else if (command.type === 'unblank') setBlanked(false);
    else setGoto({ slide: command.slide });
  }, []);
  const { content, disabled, offline } = useScreenLive(Number(id), token, onCommand);
  const onReport = useCallback<SlideReport>((report) => reportScreenStatus(Number(id), token, report), [id, token]);
  const settings = content?.screen;
  // The screen's own language once known; Vietnamese, the default, before.
  const locale = settings?.language ?? 'vi';
  useScreenDocument(settings?.theme);
  useWakeLock(!disabled);
  useEffect(() => {
    if (disabled) onRevoked?.();
  }, [disabled, onRevoked]);
  // The schedule picks the slides for the hour, or a dimmed clock, switching by itself at each boundary.
  const playing = useSchedule(settings);
  const playlist = settings && slidesPlaying(settings, playing);
  const badge = offline && content ? <OfflineBadge updatedAt={content.dashboard.updatedAt} /> : null;

  let body;
  if (disabled) body = <DisabledScreen id={id} locale={locale} />;
  else if (blanked) body = <div className="screen screen--blank" data-testid="screen-blank" />;
  else if (content && !playlist) body = <ScreenClock badge={badge} />;
  else if (content && playlist) {
    // A set of its own key: a new set starts at its first slide.
    body = <ScreenSlides key={JSON.stringify(playing)} content={content} playlist={playlist} manual={manual} goto={goto} onReport={onReport} badge={badge} />;
  } else if (offline) {
    body = (
      <>
        <ScreenMessage text={screenDictionaries[locale].screen.connecting} />
        <div className="screen-offline-corner">
          <OfflineBadge updatedAt={null} />
        </div>
      </>
    );
  } else body = <ScreenMessage text={screenDictionaries[locale].screen.loading} />;

  return (
    <ScreenLanguage locale={locale} name={settings?.name}>
      {body}
    </ScreenLanguage>
  );
}

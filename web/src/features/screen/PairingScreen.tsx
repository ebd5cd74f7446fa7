import { formatDateTime, normalizePairingCode, type ScreenPairingIssued } from '@kpi/shared';
import { useEffect, useState } from 'react';
import { isPairingOver, pollPairing, requestPairing, type StoredScreen } from '../../api/screen-pairing';
import { screenDictionaries } from '../../i18n/screen-words';
import { ScreenMessage } from './ScreenStatus';
import { useScreenDocument } from './useScreenDocument';

/** Between polls: an admin who has just pressed "pair" sees the screen start within a couple of seconds. */
export const PAIRING_POLL_MS = 2_000;
/** After a failed request for a code (server away), try again this often. */
const RETRY_MS = 5_000;

/** The admin's pairing page with the code filled in: what the QR code opens on a phone. */
export const pairingPageUrl = (code: string) => `${window.location.origin}/admin/screens?code=${normalizePairingCode(code)}`;

/** The QR code of `url` as an SVG data URL, drawn here (qrcode loads with this screen alone); null until ready. */
function useQrCode(url: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((text) => live && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  return url ? svg : null;
}

/**
 * `/screen` on a device that is no screen yet: a code big enough to read across the room, and a QR
 * code of the admin's pairing page, in both languages (the screen's own is not known yet). It polls
 * until an admin claims the code, then hands the screen's id and token to `onPaired`; a code that
 * expires is replaced by a new one without anyone touching the device.
 */
export function PairingScreen({ onPaired }: { onPaired: (screen: StoredScreen) => void }) {
  const [pairing, setPairing] = useState<ScreenPairingIssued | null>(null);
  const [round, setRound] = useState(0);
  const [failed, setFailed] = useState(false);
  const qr = useQrCode(pairing ? pairingPageUrl(pairing.code) : null);
  useScreenDocument(undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    requestPairing().then(
      (issued) => {
        if (!live) return;
        setFailed(false);
        setPairing(issued);
      },
      () => {
        if (!live) return;
        setFailed(true);
        timer = setTimeout(() => setRound((r) => r + 1), RETRY_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [round]);

  useEffect(() => {
    if (!pairing) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      pollPairing(pairing.secret, controller.signal).then(
        (state) => {
          if (state.state === 'paired') onPaired({ id: state.screenId, token: state.token });
        },
        (error: unknown) => {
          if (!isPairingOver(error)) return;
          setPairing(null);
          setRound((r) => r + 1);
        },
      );
    }, PAIRING_POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [pairing, onPaired]);

  const vi = screenDictionaries.vi.screen.pairing;
  const en = screenDictionaries.en.screen.pairing;
  if (!pairing) return <ScreenMessage text={failed ? vi.waiting : vi.asking} />;
  return (
    <div className="screen screen--message screen-pairing" role="main">
      <h1 className="screen-pairing__title">
        {vi.title} <span lang="en">· {en.title}</span>
      </h1>
      <div className="screen-pairing__body">
        <div>
          <p className="screen-pairing__label">{vi.codeLabel}</p>
          <p className="screen-pairing__code" data-testid="pairing-code" aria-label={`${vi.codeLabel}: ${[...pairing.code].join(' ')}`}>
            {pairing.code}
          </p>
        </div>
        {qr && <img className="screen-pairing__qr" src={qr} alt={vi.qr} />}
      </div>
      <ol className="screen-pairing__steps">
        <li>{vi.step1}</li>
        <li>{vi.step2}</li>
      </ol>
      <p className="screen-message__hint">{vi.expires(formatDateTime(pairing.expiresAt, 'vi'))}</p>
      <p className="screen-message__second" lang="en">
        {en.step1} {en.step2}
      </p>
    </div>
  );
}

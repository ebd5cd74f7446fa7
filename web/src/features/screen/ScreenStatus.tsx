import { formatDateTime, type Locale } from '@kpi/shared';
import { screenDictionaries, useScreenI18n } from '../../i18n/screen-words';

/**
 * "Mất kết nối · dữ liệu cập nhật lúc 14:05 29/11/2026": the server is gone, and the figures on show
 * are those of that update — the same time as the slide's footer, so the room reads one time, not two.
 * `updatedAt`: the data's, null before any content arrived.
 */
export function OfflineBadge({ updatedAt }: { updatedAt: string | null }) {
  const { t, locale } = useScreenI18n();
  return (
    <p className="screen-offline" role="status">
      <span className="screen-offline__icon" aria-hidden="true">
        ⚠
      </span>
      <strong>{t.screen.offline}</strong>
      {updatedAt && (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t.screen.dataAsOf(formatDateTime(updatedAt, locale))}</span>
        </>
      )}
    </p>
  );
}

/** Before the first content: loading, or waiting for a server that does not answer yet. */
export function ScreenMessage({ text }: { text: string }) {
  return (
    <div className="screen screen--message" role="status">
      <p className="screen-message__title">{text}</p>
    </div>
  );
}

const other = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/**
 * A wrong or revoked token: a message for the room, never an error page. It says it in the screen's
 * language and the other one too (a wrong token means the screen's language was never learnt).
 */
export function DisabledScreen({ id, locale }: { id: string; locale: Locale }) {
  const first = screenDictionaries[locale].screen;
  const second = screenDictionaries[other(locale)].screen;
  return (
    <div className="screen screen--message screen--disabled" role="alert">
      {/* Drawn, not an emoji: TV browsers often have no emoji font. */}
      <svg className="screen-message__icon" viewBox="0 0 48 48" aria-hidden="true">
        <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="4" />
        <path d="M12 24h24" stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
      </svg>
      <h1 className="screen-message__title">{first.disabledTitle}</h1>
      <p className="screen-message__hint">{first.disabledHint}</p>
      <p className="screen-message__id">{first.screenId(id)}</p>
      <p className="screen-message__second" lang={other(locale)}>
        {second.disabledTitle}. {second.disabledHint}
      </p>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';

export interface IssuedScreen {
  /** `/screen/:id?token=…`, as the server gives it. */
  url: string;
  name: string;
  kind: 'created' | 'reissued';
}

/**
 * The screen's URL with its token, the one time it exists outside the screen: absolute, so it can
 * be opened on the meeting-room PC, with a copy button. Dismissed, it is gone for good.
 */
export function IssuedScreenUrl({ issued, onDismiss }: { issued: IssuedScreen; onDismiss: () => void }) {
  const { t } = useStaffI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const absolute = window.location.origin + issued.url;
  // Brought into view and announced: the form that caused it may be far down the page.
  useEffect(() => heading.current?.focus(), [issued]);
  const copyUrl = () => {
    const done = () => setCopy('copied');
    const failed = () => {
      setCopy('failed');
      input.current?.select();
    };
    if (navigator.clipboard) navigator.clipboard.writeText(absolute).then(done, failed);
    else failed();
  };
  return (
    <section className="panel issued-url" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✔ </span>
        {issued.kind === 'created' ? t.screensAdmin.issuedCreated(issued.name) : t.screensAdmin.issuedReissued(issued.name)}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t.screensAdmin.url}
        </label>
        <div className="field__control issued-url__control">
          {/* A text area, so that the whole URL shows even on a phone. */}
          <textarea
            id={id}
            ref={input}
            className="field__input issued-url__input"
            rows={2}
            readOnly
            value={absolute}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={copyUrl}>
            {t.screensAdmin.copy}
          </button>
          <p role="status" className={copy === 'failed' ? 'field__error' : 'muted'}>
            {copy === 'copied' ? t.screensAdmin.copied : copy === 'failed' ? t.screensAdmin.copyFailed : ''}
          </p>
        </div>
      </div>
      <p className="quality-warning">
        <span aria-hidden="true">⚠</span>
        <span>{t.screensAdmin.onceNote}</span>
      </p>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t.screensAdmin.dismiss}
        </button>
      </div>
    </section>
  );
}

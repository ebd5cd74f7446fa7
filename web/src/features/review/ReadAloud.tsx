import type { Review } from '@kpi/shared';
import { useId } from 'react';
import { useReviewI18n } from '../../i18n/review-words';
import { reviewSpeechText } from './review-speech-text';
import { useSpeech } from './useSpeech';

/**
 * "Đọc to": the review in the browser's own voice for the page's language. Without such a voice
 * the button stays on screen, disabled, with the reason beside it — not silently missing.
 */
export function ReadAloud({ review }: { review: Review }) {
  const { t, locale } = useReviewI18n();
  const { status, speak, pause, resume, stop } = useSpeech(locale);
  const noteId = useId();
  const unavailable = status === 'unsupported' || status === 'no-voice';
  const active = status === 'speaking' || status === 'paused';
  return (
    <div className="read-aloud">
      {active ? (
        <>
          {status === 'speaking' ? (
            <button type="button" className="button button--quiet" onClick={pause}>
              {t.review.pause}
            </button>
          ) : (
            <button type="button" className="button button--quiet" onClick={resume}>
              {t.review.resume}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={stop}>
            {t.review.stop}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          disabled={unavailable}
          aria-describedby={unavailable ? noteId : undefined}
          onClick={() => speak(reviewSpeechText(review, t.review.caveats))}
        >
          {t.review.readAloud}
        </button>
      )}
      {unavailable && (
        <p className="read-aloud__note" id={noteId}>
          {status === 'unsupported' ? t.review.noSpeech : t.review.noVoice}
        </p>
      )}
      <p className="sr-only" role="status">
        {status === 'speaking' ? t.review.reading : status === 'paused' ? t.review.paused : ''}
      </p>
    </div>
  );
}

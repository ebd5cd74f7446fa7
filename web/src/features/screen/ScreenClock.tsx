import { formatClockTime, formatWeekdayDate } from '@kpi/shared';
import { useEffect, useState, type ReactNode } from 'react';
import { useScreenI18n } from '../../i18n/screen-words';

/** The Date now, updated as each minute turns: one timer a minute for a clock that shows no seconds. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = new Date();
      setNow(at);
      timer = setTimeout(tick, 60_000 - (at.getTime() % 60_000));
    };
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/**
 * Outside the schedule's hours, the screen dims to the time and the date in Vietnam (its language,
 * `Thứ Năm, 03/12/2026`): a dark screen with low-contrast digits, no figures, whatever the theme,
 * so a room with nobody in it is not lit by a dashboard. The live stream stays open (ScreenPage),
 * so the next set starts with current figures. `badge`: the connection badge, if lost.
 */
export function ScreenClock({ badge }: { badge: ReactNode }) {
  const { t, locale } = useScreenI18n();
  const now = useMinute();
  return (
    <div className="screen-clock" role="timer" aria-label={t.screen.clock}>
      <p className="screen-clock__time">
        <time dateTime={now.toISOString()}>{formatClockTime(now, locale)}</time>
      </p>
      <p className="screen-clock__date">{formatWeekdayDate(now, locale)}</p>
      {badge && <div className="screen-clock__badge">{badge}</div>}
    </div>
  );
}

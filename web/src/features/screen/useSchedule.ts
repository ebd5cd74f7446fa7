import { scheduleAt, type Playing, type ScheduleSettings } from '@kpi/shared';
import { useEffect, useState } from 'react';

const NOTHING: ScheduleSettings = { schedule: [], outsideSchedule: 'playlist' };

/**
 * What the screen's schedule plays now, kept right by one timer set for the next change (a set
 * starting or ending), not by asking every second: a screen runs all day. The timer re-reads the
 * clock when it fires, so one that fires late (a TV that slept) still lands on what plays then.
 */
export function useSchedule(settings: ScheduleSettings | undefined): Playing {
  const { schedule, outsideSchedule } = settings ?? NOTHING;
  const [now, setNow] = useState(() => scheduleAt({ schedule, outsideSchedule }, new Date()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const next = scheduleAt({ schedule, outsideSchedule }, new Date());
      // Same kind and set: keep the state, so the deck does not re-render for nothing.
      setNow((current) => (JSON.stringify(current.playing) === JSON.stringify(next.playing) ? current : next));
      if (next.nextChange) timer = setTimeout(update, Math.max(0, next.nextChange.getTime() - Date.now()));
    };
    update();
    return () => clearTimeout(timer);
  }, [schedule, outsideSchedule]);
  return now.playing;
}

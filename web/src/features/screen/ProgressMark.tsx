import { formatNumber } from '@kpi/shared';
import { useScreenI18n } from '../../i18n/screen-words';

interface ProgressMarkProps {
  index: number;
  count: number;
  seconds: number;
  /** Turned by hand (tests, benchmarks): the bar shows the position instead of running. */
  manual: boolean;
}

/**
 * "2/3" and a thin bar that fills over the slide's time. The bar is a CSS animation that runs while
 * its slide is shown and starts again each time it is (screen-status.css): no script runs it.
 */
export function ProgressMark({ index, count, seconds, manual }: ProgressMarkProps) {
  const { t, locale } = useScreenI18n();
  const position = formatNumber(index + 1, locale);
  const total = formatNumber(count, locale);
  const running = !manual && count > 1;
  return (
    <div className="screen-progress">
      <p className="screen-progress__count" aria-label={t.screen.progress(position, total)}>
        {position}/{total}
      </p>
      <div className="screen-progress__bar" aria-hidden="true">
        <div
          className={running ? 'screen-progress__fill screen-progress__fill--running' : 'screen-progress__fill'}
          style={running ? { animationDuration: `${seconds}s` } : { transform: `scaleX(${(index + 1) / count})` }}
        />
      </div>
    </div>
  );
}

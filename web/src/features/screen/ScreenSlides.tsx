import type { Slide } from '@kpi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { GroupSlide } from './GroupSlide';
import { HeadlineSlide } from './HeadlineSlide';
import { IndicatorSlide } from './IndicatorSlide';
import { PeersSlide } from './PeersSlide';
import { ProgressMark } from './ProgressMark';
import { resolveSlides, slideFigures, type ResolvedSlide } from './slides';
import { UnitsSlide } from './UnitsSlide';
import type { ScreenView } from '../../api/screen-content';
import { ScreenFrame, SlidePage } from './ScreenFrame';
import { exposeScreenHook } from './test-hook';
import { useDeckRotation } from './useDeckRotation';

function SlideBody({ slide, year }: { slide: ResolvedSlide; year: number }) {
  if (slide.type === 'indicator') return <IndicatorSlide card={slide.card} year={year} />;
  if (slide.type === 'group') return <GroupSlide name={slide.name} cards={slide.cards} year={year} />;
  if (slide.type === 'units') return <UnitsSlide indicator={slide.card.indicator} breakdown={slide.breakdown} />;
  if (slide.type === 'peers') return <PeersSlide ranks={slide.ranks} />;
  return null;
}

/** What the screen tells the admin's page it shows: the slide (1-based), of how many, and its data version. */
export type SlideReport = (report: { slide: number; slides: number; dataVersion: number }) => void;

interface ScreenSlidesProps {
  content: ScreenView;
  /** What plays now: the playlist or a scheduled set's slides (useSchedule). */
  playlist: readonly Slide[];
  manual: boolean;
  badge: ReactNode;
  /** An admin's "show slide n now" (1-based); a new object for each command, even for the same slide. */
  goto?: { slide: number } | null;
  onReport?: SlideReport;
}

/** The slides as a deck: every slide mounted, one shown at a time, turning every `secondsPerSlide` (or on demand when `manual`). */
export function ScreenSlides({ content, playlist, manual, badge, goto = null, onReport }: ScreenSlidesProps) {
  const { screen, dashboard, units, peerRanks, dataVersion } = content;
  const slides = useMemo(() => resolveSlides(playlist, dashboard, { units, peerRanks }), [playlist, dashboard, units, peerRanks]);
  // Through a ref, so a new data version does not restart the rotation's timer.
  const report = useRef<(index: number) => void>(() => undefined);
  const onTurn = useCallback((i: number) => report.current(i), []);
  const { deck, advance, step, index, show } = useDeckRotation(slides.length, screen.secondsPerSlide, manual, onTurn);
  useEffect(() => {
    report.current = (i) => onReport?.({ slide: i + 1, slides: slides.length, dataVersion });
    report.current(index());
  }, [onReport, slides.length, dataVersion, index]);
  useEffect(() => {
    if (goto) show(goto.slide - 1);
  }, [goto, show]);
  const queryClient = useQueryClient();

  useEffect(() => {
    const cachedQueries = () => queryClient.getQueryCache().getAll().length;
    return exposeScreenHook({
      advance,
      get step() {
        return step();
      },
      get index() {
        return index();
      },
      count: slides.length,
      dataVersion,
      cachedQueries,
    });
  }, [advance, step, index, slides.length, dataVersion, queryClient]);

  return (
    <ScreenFrame badge={badge} deck={deck}>
      {slides.map((slide, i) => (
        <SlidePage
          key={i}
          dashboard={dashboard}
          cards={slideFigures(slide)}
          progress={<ProgressMark index={i} count={slides.length} seconds={screen.secondsPerSlide} manual={manual} />}
        >
          <section className={`screen-slide screen-slide--${slide.type}`} data-slide={i + 1}>
            {slide.type === 'headline' ? <HeadlineSlide dashboard={dashboard} cards={slide.cards} /> : <SlideBody slide={slide} year={dashboard.year} />}
          </section>
        </SlidePage>
      ))}
    </ScreenFrame>
  );
}

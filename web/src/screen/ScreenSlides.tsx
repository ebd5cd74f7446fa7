import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { GroupSlide } from './GroupSlide';
import { HeadlineSlide } from './HeadlineSlide';
import { IndicatorSlide } from './IndicatorSlide';
import { ProgressMark } from './ProgressMark';
import { resolveSlides, slideCards, type ResolvedSlide } from './slides';
import type { ScreenView } from './screen-api';
import { SlideFrame } from './SlideFrame';
import { exposeScreenHook } from './test-hook';
import { useSlideRotation } from './useSlideRotation';

function SlideBody({ slide, year }: { slide: ResolvedSlide; year: number }) {
  if (slide.type === 'indicator') return <IndicatorSlide card={slide.card} year={year} />;
  if (slide.type === 'group') return <GroupSlide group={slide.group} cards={slide.cards} year={year} />;
  return null;
}

/** The playlist, one slide at a time, turning every `secondsPerSlide` (or on demand when `manual`). */
export function ScreenSlides({ content, manual, badge }: { content: ScreenView; manual: boolean; badge: ReactNode }) {
  const { screen, dashboard, dataVersion } = content;
  const slides = useMemo(() => resolveSlides(screen.playlist, dashboard), [screen.playlist, dashboard]);
  const { index, step, advance } = useSlideRotation(slides.length, screen.secondsPerSlide, manual);
  const slide = slides[index]!;
  const queryClient = useQueryClient();

  useEffect(() => {
    const cachedQueries = () => queryClient.getQueryCache().getAll().length;
    return exposeScreenHook({ advance, step, index, count: slides.length, dataVersion, cachedQueries });
  }, [advance, step, index, slides.length, dataVersion, queryClient]);

  return (
    <SlideFrame
      dashboard={dashboard}
      cards={slideCards(slide)}
      badge={badge}
      progress={<ProgressMark index={index} count={slides.length} step={step} seconds={screen.secondsPerSlide} manual={manual} />}
    >
      <section key={index} className={`screen-slide screen-slide--${slide.type}`} data-slide={index + 1}>
        {slide.type === 'headline' ? <HeadlineSlide dashboard={dashboard} cards={slide.cards} /> : <SlideBody slide={slide} year={dashboard.year} />}
      </section>
    </SlideFrame>
  );
}

import type { SourceRef } from '@kpi/shared';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Whether the element's text is cut (its content is wider than its box), watched as it resizes. */
function useIsCut(element: HTMLElement | null, frozen: boolean): boolean {
  const [cut, setCut] = useState(false);
  useEffect(() => {
    // While open the text is whole, and that says nothing about whether it is cut once closed.
    if (!element || frozen) return;
    const measure = () => setCut(element.scrollWidth > element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return measure();
    // The observer calls back once at the start too, after the browser's own layout: measuring here
    // at once would force a layout of the page in the task that mounts (or hydrates) every card.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, frozen]);
  return cut;
}

/**
 * Where the figure comes from, cut to a line. Where it may be opened (`expandable`, on cards) a cut
 * line becomes a button that shows it whole, as a phone has no hover for a tooltip; elsewhere (the
 * meeting-room screen, which nobody touches) the full title is in the tooltip.
 */
export function SourceLine({ source, expandable = false }: { source: SourceRef; expandable?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const cut = useIsCut(element, open);
  const label = source.number ? `${source.number} – ${source.title}` : source.title;
  const content = (
    <>
      {t.card.source}: <cite>{label}</cite>
    </>
  );
  if (expandable && (cut || open)) {
    return (
      <button
        ref={setElement}
        type="button"
        className={open ? 'card__source card__source--open' : 'card__source'}
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        {content}
      </button>
    );
  }
  return (
    <p ref={setElement} className="card__source" title={label}>
      {content}
    </p>
  );
}

import { indicatorGroups, lastOf, peerPresets, type IndicatorGroup, type Slide } from '@kpi/shared';
import { useEffect, useRef } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import type { IndicatorNames } from './slide-text';

export const slideTypes = ['headline', 'group', 'indicator', 'peers'] as const satisfies readonly Slide['type'][];

/** A slide of a type with its settings still to choose: the first group, or no indicator yet. */
export function newSlide(type: Slide['type']): Slide {
  if (type === 'group') return { type, group: indicatorGroups[0] };
  if (type === 'indicator') return { type, code: '' };
  if (type === 'peers') return { type, index: 'dti', peers: 'neighbours' };
  return { type };
}

interface SlideSettingsProps {
  slide: Slide;
  /** The slide's place in the list, as people count (1, 2…), in the reader's format. */
  number: string;
  names: IndicatorNames;
  onChange: (slide: Slide) => void;
  /** The message for the slide's indicator, after a submit that found none. */
  error?: string | undefined;
  /** Just added: focus goes to the setting it needs next. */
  focusOnMount?: boolean;
}

/** One slide's own settings: its type, and the group, indicator or peer set it shows. */
export function SlideSettings({ slide, number, names, onChange, error, focusOnMount }: SlideSettingsProps) {
  const { t } = useStaffI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The last field is the one a new slide still needs: its group or indicator, else its type.
    if (focusOnMount) lastOf([...(box.current?.querySelectorAll('select') ?? [])])?.focus();
  }, [focusOnMount]);
  const label = (text: string) => (
    <>
      {text}
      <span className="sr-only">{t.screensAdmin.ofSlide(number)}</span>
    </>
  );
  return (
    <div className="playlist__settings" ref={box}>
      <SelectField
        label={label(t.screensAdmin.slideType)}
        value={slide.type}
        onChange={(value) => onChange(newSlide(value as Slide['type']))}
        options={slideTypes.map((value) => ({ value, label: t.screensAdmin.slideTypes[value] }))}
      />
      {slide.type === 'group' && (
        <SelectField
          label={label(t.screensAdmin.group)}
          value={slide.group}
          onChange={(value) => onChange({ type: 'group', group: value as IndicatorGroup })}
          options={indicatorGroups.map((value) => ({ value, label: t.groups[value] }))}
        />
      )}
      {slide.type === 'indicator' && (
        <SelectField
          label={label(t.screensAdmin.indicator)}
          value={slide.code}
          onChange={(code) => onChange({ type: 'indicator', code })}
          placeholder={t.entry.choose}
          // A code the list does not (yet) have stays chosen, under its code.
          options={[...names, ...(slide.code && !names.has(slide.code) ? [[slide.code, slide.code] as const] : [])].map(([value, label]) => ({ value, label }))}
          error={error}
        />
      )}
      {slide.type === 'peers' && (
        <SelectField
          label={label(t.screensAdmin.peerSet)}
          value={slide.peers}
          onChange={(peers) => onChange({ ...slide, peers })}
          // A custom set (as a page's address has it) stays chosen, under its codes.
          options={[...peerPresets, ...(peerPresets.some((p) => p === slide.peers) ? [] : [slide.peers])].map((value) => ({
            value,
            label: peerPresets.some((p) => p === value) ? t.peers.presets[value as (typeof peerPresets)[number]] : value,
          }))}
        />
      )}
    </div>
  );
}

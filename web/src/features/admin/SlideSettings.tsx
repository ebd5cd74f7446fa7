import { lastOf, peerPresets, type Slide } from '@kpi/shared';
import { useEffect, useRef } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import type { SlideNames } from './slide-text';
import { useDefinitionsQuery } from '../../api/definition-hooks';
import { peerWords } from '../../i18n/peer-words';

/**
 * The codes of indicators whose published definition makes the province from its units (the only
 * ones a units slide can rank), once known; asked for only when a units slide is being set.
 */
function useUnitIndicators(wanted: boolean): ReadonlySet<string> | undefined {
  const { data } = useDefinitionsQuery(wanted);
  if (!wanted || !data) return undefined;
  return new Set(data.definitions.filter((d) => d.published && d.published.aggregation !== 'none').map((d) => d.code));
}

/** The options of an indicator select; a chosen code the list does not have stays, under its code. */
const choices = (names: readonly (readonly [string, string])[], chosen: string) =>
  [...names, ...(chosen && !names.some(([code]) => code === chosen) ? [[chosen, chosen] as const] : [])].map(([value, label]) => ({ value, label }));

export const slideTypes = ['headline', 'group', 'indicator', 'units', 'peers'] as const satisfies readonly Slide['type'][];

/** A slide of a type with its settings still to choose: the first group (its code, if any yet), no indicator yet, or the neighbours. */
export function newSlide(type: Slide['type'], names: SlideNames): Slide {
  if (type === 'group') return { type, group: names.groups[0]?.code ?? '' };
  if (type === 'indicator' || type === 'units') return { type, code: '' };
  if (type === 'peers') return { type, index: 'dti', peers: 'neighbours' };
  return { type };
}

interface SlideSettingsProps {
  slide: Slide;
  /** The slide's place in the list, as people count (1, 2…), in the reader's format. */
  number: string;
  names: SlideNames;
  onChange: (slide: Slide) => void;
  /** The message for the slide's indicator, after a submit that found none. */
  error?: string | undefined;
  /** Just added: focus goes to the setting it needs next. */
  focusOnMount?: boolean;
}

/** One slide's own settings: its type, and the group, indicator or peer set it shows. */
export function SlideSettings({ slide, number, names, onChange, error, focusOnMount }: SlideSettingsProps) {
  const { t, locale } = useStaffI18n();
  const withUnits = useUnitIndicators(slide.type === 'units');
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
        onChange={(value) => onChange(newSlide(value as Slide['type'], names))}
        options={slideTypes.map((value) => ({ value, label: t.screensAdmin.slideTypes[value] }))}
      />
      {slide.type === 'group' && (
        <SelectField
          label={label(t.screensAdmin.group)}
          value={slide.group}
          onChange={(value) => onChange({ type: 'group', group: value })}
          // A group the list does not (yet) have stays chosen, under its code, as an indicator does below.
          options={[
            ...names.groups.map((g) => [g.code, g.name[locale]] as const),
            ...(names.groups.some((g) => g.code === slide.group) ? [] : [[slide.group, slide.group] as const]),
          ].map(([value, label]) => ({ value, label }))}
        />
      )}
      {(slide.type === 'indicator' || slide.type === 'units') && (
        <SelectField
          label={label(t.screensAdmin.indicator)}
          value={slide.code}
          onChange={(code) => onChange({ type: slide.type, code })}
          placeholder={t.entry.choose}
          hint={slide.type === 'units' ? (withUnits?.size === 0 ? t.screensAdmin.noUnitIndicators : t.screensAdmin.unitsHint) : undefined}
          // A code the list does not (yet) have stays chosen, under its code.
          options={choices(
            slide.type === 'units' && withUnits ? [...names.indicators].filter(([code]) => withUnits.has(code)) : [...names.indicators],
            slide.code,
          )}
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
            label: peerPresets.some((p) => p === value) ? peerWords[locale].presets[value as (typeof peerPresets)[number]] : value,
          }))}
        />
      )}
    </div>
  );
}

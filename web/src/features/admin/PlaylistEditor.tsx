import { formatNumber, type Slide } from '@kpi/shared';
import { useId, useState } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { SelectField } from '../../ui/form/SelectField';
import { newSlide, SlideSettings, slideTypes } from './SlideSettings';
import type { SlideNames } from './slide-text';

interface PlaylistEditorProps {
  playlist: readonly Slide[];
  onChange: (playlist: Slide[]) => void;
  names: SlideNames;
  error?: string | undefined;
  /** A slide's message by its index (an indicator still to choose), after a submit. */
  slideError?: (index: number) => string | undefined;
  /** The list's heading: the screen's default slides unless a scheduled set's. */
  legend?: string;
  /** Added, unseen, to each control's name where several lists share a form (` – khung giờ 2`). */
  scope?: string;
}

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/**
 * The slides a screen shows in turn, each with its own settings, order and removal; apart from
 * them, the control that adds a slide, which then appears last with focus on its settings.
 */
export function PlaylistEditor({ playlist, onChange, names, error, slideError, legend, scope = '' }: PlaylistEditorProps) {
  const { t, locale } = useStaffI18n();
  const [type, setType] = useState<Slide['type']>('group');
  const [added, setAdded] = useState<number | null>(null);
  const id = useId();
  const n = (index: number) => formatNumber(index + 1, locale);
  // The number as controls are named: with the list's scope, so no two controls of the form share a name.
  const named = (index: number) => `${n(index)}${scope}`;
  const unseen = scope && <span className="sr-only">{scope}</span>;
  const change = (next: Slide[]) => {
    setAdded(null);
    onChange(next);
  };
  const add = () => {
    onChange([...playlist, newSlide(type, names)]);
    setAdded(playlist.length);
  };
  return (
    <>
      <fieldset className="form-section playlist-editor">
        <legend>{legend ?? t.screensAdmin.playlist}</legend>
        {playlist.length === 0 ? (
          <p className="muted">{t.screensAdmin.noSlides}</p>
        ) : (
          <ol className="playlist">
            {playlist.map((slide, index) => (
              <li key={index} className="playlist__slide">
                <fieldset className="playlist__fieldset">
                  <legend className="playlist__number">{t.screensAdmin.slideNumber(n(index))}</legend>
                  <SlideSettings
                    slide={slide}
                    number={named(index)}
                    names={names}
                    error={slideError?.(index)}
                    focusOnMount={added === index}
                    onChange={(next) => change(playlist.map((s, i) => (i === index ? next : s)))}
                  />
                </fieldset>
                <span className="playlist__buttons">
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t.screensAdmin.moveUp(named(index))}
                    disabled={index === 0}
                    onClick={() => change(move(playlist, index, index - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t.screensAdmin.moveDown(named(index))}
                    disabled={index === playlist.length - 1}
                    onClick={() => change(move(playlist, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={t.screensAdmin.remove(named(index))}
                    onClick={() => change(playlist.filter((_, i) => i !== index))}
                  >
                    ✖
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <FieldMessages id={id} error={error} />
      </fieldset>
      <fieldset className="form-section playlist-add">
        <legend>
          {t.screensAdmin.addSlide}
          {unseen}
        </legend>
        <div className="playlist-add__row">
          <SelectField
            label={
              <>
                {t.screensAdmin.newSlideType}
                {unseen}
              </>
            }
            value={type}
            onChange={(value) => setType(value as Slide['type'])}
            options={slideTypes.map((value) => ({ value, label: t.screensAdmin.slideTypes[value] }))}
          />
          <button type="button" className="button button--quiet" onClick={add}>
            <span aria-hidden="true">+ </span>
            {t.screensAdmin.addSlide}
            {unseen}
          </button>
        </div>
      </fieldset>
    </>
  );
}

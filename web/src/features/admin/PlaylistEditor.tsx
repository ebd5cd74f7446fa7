import { formatNumber, indicatorGroups, type IndicatorGroup, type Slide } from '@kpi/shared';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { SelectField } from '../../ui/form/SelectField';
import { slideText, type IndicatorNames } from './slide-text';

interface PlaylistEditorProps {
  playlist: readonly Slide[];
  onChange: (playlist: Slide[]) => void;
  names: IndicatorNames;
  error?: string | undefined;
}

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** The slides a screen shows in turn: add a headline, a group or an indicator; reorder; remove. */
export function PlaylistEditor({ playlist, onChange, names, error }: PlaylistEditorProps) {
  const { t, locale } = useI18n();
  const [type, setType] = useState<Slide['type']>('group');
  const [group, setGroup] = useState<IndicatorGroup>(indicatorGroups[0]);
  const [code, setCode] = useState('');
  const add = () => {
    const slide: Slide = type === 'headline' ? { type } : type === 'group' ? { type, group } : { type, code };
    onChange([...playlist, slide]);
  };
  const id = useId();
  const n = (index: number) => formatNumber(index + 1, locale);
  return (
    <fieldset className="form-section playlist-editor">
      <legend>{t.screensAdmin.playlist}</legend>
      {playlist.length === 0 ? (
        <p className="muted">{t.screensAdmin.noSlides}</p>
      ) : (
        <ol className="playlist">
          {playlist.map((slide, index) => (
            <li key={index} className="playlist__slide">
              <span className="playlist__text">
                <span className="playlist__number">{t.screensAdmin.slideNumber(n(index))}</span> {slideText(slide, t, names)}
              </span>
              <span className="playlist__buttons">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t.screensAdmin.moveUp(n(index))}
                  disabled={index === 0}
                  onClick={() => onChange(move(playlist, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t.screensAdmin.moveDown(n(index))}
                  disabled={index === playlist.length - 1}
                  onClick={() => onChange(move(playlist, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={t.screensAdmin.remove(n(index))}
                  onClick={() => onChange(playlist.filter((_, i) => i !== index))}
                >
                  ✖
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <FieldMessages id={id} error={error} />
      <div className="field-grid playlist__add">
        <SelectField
          label={t.screensAdmin.slideType}
          value={type}
          onChange={(value) => setType(value as Slide['type'])}
          options={(['headline', 'group', 'indicator'] as const).map((value) => ({ value, label: t.screensAdmin.slideTypes[value] }))}
        />
        {type === 'group' && (
          <SelectField
            label={t.screensAdmin.group}
            value={group}
            onChange={(value) => setGroup(value as IndicatorGroup)}
            options={indicatorGroups.map((value) => ({ value, label: t.groups[value] }))}
          />
        )}
        {type === 'indicator' && (
          <SelectField
            label={t.screensAdmin.indicator}
            value={code}
            onChange={setCode}
            placeholder={t.entry.choose}
            options={[...names].map(([value, label]) => ({ value, label }))}
          />
        )}
      </div>
      <div className="actions">
        <button type="button" className="button button--quiet" disabled={type === 'indicator' && !code} onClick={add}>
          <span aria-hidden="true">+ </span>
          {t.screensAdmin.addSlide}
        </button>
      </div>
    </fieldset>
  );
}

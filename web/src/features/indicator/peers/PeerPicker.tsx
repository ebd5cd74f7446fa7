import { peerPresets, rankedInYear, type PeerSet, type Province } from '@kpi/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { peerWords } from '../../../i18n/peer-words';

const choices = [...peerPresets, 'custom'] as const;

/** A province's name, with the era where the 63 and the 34 share it (Bắc Ninh before and after 2025). */
function label(province: Province, all: readonly Province[]): string {
  const shared = all.filter((p) => p.name === province.name).length > 1;
  return shared ? `${province.name} (${province.validFrom ? `≥ ${province.validFrom.slice(0, 4)}` : `≤ ${province.validTo?.slice(0, 4)}`})` : province.name;
}

/** The presets, and for a custom set the chosen provinces with a list to add more. */
export function PeerPicker({ set, provinces, onChange }: { set: PeerSet; provinces: readonly Province[]; onChange: (set: PeerSet) => void }) {
  const { locale } = useI18n();
  const p = peerWords[locale];
  const name = useId();
  const chosen = set.preset === 'custom' ? set.provinces : [];
  const byCode = new Map(provinces.map((x) => [x.code, x]));
  const addable = provinces
    .filter((x) => x.code !== 'lang-son' && !chosen.includes(x.code) && (rankedInYear(x, 2023) || rankedInYear(x, 2024)))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <>
      <fieldset className="peer-picker">
        <legend>{p.choose}</legend>
        {choices.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={set.preset === choice}
              onChange={() => onChange(choice === 'custom' ? { preset: 'custom', provinces: chosen } : { preset: choice })}
            />
            {p.presets[choice]}
          </label>
        ))}
      </fieldset>
      {set.preset === 'custom' && (
        <>
          <ul className="peer-chosen">
            {chosen.map((code) => {
              const province = byCode.get(code);
              const text = province ? label(province, provinces) : code;
              return (
                <li key={code}>
                  <button type="button" aria-label={p.remove(text)} onClick={() => onChange({ preset: 'custom', provinces: chosen.filter((c) => c !== code) })}>
                    {text} ✕
                  </button>
                </li>
              );
            })}
          </ul>
          <label className="peer-picker">
            {p.add}
            <select value="" onChange={(e) => e.target.value && onChange({ preset: 'custom', provinces: [...chosen, e.target.value] })}>
              <option value="">{p.addNone}</option>
              {addable.map((x) => (
                <option key={x.code} value={x.code}>
                  {label(x, provinces)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </>
  );
}

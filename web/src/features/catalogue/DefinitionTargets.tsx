import { formatNumber } from '@kpi/shared';
import { useIndicatorQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { targetText } from '../../ui/figure-text';
import { QueryState } from '../../ui/QueryState';

/**
 * The published indicator's targets by year with the documents that set them, read-only: targets
 * are entered, with their documents, on the entry page.
 */
export function DefinitionTargets({ code }: { code: string }) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.targets;
  const query = useIndicatorQuery(code);
  return (
    <section className="panel" aria-labelledby="definition-targets-heading">
      <h3 id="definition-targets-heading">{words.title}</h3>
      <p className="field__hint">{words.hint}</p>
      <QueryState query={query}>
        {({ indicator, targets }) => {
          const sorted = [...targets].sort((a, b) => a.year - b.year || b.revision - a.revision);
          if (sorted.length === 0) return <p>{words.none}</p>;
          return (
            <ul className="target-list">
              {sorted.map((target) => (
                <li key={`${target.year}-${target.revision}`} className="target-list__item">
                  <strong>
                    {target.year}: {targetText(target, indicator, t, locale)}
                  </strong>
                  {target.source && <span>{target.source.number ? `${target.source.number} – ${target.source.title}` : target.source.title}</span>}
                  <span>
                    <span aria-hidden="true">{target.inForce ? '✔ ' : '↺ '}</span>
                    {target.inForce ? words.inForce : words.superseded(formatNumber(target.revision, locale))}
                  </span>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}

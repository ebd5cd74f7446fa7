import { formatNumber, type Indicator, type Target } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { targetText } from '../../ui/figure-text';
import { sourceLabel } from '../entry/SourcePicker';
import { SourceFileLink } from '../entry/SourceFileLink';

interface TargetYearListProps {
  indicator: Indicator;
  targets: readonly Target[];
  /** Given to those who may revise: each year's target in force gets a button that opens it. */
  onRevise?: ((year: number) => void) | undefined;
}

/**
 * Every target by year, the one in force first, each with the document that sets it and a link to
 * that document's stored file; in force or superseded is said in words, not by shading.
 */
export function TargetYearList({ indicator, targets, onRevise }: TargetYearListProps) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.targets;
  const sorted = [...targets].sort((a, b) => a.year - b.year || b.revision - a.revision);
  if (sorted.length === 0) return <p>{words.none}</p>;
  return (
    <ul className="target-list">
      {sorted.map((target) => (
        <li key={`${target.year}-${target.revision}`} className={`target-list__item${target.inForce ? '' : ' target-list__item--superseded'}`}>
          <strong>
            {target.year}: {targetText(target, indicator, t, locale)}
          </strong>
          <span>
            {words.document}: {target.source ? <cite lang="vi">{sourceLabel(target.source)}</cite> : words.noDocument}
          </span>
          {target.source?.file && <SourceFileLink source={target.source} file={target.source.file} />}
          <span>
            <span aria-hidden="true">{target.inForce ? '✔ ' : '↺ '}</span>
            {target.inForce ? words.inForce : words.superseded(formatNumber(target.revision, locale))}
          </span>
          {target.inForce && onRevise && (
            <button type="button" className="button button--quiet" onClick={() => onRevise(target.year)}>
              {words.revise(target.year)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

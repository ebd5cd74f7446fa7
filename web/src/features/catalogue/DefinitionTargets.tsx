import { roleAtLeast, type User } from '@kpi/shared';
import { useEffect, useRef, useState } from 'react';
import { useIndicatorQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { TargetForm } from '../entry/TargetForm';
import { TargetYearList } from './TargetYearList';
import { TargetYearPicker } from './TargetYearPicker';

/**
 * The published indicator's targets by year with the documents that set them, and — for those the
 * API lets set targets (approvers) — the entry page's target form, for any year, with its source
 * picker: an existing document, or a new one with its scanned file. Targets have no drafts: an
 * approver's save is in force at once, as on the entry page.
 */
export function DefinitionTargets({ code, user }: { code: string; user: User }) {
  const { t } = useStaffI18n();
  const words = t.catalogue.targets;
  const query = useIndicatorQuery(code);
  const [year, setYear] = useState<number | null>(null);
  const formArea = useRef<HTMLDivElement>(null);
  // An opened form takes the reader to its first field, not back to the top of the list.
  useEffect(() => {
    if (year !== null) formArea.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [year]);
  const mayRevise = roleAtLeast(user.role, 'approver');
  return (
    <section className="panel" aria-labelledby="definition-targets-heading">
      <h3 id="definition-targets-heading">{words.title}</h3>
      <p className="field__hint">{words.hint}</p>
      <QueryState query={query}>
        {({ indicator, targets }) => {
          // As on the entry page: a milestone is done or not, there is no number to aim at.
          const editable = mayRevise && indicator.kind !== 'milestone';
          return (
            <>
              <TargetYearList indicator={indicator} targets={targets} onRevise={editable ? setYear : undefined} />
              {mayRevise && !editable && <p className="field__hint">{words.milestone}</p>}
              {editable && <TargetYearPicker onPick={setYear} />}
              {editable && year !== null && (
                <div ref={formArea} className="target-editor">
                  {/* Keyed by year: another year starts from that year's target in force, or blank. */}
                  <TargetForm
                    key={year}
                    indicator={indicator}
                    year={year}
                    inForce={targets.find((target) => target.year === year && target.inForce) ?? null}
                    headingLevel={4}
                  />
                  <button type="button" className="button button--quiet" onClick={() => setYear(null)}>
                    {words.close}
                  </button>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

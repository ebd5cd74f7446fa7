import type { RevisionState } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

const ICONS: Record<RevisionState, string> = { draft: '✎', published: '✔', returned: '↩', superseded: '⟲' };

/** A revision's state as an icon and a word (never by colour alone). */
export function RevisionBadge({ state }: { state: RevisionState }) {
  const { t } = useStaffI18n();
  return (
    <span className={`revision-badge revision--${state}`}>
      <span aria-hidden="true">{ICONS[state]} </span>
      {t.revisionState[state]}
    </span>
  );
}

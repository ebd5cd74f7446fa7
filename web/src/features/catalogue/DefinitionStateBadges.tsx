import type { DefinitionListEntry, DefinitionState } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

type Shown = 'published' | 'draft' | 'returned' | 'retired';
const ICONS: Record<Shown, string> = { published: '✔', draft: '✎', returned: '↩', retired: '⏹' };

function Badge({ shown, children }: { shown: Shown; children: string }) {
  return (
    <span className={`definition-state definition-state--${shown}`}>
      <span aria-hidden="true">{ICONS[shown]} </span>
      {children}
    </span>
  );
}

/**
 * Where an indicator's definition stands, as icons and words (never colour alone): published or
 * retired from a year, and beside it a pending draft and who wrote it; a returned draft says who
 * returned it (the list carries each entry's newest revision, the indicator's page its history).
 */
export function DefinitionStateBadges({ entry }: { entry: DefinitionState | DefinitionListEntry }) {
  const { t } = useStaffI18n();
  const { published, draft } = entry;
  const latest = 'history' in entry ? entry.history[0] : entry.latest;
  const retiring = draft?.definition.retiredFrom != null && draft.definition.retiredFrom !== published?.retiredFrom;
  return (
    <span className="definition-states">
      {published &&
        (published.retiredFrom !== null ? (
          <Badge shown="retired">{t.catalogue.state.retired(String(published.retiredFrom))}</Badge>
        ) : (
          <Badge shown="published">{t.catalogue.state.published}</Badge>
        ))}
      {draft && retiring && <Badge shown="draft">{t.catalogue.state.retiring(String(draft.definition.retiredFrom))}</Badge>}
      {draft && !retiring && <Badge shown="draft">{t.catalogue.state.draft(draft.createdBy)}</Badge>}
      {!draft && latest?.state === 'returned' && <Badge shown="returned">{t.catalogue.state.returned(latest.reviewedBy ?? '')}</Badge>}
    </span>
  );
}

import type { EntryStatus } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { firstWords } from './first-words';

type Shown = EntryStatus['state'] | 'none';
const ICONS: Record<Shown, string> = { published: '✔', draft: '✎', returned: '↩', none: '○' };

/**
 * Where one figure of the year stands, as an icon and words (never colour alone): a returned one
 * quotes the start of the approver's comment, so the analyst sees why before opening it.
 */
export function EntryStateBadge({ status, id }: { status: EntryStatus | undefined; id: string }) {
  const { t } = useStaffI18n();
  const shown: Shown = status?.state ?? 'none';
  const words = status?.state === 'returned' && status.returnComment ? t.entry.returnedWith(firstWords(status.returnComment)) : t.entry.entryState[shown];
  return (
    <span id={id} className={`entry-state entry-state--${shown}`}>
      <span aria-hidden="true">{ICONS[shown]} </span>
      {words}
    </span>
  );
}

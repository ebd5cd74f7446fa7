import type { SourceRef } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

/** Where the figure comes from; long titles are cut to a line, the full title in the tooltip. */
export function SourceLine({ source }: { source: SourceRef }) {
  const { t } = useI18n();
  const label = source.number ? `${source.number} – ${source.title}` : source.title;
  return (
    <p className="card__source" title={label}>
      {t.card.source}: <cite>{label}</cite>
    </p>
  );
}

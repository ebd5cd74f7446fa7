import { changeSince, formatDateTime, formatFileSize, type Indicator, type PendingDraft, type Revision } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { changeText } from '../../ui/ChangeLabel';
import { figureText } from '../../ui/figure-text';
import { BasisMark } from '../../ui/BasisMark';

/**
 * What an approver judges a draft by: the figure beside last year's and the change, the document
 * with where in it and what it says, the stored file to check against, and who entered it.
 */
export function DraftEvidence({ state, draft, indicator }: { state: PendingDraft; draft: Revision; indicator: Indicator }) {
  const { t, locale } = useStaffI18n();
  const a = t.approval;
  const { figure } = draft;
  const { source } = figure;
  const change = changeSince(indicator, state.previous, figure);
  const warnings = draft.acknowledgedWarnings.map((code) => t.warnings.names[code]).join(', ');
  return (
    <dl className="draft__facts">
      <div>
        <dt>{a.draftOf(state.year)}</dt>
        <dd className="draft__figure">
          {figureText(figure, indicator, t, locale)}
          <BasisMark basis={figure.basis} spaced />
        </dd>
      </div>
      {state.published && (
        <div>
          <dt>{a.publishedOf(state.year)}</dt>
          <dd>
            {figureText(state.published.figure, indicator, t, locale)}
            <BasisMark basis={state.published.figure.basis} spaced />
          </dd>
        </div>
      )}
      <div>
        <dt>{a.previousOf(state.year - 1)}</dt>
        <dd>{state.previous ? figureText(state.previous, indicator, t, locale) : a.noPrevious}</dd>
      </div>
      <div>
        <dt>{a.change}</dt>
        <dd>{change ? changeText(change, indicator, t, locale) : a.noChange}</dd>
      </div>
      <div className="draft__wide">
        <dt>{t.card.source}</dt>
        <dd>{source ? <cite lang="vi">{source.number ? `${source.number} – ${source.title}` : source.title}</cite> : '—'}</dd>
      </div>
      <div>
        <dt>{a.locator}</dt>
        <dd>{figure.locator ?? a.noLocator}</dd>
      </div>
      <div>
        <dt>{a.quote}</dt>
        <dd>{figure.publishedText ? <q lang="vi">{figure.publishedText}</q> : a.noQuote}</dd>
      </div>
      <div>
        <dt>{a.file}</dt>
        <dd>
          {source?.file ? (
            // The app serves the stored scan itself, so it opens on an intranet with no way out.
            <a href={`/api/sources/${source.id}/file`} type={source.file.mediaType} target="_blank" rel="noopener">
              {a.openFile(source.file.name, formatFileSize(source.file.size, locale))}
            </a>
          ) : (
            a.noFile
          )}
        </dd>
      </div>
      <div>
        <dt>{a.author}</dt>
        <dd>{a.authorAt(state.authorName, formatDateTime(draft.createdAt, locale))}</dd>
      </div>
      <div>
        <dt>{a.warnings}</dt>
        <dd>{warnings ? <>⚠ {warnings}</> : a.noWarnings}</dd>
      </div>
    </dl>
  );
}

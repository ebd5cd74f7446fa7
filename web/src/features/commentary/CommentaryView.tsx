import { analysisParagraphs, formatDate, isOverdue, todayIn, type CommentaryAction, type Locale } from '@kpi/shared';
import { commentaryWords } from '../../i18n/commentary-words';
import './commentary.css';

type ActionState = 'done' | 'overdue' | 'open';

/** Each state with an icon and a word: never told by colour alone. */
const ICONS: Record<ActionState, string> = { done: '✔', overdue: '⚠', open: '◷' };

function stateOf(action: CommentaryAction, today: string): ActionState {
  return action.done ? 'done' : isOverdue(action, today) ? 'overdue' : 'open';
}

/** The actions as a table: what, who, by when, and whether it is done, in time or overdue. */
export function ActionTable({ actions, locale, today = todayIn(new Date()) }: { actions: CommentaryAction[]; locale: Locale; today?: string }) {
  const w = commentaryWords[locale];
  return (
    <table className="data-table commentary-actions">
      <caption className="data-table__caption">{w.actionsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.colWhat}</th>
          <th scope="col">{w.colWho}</th>
          <th scope="col">{w.colDue}</th>
          <th scope="col">{w.colState}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action, i) => {
          const state = stateOf(action, today);
          return (
            <tr key={i} className={`commentary-actions__row commentary-actions__row--${state}`}>
              <td>{action.what}</td>
              <td>{action.who}</td>
              <td>{action.due ? formatDate(action.due, locale) : w.ongoing}</td>
              <td className={`commentary-state commentary-state--${state}`}>
                <span aria-hidden="true">{ICONS[state]} </span>
                {w[state]}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** An analysis in its paragraphs, then its actions. */
export function CommentaryView({ analysis, actions, locale }: { analysis: string; actions: CommentaryAction[]; locale: Locale }) {
  return (
    <>
      {analysisParagraphs(analysis).map((p, i) => (
        <p key={i} className="commentary__paragraph">
          {p}
        </p>
      ))}
      {actions.length > 0 && <ActionTable actions={actions} locale={locale} />}
    </>
  );
}

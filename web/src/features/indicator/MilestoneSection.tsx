import { NoteText } from '../../ui/NoteText';
import { formatDate, formatNumber, type DashboardCard } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useI18n } from '../../i18n/useI18n';
import { StatusBadge } from '../../ui/StatusBadge';
import { statusReasonText, dueDateOf } from '../../ui/status-reason';
import { indicatorHref } from './links';
import './milestones.css';

/** One task: its name (to its page), status badge, state, due or done date, last report and note. */
function MilestoneItem({ card, year }: { card: DashboardCard; year: number }) {
  const { t, locale } = useI18n();
  const { indicator, figure, status } = card;
  const milestone = figure?.kind === 'milestone' ? figure : null;
  const { reason } = status;
  return (
    <li className={`milestone card--${status.status}`}>
      <div className="milestone__top">
        <h3 className="milestone__title">
          <Link to={indicatorHref(indicator.code, year, locale)}>{indicator.name[locale]}</Link>
        </h3>
        <StatusBadge {...status} />
      </div>
      {milestone ? (
        <p className="milestone__state">
          <strong>{t.milestone[milestone.state]}</strong>
          {milestone.date && (
            <span>
              {milestone.state === 'done' ? t.milestones.doneOn(formatDate(milestone.date, locale)) : t.milestones.due(formatDate(milestone.date, locale))}
            </span>
          )}
          {milestone.asOf && <span>{t.milestones.reported(formatDate(milestone.asOf, locale))}</span>}
        </p>
      ) : (
        <p className="milestone__state">{t.card.noFigure}</p>
      )}
      {/* Overdue says so in words, with the date: a leader must not read "in progress" for a task past due. */}
      {reason === 'milestone-overdue' && <p className="milestone__alert">{statusReasonText(reason, dueDateOf(milestone), t, locale)}</p>}
      {(milestone?.note || milestone?.noteEn) && (
        <p className="milestone__note">
          <NoteText note={milestone} />
        </p>
      )}
    </li>
  );
}

/** The report's key tasks, tracked by state and due date, in a section of their own beside the numbers. */
export function MilestoneSection({ cards, year }: { cards: DashboardCard[]; year: number }) {
  const { t, locale } = useI18n();
  if (cards.length === 0) return null;
  return (
    <section className="group milestones" aria-labelledby="group-milestones">
      <h2 id="group-milestones" className="group__heading">
        {t.milestones.heading}
        <span className="group__count">{t.milestones.count(formatNumber(cards.length, locale))}</span>
      </h2>
      <p className="milestones__hint sr-only-on-phone">{t.milestones.hint}</p>
      <ul className="milestone-list">
        {cards.map((card) => (
          <MilestoneItem key={card.indicator.code} card={card} year={year} />
        ))}
      </ul>
    </section>
  );
}

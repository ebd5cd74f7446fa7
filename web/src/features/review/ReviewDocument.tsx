import { formatDateTime, type Review } from '@kpi/shared';
import { useReviewI18n } from '../../i18n/review-words';

/** "[1][2]" after a sentence: links to the numbered sources below, named for screen readers. */
function Refs({ refs }: { refs: number[] }) {
  const { t } = useReviewI18n();
  return refs.map((n) => (
    <sup key={n} className="review__ref">
      <a href={`#review-source-${n}`} aria-label={t.review.refLabel(n)}>
        [{n}]
      </a>
    </sup>
  ));
}

/**
 * The review as a document in the report's register: title, introduction, one heading per group
 * of indicators, each figure's sentence with its numbered sources, where each indicator is heading
 * (projections and trends, sourced the same way), the published analysis and actions, the data-quality notes, then
 * the sources (document number, title, where in it) — footnotes on paper.
 */
export function ReviewDocument({ review }: { review: Review }) {
  const { t, locale } = useReviewI18n();
  return (
    <article className="review" lang={review.locale}>
      <h2 className="review__title">{review.title}</h2>
      <p className="review__meta">{t.review.generatedAt(formatDateTime(review.generatedAt, locale))}</p>
      <p className="review__note">{t.review.draftNote}</p>
      <p className="review__intro">{review.intro}</p>
      {review.sections.map((section) => (
        <section key={section.group} className="review__section" aria-labelledby={`review-${section.group}`}>
          <h3 id={`review-${section.group}`}>{section.heading}</h3>
          {section.sentences.map((s) => (
            <p key={s.indicatorCode} className="review__sentence">
              {s.text}
              <Refs refs={s.refs} />
            </p>
          ))}
        </section>
      ))}
      <section className="review__section review__outlook" aria-labelledby="review-outlook">
        <h3 id="review-outlook">{review.outlook.heading}</h3>
        {review.outlook.sentences.map((s) => (
          <p key={s.indicatorCode} className="review__sentence">
            {s.text}
            <Refs refs={s.refs} />
          </p>
        ))}
        {review.outlook.empty && <p className="review__sentence">{review.outlook.empty}</p>}
      </section>
      {review.amongProvinces && (
        <section className="review__section" aria-labelledby="review-among-provinces">
          <h3 id="review-among-provinces">{review.amongProvinces.heading}</h3>
          <p className="review__sentence">
            {review.amongProvinces.text}
            <Refs refs={review.amongProvinces.refs} />
          </p>
        </section>
      )}
      <section className="review__section review__tasks" aria-labelledby="review-tasks">
        <h3 id="review-tasks">{review.tasks.heading}</h3>
        {review.tasks.items.map((item) => (
          <div key={`${item.indicatorCode}/${item.orgUnit}`} className="review__task">
            <h4>{item.title}</h4>
            {item.analysis.map((p) => (
              <p key={p} className="review__sentence">
                {p}
              </p>
            ))}
            {item.actions.length > 0 && (
              <ul>
                {item.actions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
        {review.tasks.empty && <p className="review__sentence">{review.tasks.empty}</p>}
      </section>
      {review.caveats.length > 0 && (
        <section className="review__section review__caveats" aria-labelledby="review-caveats">
          <h3 id="review-caveats">{t.review.caveats}</h3>
          <ul>
            {review.caveats.map((c) => (
              <li key={c.text}>
                {c.text}
                <Refs refs={c.refs} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {review.sources.length > 0 && (
        <section className="review__section review__sources" aria-labelledby="review-sources">
          <h3 id="review-sources">{t.review.sources}</h3>
          <ol>
            {review.sources.map((s) => (
              <li key={s.n} id={`review-source-${s.n}`} value={s.n}>
                <span className="review__source-n">[{s.n}]</span> {s.label}
                {s.source.url && (
                  <>
                    {' — '}
                    <a href={s.source.url} className="review__source-url">
                      {s.source.url}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

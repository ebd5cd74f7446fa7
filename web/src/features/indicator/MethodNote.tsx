import { useIndicatorI18n } from '../../i18n/indicator-words';

/** The method in a few sentences, the target of every "how it is calculated" link (docs/progress-method.md). */
export function MethodNote() {
  const { t } = useIndicatorI18n();
  const p = t.indicatorPage;
  return (
    <section id="method" className="detail-section method" aria-labelledby="method-heading" tabIndex={-1}>
      <h3 id="method-heading">{p.methodHeading}</h3>
      <p>{p.methodText}</p>
      <p>{p.methodBands}</p>
      <p>{p.methodMilestone}</p>
    </section>
  );
}

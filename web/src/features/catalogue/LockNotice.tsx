import { Link } from '../../app/routing';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** Why kind and unit cannot change once figures exist, and the way out: a new indicator continuing the series. */
export function LockNotice({ code }: { code: string }) {
  const { t } = useStaffI18n();
  return (
    <section className="panel lock-notice" aria-labelledby="lock-heading">
      <h3 id="lock-heading">
        <span aria-hidden="true">⚠ </span>
        {t.catalogue.lockTitle}
      </h3>
      <p>{t.catalogue.lockReason}</p>
      <div className="actions">
        <Link className="button" to={`/catalogue/new?continues=${encodeURIComponent(code)}`}>
          {t.catalogue.startContinuation}
        </Link>
      </div>
    </section>
  );
}

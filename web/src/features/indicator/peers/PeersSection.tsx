import { formatPeerSet, parsePeerSet, peerQuery, roleAtLeast, type PeerSet, type RankingIndex } from '@kpi/shared';
import { lazy, Suspense, useEffect } from 'react';
import { Link, useSearchParams } from '../../../app/routing';
import { usePeerRanksQuery, useProvincesQuery } from '../../../api/ranking-hooks';
import { useMeQuery } from '../../../api/session-hooks';
import { useI18n } from '../../../i18n/useI18n';
import { useNearViewport } from '../../../ui/trend/useNearViewport';
import { PeerPicker } from './PeerPicker';
import { PeerRankTable } from './PeerRankTable';
import { peerRows, type PeerRow } from './peer-rows';
import './peers.css';
import { peerWords } from '../../../i18n/peer-words';

// Recharts stays in its own chunk, drawn once the section nears the screen, as the series chart is.
const PeerRankChart = lazy(() => import('./PeerRankChart'));

/** Where this browser keeps the last set chosen, for a visit whose address names none. */
const STORED = 'kpi.peers';

function storedSet(): string | null {
  try {
    return localStorage.getItem(STORED);
  } catch {
    return null;
  }
}

function LazyChart({ rows, years }: { rows: PeerRow[]; years: number[] }) {
  const { t, locale } = useI18n();
  const [ref, near] = useNearViewport<HTMLElement>();
  const placeholder = <div className="peer-chart">{t.chart.loading}</div>;
  return (
    <figure ref={ref}>
      <figcaption className="data-table__caption">{peerWords[locale].chartLabel}</figcaption>
      {near ? (
        <Suspense fallback={placeholder}>
          <PeerRankChart rows={rows} years={years} />
        </Suspense>
      ) : (
        placeholder
      )}
    </figure>
  );
}

/**
 * A ranking indicator's page: Lạng Sơn's rank beside the chosen peers, as a chart and a table,
 * with the 2024 break said in words. The set lives in the address (`?peers=`), so a link shows
 * the same comparison; the last one chosen is kept in this browser for the next visit.
 */
export function PeersSection({ index }: { index: RankingIndex }) {
  const { locale } = useI18n();
  const p = peerWords[locale];
  const [params, setParams] = useSearchParams();
  const set = parsePeerSet(params.get('peers') ?? storedSet());
  const { provinces, top } = peerQuery(set);
  const ranks = usePeerRanksQuery(index, provinces, top);
  const all = useProvincesQuery();
  const me = useMeQuery().data;

  const value = formatPeerSet(set);
  useEffect(() => {
    try {
      localStorage.setItem(STORED, value);
    } catch {
      // Private browsing: the address still carries the set.
    }
  }, [value]);

  const choose = (next: PeerSet) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.set('peers', formatPeerSet(next));
        return out;
      },
      { replace: true },
    );

  const built = ranks.data ? peerRows(ranks.data) : null;
  return (
    <section className="detail-section peer-section" aria-labelledby="peers-heading">
      <h3 id="peers-heading">{p.heading}</h3>
      <PeerPicker set={set} provinces={all.data?.provinces ?? []} onChange={choose} />
      <p className="peer-table__footnote">{p.shareNote}</p>
      {!built ? (
        <p>{p.loading}</p>
      ) : (
        <>
          <LazyChart rows={built.rows} years={built.years} />
          <p className="peer-break">
            <span aria-hidden="true">⚠ </span>
            {p.breakNote}
          </p>
          <PeerRankTable data={ranks.data!} rows={built.rows} years={built.years} />
          {built.without.length > 0 && <p>{p.without(built.without.map((x) => x.name).join(', '))}</p>}
        </>
      )}
      {/* Approvers add the rows a published table has and the page lacks. */}
      {me && roleAtLeast(me.role, 'approver') && (
        <p>
          <Link to={`/import/rankings/${index}`}>{p.importLink}</Link>
        </p>
      )}
    </section>
  );
}

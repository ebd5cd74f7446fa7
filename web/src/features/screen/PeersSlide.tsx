import { formatRank, HOME_PROVINCE, type PeerRanks } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';
import { peerRows } from '../indicator/peers/peer-rows';
import { peerWords } from '../../i18n/peer-words';

/** Rows a slide holds: Lạng Sơn and the peers nearest the top, readable from the back of a room. */
const ROWS_MAX = 8;
/** The latest years: a screen has room for a few columns in large type. */
const YEARS_MAX = 5;

/**
 * Lạng Sơn's rank beside its peers by year, as the indicator page's table has it, in large type,
 * with the 2024 break said in words. A table, not a chart: read across a room, numbers beat lines.
 */
export function PeersSlide({ ranks }: { ranks: PeerRanks }) {
  const { locale } = useI18n();
  const p = peerWords[locale];
  const { rows, years: all } = peerRows(ranks);
  const years = all.slice(-YEARS_MAX);
  return (
    <>
      <h2 className="screen-slide__title">{p.heading}</h2>
      <table className="screen-peers">
        <caption className="sr-only">{p.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.colProvince}</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, ROWS_MAX).map((row) => (
            <tr key={row.province.code} className={row.province.code === HOME_PROVINCE ? 'screen-peers__home' : undefined}>
              <th scope="row">{row.province.name}</th>
              {years.map((year) => {
                const rank = row.ranks.get(year);
                return <td key={year}>{rank ? formatRank(rank.rank, rank.outOf, locale) : <span aria-label={p.noRankLabel}>{p.noRank}</span>}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="screen-peers__note">
        <span aria-hidden="true">⚠ </span>
        {p.breakNote}
      </p>
    </>
  );
}

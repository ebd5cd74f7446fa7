import { formatNumber, formatRank, HOME_PROVINCE, type PeerRanks } from '@kpi/shared';
import { useI18n } from '../../../i18n/useI18n';
import type { PeerRow } from './peer-rows';
import { peerWords } from '../../../i18n/peer-words';

/** The ranks as a table, a row per province and a column per year, and the median score beneath. */
export function PeerRankTable({ data, rows, years }: { data: PeerRanks; rows: PeerRow[]; years: number[] }) {
  const { locale } = useI18n();
  const p = peerWords[locale];
  const sourceNumber = new Map(data.sources.map((s, i) => [s.id, i + 1]));
  const names = (list: { name: string }[]) => list.map((x) => x.name).join(', ');
  return (
    <div className="data-table__scroll">
      <table className="data-table peer-table">
        <caption className="data-table__caption">{p.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.colProvince}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="data-table__number">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.province.code} className={row.province.code === HOME_PROVINCE ? 'peer-table__home' : undefined}>
              <th scope="row">
                {row.province.code === HOME_PROVINCE ? p.home : row.province.name}
                {row.mergedInto && <span className="peer-table__note">{p.mergedInto(row.mergedInto.name)}</span>}
                {row.formedFrom.length > 0 && <span className="peer-table__note">{p.formedFrom(names(row.formedFrom))}</span>}
              </th>
              {years.map((year) => {
                const rank = row.ranks.get(year);
                return (
                  <td key={year} className="data-table__number">
                    {rank ? (
                      <>
                        {formatRank(rank.rank, rank.outOf, locale)}
                        <sup className="peer-table__ref">[{sourceNumber.get(rank.sourceId)}]</sup>
                      </>
                    ) : (
                      <span aria-label={p.noRankLabel}>{p.noRank}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{p.median}</th>
            {years.map((year) => {
              const median = data.years.find((y) => y.year === year)?.medianScore ?? null;
              return (
                <td key={year} className="data-table__number">
                  {median === null ? p.medianUnknown : formatNumber(median, locale, 4, true)}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
      <p className="peer-table__footnote">{p.medianNote}</p>
      <ol className="peer-sources" aria-label={p.sources}>
        {data.sources.map((s) => (
          <li key={s.id}>
            {s.title}
            {s.publisher ? ` — ${s.publisher}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

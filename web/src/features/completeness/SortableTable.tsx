import { useState, type ReactNode } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts by. */
  value: (row: Row) => string | number;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A table whose column headers sort it (a second press reverses), announced through `aria-sort`.
 * It opens sorted by share, lowest first: the laggards are what an approver chases.
 */
export function SortableTable<Row>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  const { t, locale } = useStaffI18n();
  const [sort, setSort] = useState<{ key: string; ascending: boolean }>({ key: 'share', ascending: true });
  const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
  const collator = new Intl.Collator(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sort.ascending ? order : -order;
  });
  return (
    <table className="data-table completeness-table">
      <caption className="data-table__caption">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={c.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
              <button
                type="button"
                className="completeness-sort"
                title={t.completeness.sortBy(c.label)}
                onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))}
              >
                {c.label}
                <span aria-hidden="true">{c.key === sort.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'completeness-number' : undefined}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useState } from 'react';
import { useAuditQuery } from '../../api/admin-hooks';
import type { AuditFilters as Filters } from '../../api/keys';
import { QueryState } from '../../ui/QueryState';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The audit trail, newest first, narrowed by indicator, user and dates. */
export function AuditPanel() {
  const [filters, setFilters] = useState<Filters>({});
  const query = useAuditQuery(filters);
  return (
    <>
      <AuditFilters applied={filters} onApply={setFilters} />
      <QueryState query={query}>{({ entries }) => <AuditTable entries={entries} />}</QueryState>
    </>
  );
}

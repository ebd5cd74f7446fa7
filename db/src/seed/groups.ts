import type { CreateIndicatorGroupBody } from '@kpi/shared';
import { createIndicatorGroup } from '../indicator-groups.js';
import type { Db } from '../open-db.js';
import { indicatorGroups } from '../schema.js';

/**
 * The areas of the department's yearly report (../shared/source/), in its order and with its names:
 * what the product showed as a fixed list before groups were data.
 */
export const seedGroupBodies: CreateIndicatorGroupBody[] = (
  [
    ['e-government', 'Chính quyền điện tử', 'E-government'],
    ['digital-transformation', 'Chuyển đổi số', 'Digital transformation'],
    ['digital-economy', 'Kinh tế số', 'Digital economy'],
    ['digital-society', 'Xã hội số', 'Digital society'],
    ['telecoms', 'Viễn thông, Internet', 'Telecoms and Internet'],
    ['press', 'Báo chí, xuất bản', 'Press and publishing'],
  ] as const
).map(([code, vi, en], i) => ({ code, name: { vi, en }, order: (i + 1) * 10 }));

/**
 * Creates the groups when there are none yet (a new database, or one made before groups were
 * data, whose indicators already name these codes), through the same function as an admin's edit.
 * Returns how many it created.
 */
export function seedIndicatorGroups(db: Db): number {
  return db.transaction((tx) => {
    if (tx.select({ id: indicatorGroups.id }).from(indicatorGroups).limit(1).get()) return 0;
    for (const body of seedGroupBodies) {
      const result = createIndicatorGroup(tx, body, 'seed', { audit: false });
      if (!result.ok) throw new Error(`seed: group ${body.code}: ${result.reason}`);
    }
    return seedGroupBodies.length;
  });
}

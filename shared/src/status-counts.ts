import { statuses } from './constants.js';
import type { StatusCounts } from './schemas/dashboard.js';
import type { Status } from './schemas/status.js';

/**
 * How many cards have each status, every status present (0 when no card has it): the dashboard's
 * `counts` and the overview's status strip, which counts only the cards its filters leave.
 */
export function countByStatus(cards: readonly { status: { status: Status } }[]): StatusCounts {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as StatusCounts;
  for (const card of cards) counts[card.status.status] += 1;
  return counts;
}

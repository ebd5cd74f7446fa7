import { joinCatalogue, type Catalogue, type Dashboard, type Overview } from '@kpi/shared';
import { ApiError } from './client';

/**
 * The dashboard joined with its catalogue, for the overview and the screens. A name missing from a
 * catalogue of the dashboard's own version is the server's fault: it fails as a broken answer.
 */
export function joinedOverview(dashboard: Dashboard, catalogue: Catalogue): Overview {
  const overview = joinCatalogue(dashboard, catalogue);
  if (!overview) throw new ApiError(200, 'invalid-response', 'The catalogue lacks an indicator or a document the dashboard names');
  return overview;
}

import type { User } from './schemas/auth.js';
import type { Catalogue, Dashboard } from './schemas/dashboard.js';
import type { IndicatorDetail } from './schemas/indicator-detail.js';
import type { IndicatorGroupEntry } from './schemas/indicator-group.js';

/**
 * What the server hands the web app's server renderer for one page: the address asked for and the
 * published data that page shows, taken from the server's cached view. The renderer seeds the same
 * query cache the browser then hydrates, so the first HTML and the first client render agree.
 */
export interface PageRenderInput {
  /** Path and query, as the browser asked (`/?year=2020&lang=en`). */
  url: string;
  /** The signed-in user the header names, or null. */
  user: User | null;
  /** For the overview: the year's dashboard and the catalogue its cards refer to. */
  overview?: { dashboard: Dashboard; catalogue: Catalogue };
  /** For an indicator's page: its detail as of the year asked for, and the groups that name its group. */
  indicator?: IndicatorDetail;
  groups?: IndicatorGroupEntry[];
}

export interface PageRenderOutput {
  /** The markup of `#root`. */
  html: string;
  /** The document's title in the page's language. */
  title: string;
  /** The dehydrated query cache, as JSON safe to place inside a `<script type="application/json">`. */
  state: string;
}

/** The web app's server entry (web/src/entry-server.tsx, built to web/dist-ssr). */
export type PageRenderer = (input: PageRenderInput) => PageRenderOutput;

/** The id of the script element that carries `PageRenderOutput.state` to the browser. */
export const PAGE_STATE_ELEMENT_ID = 'kpi-page-state';

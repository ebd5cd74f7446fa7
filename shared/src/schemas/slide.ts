import { z } from './zod.js';
import { indicatorCodeSchema, indicatorGroupSchema } from './indicator.js';
import { rankingIndexSchema } from './ranking.js';

/** One indicator's communes and wards ranked, furthest behind first (the content carries its breakdown). */
const unitsSlideSchema = z.object({ type: z.literal('units'), code: indicatorCodeSchema });

/**
 * What a meeting-room screen shows in turn: a group's overview, one indicator's chart, the year's
 * headline, one indicator by commune, or a ranking's peers.
 */
export const slideSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('headline') }),
  z.object({ type: z.literal('group'), group: indicatorGroupSchema }),
  z.object({ type: z.literal('indicator'), code: indicatorCodeSchema }),
  unitsSlideSchema,
  /** Lạng Sơn beside a peer set in a ranking index's tables; `peers` as the page's address has it (`neighbours`, `top10`, codes). */
  z.object({ type: z.literal('peers'), index: rankingIndexSchema, peers: z.string().trim().min(1, 'required').max(1300, 'too-long') }),
]);
export type Slide = z.infer<typeof slideSchema>;

/** Where a screen's content keeps a peers slide's ranks. */
export const peerSlideKey = (slide: { index: string; peers: string }) => `${slide.index}:${slide.peers}`;

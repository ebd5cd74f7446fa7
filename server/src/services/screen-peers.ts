import { peerRanks, type Db } from '@kpi/db';
import { parsePeerSet, peerQuery, peerSlideKey, type PeerRanks, type Slide } from '@kpi/shared';

/** The ranks a playlist's peers slides show, one read per distinct slide; undefined when it has none. */
export function peerSlideRanks(db: Db, playlist: readonly Slide[]): Record<string, PeerRanks> | undefined {
  const slides = playlist.filter((s) => s.type === 'peers');
  if (!slides.length) return undefined;
  const out: Record<string, PeerRanks> = {};
  for (const slide of slides) {
    const key = peerSlideKey(slide);
    if (out[key]) continue;
    const { provinces, top } = peerQuery(parsePeerSet(slide.peers));
    out[key] = peerRanks(db, slide.index, provinces, top);
  }
  return out;
}

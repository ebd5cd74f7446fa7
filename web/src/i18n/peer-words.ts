import type { Locale } from '@kpi/shared';
import { enPeers } from './en/peers';
import { viPeers } from './vi/peers';

/**
 * The words of a ranking's peers (the DTI page's section, its screen slide, the slide settings),
 * in both languages. Kept out of the app's dictionary: only those pages load them, not the
 * overview's first screen on a phone.
 */
export const peerWords: Record<Locale, typeof viPeers.peers> = { vi: viPeers.peers, en: enPeers.peers };

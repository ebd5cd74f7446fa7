/**
 * The provinces Lạng Sơn is compared with on a ranking indicator's page, kept in the address
 * (`?peers=neighbours`, `?peers=top10`, `?peers=cao-bang,quang-ninh`) so a link shows the same set.
 */
export const peerPresets = ['neighbours', 'region', 'top10'] as const;
export type PeerPreset = (typeof peerPresets)[number];
export type PeerSet = { preset: PeerPreset } | { preset: 'custom'; provinces: string[] };

export const HOME_PROVINCE = 'lang-son';

/**
 * The provinces bordering Lạng Sơn, before and after the merger (Bắc Giang and Bắc Kạn joined
 * Bắc Ninh and Thái Nguyên in 2025), and those of the Northern midlands and mountains region
 * (Trung du và miền núi phía Bắc, the General Statistics Office's grouping) before it.
 */
export const presetProvinces: Record<Exclude<PeerPreset, 'top10'>, readonly string[]> = {
  neighbours: ['cao-bang', 'bac-kan', 'thai-nguyen', 'bac-giang', 'quang-ninh', 'thai-nguyen-2025', 'bac-ninh-2025'],
  region: [
    'ha-giang', 'cao-bang', 'bac-kan', 'tuyen-quang', 'lao-cai', 'yen-bai', 'thai-nguyen', 'bac-giang', 'phu-tho', 'dien-bien', 'lai-chau',
    'son-la', 'hoa-binh',
  ], // prettier-ignore
};

/** How many leading provinces "the top" shows. */
export const TOP_PEERS = 10;
const MAX_CUSTOM = 20;
const CODE = /^[a-z0-9-]{2,64}$/;

/** The address's `peers` value, or the neighbours when it has none or one that does not parse. */
export function parsePeerSet(value: string | null | undefined): PeerSet {
  const preset = peerPresets.find((p) => p === value);
  if (preset) return { preset };
  // Chosen but still empty: Lạng Sơn alone, until provinces are added.
  if (value === 'custom') return { preset: 'custom', provinces: [] };
  const provinces = [...new Set((value ?? '').split(',').map((c) => c.trim()))].filter((c) => CODE.test(c) && c !== HOME_PROVINCE).slice(0, MAX_CUSTOM);
  return provinces.length ? { preset: 'custom', provinces } : { preset: 'neighbours' };
}

export function formatPeerSet(set: PeerSet): string {
  return set.preset === 'custom' ? set.provinces.join(',') || 'custom' : set.preset;
}

/** What to ask the rankings API for: the provinces, and how many of each year's leaders. */
export function peerQuery(set: PeerSet): { provinces: string[]; top?: number } {
  if (set.preset === 'top10') return { provinces: [], top: TOP_PEERS };
  return { provinces: set.preset === 'custom' ? set.provinces : [...presetProvinces[set.preset]] };
}

import autocannon from 'autocannon';
const urls = process.argv.slice(2);
const res: Record<string, number[]> = {};
for (let r = 0; r < Number(process.env.ROUNDS ?? 5); r++) for (const u of urls) {
  const out = await autocannon({ url: u, connections: 50, duration: 2, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  (res[u] ??= []).push(out.requests.average);
}
for (const [u, v] of Object.entries(res)) { const s = [...v].sort((a, b) => a - b); console.log(u, 'median', s[Math.floor(s.length / 2)], v.map(Math.round).join(' ')); }

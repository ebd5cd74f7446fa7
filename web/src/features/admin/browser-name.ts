/** Browser families in the order their user agents must be tested: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const FAMILIES: [string, RegExp][] = [
  ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Samsung Internet', /SamsungBrowser\/(\d+)/],
  ['Firefox', /Firefox\/(\d+)/],
  ['Chromium', /Chromium\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+).*Safari/],
];

/** "Chrome 120 (Linux)": enough for an admin to tell one device from another, from the user agent a screen sent. */
export function browserName(userAgent: string): string {
  const family = FAMILIES.find(([, pattern]) => pattern.test(userAgent));
  const name = family ? `${family[0]} ${family[1].exec(userAgent)![1]}` : userAgent.slice(0, 40);
  const os = /Windows|Android|iPhone|iPad|Mac OS X|CrOS|Linux|Tizen|webOS/.exec(userAgent)?.[0];
  return os ? `${name} (${os === 'Mac OS X' ? 'macOS' : os})` : name;
}

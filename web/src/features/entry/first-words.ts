/**
 * The start of a text, cut at a word: enough of a comment to recognise it in a list. Vietnamese
 * words are short syllables, so the limit counts characters as well as words.
 */
export function firstWords(text: string, maxWords = 6, maxChars = 40): string {
  const words = text.trim().split(/\s+/);
  let kept = '';
  for (const [index, word] of words.entries()) {
    const next = kept ? `${kept} ${word}` : word;
    if (index >= maxWords || (kept && next.length > maxChars)) return `${kept}…`;
    kept = next;
  }
  return kept;
}

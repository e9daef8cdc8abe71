/**
 * How the portal's search compares words (a pure module): full-width forms folded (ＩＣＰ → icp),
 * case ignored, the query split at spaces into words that must all occur.
 */
export const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

export function searchWords(query: string): string[] {
  return normalise(query).split(/\s+/).filter(Boolean);
}

/**
 * How well an entry matches: 2 when every word is in its title, 1 when every word is somewhere in
 * it, 0 when one is missing. `title` and `rest` are normalised already.
 */
export function matchScore(words: string[], title: string, rest: string): 0 | 1 | 2 {
  if (words.every((w) => title.includes(w))) return 2;
  const all = `${title}\n${rest}`;
  return words.every((w) => all.includes(w)) ? 1 : 0;
}

/** The entries that match, best first (then in their own order), with how many there were. */
export function rank<T>(
  entries: T[],
  words: string[],
  text: (entry: T) => { title: string; rest: string },
  limit: number,
): { total: number; hits: T[] } {
  const scored = entries
    .map((entry, at) => {
      const { title, rest } = text(entry);
      return { entry, at, score: matchScore(words, title, rest) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.at - b.at);
  return { total: scored.length, hits: scored.slice(0, limit).map((s) => s.entry) };
}

/**
 * GB/T 2260 codes are hierarchical: 37 0000 province, 3702 00 city, 370212 county; 9-digit
 * statistical codes of towns start with their county's code. Scope checks rely on that structure
 * rather than on a lookup, so they are pure and cannot drift from the data.
 */
export type JurisdictionLevel = 'province' | 'city' | 'county' | 'town';

export function levelOf(code: string): JurisdictionLevel {
  if (/^\d{9}$/.test(code)) return 'town';
  if (!/^\d{6}$/.test(code)) throw new RangeError(`not a division code: ${code}`);
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix every code within `code`'s area starts with (a town's: the whole code). */
export const areaPrefix = (code: string): string => {
  switch (levelOf(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    case 'county':
      return code.slice(0, 6);
    case 'town':
      return code;
  }
};

/** Whether `inner` lies in `outer`'s area (a code contains itself). */
export function contains(outer: string, inner: string): boolean {
  return inner.startsWith(areaPrefix(outer)) && (levelOf(outer) !== 'town' || inner === outer);
}

/** The county-level district a code lies in, or undefined above county level. */
export function districtOf(code: string): string | undefined {
  const level = levelOf(code);
  return level === 'county' || level === 'town' ? code.slice(0, 6) : undefined;
}

export function parentOf(code: string): string | undefined {
  switch (levelOf(code)) {
    case 'province':
      return undefined;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'town':
      return code.slice(0, 6);
  }
}

/** The levels above a code, nearest first (a district: its city, then its province). */
export function levelsAbove(code: string): string[] {
  const parent = parentOf(code);
  return parent ? [parent, ...levelsAbove(parent)] : [];
}

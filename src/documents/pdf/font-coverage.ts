/**
 * Which code points a TrueType/OpenType font can draw, read from its `cmap` table. SPEC §10 (rare
 * characters): before a PDF is laid out, every character is checked against the embedded font so that a
 * character the font lacks is never silently drawn as an empty .notdef box.
 *
 * A small parser of our own (formats 4 and 12, the ones CJK fonts carry) rather than a transitive
 * dependency: it reads the table once per font file and answers `has(codePoint)` by binary search.
 */

export interface FontCoverage {
  has(codePoint: number): boolean;
}

const tag = (buffer: Buffer, offset: number) => buffer.toString('latin1', offset, offset + 4);

/** Offset of the first font's table directory (a TrueType collection holds several fonts). */
function sfntOffset(buffer: Buffer): number {
  if (tag(buffer, 0) === 'ttcf') return buffer.readUInt32BE(12);
  return 0;
}

function findTable(buffer: Buffer, name: string): number | null {
  const base = sfntOffset(buffer);
  const numTables = buffer.readUInt16BE(base + 4);
  for (let i = 0; i < numTables; i++) {
    const record = base + 12 + i * 16;
    if (tag(buffer, record) === name) return buffer.readUInt32BE(record + 8);
  }
  return null;
}

/** Sorted, non-overlapping inclusive ranges of mapped code points. */
class RangeCoverage implements FontCoverage {
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;

  constructor(ranges: [number, number][]) {
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    this.starts = Uint32Array.from(merged, (r) => r[0]);
    this.ends = Uint32Array.from(merged, (r) => r[1]);
  }

  has(codePoint: number): boolean {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (codePoint < this.starts[mid]!) high = mid - 1;
      else if (codePoint > this.ends[mid]!) low = mid + 1;
      else return true;
    }
    return false;
  }
}

function format12Ranges(buffer: Buffer, offset: number): [number, number][] {
  const groups = buffer.readUInt32BE(offset + 12);
  const ranges: [number, number][] = [];
  for (let i = 0; i < groups; i++) {
    const group = offset + 16 + i * 12;
    let start = buffer.readUInt32BE(group);
    const end = buffer.readUInt32BE(group + 4);
    const startGlyph = buffer.readUInt32BE(group + 8);
    if (startGlyph === 0) start += 1; // the first code point maps to .notdef
    if (start <= end) ranges.push([start, end]);
  }
  return ranges;
}

function format4Ranges(buffer: Buffer, offset: number): [number, number][] {
  const segCount = buffer.readUInt16BE(offset + 6) / 2;
  const endCodes = offset + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segCount; s++) {
    const end = buffer.readUInt16BE(endCodes + s * 2);
    const start = buffer.readUInt16BE(startCodes + s * 2);
    const delta = buffer.readUInt16BE(idDeltas + s * 2);
    const rangeOffsetAt = idRangeOffsets + s * 2;
    const rangeOffset = buffer.readUInt16BE(rangeOffsetAt);
    let runStart = -1;
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsetAt + rangeOffset + (cp - start) * 2;
        glyph = at + 2 <= buffer.length ? buffer.readUInt16BE(at) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0 && runStart < 0) runStart = cp;
      if (glyph === 0 && runStart >= 0) {
        ranges.push([runStart, cp - 1]);
        runStart = -1;
      }
    }
    if (runStart >= 0) ranges.push([runStart, Math.min(end, 0xfffe)]);
  }
  return ranges;
}

/** Reads the Unicode cmap of a TTF/OTF (or the first font of a TTC). Throws if there is none. */
export function readFontCoverage(font: Buffer): FontCoverage {
  const cmap = findTable(font, 'cmap');
  if (cmap === null) throw new Error('font has no cmap table');
  const count = font.readUInt16BE(cmap + 2);
  let format12: number | null = null;
  let format4: number | null = null;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const subtable = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(subtable);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && format12 === null) format12 = subtable;
    if (format === 4 && format4 === null) format4 = subtable;
  }
  if (format12 !== null) return new RangeCoverage(format12Ranges(font, format12));
  if (format4 !== null) return new RangeCoverage(format4Ranges(font, format4));
  throw new Error('font has no Unicode cmap subtable (format 4 or 12)');
}

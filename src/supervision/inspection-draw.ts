/**
 * SUP-1 双随机、一公开: the draw of the objects to inspect and of their inspectors, from a seed that
 * stays secret until the draw. Pure and byte-exact, so that anyone holding the published seed and input
 * can re-run it (docs/double-random.md describes every byte; scripts/verify-draw.ts re-runs it offline).
 *
 * Changing anything that moves a drawn object or inspector is a new algorithm: a new `drawAlgorithm`
 * name, and the old one kept for the plans drawn with it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';

/** Printed in every public answer, so a re-run knows which rules to follow. */
export const drawAlgorithm = 'chengnuo-draw/1';

export interface PoolEntry {
  caseNo: string;
  stratum: string;
}
export interface DrawInput {
  /** 64 lowercase hex characters = 32 bytes; a secret until the draw. */
  seed: string;
  /** The cases decided on commitment, in any order. */
  pool: readonly PoolEntry[];
  /** Per stratum, percent 0..100 with at most two decimals. */
  rates: Readonly<Record<string, number>>;
  /** 执法证号 of the pool's active inspectors. */
  inspectors: readonly string[];
  inspectorsPerObject: number;
  /** caseNo → inspectors who may not inspect it (own agency, declared conflict). */
  exclusions: Readonly<Record<string, readonly string[]>>;
}
export type DrawSettings = Omit<DrawInput, 'seed'>;
export interface DrawnObject {
  caseNo: string;
  stratum: string;
  inspectors: string[];
}

const seedPattern = /^[0-9a-f]{64}$/;
const twoTo32 = 2 ** 32;

function seedBytes(seed: string): Buffer {
  if (typeof seed !== 'string' || !seedPattern.test(seed)) {
    throw new Error('the seed must be 64 lowercase hexadecimal characters (32 bytes)');
  }
  return Buffer.from(seed, 'hex');
}

/** The draw's only source of chance: uint32 words and unbiased indices read from the seed. */
export interface DrawStream {
  uint32(): number;
  /** An index in [0, n), 1 ≤ n ≤ 2^32, without modulo bias. */
  index(n: number): number;
}

/**
 * SM3 in counter mode: block i = SM3(seed bytes ‖ uint32BE(i)); the blocks' bytes read 4 at a time as
 * big-endian words. The hash state after the seed is copied for each block rather than re-fed.
 */
export function drawStream(seed: string): DrawStream {
  const afterSeed = createHash('sm3').update(seedBytes(seed));
  const counter = Buffer.alloc(4);
  let block = Buffer.alloc(0);
  let offset = 0;
  let next = 0;
  const uint32 = () => {
    if (offset === block.length) {
      if (next >= twoTo32) throw new Error('the draw stream is exhausted (2^32 blocks)');
      counter.writeUInt32BE(next++);
      block = afterSeed.copy().update(counter).digest();
      offset = 0;
    }
    const word = block.readUInt32BE(offset);
    offset += 4;
    return word;
  };
  const index = (n: number) => {
    if (!Number.isInteger(n) || n < 1 || n > twoTo32)
      throw new Error(`an index is drawn below n, 1 ≤ n ≤ 2^32; got ${n}`);
    // Words at or above the largest multiple of n would favour the low indices: they are skipped.
    const limit = twoTo32 - (twoTo32 % n);
    for (;;) {
      const word = uint32();
      if (word < limit) return word % n;
    }
  };
  return { uint32, index };
}

/**
 * Partial Fisher–Yates: a[0..k) become the drawn elements in draw order. Answers the positions swapped
 * with, so that a caller reusing the array can put it back.
 */
function drawFront<T>(a: T[], k: number, stream: DrawStream): number[] {
  const swappedWith: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + stream.index(a.length - i);
    swappedWith.push(j);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return swappedWith;
}

function undoDrawFront<T>(a: T[], swappedWith: readonly number[]): void {
  for (let i = swappedWith.length - 1; i >= 0; i--) {
    const j = swappedWith[i]!;
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

/** A rate in hundredths of a percent (basis points), so that counts are exact integer arithmetic. */
function basisPoints(stratum: string, rate: unknown): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100) {
    throw new Error(`the rate of stratum "${stratum}" must be a percentage from 0 to 100, got ${rate}`);
  }
  const points = Math.round(rate * 100);
  // 0.29 × 100 is 28.999999999999996 in binary floating point: a rate this close to a hundredth is it
  // (the same tolerance as the plan's own check, plan-rules.ts).
  if (Math.abs(rate * 100 - points) > 1e-6) {
    throw new Error(`the rate of stratum "${stratum}" may have at most two decimals, got ${rate}`);
  }
  return points;
}

function rateOf(rates: Readonly<Record<string, number>>, stratum: string): number {
  if (!Object.hasOwn(rates, stratum)) throw new Error(`no rate for stratum "${stratum}"`);
  return basisPoints(stratum, rates[stratum]);
}

/** ceil(size × rate / 100) for a rate in basis points. */
const objectsToDraw = (size: number, points: number) => Math.floor((size * points + 9999) / 10000);

function checkRates(rates: Readonly<Record<string, number>>): void {
  if (typeof rates !== 'object' || rates === null) throw new Error('the rates must be an object');
  for (const [stratum, rate] of Object.entries(rates)) basisPoints(stratum, rate);
}

function checkInspectorsPerObject(n: number): number {
  if (!Number.isInteger(n) || n < 2) {
    throw new Error(`each object needs at least 2 inspectors (inspectorsPerObject), got ${n}`);
  }
  return n;
}

/**
 * The pool's case numbers per stratum, each in code-unit order, strata in code-unit order of their
 * names. Grouping first and sorting each group as plain strings is about twice as fast as sorting the
 * entries by case number; a case in two strata is then found by sorting the sorted groups together,
 * which TimSort does as a merge of runs (a Set of a million strings costs more). The arrays are fresh:
 * the caller may shuffle them.
 */
function casesByStratum(pool: readonly PoolEntry[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const { caseNo, stratum } of pool) {
    if (typeof caseNo !== 'string' || caseNo === '') {
      throw new Error(`a case number must be a non-empty string, got ${JSON.stringify(caseNo)}`);
    }
    if (typeof stratum !== 'string') throw new Error(`the stratum of case ${caseNo} must be a string`);
    const cases = groups.get(stratum);
    if (cases) cases.push(caseNo);
    else groups.set(stratum, [caseNo]);
  }
  const strata = [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [, cases] of strata) {
    cases.sort();
    checkNoRepeat(cases);
  }
  if (strata.length > 1) checkNoRepeat(concatenated(strata.map(([, cases]) => cases)).sort());
  return strata;
}

/**
 * concat copies arrays wholesale (flatMap goes element by element, several times slower), a bounded
 * number of them per call.
 */
function concatenated(lists: string[][]): string[] {
  let all: string[] = [];
  for (let i = 0; i < lists.length; i += 1024) all = all.concat(...lists.slice(i, i + 1024));
  return all;
}

function checkNoRepeat(sorted: readonly string[]): void {
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new Error(`case ${sorted[i]} is in the pool more than once`);
  }
}

/** A line break would make two pools share a pool hash (the case numbers are joined by them). */
function checkCaseNo(caseNo: unknown): asserts caseNo is string {
  if (typeof caseNo !== 'string' || caseNo === '' || caseNo.includes('\n')) {
    throw new Error(
      `a case number must be a non-empty string without line breaks, got ${JSON.stringify(caseNo)}`,
    );
  }
}

const none: readonly string[] = [];
function exclusionsOf(exclusions: DrawSettings['exclusions'], caseNo: string): readonly string[] {
  if (!Object.hasOwn(exclusions, caseNo)) return none;
  const excluded = exclusions[caseNo];
  if (!Array.isArray(excluded) || excluded.some((n) => typeof n !== 'string')) {
    throw new Error(`the exclusions of case ${caseNo} must be a list of inspector numbers`);
  }
  return excluded;
}

const distinctSorted = (values: readonly string[]) => [...new Set(values)].sort();

function eligibleInspectors(all: string[], excluded: readonly string[]): string[] {
  if (excluded.length === 0) return all;
  // A declared list is a few names; a long one (a whole agency) is looked up through a set.
  if (excluded.length <= 16) return all.filter((n) => !excluded.includes(n));
  const set = new Set(excluded);
  return all.filter((n) => !set.has(n));
}

/**
 * Every check the draw makes on its input, without drawing: for refusing a plan when it is approved
 * rather than when it is drawn. Inspectors too few for a case are not an error here (shortOfInspectors).
 */
export function checkDrawSettings(settings: DrawSettings): void {
  checkInspectorsPerObject(settings.inspectorsPerObject);
  checkRates(settings.rates);
  if (!Array.isArray(settings.inspectors) || settings.inspectors.some((n) => typeof n !== 'string')) {
    throw new Error('the inspectors must be a list of inspector numbers');
  }
  if (typeof settings.exclusions !== 'object' || settings.exclusions === null) {
    throw new Error('the exclusions must be an object');
  }
  for (const caseNo of Object.keys(settings.exclusions)) exclusionsOf(settings.exclusions, caseNo);
  for (const { caseNo } of settings.pool) checkCaseNo(caseNo);
  for (const [stratum] of casesByStratum(settings.pool)) rateOf(settings.rates, stratum);
}

/** SUP-1: the objects of the pool and their inspectors, drawn as docs/double-random.md describes. */
export function drawInspection(input: DrawInput): DrawnObject[] {
  const stream = drawStream(input.seed);
  const perObject = checkInspectorsPerObject(input.inspectorsPerObject);
  checkRates(input.rates);
  const objects: PoolEntry[] = [];
  for (const [stratum, cases] of casesByStratum(input.pool)) {
    const k = objectsToDraw(cases.length, rateOf(input.rates, stratum));
    drawFront(cases, k, stream);
    for (let i = 0; i < k; i++) objects.push({ caseNo: cases[i]!, stratum });
  }
  // Most objects have no exclusions: they all draw from this one array, put back after each draw.
  const inspectors = distinctSorted(input.inspectors);
  return objects.map(({ caseNo, stratum }) => {
    const eligible = eligibleInspectors(inspectors, exclusionsOf(input.exclusions, caseNo));
    if (eligible.length < perObject) {
      throw new Error(
        `case ${caseNo} has ${eligible.length} eligible inspector(s), fewer than the ${perObject} each object needs`,
      );
    }
    const swappedWith = drawFront(eligible, perObject, stream);
    const chosen = eligible.slice(0, perObject);
    if (eligible === inspectors) undoDrawFront(inspectors, swappedWith);
    return { caseNo, stratum, inspectors: chosen };
  });
}

/** Published when the plan is approved; the seed it commits to is published at the draw. */
export function seedHash(seed: string): string {
  return sm3Hex(seedBytes(seed));
}

/** SM3 over the case numbers in code-unit order, joined by '\n' (UTF-8, no line break at the end). */
export function poolHash(caseNos: readonly string[]): string {
  for (const caseNo of caseNos) checkCaseNo(caseNo);
  return sm3Hex([...caseNos].sort().join('\n'));
}

/**
 * The input without the seed, in one spelling whatever the order it was given in: the pool as the draw
 * reads it (strata by name, each with its sorted case numbers), lists sorted (and deduplicated, as the
 * draw reads them), rates in basis points (integers, which every JSON library writes alike), and the
 * maps keyed by data as lists of pairs, so that no JSON key is ever data (JavaScript would write
 * integer-like keys such as "10" first).
 */
export function normalisedDrawSettings(settings: DrawSettings) {
  checkInspectorsPerObject(settings.inspectorsPerObject);
  return {
    exclusions: Object.keys(settings.exclusions)
      .sort()
      .map((caseNo): [string, string[]] => [
        caseNo,
        distinctSorted(exclusionsOf(settings.exclusions, caseNo)),
      ]),
    inspectors: distinctSorted(settings.inspectors),
    inspectorsPerObject: settings.inspectorsPerObject,
    pool: casesByStratum(settings.pool),
    rates: Object.keys(settings.rates)
      .sort()
      .map((stratum): [string, number] => [stratum, rateOf(settings.rates, stratum)]),
  };
}

/** SM3 of the canonical JSON of the normalised input: published at approval beside the seed's hash. */
export function drawInputHash(settings: DrawSettings): string {
  return sm3Hex(canonicalJson(normalisedDrawSettings(settings)));
}

/** How many objects each stratum gives (strata of the rates without cases give 0), by name. */
export function objectsPerStratum(
  pool: readonly PoolEntry[],
  rates: Readonly<Record<string, number>>,
): Record<string, number> {
  checkRates(rates);
  const sizes = new Map<string, number>(Object.keys(rates).map((stratum) => [stratum, 0]));
  for (const { stratum } of pool) sizes.set(stratum, (sizes.get(stratum) ?? 0) + 1);
  return Object.fromEntries(
    [...sizes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stratum, size]) => [stratum, objectsToDraw(size, rateOf(rates, stratum))]),
  );
}

/**
 * The pool's cases (in code-unit order) with fewer eligible inspectors than each object needs: any of
 * them drawn would stop the draw, so a plan with such cases is not approved as it stands.
 */
export function shortOfInspectors(settings: DrawSettings): string[] {
  const perObject = checkInspectorsPerObject(settings.inspectorsPerObject);
  const inspectors = distinctSorted(settings.inspectors);
  const short: string[] = [];
  for (const { caseNo } of settings.pool) {
    const excluded = exclusionsOf(settings.exclusions, caseNo);
    // Only cases with exclusions can fall short when the pool as a whole has enough inspectors.
    if (inspectors.length >= perObject && excluded.length === 0) continue;
    if (eligibleInspectors(inspectors, excluded).length < perObject) short.push(caseNo);
  }
  return short.sort();
}

/** A fresh seed; the randomness is the caller's (crypto.randomBytes in production). */
export function newSeed(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(32);
  if (bytes.length !== 32) throw new Error(`a seed needs 32 random bytes, got ${bytes.length}`);
  return Buffer.from(bytes).toString('hex');
}

// SUP-1 双随机、一公开: the draw of objects and inspectors from a seed published only at the draw, which
// anyone can re-run. The fixed vectors below were also reproduced by an independent Python implementation
// of docs/double-random.md; a change that moves any of them is a new algorithm.
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { sm3 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import {
  type DrawInput,
  type DrawnObject,
  type DrawSettings,
  drawAlgorithm,
  drawInputHash,
  drawInspection,
  drawStream,
  newSeed,
  normalisedDrawSettings,
  objectsPerStratum,
  type PoolEntry,
  poolHash,
  seedHash,
  shortOfInspectors,
} from './inspection-draw.ts';

const run = { numRuns: 150, interruptAfterTimeLimit: 2000 };
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// The worked example of docs/double-random.md (docs/double-random-example.json is the same plan).
const example: DrawInput = {
  seed: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  pool: [
    ['LS-2026-0009', 'low'],
    ['LS-2026-0002', 'high'],
    ['LS-2026-0013', 'low'],
    ['LS-2026-0005', 'high'],
    ['LS-2026-0001', 'low'],
    ['LS-2026-0011', 'medium'],
    ['LS-2026-0007', 'high'],
    ['LS-2026-0003', 'low'],
    ['LS-2026-0012', 'low'],
    ['LS-2026-0004', 'low'],
    ['LS-2026-0010', 'high'],
    ['LS-2026-0006', 'low'],
    ['LS-2026-0008', 'medium'],
    ['LS-2026-0014', 'low'],
    ['LS-2026-0015', 'low'],
  ].map(([caseNo, stratum]) => ({ caseNo: caseNo!, stratum: stratum! })),
  rates: { high: 50, low: 12.5, medium: 0 },
  inspectors: ['370212006', '370212002', '370212005', '370212001', '370212004', '370212003'],
  inspectorsPerObject: 2,
  exclusions: {
    'LS-2026-0002': ['370212001', '370212002'],
    'LS-2026-0005': ['370212003'],
    'LS-2026-0007': ['370212006'],
    'LS-2026-0010': ['370212004', '370212005'],
  },
};

describe('SUP-1 fixed vectors', () => {
  it('SUP-1 the worked example draws exactly these objects and inspectors', () => {
    expect(drawInspection(example)).toEqual([
      { caseNo: 'LS-2026-0002', stratum: 'high', inspectors: ['370212005', '370212003'] },
      { caseNo: 'LS-2026-0007', stratum: 'high', inspectors: ['370212003', '370212002'] },
      { caseNo: 'LS-2026-0009', stratum: 'low', inspectors: ['370212006', '370212001'] },
      { caseNo: 'LS-2026-0004', stratum: 'low', inspectors: ['370212002', '370212006'] },
    ]);
    expect(drawAlgorithm).toBe('chengnuo-draw/1');
  });

  it('SUP-1 the worked example publishes these hashes', () => {
    const { seed, ...settings } = example;
    expect(seedHash(seed)).toBe('fa34635f1d3ac2729ac5987eb59e01928457f325b4b51ca85a177813c5c5ddf7');
    expect(poolHash(settings.pool.map((e) => e.caseNo))).toBe(
      'aac4f11433b223b53d7c9c409018405a102afbc1315a2918b09b5d6b4a40d022',
    );
    expect(drawInputHash(settings)).toBe('06b4c12754b94d19a8f98c065c485f0a23384344519efd0740bbf34803582bb3');
    expect(canonicalJson(normalisedDrawSettings(settings))).toBe(
      '{"exclusions":[["LS-2026-0002",["370212001","370212002"]],["LS-2026-0005",["370212003"]],' +
        '["LS-2026-0007",["370212006"]],["LS-2026-0010",["370212004","370212005"]]],' +
        '"inspectors":["370212001","370212002","370212003","370212004","370212005","370212006"],' +
        '"inspectorsPerObject":2,' +
        '"pool":[["high",["LS-2026-0002","LS-2026-0005","LS-2026-0007","LS-2026-0010"]],' +
        '["low",["LS-2026-0001","LS-2026-0003","LS-2026-0004","LS-2026-0006","LS-2026-0009",' +
        '"LS-2026-0012","LS-2026-0013","LS-2026-0014","LS-2026-0015"]],["medium",["LS-2026-0008","LS-2026-0011"]]],' +
        '"rates":[["high",5000],["low",1250],["medium",0]]}',
    );
  });

  it('SUP-1 the stream of the example seed: its first words, and an index that skips a word', () => {
    const words = drawStream(example.seed);
    expect(Array.from({ length: 10 }, () => words.uint32())).toEqual([
      2882738200, 2927618995, 3125486110, 3390811625, 1907147938, 3649262749, 3040410827, 675320788,
      3954578861, 2970363404,
    ]);
    // For n = 3·2^30 the limit is n itself: 3390811625 is skipped.
    const indices = drawStream(example.seed);
    expect(Array.from({ length: 4 }, () => indices.index(3 * 2 ** 30))).toEqual([
      2882738200, 2927618995, 3125486110, 1907147938,
    ]);
  });

  it('SUP-1 375 cases at 8.8 %: 33 objects (floating point would say 34), three inspectors each', () => {
    const pool = Array.from({ length: 375 }, (_, i) => ({
      caseNo: `LS-2026-${pad(i + 1, 4)}`,
      stratum: '一般',
    }));
    const inspectors = Array.from({ length: 30 }, (_, i) => `ZF-${pad(i + 1, 2)}`);
    const settings: DrawSettings = {
      pool,
      rates: { 一般: 8.8 },
      inspectors,
      inspectorsPerObject: 3,
      exclusions: Object.fromEntries(
        pool.filter((_, i) => i % 10 === 0).map((e) => [e.caseNo, inspectors.slice(0, 5)]),
      ),
    };
    expect(Math.ceil((375 * 8.8) / 100)).toBe(34);
    const drawn = drawInspection({ seed: sm3Hex('chengnuo-draw/1 test vector'), ...settings });
    expect(drawn).toHaveLength(33);
    expect(drawn.slice(0, 2)).toEqual([
      { caseNo: 'LS-2026-0196', stratum: '一般', inspectors: ['ZF-06', 'ZF-07', 'ZF-09'] },
      { caseNo: 'LS-2026-0232', stratum: '一般', inspectors: ['ZF-07', 'ZF-03', 'ZF-11'] },
    ]);
    expect(sm3Hex(JSON.stringify(drawn))).toBe(
      '1fa486be3831babb82254a3f9325859871e3854b605ac93e11ed22335c88b082',
    );
    expect(drawInputHash(settings)).toBe('819725b837e37f2595cce7b7e957b48414fdbeec7e20a91b78469cc1ef11c89d');
  });

  it('SUP-1 counts are exact in hundredths of a percent', () => {
    const pool = (size: number) =>
      Array.from({ length: size }, (_, i) => ({ caseNo: `C${i}`, stratum: 's' }));
    expect(objectsPerStratum(pool(375), { s: 8.8 })).toEqual({ s: 33 });
    expect(objectsPerStratum(pool(250), { s: 64.4 })).toEqual({ s: 161 });
    expect(objectsPerStratum(pool(10000), { s: 0.29 })).toEqual({ s: 29 });
    expect(objectsPerStratum(pool(1), { s: 0.01 })).toEqual({ s: 1 });
    expect(objectsPerStratum(pool(7), { s: 100, other: 5 })).toEqual({ other: 0, s: 7 });
  });
});

// Arbitraries ----------------------------------------------------------------------------------------------

const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hex);
// Case numbers as issued, and odd ones (astral characters, digits only) that sort by UTF-16 code units.
const caseNoArb = fc.oneof(
  fc.integer({ min: 1, max: 99_999 }).map((n) => `LS-2026-${pad(n, 5)}`),
  fc.string({ minLength: 1, maxLength: 6, unit: 'binary' }).filter((s) => !s.includes('\n')),
);
// "10" and "2": names JavaScript would order numerically as object keys.
const stratumArb = fc.constantFrom('高风险', '一般', 'low', '10', '2', 'toString');
const inspectorArb = fc.integer({ min: 1, max: 999 }).map((n) => `370212${pad(n, 3)}`);
const rateArb = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);

type Scenario = DrawInput;

/** A plan every case of which has enough eligible inspectors. */
const scenarioArb = (sizes: { minCases?: number; maxCases?: number } = {}) =>
  fc
    .record({
      seed: seedArb,
      caseNos: fc.uniqueArray(caseNoArb, { minLength: sizes.minCases ?? 0, maxLength: sizes.maxCases ?? 60 }),
      strata: fc.uniqueArray(stratumArb, { minLength: 1, maxLength: 4 }),
      inspectors: fc.uniqueArray(inspectorArb, { minLength: 2, maxLength: 12 }),
      perObject: fc.integer({ min: 2, max: 4 }),
    })
    .chain(({ seed, caseNos, strata, inspectors, perObject }) => {
      const needed = Math.min(perObject, inspectors.length);
      const spare = inspectors.length - needed;
      return fc
        .record({
          stratumOf: fc.array(fc.nat(strata.length - 1), {
            minLength: caseNos.length,
            maxLength: caseNos.length,
          }),
          rates: fc.array(rateArb, { minLength: strata.length, maxLength: strata.length }),
          excluded: fc.array(fc.option(fc.subarray(inspectors, { maxLength: spare }), { freq: 3 }), {
            minLength: caseNos.length,
            maxLength: caseNos.length,
          }),
        })
        .map(
          ({ stratumOf, rates, excluded }): Scenario => ({
            seed,
            pool: caseNos.map((caseNo, i) => ({ caseNo, stratum: strata[stratumOf[i]!]! })),
            rates: Object.fromEntries(strata.map((s, i) => [s, rates[i]!])),
            inspectors,
            inspectorsPerObject: needed,
            exclusions: Object.fromEntries(
              caseNos.flatMap((caseNo, i) => (excluded[i] ? [[caseNo, excluded[i]]] : [])),
            ),
          }),
        );
    });

const sizeOf = (pool: readonly PoolEntry[], stratum: string) =>
  pool.filter((e) => e.stratum === stratum).length;
const basisPoints = (rate: number) => Math.round(rate * 100);
const exclusionsOf = (s: DrawSettings, caseNo: string) =>
  Object.hasOwn(s.exclusions, caseNo) ? s.exclusions[caseNo]! : [];

/** The same plan written another way: lists shuffled and inspectors repeated. */
const rewrittenArb = (s: Scenario) =>
  fc
    .record({
      pool: fc.shuffledSubarray([...s.pool], { minLength: s.pool.length, maxLength: s.pool.length }),
      inspectors: fc.shuffledSubarray([...s.inspectors, ...s.inspectors.slice(0, 2)], {
        minLength: s.inspectors.length + Math.min(2, s.inspectors.length),
        maxLength: s.inspectors.length + Math.min(2, s.inspectors.length),
      }),
      reverseExclusions: fc.boolean(),
    })
    .map(
      ({ pool, inspectors, reverseExclusions }): Scenario => ({
        ...s,
        pool,
        inspectors,
        exclusions: Object.fromEntries(
          Object.entries(s.exclusions)
            .reverse()
            .map(([caseNo, list]) => [caseNo, reverseExclusions ? [...list].reverse() : list]),
        ),
      }),
    );

describe('SUP-1 properties of the draw', () => {
  it('SUP-1 every drawn object is a case of the pool, in its stratum, drawn once', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const strata = new Map(s.pool.map((e) => [e.caseNo, e.stratum]));
        const drawn = drawInspection(s);
        for (const o of drawn) expect(strata.get(o.caseNo)).toBe(o.stratum);
        expect(new Set(drawn.map((o) => o.caseNo)).size).toBe(drawn.length);
      }),
      run,
    );
  });

  it('SUP-1 each stratum gives its size × rate rounded up, exactly', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const drawn = drawInspection(s);
        const counts = objectsPerStratum(s.pool, s.rates);
        for (const [stratum, rate] of Object.entries(s.rates)) {
          const k = drawn.filter((o) => o.stratum === stratum).length;
          const exact = sizeOf(s.pool, stratum) * basisPoints(rate); // k ≥ exact / 10000 > k − 1
          expect(k * 10_000).toBeGreaterThanOrEqual(exact);
          expect((k - 1) * 10_000).toBeLessThan(exact);
          expect(counts[stratum]).toBe(k);
        }
        // Strata come in code-unit order of their names.
        const order = drawn.map((o) => o.stratum).filter((x, i, all) => all[i - 1] !== x);
        expect(order).toEqual([...order].sort());
        expect(new Set(order).size).toBe(order.length);
      }),
      run,
    );
  });

  it('SUP-1 each object gets exactly inspectorsPerObject distinct inspectors of the pool, none excluded', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        for (const o of drawInspection(s)) {
          expect(o.inspectors).toHaveLength(s.inspectorsPerObject);
          expect(new Set(o.inspectors).size).toBe(s.inspectorsPerObject);
          for (const n of o.inspectors) {
            expect(s.inspectors).toContain(n);
            expect(exclusionsOf(s, o.caseNo)).not.toContain(n);
          }
        }
      }),
      run,
    );
  });

  it('SUP-1 re-running the draw gives the same draw, and it leaves the input as it was', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const before = structuredClone(s);
        const first = drawInspection(s);
        expect(s).toEqual(before);
        expect(drawInspection(structuredClone(s))).toEqual(first);
      }),
      run,
    );
  });

  it('SUP-1 the draw and the published hashes do not depend on the order the lists are given in', () => {
    const pair = scenarioArb().chain((s) => rewrittenArb(s).map((other) => [s, other] as const));
    fc.assert(
      fc.property(pair, ([s, other]) => {
        const { seed: _, ...settings } = s;
        const { seed: __, ...otherSettings } = other;
        expect(drawInspection(other)).toEqual(drawInspection(s));
        expect(drawInputHash(otherSettings)).toBe(drawInputHash(settings));
        expect(poolHash(other.pool.map((e) => e.caseNo))).toBe(poolHash(s.pool.map((e) => e.caseNo)));
        expect(shortOfInspectors(otherSettings)).toEqual(shortOfInspectors(settings));
      }),
      run,
    );
  });

  it('SUP-1 flipping any one bit of the seed changes the draw (pools of at least 2^70 ordered draws)', () => {
    // One stratum of 64–300 cases at 20–80 %: at least 13 ordered picks out of 64, so two seeds agree by
    // chance with probability below 2^-70.
    const plan = fc.record({
      seed: seedArb,
      size: fc.integer({ min: 64, max: 300 }),
      rate: fc.integer({ min: 20, max: 80 }),
      bit: fc.nat(255),
    });
    fc.assert(
      fc.property(plan, ({ seed, size, rate, bit }) => {
        const input: DrawInput = {
          seed,
          pool: Array.from({ length: size }, (_, i) => ({ caseNo: `LS-2026-${pad(i, 5)}`, stratum: '一般' })),
          rates: { 一般: rate },
          inspectors: ['a', 'b', 'c'],
          inspectorsPerObject: 2,
          exclusions: {},
        };
        const bytes = Buffer.from(seed, 'hex');
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        expect(drawInspection({ ...input, seed: hex(bytes) })).not.toEqual(drawInspection(input));
      }),
      run,
    );
  });

  it('SUP-1 every one of the 256 bit flips of three fixed seeds changes a draw of 10 out of 20', () => {
    const pool = Array.from({ length: 20 }, (_, i) => ({
      caseNo: `LS-2026-${pad(i + 1, 4)}`,
      stratum: 'all',
    }));
    const plan = { pool, rates: { all: 50 }, inspectors: ['a', 'b'], inspectorsPerObject: 2, exclusions: {} };
    for (const seed of [example.seed, '0'.repeat(64), sm3Hex('SUP-1')]) {
      const original = drawInspection({ ...plan, seed }).map((o) => o.caseNo);
      for (let bit = 0; bit < 256; bit++) {
        const bytes = Buffer.from(seed, 'hex');
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        expect(drawInspection({ ...plan, seed: hex(bytes) }).map((o) => o.caseNo)).not.toEqual(original);
      }
    }
  });

  it('SUP-1 a case short of inspectors stops the draw exactly when shortOfInspectors names it', () => {
    const tight = fc
      .record({
        seed: seedArb,
        caseNos: fc.uniqueArray(caseNoArb, { minLength: 1, maxLength: 30 }),
        inspectors: fc.uniqueArray(inspectorArb, { minLength: 2, maxLength: 6 }),
      })
      .chain(({ seed, caseNos, inspectors }) =>
        fc.array(fc.subarray(inspectors), { minLength: caseNos.length, maxLength: caseNos.length }).map(
          (excluded): DrawInput => ({
            seed,
            pool: caseNos.map((caseNo) => ({ caseNo, stratum: 'all' })),
            rates: { all: 100 },
            inspectors,
            inspectorsPerObject: 2,
            exclusions: Object.fromEntries(caseNos.map((caseNo, i) => [caseNo, excluded[i]!])),
          }),
        ),
      );
    fc.assert(
      fc.property(tight, (s) => {
        const short = shortOfInspectors(s);
        for (const caseNo of short) {
          expect(s.inspectors.filter((n) => !exclusionsOf(s, caseNo).includes(n)).length).toBeLessThan(2);
        }
        let drawn: DrawnObject[] | undefined;
        let error: unknown;
        try {
          drawn = drawInspection(s);
        } catch (e) {
          error = e;
        }
        // Every case is drawn (100 %): the draw stops at the first short case in draw order.
        if (short.length === 0) expect(drawn).toHaveLength(s.pool.length);
        else expect(String(error)).toMatch(/has [01] eligible inspector\(s\), fewer than the 2/);
        if (short.length)
          expect(short.some((caseNo) => String(error).includes(`case ${caseNo} has`))).toBe(true);
      }),
      run,
    );
  });
});

describe('SUP-1 the random stream and the hashes', () => {
  it('SUP-1 seedHash is the SM3 of the seed’s 32 bytes (sm-crypto-v2)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        expect(seedHash(hex(bytes))).toBe(sm3(bytes));
      }),
      run,
    );
  });

  it('SUP-1 the stream is SM3(seed ‖ uint32BE(i)) read as big-endian words (sm-crypto-v2)', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 40 }), (seed, count) => {
        const stream = drawStream(seed);
        const words = Array.from({ length: count }, () => stream.uint32());
        const blocks = Array.from({ length: Math.ceil(count / 8) }, (_, i) => {
          const counter = Buffer.alloc(4);
          counter.writeUInt32BE(i);
          return Buffer.from(sm3(Buffer.concat([Buffer.from(seed, 'hex'), counter])), 'hex');
        });
        const expected = Buffer.concat(blocks);
        expect(words).toEqual(Array.from({ length: count }, (_, i) => expected.readUInt32BE(4 * i)));
      }),
      run,
    );
  });

  it('SUP-1 an index skips the words at or above 2^32 − (2^32 mod n) and answers the word mod n', () => {
    const n = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2 ** 31, max: 2 ** 32 }));
    fc.assert(
      fc.property(seedArb, fc.array(n, { minLength: 1, maxLength: 20 }), (seed, ns) => {
        const indices = drawStream(seed);
        const words = drawStream(seed);
        for (const size of ns) {
          const limit = 2 ** 32 - (2 ** 32 % size);
          let word = words.uint32();
          while (word >= limit) word = words.uint32();
          expect(indices.index(size)).toBe(word % size);
        }
      }),
      run,
    );
  });

  it('SUP-1 the pool hash is the SM3 of the sorted case numbers joined by line breaks', () => {
    expect(poolHash(['b', 'a', '\u{1F600}', '\uFF5E'])).toBe(sm3Hex('a\nb\n\u{1F600}\n\uFF5E'));
    expect(poolHash([])).toBe(sm3Hex(''));
    expect(() => poolHash(['LS-1\nLS-2'])).toThrow(/without line breaks/);
  });

  it('SUP-1 the input hash changes with anything that changes the draw', () => {
    const { seed: _, ...settings } = example;
    const base = drawInputHash(settings);
    const changed: DrawSettings[] = [
      { ...settings, rates: { ...settings.rates, low: 12.51 } },
      { ...settings, inspectorsPerObject: 3 },
      { ...settings, inspectors: settings.inspectors.slice(1) },
      { ...settings, exclusions: { ...settings.exclusions, 'LS-2026-0001': ['370212001'] } },
      { ...settings, pool: settings.pool.map((e, i) => (i === 0 ? { ...e, stratum: 'high' } : e)) },
      { ...settings, pool: settings.pool.slice(1) },
    ];
    for (const other of changed) expect(drawInputHash(other)).not.toBe(base);
  });

  it('SUP-1 a new seed is the hex of the 32 bytes it is given', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    expect(newSeed(() => bytes)).toBe(hex(bytes));
    expect(newSeed((n) => new Uint8Array(n))).toBe('0'.repeat(64));
    expect(() => newSeed(() => new Uint8Array(16))).toThrow(/32 random bytes, got 16/);
  });
});

describe('SUP-1 input the draw refuses', () => {
  const { seed: _, ...settings } = example;
  const refuses = (input: Partial<DrawInput>, message: RegExp) =>
    expect(() => drawInspection({ ...example, ...input })).toThrow(message);

  it('SUP-1 a seed that is not 64 lowercase hex characters', () => {
    refuses({ seed: example.seed.toUpperCase() }, /64 lowercase hexadecimal/);
    refuses({ seed: example.seed.slice(2) }, /64 lowercase hexadecimal/);
    expect(() => seedHash(`${example.seed}00`)).toThrow(/64 lowercase hexadecimal/);
  });

  it('SUP-1 fewer than two inspectors per object, or not a whole number', () => {
    refuses({ inspectorsPerObject: 1 }, /at least 2 inspectors/);
    refuses({ inspectorsPerObject: 2.5 }, /at least 2 inspectors/);
    expect(() => shortOfInspectors({ ...settings, inspectorsPerObject: 1 })).toThrow(/at least 2/);
  });

  it('SUP-1 a rate outside 0–100 or with more than two decimals, or a stratum without a rate', () => {
    refuses({ rates: { ...example.rates, low: 100.01 } }, /"low" must be a percentage from 0 to 100/);
    refuses({ rates: { ...example.rates, low: -1 } }, /from 0 to 100/);
    refuses({ rates: { ...example.rates, low: Number.NaN } }, /from 0 to 100/);
    refuses({ rates: { ...example.rates, low: 12.505 } }, /at most two decimals, got 12.505/);
    refuses({ rates: { high: 50, low: 10 } }, /no rate for stratum "medium"/);
    // A stratum named like a property every object has still needs its own rate.
    refuses({ pool: [{ caseNo: 'LS-1', stratum: 'toString' }] }, /no rate for stratum "toString"/);
    // A rate for a stratum without cases is still checked.
    refuses({ rates: { ...example.rates, none: 150 } }, /"none" must be a percentage/);
  });

  it('SUP-1 a case in the pool twice, in one stratum or in two', () => {
    refuses(
      { pool: [...example.pool, { caseNo: 'LS-2026-0013', stratum: 'low' }] },
      /LS-2026-0013 is in the pool more than once/,
    );
    refuses(
      { pool: [...example.pool, { caseNo: 'LS-2026-0013', stratum: 'high' }] },
      /LS-2026-0013 is in the pool more than once/,
    );
    refuses({ pool: [...example.pool, { caseNo: '', stratum: 'high' }] }, /non-empty string/);
    // Thousands of strata are compared in batches.
    const many = Array.from({ length: 3000 }, (_, i) => ({ caseNo: `C${i}`, stratum: `S${i}` }));
    const rates = Object.fromEntries(many.map((e) => [e.stratum, 100]));
    expect(drawInspection({ ...example, pool: many, rates, exclusions: {} })).toHaveLength(3000);
    refuses(
      { pool: [...many, { caseNo: 'C2999', stratum: 'S0' }], rates, exclusions: {} },
      /C2999 is in the pool more than once/,
    );
  });

  it('SUP-1 a drawn case with too few eligible inspectors is named', () => {
    refuses(
      {
        exclusions: {
          ...example.exclusions,
          'LS-2026-0007': ['370212001', '370212002', '370212003', '370212004', '370212005'],
        },
      },
      /case LS-2026-0007 has 1 eligible inspector\(s\), fewer than the 2 each object needs/,
    );
    expect(
      shortOfInspectors({ ...settings, exclusions: { 'LS-2026-0011': settings.inspectors.slice(1) } }),
    ).toEqual(['LS-2026-0011']);
    expect(shortOfInspectors({ ...settings, inspectors: ['370212001'] })).toHaveLength(settings.pool.length);
  });
});

// SUP-1 一公开: a published draw re-run from its plan — offline (npm run verify-draw) and by the public
// re-run route — check by check. The plan is docs/double-random-example.json, the worked example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PublishedPlan, parsePublishedPlan, verifyPublishedDraw } from './verify-published-draw.ts';

const published = parsePublishedPlan(
  JSON.parse(readFileSync(new URL('../../docs/double-random-example.json', import.meta.url), 'utf8')),
);
const plan = (change: (p: PublishedPlan) => void = () => {}) => {
  const p = structuredClone(published);
  change(p);
  return p;
};
const failed = (p: PublishedPlan) =>
  verifyPublishedDraw(p)
    .checks.filter((c) => !c.ok)
    .map((c) => c.name);

describe('SUP-1 verifying a published draw', () => {
  it('SUP-1 the example plan holds check by check, in both languages', () => {
    const result = verifyPublishedDraw(published);
    expect(result).toMatchObject({ ok: true, equal: true, seedPublished: true });
    expect(result.checks.map((c) => [c.name, c.ok])).toEqual([
      ['algorithm', true],
      ['seedHash', true],
      ['poolHash', true],
      ['inputHash', true],
      ['draw', true],
    ]);
    expect(result.checks.at(-1)).toMatchObject({
      message: '重新抽取的结果与公布的一致（4 个检查对象）',
      message_en: 'the draw re-run equals the published one (4 objects)',
    });
    expect(result.recomputed?.map((o) => o.caseNo)).toEqual([
      'LS-2026-0002',
      'LS-2026-0007',
      'LS-2026-0009',
      'LS-2026-0004',
    ]);
  });

  it('SUP-1 an inspector swapped after the draw is caught, naming the object', () => {
    const swapped = plan((p) => {
      p.drawn![2]!.inspectors.reverse();
    });
    const result = verifyPublishedDraw(swapped);
    expect(result).toMatchObject({ ok: false, equal: false });
    expect(failed(swapped)).toEqual(['draw']);
    expect(result.checks.at(-1)!.message).toBe(
      '重新抽取的结果与公布的不一致：第 3 个检查对象公布为 LS-2026-0009（low；370212001、370212006），' +
        '重新抽取为 LS-2026-0009（low；370212006、370212001）；公布 4 个，重新抽取 4 个',
    );
    expect(result.checks.at(-1)!.message_en).toContain(
      'object 3 was published as LS-2026-0009 (low; 370212001, 370212006)',
    );
  });

  it('SUP-1 an object dropped from, or added to, the published draw is caught', () => {
    const dropped = plan((p) => {
      p.drawn!.pop();
    });
    expect(verifyPublishedDraw(dropped).checks.at(-1)!.message_en).toContain(
      'object 4 was published as (none) and re-runs as LS-2026-0004',
    );
    const added = plan((p) => {
      p.drawn!.push({ caseNo: 'LS-2026-0011', stratum: 'medium', inspectors: [{ number: '370212001' }] });
    });
    expect(verifyPublishedDraw(added).checks.at(-1)!.message_en).toContain('5 published, 4 re-run');
  });

  it('SUP-1 another seed, pool or input than the ones committed to fails its hash (and the draw)', () => {
    expect(
      failed(
        plan((p) => {
          p.seed = `${p.seed!.slice(0, 63)}e`;
        }),
      ),
    ).toEqual(['seedHash', 'draw']);
    expect(
      failed(
        plan((p) => {
          p.input.pool = p.input.pool.filter((e) => e.caseNo !== 'LS-2026-0011');
        }),
      ),
    ).toEqual(['poolHash', 'inputHash']);
    expect(
      failed(
        plan((p) => {
          p.input.rates = { ...p.input.rates, low: 25 };
        }),
      ),
    ).toEqual(['inputHash', 'draw']);
  });

  it('SUP-1 before the draw only the pool and input hashes can be checked', () => {
    const before = plan((p) => {
      p.seed = null;
      p.drawn = [];
    });
    const result = verifyPublishedDraw(before);
    expect(result).toMatchObject({ seedPublished: false, ok: false, equal: false, recomputed: null });
    expect(result.checks.map((c) => [c.name, c.ok])).toEqual([
      ['algorithm', true],
      ['seedHash', false],
      ['poolHash', true],
      ['inputHash', true],
      ['draw', false],
    ]);
  });

  it('SUP-1 another algorithm is not re-run, and a draw that cannot run says why', () => {
    expect(
      failed(
        plan((p) => {
          p.algorithm = 'chengnuo-draw/2';
        }),
      ),
    ).toEqual(['algorithm', 'draw']);
    const short = verifyPublishedDraw(
      plan((p) => {
        p.input.inspectorsPerObject = 1;
      }),
    );
    expect(short.checks.find((c) => c.name === 'inputHash')!.message_en).toContain('cannot be computed');
    expect(short.checks.at(-1)!.message).toMatch(/^无法重新抽取：each object needs at least 2 inspectors/);
  });

  it('SUP-1 a plan file of the wrong shape is refused, naming the field', () => {
    const raw = JSON.parse(JSON.stringify(published));
    expect(() => parsePublishedPlan([])).toThrow('plan: expected an object');
    expect(() => parsePublishedPlan({ ...raw, input: { ...raw.input, pool: [{ caseNo: 1 }] } })).toThrow(
      'input.pool[0].caseNo: expected a string',
    );
    expect(() => parsePublishedPlan({ ...raw, input: { ...raw.input, rates: { low: '10' } } })).toThrow(
      'input.rates: expected an object of numbers',
    );
    expect(() => parsePublishedPlan({ ...raw, seed: 7 })).toThrow('seed: expected a string or null');
    expect(() =>
      parsePublishedPlan({ ...raw, drawn: [{ ...raw.drawn[0], inspectors: ['370212001'] }] }),
    ).toThrow('drawn[0].inspectors[0]: expected an object');
    const { seed: _, drawn: __, ...beforeDraw } = raw;
    expect(parsePublishedPlan(beforeDraw)).toMatchObject({ seed: null, drawn: [] });
  });
});

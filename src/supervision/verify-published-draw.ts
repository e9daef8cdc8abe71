/**
 * SUP-1 一公开: re-runs a published draw and says, check by check, whether what was published holds —
 * for `npm run verify-draw` (offline) and for the public re-run route, which answer the same checks.
 * Pure; the published plan is data from outside and is read as such (parsePublishedPlan).
 */
import {
  type DrawnObject,
  type DrawSettings,
  drawAlgorithm,
  drawInputHash,
  drawInspection,
  poolHash,
  seedHash,
} from './inspection-draw.ts';

/** `GET /api/public/inspections/{planId}`, as far as a re-run reads it. */
export interface PublishedPlan {
  planId: string;
  title: string;
  algorithm: string;
  seedHash: string;
  poolHash: string;
  inputHash: string;
  /** Absent (or null) until the draw. */
  seed?: string | null;
  input: DrawSettings;
  drawn?: PublishedObject[];
}
export interface PublishedObject {
  caseNo: string;
  stratum: string;
  inspectors: { number: string; name?: string }[];
  result?: unknown;
}

export type CheckName = 'algorithm' | 'seedHash' | 'poolHash' | 'inputHash' | 'draw';
export interface Check {
  name: CheckName;
  ok: boolean;
  message: string;
  message_en: string;
}
export interface Verification {
  checks: Check[];
  /** The draw re-run from the published seed and input equals the published draw. */
  equal: boolean;
  /** Every check holds. */
  ok: boolean;
  /** Before the draw there is no seed, so only the pool and input hashes can be checked. */
  seedPublished: boolean;
  /** The re-run draw, null when it could not be run. */
  recomputed: DrawnObject[] | null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A hash check: the published value against the one computed from the published data. */
function hashCheck(
  name: CheckName,
  label: { zh: string; en: string },
  published: string,
  compute: () => string,
): Check {
  let computed: string;
  try {
    computed = compute();
  } catch (error) {
    return {
      name,
      ok: false,
      message: `${label.zh}无法计算：${describe(error)}`,
      message_en: `the ${label.en} cannot be computed: ${describe(error)}`,
    };
  }
  return computed === published
    ? {
        name,
        ok: true,
        message: `${label.zh}一致：${computed}`,
        message_en: `the ${label.en} matches: ${computed}`,
      }
    : {
        name,
        ok: false,
        message: `${label.zh}不一致：公布 ${published}，计算得 ${computed}`,
        message_en: `the ${label.en} differs: published ${published}, computed ${computed}`,
      };
}

const names = (o: { inspectors: readonly string[] }) => o.inspectors.join('、');
const shown = (o: { caseNo: string; stratum: string; inspectors: readonly string[] }) =>
  `${o.caseNo}（${o.stratum}；${names(o)}）`;
const shownEn = (o: { caseNo: string; stratum: string; inspectors: readonly string[] }) =>
  `${o.caseNo} (${o.stratum}; ${o.inspectors.join(', ')})`;

/** Names the first object where the two draws part, so that a reader can see it for themselves. */
function compareDraws(published: readonly DrawnObject[], recomputed: readonly DrawnObject[]): Check {
  const sameObject = (a: DrawnObject, b: DrawnObject) =>
    a.caseNo === b.caseNo &&
    a.stratum === b.stratum &&
    a.inspectors.length === b.inspectors.length &&
    a.inspectors.every((n, i) => n === b.inspectors[i]);
  const at = published.findIndex((o, i) => i >= recomputed.length || !sameObject(o, recomputed[i]!));
  if (at === -1 && published.length === recomputed.length) {
    return {
      name: 'draw',
      ok: true,
      message: `重新抽取的结果与公布的一致（${recomputed.length} 个检查对象）`,
      message_en: `the draw re-run equals the published one (${recomputed.length} objects)`,
    };
  }
  const position = at === -1 ? published.length : at;
  const p = published[position];
  const r = recomputed[position];
  return {
    name: 'draw',
    ok: false,
    message:
      `重新抽取的结果与公布的不一致：第 ${position + 1} 个检查对象公布为 ${p ? shown(p) : '（无）'}，` +
      `重新抽取为 ${r ? shown(r) : '（无）'}；公布 ${published.length} 个，重新抽取 ${recomputed.length} 个`,
    message_en:
      `the draw re-run differs from the published one: object ${position + 1} was published as ` +
      `${p ? shownEn(p) : '(none)'} and re-runs as ${r ? shownEn(r) : '(none)'}; ` +
      `${published.length} published, ${recomputed.length} re-run`,
  };
}

/** Checks the algorithm, the three hashes and, once the seed is published, the draw itself. */
export function verifyPublishedDraw(plan: PublishedPlan): Verification {
  const checks: Check[] = [];
  const knownAlgorithm = plan.algorithm === drawAlgorithm;
  checks.push(
    knownAlgorithm
      ? {
          name: 'algorithm',
          ok: true,
          message: `抽取算法：${drawAlgorithm}`,
          message_en: `draw algorithm: ${drawAlgorithm}`,
        }
      : {
          name: 'algorithm',
          ok: false,
          message: `抽取算法 ${plan.algorithm} 无法在此重新运行（此处为 ${drawAlgorithm}）`,
          message_en: `the draw algorithm ${plan.algorithm} cannot be re-run here (this is ${drawAlgorithm})`,
        },
  );
  const seed = plan.seed ?? null;
  checks.push(
    seed === null
      ? {
          name: 'seedHash',
          ok: false,
          message: '随机种子尚未公布（抽取之后公布），种子摘要暂无法核验',
          message_en: 'the seed is not published yet (it is, at the draw): its hash cannot be checked yet',
        }
      : hashCheck('seedHash', { zh: '随机种子摘要', en: 'seed hash' }, plan.seedHash, () => seedHash(seed)),
    hashCheck('poolHash', { zh: '抽查对象名录摘要', en: 'pool hash' }, plan.poolHash, () =>
      poolHash(plan.input.pool.map((entry) => entry.caseNo)),
    ),
    hashCheck('inputHash', { zh: '抽取参数摘要', en: 'input hash' }, plan.inputHash, () =>
      drawInputHash(plan.input),
    ),
  );
  let recomputed: DrawnObject[] | null = null;
  if (seed === null) {
    checks.push({
      name: 'draw',
      ok: false,
      message: '尚未抽取：公布随机种子后方可重新抽取',
      message_en: 'not drawn yet: the draw can be re-run once the seed is published',
    });
  } else if (!knownAlgorithm) {
    checks.push({
      name: 'draw',
      ok: false,
      message: '抽取算法不同，未重新抽取',
      message_en: 'another draw algorithm: not re-run',
    });
  } else {
    try {
      recomputed = drawInspection({ ...plan.input, seed });
    } catch (error) {
      checks.push({
        name: 'draw',
        ok: false,
        message: `无法重新抽取：${describe(error)}`,
        message_en: `the draw cannot be re-run: ${describe(error)}`,
      });
    }
    if (recomputed) {
      const published = (plan.drawn ?? []).map((o) => ({
        caseNo: o.caseNo,
        stratum: o.stratum,
        inspectors: o.inspectors.map((i) => i.number),
      }));
      checks.push(compareDraws(published, recomputed));
    }
  }
  const drawCheck = checks.find((c) => c.name === 'draw')!;
  return {
    checks,
    equal: recomputed !== null && drawCheck.ok,
    ok: checks.every((c) => c.ok),
    seedPublished: seed !== null,
    recomputed,
  };
}

// Reading a plan from outside --------------------------------------------------------------------------

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: Json): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function fail(path: string, expected: string): never {
  throw new Error(`${path}: expected ${expected}`);
}
function text(o: Record<string, Json>, key: string, path: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : fail(`${path}.${key}`, 'a string');
}

/**
 * A plan file as published, checked for shape only (whether its values make a valid draw is for the
 * checks to say). Throws an Error naming the first field that is missing or of the wrong kind.
 */
export function parsePublishedPlan(value: Json): PublishedPlan {
  if (!isObject(value)) fail('plan', 'an object');
  const input = value.input;
  if (!isObject(input)) fail('input', 'an object');
  const pool = input.pool;
  if (!Array.isArray(pool)) fail('input.pool', 'a list');
  const entries = pool.map((entry, i) => {
    if (!isObject(entry)) fail(`input.pool[${i}]`, 'an object');
    return {
      caseNo: text(entry, 'caseNo', `input.pool[${i}]`),
      stratum: text(entry, 'stratum', `input.pool[${i}]`),
    };
  });
  const rates = input.rates;
  if (!isObject(rates) || Object.values(rates).some((r) => typeof r !== 'number')) {
    fail('input.rates', 'an object of numbers');
  }
  if (!isStringList(input.inspectors)) fail('input.inspectors', 'a list of strings');
  if (typeof input.inspectorsPerObject !== 'number') fail('input.inspectorsPerObject', 'a number');
  const exclusions = input.exclusions ?? {};
  if (!isObject(exclusions) || !Object.values(exclusions).every(isStringList)) {
    fail('input.exclusions', 'an object of lists of strings');
  }
  const seed = value.seed;
  if (seed !== undefined && seed !== null && typeof seed !== 'string') fail('seed', 'a string or null');
  const drawn = value.drawn ?? [];
  if (!Array.isArray(drawn)) fail('drawn', 'a list');
  return {
    planId: String(value.planId ?? ''),
    title: String(value.title ?? ''),
    algorithm: text(value, 'algorithm', 'plan'),
    seedHash: text(value, 'seedHash', 'plan'),
    poolHash: text(value, 'poolHash', 'plan'),
    inputHash: text(value, 'inputHash', 'plan'),
    seed: seed ?? null,
    input: {
      pool: entries,
      rates: rates as Record<string, number>,
      inspectors: input.inspectors,
      inspectorsPerObject: input.inspectorsPerObject,
      exclusions: exclusions as Record<string, string[]>,
    },
    drawn: drawn.map((object, i) => {
      const path = `drawn[${i}]`;
      if (!isObject(object)) fail(path, 'an object');
      const inspectors = object.inspectors;
      if (!Array.isArray(inspectors)) fail(`${path}.inspectors`, 'a list');
      return {
        caseNo: text(object, 'caseNo', path),
        stratum: text(object, 'stratum', path),
        inspectors: inspectors.map((inspector, j) => {
          if (!isObject(inspector)) fail(`${path}.inspectors[${j}]`, 'an object');
          const number = text(inspector, 'number', `${path}.inspectors[${j}]`);
          return typeof inspector.name === 'string' ? { number, name: inspector.name } : { number };
        }),
        ...(object.result === undefined ? {} : { result: object.result }),
      };
    }),
  };
}

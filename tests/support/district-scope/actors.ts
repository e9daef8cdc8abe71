// Who probes ORG-2: demo accounts of 崂山区 (LS, 370212) and of 山亭区 (ST, 370406), the bodies above
// each, and the platform admin, who sees both.
import { residentIdCheckCharacter } from '../../../src/common/identifiers/index.ts';

export const actors = [
  'ls-admin',
  'ls-justice',
  'ls-auditor', // 青岛市司法局 (370200), oversees 370212 only
  'qd-justice', // 青岛市司法局 (370200)
  'ls-case-officer',
  'ls-regulator', // VER-5: 崂山区市场监督管理局
  'st-admin',
  'st-justice',
  'st-auditor', // 枣庄市司法局 (370400)
  'zz-justice',
  'st-dianzi-justice', // 店子镇司法所 (370406101)
  'st-case-officer',
  'st-dianzi-officer', // 店子镇人民政府 (370406101): asks for changes to the town list
  'st-regulator', // VER-5: 山亭区市场监督管理局
  // CASE-1..7, VER-1, CRED-1: applicants, the handling agencies' verifiers, the credit offices
  'ls-applicant',
  'ls-verifier',
  'ls-credit',
  'st-applicant',
  'st-verifier',
  'st-credit',
  // SPEC §10: the companies' administrator accounts (their agents)
  'ls-company',
  'st-company',
  // 接口状态, VER-8: the big-data centres
  'ls-data',
  'st-data',
  'platform-admin', // province (370000): sees both, the positive control
] as const;
export type ActorName = (typeof actors)[number];
/** Everyone but the platform admin, who may reach both districts. */
export type Prober = Exclude<ActorName, 'platform-admin'>;

export const home = (actor: ActorName): 'ls' | 'st' => (/^(ls|qd)-/.test(actor) ? 'ls' : 'st');

/** The staff of each district and of the city above it (the platform admin, who sees both, aside). */
export const LS_STAFF = ['ls-admin', 'ls-justice', 'ls-auditor', 'qd-justice', 'ls-case-officer'] as const;
export const ST_STAFF = [
  'st-admin',
  'st-justice',
  'st-auditor',
  'zz-justice',
  'st-dianzi-justice',
  'st-dianzi-officer',
  'st-case-officer',
] as const;

/** Who reads cases (every staff role) and who applies. */
export const CASE_READERS = {
  ls: [...LS_STAFF, 'ls-verifier', 'ls-credit'],
  st: [...ST_STAFF, 'st-verifier', 'st-credit'],
} as const;
export const APPLICANTS = { ls: ['ls-applicant'], st: ['st-applicant'] } as const;

/** A 居民身份证号 nobody holds, for a counter application that must not be entered. */
export const strangerId = `37021219800101009${residentIdCheckCharacter('37021219800101009')}`;

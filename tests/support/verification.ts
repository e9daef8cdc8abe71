// The verification API (VER-1..9, SUP-3) as the API tests call it: an approved case of a new applicant
// whose commitments the tests verify, and the task answers' types.
import { expect } from 'vitest';
import { residentIdCheckCharacter } from '../../src/common/identifiers/index.ts';
import type { getTask } from '../../src/verification/get-task.ts';
import { registerProvenApplicant } from './applicants.ts';
import { act, apply, type CaseView, decide, findMatter, getCaseView, uploadProof } from './cases.ts';
import type { TestExchange } from './exchange.ts';
import { type AsJson, ok } from './lists.ts';
import type { Session, TestApp } from './test-app.ts';

export type TaskDetail = AsJson<Awaited<ReturnType<typeof getTask>>>;

// Test files share their worker process (`isolate: false`), so the count goes on across files; the
// sequence number stays three digits whatever it reaches.
let serial = 0;
/** A fresh valid 居民身份证号 of 崂山区 (born 1990), different on each call in a file. */
export function newResidentId(): string {
  serial += 1;
  const body = `37021219900101${String(100 + (serial % 900))}`;
  return body + residentIdCheckCharacter(body);
}

export const GRADUATE = {
  school: '中国海洋大学',
  major: '海洋技术',
  graduationYear: 2026,
  level: '硕士研究生',
} as const;
export const EMPLOYMENT = { employer: '青岛海科智能装备有限公司', consecutiveMonths: 3 } as const;

/**
 * A new proven applicant of 崂山区 applies online for 高校毕业生住房补贴 (LS-29), committing to the
 * degree and the insurance facts given and uploading the property proof; the window accepts and
 * approves it, which plans the online checks (VER-1).
 */
export async function approvedGraduateCase(
  t: TestApp,
  options: {
    name?: string;
    degree?: Record<string, string | number>;
    employment?: Record<string, string | number>;
    exchange?: TestExchange;
    records?: 'matching' | 'none';
  } = {},
) {
  const identifier = newResidentId();
  const name = options.name ?? '陈思远';
  const username = `grad-${identifier.slice(-6)}`;
  const applicant = await registerProvenApplicant(t, {
    username,
    password: 'Graduate#2026',
    name,
    identifier,
    districtCode: '370212',
    phone: `13900000${identifier.slice(-4, -1)}`,
  });
  if (options.exchange && options.records !== 'none') {
    await options.exchange.put('education', identifier, name, [
      { ...GRADUATE, certificateNo: '104231202602009999' },
    ]);
    await options.exchange.put('social-insurance', identifier, name, [
      { employer: EMPLOYMENT.employer, from: '2026-07', to: '2026-12' },
    ]);
  }
  const matter = await findMatter(applicant, '370212', (m) => m.code === 'LS-29');
  const created = await apply(applicant, {
    administrativeMatterId: matter.id,
    proofs: [
      { proof: '学历证明', choice: 'commit', facts: options.degree ?? GRADUATE },
      { proof: '社会保险缴纳证明', choice: 'commit', facts: options.employment ?? EMPLOYMENT },
      { proof: '不动产权属证明', choice: 'upload', fileId: await uploadProof(applicant, '370212') },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  const officer = await t.login('ls-case-officer');
  let view = await getCaseView(officer, created.json().id);
  view = await ok<CaseView>(act(officer, view, 'accept'));
  view = await ok<CaseView>(
    decide(officer, view, { outcome: 'approve', documentNo: `崂人社给〔2026〕${serial}号` }),
  );
  return { applicant, identifier, name, caseView: view, officer };
}

export const taskOf = (view: CaseView, proof: string) => {
  const task = view.verificationTasks.find((v) => v.proofName === proof);
  expect(task, `a task for ${proof}`).toBeDefined();
  return task!;
};

export const getTaskDetail = (session: Session, id: string) =>
  ok<TaskDetail>(session.request('GET', `/api/verification/tasks/${id}`));

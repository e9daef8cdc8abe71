import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import type { CountedDue } from '../platform/calendar/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { caseLink } from './case-link.ts';
import type { CaseRow } from './case-store.ts';

/** 行政许可法第三十二条: whether to accept is answered within five working days of receipt. */
export const ACCEPT_WITHIN_WORKING_DAYS = 5;
/** 行政许可法第四十二条: a decision within twenty working days of acceptance. */
export const DECIDE_WITHIN_WORKING_DAYS = 20;

export const acceptDeadlineKey = (caseId: string) => `case:${caseId}:accept`;
export const decisionDeadlineKey = (caseId: string) => `case:${caseId}:decide`;

interface CaseClock {
  caseRow: Pick<CaseRow, 'id' | 'caseNo' | 'matterName' | 'districtCode' | 'agencyId'>;
  /** Where the handling agency sits; its case officers answer for the clock. */
  jurisdictionCode: string;
  due: CountedDue;
  actor: AuditActor;
  now: Date;
}

/** GOV-4: the handling officers' clock to accept (or return) an application; registering again moves it. */
export const registerAcceptDeadline = (tx: Tx, options: CaseClock) =>
  registerCaseClock(tx, options, {
    key: acceptDeadlineKey(options.caseRow.id),
    title: `受理申请 ${options.caseRow.caseNo}（${options.caseRow.matterName}）`,
    titleEn: `Accept or return application ${options.caseRow.caseNo}`,
  });

/** GOV-4: the handling officers' clock to decide an accepted application. */
export const registerDecisionDeadline = (tx: Tx, options: CaseClock) =>
  registerCaseClock(tx, options, {
    key: decisionDeadlineKey(options.caseRow.id),
    title: `作出决定 ${options.caseRow.caseNo}（${options.caseRow.matterName}）`,
    titleEn: `Decide application ${options.caseRow.caseNo}`,
  });

const registerCaseClock = (
  tx: Tx,
  options: CaseClock,
  what: { key: string; title: string; titleEn: string },
) =>
  registerDeadline(tx, {
    input: {
      ...what,
      districtCode: options.caseRow.districtCode,
      ...options.due,
      responsibleJurisdictionCode: options.jurisdictionCode,
      responsibleAgencyId: options.caseRow.agencyId,
      responsibleRole: 'case-officer',
      link: caseLink(options.caseRow.id),
    },
    actor: options.actor,
    now: options.now,
  });

/** Closes the case's open clocks: done when the officer acted, cancelled when the case ended otherwise. */
export async function closeCaseDeadlines(
  tx: Tx,
  caseId: string,
  state: 'done' | 'cancelled',
  actor: AuditActor,
  now: Date,
) {
  for (const key of [acceptDeadlineKey(caseId), decisionDeadlineKey(caseId)])
    await closeDeadline(tx, { key, state, actor, now });
}

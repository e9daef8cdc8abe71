import type { ListItem } from '../lists/index.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';

export type { CaseVerificationTask } from './contract.ts';

import type { CaseVerificationTask } from './contract.ts';

/**
 * What a case needs of verification, which follows the decision in the scheme (VER-1). The
 * composition root (`server.ts`) plugs the verification capability in, so cases does not depend on
 * it while verification reads cases.
 */
export interface VerificationPort {
  /** Plans the verification of an approved case's commitments, in the deciding transaction. */
  start(
    tx: Tx,
    options: {
      caseRow: { id: string; caseNo: string; districtCode: string; agencyId: string; partyId: string };
      agencyJurisdictionCode: string;
      committed: { commitmentId: string; item: ListItem }[];
      decidedOn: string;
      calendar: WorkingCalendar;
      actor: AuditActor;
      now: Date;
    },
  ): Promise<readonly unknown[]>;
  tasksOf(db: AppDb, caseId: string): Promise<CaseVerificationTask[]>;
  /** After a decision committed: work that runs outside its transaction (online checks) may start. */
  afterDecision?(): void;
}

import { and, eq, or } from 'drizzle-orm';
import type { CaseAction, CaseState } from '../common/case-states.ts';
import { caseStateLabel } from '../common/decision-wording.ts';
import type { NotificationTopic } from '../common/notification-topics.ts';
import { notifications } from '../inbox/index.ts';
import { users } from '../organisation/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { caseLink } from './case-link.ts';

/** What a step of a case is, to the inbox: the applicant's own steps are 申请, the officer's decide. */
export const caseActionTopics: Record<CaseAction, NotificationTopic> = {
  submit: 'application',
  resubmit: 'application',
  withdraw: 'application',
  accept: 'acceptance',
  'request-correction': 'correction',
  approve: 'decision',
  refuse: 'decision',
  terminate: 'decision',
};

/**
 * CASE-7: every state change reaches both sides' inboxes: the applicant's accounts (the party's) and
 * the handling agency's case officers.
 */
export async function noticeCaseChange(
  tx: Tx,
  options: {
    caseRow: {
      id: string;
      caseNo: string;
      districtCode: string;
      partyId: string;
      agencyId: string;
      matterName: string;
      matterKind: string;
    };
    state: CaseState;
    topic: NotificationTopic;
    what: string;
    whatEn: string;
    now: Date;
  },
): Promise<void> {
  const c = options.caseRow;
  const recipients = await tx.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(
          and(eq(users.role, 'applicant'), eq(users.partyId, c.partyId)),
          and(eq(users.role, 'case-officer'), eq(users.agencyId, c.agencyId)),
        ),
      ),
    );
  if (recipients.length === 0) return;
  const label = caseStateLabel(options.state, c.matterKind);
  await tx.db.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      districtCode: c.districtCode,
      kind: 'info' as const,
      topic: options.topic,
      title: `${c.caseNo} ${options.what}`,
      titleEn: `${c.caseNo} ${options.whatEn}`,
      body: `${c.matterName}：当前状态“${label.zh}”。`,
      bodyEn: `${c.matterName}: now "${label.en}".`,
      link: caseLink(c.id),
      createdAt: options.now,
    })),
  );
}

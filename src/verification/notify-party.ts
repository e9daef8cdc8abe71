import { and, eq, inArray } from 'drizzle-orm';
import { caseLink } from '../cases/index.ts';
import type { NotificationTopic } from '../common/notification-topics.ts';
import { notifications } from '../inbox/index.ts';
import { users } from '../organisation/index.ts';
import type { Tx } from '../platform/db/database.ts';

/** VER-7/SUP-3/CRED-4/CRED-5: tells the party's own accounts (the applicant, a company's administrator and agents). */
export async function notifyParty(
  tx: Tx,
  options: {
    partyId: string;
    districtCode: string;
    /** The page the notice opens: the case, or another page of the applicant's (`link`). */
    caseId?: string;
    link?: string;
    topic: NotificationTopic;
    title: string;
    titleEn: string;
    body: string;
    bodyEn: string;
    now: Date;
  },
) {
  const recipients = await tx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), eq(users.role, 'applicant'), eq(users.partyId, options.partyId)));
  if (recipients.length === 0) return;
  await tx.db.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      districtCode: options.districtCode,
      kind: 'info' as const,
      topic: options.topic,
      title: options.title,
      titleEn: options.titleEn,
      body: options.body,
      bodyEn: options.bodyEn,
      link: options.link ?? (options.caseId ? caseLink(options.caseId) : null),
      createdAt: options.now,
    })),
  );
}

/** VER-4: tells the officers of an agency in a role (the assisting officers, the requesting verifiers) about an assistance request. */
export async function notifyStaff(
  tx: Tx,
  options: {
    agencyId: string;
    roles: string[];
    districtCode: string;
    title: string;
    titleEn: string;
    body: string;
    bodyEn: string;
    link: string;
    now: Date;
  },
) {
  const recipients = await tx.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.active, true), eq(users.agencyId, options.agencyId), inArray(users.role, options.roles)),
    );
  if (recipients.length === 0) return;
  await tx.db.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      districtCode: options.districtCode,
      kind: 'info' as const,
      topic: 'assistance' as const,
      title: options.title,
      titleEn: options.titleEn,
      body: options.body,
      bodyEn: options.bodyEn,
      link: options.link,
      createdAt: options.now,
    })),
  );
}

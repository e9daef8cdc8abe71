import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import { countDue, type WorkingCalendar } from '../platform/calendar/index.ts';
import type { Tx } from '../platform/db/database.ts';

export const textDeadlineKey = (districtCode: string, itemKey: string) =>
  `text-publication:${districtCode}:${itemKey}`;

/**
 * DOC-3 (SPEC §10 Clocks), started by the list: an item's 10 working days for publishing its texts start when it first
 * appears in a published version of the district's list; the handling agency answers for it.
 */
export async function openTextClocks(
  tx: Tx,
  options: {
    districtCode: string;
    publishedOn: string;
    newItems: { key: string; name: string; administrativeMatter: string; agencyId: string | null }[];
    workingDays: number;
    calendar: WorkingCalendar;
    actor: AuditActor;
    now: Date;
  },
): Promise<void> {
  const due = countDue(options.calendar, options.publishedOn, options.workingDays);
  for (const item of options.newItems)
    await registerDeadline(tx, {
      actor: options.actor,
      now: options.now,
      input: {
        key: textDeadlineKey(options.districtCode, item.key),
        districtCode: options.districtCode,
        title: `公布“${item.name}”（${item.administrativeMatter}）告知书、承诺书格式文本`,
        titleEn: `Publish the notice and commitment texts of ${item.name}`,
        ...due,
        responsibleJurisdictionCode: options.districtCode,
        responsibleAgencyId: item.agencyId,
        responsibleRole: 'case-officer',
        link: '/workbench/texts',
      },
    });
}

/** An item taken off the list no longer needs its texts published: its clock stops. */
export async function cancelTextClocks(
  tx: Tx,
  options: { districtCode: string; keys: string[]; actor: AuditActor; now: Date },
): Promise<void> {
  for (const key of options.keys)
    await closeDeadline(tx, {
      key: textDeadlineKey(options.districtCode, key),
      state: 'cancelled',
      actor: options.actor,
      now: options.now,
    });
}

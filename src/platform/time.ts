/** China keeps UTC+8 all year (no daylight saving), so the Asia/Shanghai date is a fixed shift. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as people in Shandong read it: 'YYYY-MM-DD HH:mm' (Asia/Shanghai). */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a Shanghai date begins (a period counted from that date includes all of it). */
export function startOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}

/** The instant a Shanghai date's working day ends (a deadline is due at the end of its day). */
export function endOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T23:59:59.999+08:00`));
}

/**
 * GOV-5: every kind of recorded change. Capabilities add theirs here so the audit page and the
 * verifier know the whole vocabulary.
 */
export const auditActions = [
  'jurisdiction.created',
  'jurisdiction.renamed',
  'agency.created',
  'agency.updated',
  'district-settings.updated',
  'user.created',
  'user.updated',
  'user.password-reset',
  'account.registered',
  'account.password-changed',
  'session.opened',
  'session.closed',
  'calendar.day-set',
  'calendar.day-cleared',
  'calendar.year-schedule-entered',
  'deadline.registered',
  'deadline.closed',
  'reminders.written',
  'notification.read',
  'demo.loaded',
] as const;

export type AuditAction = (typeof auditActions)[number];

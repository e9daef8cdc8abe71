/**
 * CASE-7/GOV-4, issue 17: what a message (站内消息) is about, as the inbox tags and filters it. The
 * set is what the platform sends: the steps of a case (申请, 受理, 补正, 决定), verification (核查),
 * assistance between agencies (协助), the integrity file (信用), and the deadline scan (期限提醒, 逾期).
 */
export const notificationTopics = [
  'application',
  'acceptance',
  'correction',
  'decision',
  'verification',
  'assistance',
  'credit',
  'reminder',
  'overdue',
] as const;

export type NotificationTopic = (typeof notificationTopics)[number];

/** Each topic's tag: its words and its colour (AntD preset colours, one per topic). */
export const notificationTopicLabels: Record<NotificationTopic, { zh: string; en: string; colour: string }> =
  {
    application: { zh: '申请', en: 'Application', colour: 'blue' },
    acceptance: { zh: '受理', en: 'Acceptance', colour: 'cyan' },
    correction: { zh: '补正', en: 'Correction', colour: 'orange' },
    decision: { zh: '决定', en: 'Decision', colour: 'green' },
    verification: { zh: '核查', en: 'Verification', colour: 'purple' },
    assistance: { zh: '协助', en: 'Assistance', colour: 'geekblue' },
    credit: { zh: '信用', en: 'Credit', colour: 'magenta' },
    reminder: { zh: '期限提醒', en: 'Deadline', colour: 'gold' },
    overdue: { zh: '逾期', en: 'Overdue', colour: 'red' },
  };

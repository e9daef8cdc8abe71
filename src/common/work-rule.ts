/** DOC-1: the sections of a district's general work rule (通用性工作规程), in the seeds' order. */
export const workRuleSections = {
  rightsAndDuties: { zh: '行政机关和当事人的权利义务', en: 'Rights and duties of agencies and parties' },
  notification: { zh: '告知内容', en: 'What is notified' },
  commitment: { zh: '承诺内容', en: 'What is committed' },
  verification: { zh: '核查要求', en: 'Verification' },
  procedure: { zh: '办理流程', en: 'Procedure' },
  creditManagement: { zh: '信用管理', en: 'Credit management' },
  legalLiability: { zh: '法律责任', en: 'Legal liability' },
} as const;
export type WorkRuleSection = keyof typeof workRuleSections;
export type WorkRule = { title: string } & Record<WorkRuleSection, string>;

/** The sections a rule leaves empty; a rule missing any is not published. */
export const missingRuleSections = (rule: WorkRule): WorkRuleSection[] =>
  (Object.keys(workRuleSections) as WorkRuleSection[]).filter((s) => !rule[s]?.trim());

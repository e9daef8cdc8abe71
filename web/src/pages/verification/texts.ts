import { defineTexts, useTexts } from '../../lib/i18n.ts';

/** Texts of the verification pages (VER-1), Chinese first, then English. */
const zh = {
  'tasks.title': '核查任务',
  'tasks.intro':
    '作出准予决定时，为每项承诺生成的核查任务：核查方式、方法、协助单位和核查期限（自决定之日起按工作日计算）。免于核查的承诺纳入事中事后监管。',
  'tasks.empty': '暂无核查任务',
  'tasks.search': '案件编号、事项或证明',
  'tasks.count': '共 {total} 项，{open} 项待核查',
  'col.caseNo': '案件编号',
  'col.matter': '办理事项',
  'col.proof': '证明材料',
  'col.kind': '类型',
  'col.verification': '核查方式',
  'col.method': '核查方法',
  'col.assisting': '协助单位',
  'col.decidedOn': '决定日期',
  'col.due': '核查期限',
  'col.state': '状态',
  'kind.verification': '核查',
  'kind.supervision': '事后监管',
  'state.planned': '待核查',
  'due.none': '不设期限',
} as const;

export type VerificationTextKey = keyof typeof zh;

const en: Record<VerificationTextKey, string> = {
  'tasks.title': 'Verification tasks',
  'tasks.intro':
    'The tasks planned for each commitment when a case is approved: verification class, method, assisting agency and due date (working days from the decision). Exempt commitments go to supervision instead.',
  'tasks.empty': 'No verification tasks',
  'tasks.search': 'Case no., matter or proof',
  'tasks.count': '{total} tasks, {open} to verify',
  'col.caseNo': 'Case no.',
  'col.matter': 'Matter',
  'col.proof': 'Proof',
  'col.kind': 'Kind',
  'col.verification': 'Verification',
  'col.method': 'Method',
  'col.assisting': 'Assisting agency',
  'col.decidedOn': 'Decided on',
  'col.due': 'Due',
  'col.state': 'State',
  'kind.verification': 'Verification',
  'kind.supervision': 'Supervision',
  'state.planned': 'Planned',
  'due.none': 'no due date',
};

const texts = defineTexts('verification', zh, en);

/** `vt('key', {var})` in the user's language. */
export function useVerificationTexts() {
  const { text, language } = useTexts(texts);
  return { vt: text, language };
}

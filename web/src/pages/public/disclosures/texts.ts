import { defineTexts, useTexts } from '../../../lib/i18n.ts';

/** Texts of the public disclosure page (CASE-4), Chinese first, then English. */
const zh = {
  'disc.title': '承诺公开',
  'disc.breadcrumb': '当前位置',
  'disc.place': '选择区县',
  'disc.intro':
    '属于承诺信息公开清单的事项，申请人同意公开的告知承诺书依法向社会公开，接受社会监督。自然人姓名、证件号码和联系电话已脱敏处理。',
  'disc.search': '搜索',
  'disc.searchPlaceholder': '办理事项、证明名称、承诺人或案件编号',
  'disc.count': '共 {total} 份承诺书，当前显示 {shown} 份',
  'disc.empty': '该区县暂无公开的承诺书',
  'disc.noMatch': '没有符合条件的承诺书',
  'disc.committer': '承诺人',
  'disc.committedAt': '承诺时间',
  'disc.caseNo': '案件编号',
  'disc.item': '承诺的证明',
  'disc.text': '承诺书全文（已脱敏）',
  'disc.loading': '正在加载…',
  'disc.loadFailed': '无法加载',
  'disc.unknownDistrict': '本平台未开通该区县',
  'home.open': '已公开，点击查看',
} as const;

export type DisclosureTextKey = keyof typeof zh;

const en: Record<DisclosureTextKey, string> = {
  'disc.title': 'Disclosed commitments',
  'disc.breadcrumb': 'You are here',
  'disc.place': 'District',
  'disc.intro':
    "For items on the disclosure list, the commitments applicants agreed to disclose are published for public scrutiny. Persons' names, ID numbers and phone numbers are masked.",
  'disc.search': 'Search',
  'disc.searchPlaceholder': 'Matter, proof, committer or case no.',
  'disc.count': '{total} commitments, {shown} shown',
  'disc.empty': 'No commitments disclosed in this district yet',
  'disc.noMatch': 'No commitments match',
  'disc.committer': 'Committer',
  'disc.committedAt': 'Committed',
  'disc.caseNo': 'Case no.',
  'disc.item': 'Proof committed',
  'disc.text': 'Full text (masked)',
  'disc.loading': 'Loading…',
  'disc.loadFailed': 'Could not load',
  'disc.unknownDistrict': 'This district is not served by the platform',
  'home.open': 'Published: open',
};

const texts = defineTexts('public-disclosures', zh, en);

/** `dt('key', {var})` in the user's language. */
export function useDisclosureTexts() {
  const { text, language } = useTexts(texts);
  return { dt: text, language };
}

import { defineTexts, useTexts } from '../../../lib/i18n.ts';

/** Texts of the public document pages (DOC-1..4), Chinese first, then English. */
const zh = {
  'docs.breadcrumb': '当前位置',
  'docs.place': '选择区县',
  'docs.sections': '文本栏目',
  'docs.section.texts': '告知书、承诺书格式文本',
  'docs.section.guides': '办事指南',
  'docs.section.workRule': '通用性工作规程',
  'docs.texts.title': '告知书、承诺书格式文本',
  'docs.texts.intro':
    '各实施单位按清单逐项制作并公布的证明事项告知书、告知承诺书格式文本，可在线阅读、下载 PDF 并打印后填写。',
  'docs.guides.title': '办事指南',
  'docs.guides.intro':
    '每个办理事项的告知承诺办事指南：选择告知承诺的条件，选择或不选择承诺的办理流程，以及中途撤回承诺的方式。',
  'docs.workRule.title': '通用性工作规程',
  'docs.workRule.intro':
    '区司法局制定的证明事项告知承诺制通用性工作规程，告知书、承诺书格式文本依据本规程制作。',
  'docs.loading': '正在加载…',
  'docs.loadFailed': '无法加载',
  'docs.none.texts': '该区县尚未公布格式文本。',
  'docs.none.guides': '该区县尚未公布办事指南。',
  'docs.none.workRule': '该区县尚未公布通用性工作规程。',
  'docs.none.document': '未找到该文本，可能已被新版本替代或地址有误。',
  'docs.search': '搜索',
  'docs.search.texts': '办理事项或证明名称',
  'docs.search.guides': '办理事项',
  'docs.kind': '文本类型',
  'docs.kind.all': '全部',
  'docs.kind.notice': '告知书',
  'docs.kind.commitment': '承诺书',
  'docs.kindFull.notice': '证明事项告知书',
  'docs.kindFull.commitment': '证明事项告知承诺书',
  'docs.shownTexts': '{matters} 个办理事项，{items} 项证明，{texts} 份文本',
  'docs.shownGuides': '共 {total} 份办事指南，当前显示 {shown} 份',
  'docs.empty': '没有符合条件的文本',
  'docs.html': '网页版',
  'docs.pdf': 'PDF',
  'docs.htmlOf': '{name}：{kind}（网页版）',
  'docs.pdfOf': '下载 PDF：{name} {kind}',
  'docs.version': '第 {version} 版 · {date}',
  'docs.versionNo': '第 {version} 版',
  'docs.publishedOn': '{date} 公布',
  'docs.download': '下载 PDF',
  'docs.print': '打印',
  'docs.back': '返回列表',
  'docs.col.matter': '办理事项',
  'docs.col.title': '指南名称',
  'docs.col.version': '版本',
  'docs.col.published': '公布日期',
  'docs.col.open': '查看与下载',
  'docs.document': '文本',
  'docs.blankForm': '本页为空白格式文本，下划线处由申请人或行政机关在办理时填写。',
  'docs.inForce': '现行第 {version} 版，{date} 公布',
  'home.textsOpen': '已公布，点击查看',
} as const;

export type DocumentTextKey = keyof typeof zh;

const en: Record<DocumentTextKey, string> = {
  'docs.breadcrumb': 'You are here',
  'docs.place': 'District',
  'docs.sections': 'Document sections',
  'docs.section.texts': 'Notice and commitment templates',
  'docs.section.guides': 'Service guides',
  'docs.section.workRule': 'General work rule',
  'docs.texts.title': 'Notice and commitment templates',
  'docs.texts.intro':
    'The written notice and written commitment of every listed proof, as published by the handling agency: read them online, download the PDF and print it to fill in.',
  'docs.guides.title': 'Service guides',
  'docs.guides.intro':
    'For each administrative matter: the conditions for choosing commitment, the procedure with and without commitment, and how to withdraw a commitment midway.',
  'docs.workRule.title': 'General work rule',
  'docs.workRule.intro':
    "The district justice bureau's general work rule for the notification and commitment system; the templates follow it.",
  'docs.loading': 'Loading…',
  'docs.loadFailed': 'Could not load',
  'docs.none.texts': 'This district has not published templates yet.',
  'docs.none.guides': 'This district has not published service guides yet.',
  'docs.none.workRule': 'This district has not published its work rule yet.',
  'docs.none.document': 'No such document: it may have been replaced, or the address is wrong.',
  'docs.search': 'Search',
  'docs.search.texts': 'Matter or proof',
  'docs.search.guides': 'Matter',
  'docs.kind': 'Type',
  'docs.kind.all': 'All',
  'docs.kind.notice': 'Notice',
  'docs.kind.commitment': 'Commitment',
  'docs.kindFull.notice': 'Written notice',
  'docs.kindFull.commitment': 'Written commitment',
  'docs.shownTexts': '{matters} matters, {items} proofs, {texts} documents',
  'docs.shownGuides': '{shown} of {total} service guides shown',
  'docs.empty': 'No document matches',
  'docs.html': 'Web page',
  'docs.pdf': 'PDF',
  'docs.htmlOf': '{name}: {kind} (web page)',
  'docs.pdfOf': 'Download PDF: {name} {kind}',
  'docs.version': 'Version {version} · {date}',
  'docs.versionNo': 'Version {version}',
  'docs.publishedOn': 'published {date}',
  'docs.download': 'Download PDF',
  'docs.print': 'Print',
  'docs.back': 'Back to the list',
  'docs.col.matter': 'Matter',
  'docs.col.title': 'Guide',
  'docs.col.version': 'Version',
  'docs.col.published': 'Published',
  'docs.col.open': 'Read and download',
  'docs.document': 'Document',
  'docs.blankForm':
    'This is the blank template (in Chinese); the underlined blanks are filled in by the applicant or the agency.',
  'docs.inForce': 'Version {version} in force, published {date}',
  'home.textsOpen': 'Published: open',
};

const texts = defineTexts('public-documents', zh, en);

export const documentText = texts;

/** `pt('key', {var})` in the user's language. */
export function usePublicDocumentTexts() {
  const { text, language } = useTexts(texts);
  return { pt: text, language };
}

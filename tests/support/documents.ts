// The documents API (DOC-1..6) as the tests call it: the answers' types, taken from the code that makes
// them; the requests the documents tests repeat; what a default text must state (DOC-2); and the PDF
// checks a reader would make, with poppler-utils (pdftotext, pdffonts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type ListItem, verificationClasses } from '../../src/common/list-item.ts';
import { consequenceTerms, type FormatText, type TextKind } from '../../src/common/text-elements.ts';
import type { DistrictContext } from '../../src/documents/default-texts.ts';
import type { listDocumentFilings } from '../../src/documents/document-filings.ts';
import type { getFormatText } from '../../src/documents/format-texts.ts';
import type {
  publicWorkRule,
  publishedGuides,
  publishedTexts,
} from '../../src/documents/published-documents.ts';
import type { listServiceGuides } from '../../src/documents/service-guide-list.ts';
import type { getServiceGuide } from '../../src/documents/service-guides.ts';
import type { textsDashboard } from '../../src/documents/texts-dashboard.ts';
import type { getWorkRule } from '../../src/documents/work-rules.ts';
import { type AsJson, ok } from './lists.ts';
import type { Session } from './test-app.ts';

/** GET /api/documents/texts/:itemKey/:kind: a text as being edited, with what it lacks. */
export type TextAnswer = AsJson<Awaited<ReturnType<typeof getFormatText>>>;
/** GET /api/documents/texts: the DOC-3 dashboard of a district. */
export type Dashboard = AsJson<Awaited<ReturnType<typeof textsDashboard>>>;
export type WorkRuleAnswer = AsJson<Awaited<ReturnType<typeof getWorkRule>>>;
export type GuideAnswer = AsJson<Awaited<ReturnType<typeof getServiceGuide>>>;
export type GuideRow = AsJson<Awaited<ReturnType<typeof listServiceGuides>>[number]>;
export type Filing = AsJson<Awaited<ReturnType<typeof listDocumentFilings>>[number]>;
export type PublicText = AsJson<Awaited<ReturnType<typeof publishedTexts>>[number]>;
export type PublicGuide = AsJson<Awaited<ReturnType<typeof publishedGuides>>[number]>;
export type PublicWorkRule = AsJson<Awaited<ReturnType<typeof publicWorkRule>>>;
/** A published version as the publication routes answer it (201). */
export interface PublishedVersion {
  id: string;
  versionNo: number;
  publishedAt: string;
  [key: string]: unknown;
}

const textUrl = (itemKey: string, kind: TextKind, district: string) =>
  `/api/documents/texts/${itemKey}/${kind}?district=${district}`;

export const getText = (session: Session, itemKey: string, kind: TextKind, district = '370212') =>
  ok<TextAnswer>(session.request('GET', textUrl(itemKey, kind, district)));

export const saveText = (
  session: Session,
  itemKey: string,
  kind: TextKind,
  text: FormatText,
  revision: number,
  district = '370212',
) => session.request('PUT', textUrl(itemKey, kind, district), { text, revision });

export const publishText = (
  session: Session,
  itemKey: string,
  kind: TextKind,
  revision: number,
  district = '370212',
) =>
  session.request('POST', `/api/documents/texts/${itemKey}/${kind}/publication?district=${district}`, {
    revision,
  });

export const dashboard = (session: Session, district = '370212') =>
  ok<Dashboard>(session.request('GET', `/api/documents/texts?district=${district}`));

export const documentFilings = (session: Session, district = '370212') =>
  ok<Filing[]>(session.request('GET', `/api/documents/filings?district=${district}`));

export const receiveFiling = (session: Session, filing: Pick<Filing, 'id' | 'revision'>) =>
  session.request('POST', `/api/documents/filings/${filing.id}/receipt`, { revision: filing.revision });

/** The body of the section carrying `element` (they must be there). */
export const section = (text: FormatText | TextAnswer['text'], element: string): string => {
  const found = text.sections.filter((s) => s.element === element);
  expect(found, `section ${element}`).not.toEqual([]);
  return found.map((s) => s.body).join('\n');
};

/** A text with the body of `element`'s section replaced. */
export const withSection = (text: FormatText, element: string, body: string): FormatText => ({
  ...text,
  sections: text.sections.map((s) => (s.element === element ? { ...s, body } : s)),
});

/**
 * DOC-2: what the district default notice of `item` must state, read off its sections: the matter and
 * the proof it replaces, the legal basis, the conditions, how (the verification class), when (the time
 * limit) and by whom it is verified, each of the five consequences of a false commitment with the
 * district's credit platforms, whether the commitment is made public, and how to withdraw.
 */
export function expectDefaultNotice(notice: FormatText, item: ListItem, district: DistrictContext): void {
  const what = `${item.administrativeMatter} / ${item.name}`;
  expect(notice.title, what).toBe('证明事项告知书');
  const all = notice.sections.map((s) => s.body).join('\n');
  expect(all, what).toContain(`您申请办理“${item.administrativeMatter}”，需提交“${item.name}”`);
  expect(all, what).toContain(
    district.workRuleTitle
      ? `根据《${district.workRuleTitle}》`
      : `根据${district.districtName}证明事项告知承诺制`,
  );
  expect(all, what).toContain('{{applicantName}}');
  expect(section(notice, 'matter'), what).toBe(
    `您可以书面承诺已经符合“${item.name}”所证明的条件，以书面承诺代替提交“${item.name}”，由${item.handlingAgency}依据书面承诺办理“${item.administrativeMatter}”。`,
  );
  expect(item.legalBasis.trim(), what).not.toBe('');
  expect(section(notice, 'legalBasis'), what).toContain(item.legalBasis);
  const conditions = section(notice, 'conditions');
  expect(conditions, what).toContain(item.standard || `${item.name}所证明的事实真实、有效`);
  expect(conditions, what).toContain(`证明开具单位为${item.issuingBody}`);
  const verification = section(notice, 'verification');
  expect(verification, what).toContain(verificationClasses[item.verification].zh);
  expect(verification, what).toContain(`由${item.handlingAgency}`);
  if (item.verification === 'exempt') expect(verification, what).toContain('事中事后监管');
  else expect(verification, what).toContain(`自作出行政决定之日起 ${item.timeLimitWorkingDays} 个工作日内`);
  if (item.verification === 'assistance') expect(verification, what).toContain(`提请${item.assistingAgency}`);
  if (item.method && item.verification !== 'exempt') expect(verification, what).toContain(item.method);
  const consequences = section(notice, 'consequences');
  for (const word of ['终止办理', '撤销', '行政处罚', '信用记录', '移送司法机关', '刑事责任'])
    expect(consequences, `${what}: ${word}`).toContain(word);
  for (const term of Object.values(consequenceTerms))
    expect(
      term.words.some((w) => consequences.includes(w)),
      what,
    ).toBe(true);
  for (const platform of district.creditPlatforms) expect(consequences, what).toContain(platform);
  const disclosure = section(notice, 'disclosure');
  if (item.disclosure) {
    expect(disclosure, what).toContain('承诺书将依法向社会公开');
    expect(disclosure, what).toContain('不同意公开的，应当提交证明');
  } else expect(disclosure, what).toBe('本事项的承诺书不向社会公开。');
  const withdrawal = section(notice, 'withdrawal');
  expect(withdrawal, what).toContain('行政机关作出行政决定前，您可以撤回承诺');
  expect(withdrawal, what).toContain('改为提交证明');
  expect(all, what).toContain(`告知单位：${item.handlingAgency}`);
}

/**
 * DOC-2: what the default commitment of `item` must state: who commits (placeholders for the case),
 * that the conditions are met and the information true, that the notice was understood and
 * verification and consequences accepted, consent to disclosure (a choice only where the item is
 * disclosed), signature and date.
 */
export function expectDefaultCommitment(
  commitment: FormatText,
  item: ListItem,
  district: DistrictContext,
): void {
  const what = `${item.administrativeMatter} / ${item.name}`;
  expect(commitment.title, what).toBe('证明事项告知承诺书');
  const committer = section(commitment, 'committer');
  expect(committer, what).toContain('承诺人：{{applicantName}}');
  expect(committer, what).toContain('{{applicantIdLabel}}：{{applicantId}}');
  const met = section(commitment, 'conditionsMet');
  expect(met, what).toContain(`申请办理“${item.administrativeMatter}”，现就“${item.name}”郑重承诺`);
  expect(met, what).toContain(`已经符合${item.handlingAgency}告知的条件`);
  expect(met, what).toContain(item.standard || `${item.name}所证明的事实`);
  expect(met, what).toContain('真实、准确、完整');
  const understood = section(commitment, 'understood');
  expect(met, what).toContain('国办发〔2020〕42号');
  if (item.legalBasis) expect(met, what).toContain(item.legalBasis);
  for (const word of [
    '已经知晓行政机关告知的全部内容',
    '接受行政机关的核查',
    '虚假承诺',
    '责令限期整改',
    '终止办理',
    '撤销',
    '行政处罚',
    '信用记录',
    '失信惩戒',
    '刑事责任',
    ...district.creditPlatforms,
  ])
    expect(understood, `${what}: ${word}`).toContain(word);
  const consent = section(commitment, 'disclosureConsent');
  if (item.disclosure) {
    expect(consent, what).toContain('□ 同意公开本承诺书');
    expect(consent, what).toContain('□ 不同意公开');
  } else expect(consent, what).toBe('本事项承诺书不公开。');
  const signature = section(commitment, 'signature');
  expect(signature, what).toContain('承诺人（签字/盖章）：{{signature}}');
  expect(signature, what).toContain('承诺日期：{{commitmentDate}}');
}

// ---------------------------------------------------------------------------------------------------
// PDFs as a reader sees them.

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'chengnuo-documents-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text pdftotext extracts, with all white space removed (lines break anywhere in Chinese). */
export const pdfText = (pdf: Buffer): string =>
  withFile(pdf, (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).replace(/\s+/g, '');

/** The fonts pdffonts lists, each with whether it is embedded. */
export const pdfFonts = (pdf: Buffer): { name: string; embedded: boolean }[] =>
  withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = /^(\S+).*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!columns) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: columns[1]!, embedded: columns[2] === 'yes' };
    });

/** A real PDF (`%PDF`) whose every font is embedded; answers its extracted text. */
export function expectRealPdf(pdf: Buffer): string {
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  return pdfText(pdf);
}

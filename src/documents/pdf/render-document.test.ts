import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Block,
  type DocumentModel,
  fillModelPlaceholders,
  fillPlaceholders,
  renderPdf,
} from './render-document.ts';
import { sampleNotice } from './sample-notice.ts';

// The PDFs are checked with poppler-utils (pdftotext, pdffonts, pdfinfo), as a reader would see them.
const dir = mkdtempSync(join(tmpdir(), 'chengnuo-pdf-'));
let counter = 0;
const save = (pdf: Buffer) => {
  const file = join(dir, `document-${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
};
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const text = (file: string) => poppler('pdftotext', file, '-');
const layoutText = (file: string) => poppler('pdftotext', '-layout', file, '-');
const compact = (s: string) => s.replace(/\s+/g, '');

/** pdffonts rows: name and whether the font is embedded. */
function fonts(file: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = /^(\S+).*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!columns) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: columns[1]!, embedded: columns[2] === 'yes' };
    });
}

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('DOC-6 notices and commitments are real PDFs', () => {
  it('renders a notice with Chinese text a reader can extract, in order', async () => {
    const { pdf, warnings } = await renderPdf(sampleNotice());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(warnings).toEqual([]);

    const file = save(pdf);
    const extracted = compact(text(file));
    const order = [
      '证明事项告知承诺书',
      '申请事项：律师执业许可',
      '一、告知事项',
      '申请人作出的承诺不实的，行政机关将终止办理、撤销已作出的决定',
      '□同意公开承诺内容',
      '如承诺不实，愿意承担相应的法律责任。',
      '承诺人（签字/盖章）：',
      '日期：',
    ].map((needle) => extracted.indexOf(needle));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('embeds every font it uses', async () => {
    const file = save((await renderPdf(sampleNotice())).pdf);
    const listed = fonts(file);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((f) => f.embedded)).toBe(true);
    expect(listed.map((f) => f.name).join(' ')).toContain('NotoSansSC');
  });

  it('prints on A4 with "第 N 页 共 M 页" and the footer text on every page', async () => {
    const file = save((await renderPdf(sampleNotice())).pdf);
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
    expect(info).toMatch(/Pages:\s+2\n/);
    const pages = text(file).split('\f');
    expect(compact(pages[0]!)).toContain('第1页共2页');
    expect(compact(pages[1]!)).toContain('第2页共2页');
    for (const page of pages.slice(0, 2)) expect(compact(page)).toContain('崂山区司法局·格式文本第3版');
  });

  it('prints blank signature and date lines, or the values when given', async () => {
    const blank = layoutText(save((await renderPdf(sampleNotice())).pdf));
    expect(blank).toMatch(/日期：\s{4,}年\s{2,}月\s{2,}日/);

    const signed = await renderPdf({
      ...sampleNotice(),
      signature: { lines: [{ label: '承诺人（签字/盖章）', value: '张三' }], date: '2026年3月5日' },
    });
    expect(compact(text(save(signed.pdf)))).toContain('承诺人（签字/盖章）：张三日期：2026年3月5日');
  });

  it('renders every block kind', async () => {
    const model: DocumentModel = {
      title: '办事指南',
      subtitle: '崂山区司法局',
      blocks: [
        { kind: 'list', items: ['无序一', '无序二'] },
        { kind: 'list', ordered: true, items: ['有序一', '有序二'] },
        { kind: 'checkbox', items: [{ label: '同意公开', checked: true }, { label: '不同意公开' }] },
        { kind: 'fields', rows: [{ label: '申请人', value: '李四' }, { label: '联系电话' }] },
      ],
    };
    // -layout keeps each printed line together (the raw order may split the checkbox line into columns)
    const extracted = compact(layoutText(save((await renderPdf(model)).pdf)));
    for (const needle of [
      '办事指南',
      '崂山区司法局',
      '无序一',
      '1.有序一',
      '2.有序二',
      '■同意公开□不同意公开',
    ]) {
      expect(extracted).toContain(needle);
    }
    expect(extracted).toMatch(/申请人：李四联系电话：/);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const paragraph: Block = {
      kind: 'paragraph',
      text: '本人已知悉本机关告知的全部内容，承诺所填写的信息真实、准确。',
    };
    // the heading lands at every position near the end of the first page for one of these lengths
    for (let n = 18; n <= 32; n++) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, () => paragraph),
        { kind: 'heading', text: '七、法律责任' },
        paragraph,
      ];
      const pages = text(save((await renderPdf({ title: '测试', blocks })).pdf)).split('\f');
      for (const page of pages) {
        const lines = page.split('\n').filter((line) => line.trim() !== '' && !/^第\s*\d+\s*页/.test(line));
        expect(lines.at(-1)).not.toBe('七、法律责任');
      }
    }
  });

  it('gives the same bytes for the same model and creation date', async () => {
    const creationDate = new Date('2026-03-05T08:00:00Z');
    const first = await renderPdf(sampleNotice(), { creationDate });
    const second = await renderPdf(sampleNotice(), { creationDate });
    expect(first.pdf.equals(second.pdf)).toBe(true);
  });
});

describe('DOC-6 placeholders in format texts', () => {
  it('fillPlaceholders fills the keys it has and leaves the others', () => {
    expect(
      fillPlaceholders('申请人{{applicantName}}，事项{{ matter }}，编号{{no}}', {
        applicantName: '张三',
        no: 7,
      }),
    ).toBe('申请人张三，事项{{ matter }}，编号7');
    expect(fillPlaceholders('{{a}}{{b}}', { a: null, b: undefined })).toBe('{{a}}{{b}}');
    expect(fillPlaceholders('{{a}}', { a: '' })).toBe('');
    expect(fillPlaceholders('{{toString}}', {})).toBe('{{toString}}');
  });

  it('fillModelPlaceholders fills every text of a model without changing the original', () => {
    const model = sampleNotice();
    const filled = fillModelPlaceholders(model, { applicantName: '张三' });
    expect(JSON.stringify(filled)).not.toContain('{{applicantName}}');
    expect(JSON.stringify(model)).toContain('{{applicantName}}');
    expect(filled.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('申请人张三：'),
    });
  });

  it('prints an unfilled placeholder as a blank and a filled one as its value', async () => {
    const blankFile = save((await renderPdf(sampleNotice())).pdf);
    const blank = text(blankFile);
    expect(blank).not.toContain('{{');
    expect(blank).not.toContain('applicantName');
    expect(layoutText(blankFile)).toMatch(/申请人\s{6,}：根据/);

    const filled = await renderPdf(fillModelPlaceholders(sampleNotice(), { applicantName: '张三' }));
    const extracted = compact(text(save(filled.pdf)));
    expect(extracted).toContain('申请人张三：根据');
    expect(extracted).toContain('申请人姓名：张三');
  });
});

describe('DOC-6 rare characters (SPEC §10)', () => {
  const rareModel = (): DocumentModel => ({
    title: '证明事项告知承诺书',
    blocks: [{ kind: 'paragraph', text: '承诺人𠮷野家，证件所载姓名与本人一致。' }],
    signature: { lines: [{ label: '承诺人', value: '𠮷野家' }] },
  });

  it('prints a visible placeholder and warns when no font has the character', async () => {
    vi.stubEnv('CHENGNUO_PDF_FALLBACK_FONT', '');
    const { pdf, warnings } = await renderPdf(rareModel());
    expect(warnings).toHaveLength(1); // one warning per character, however often it occurs
    expect(warnings[0]).toContain('U+20BB7');
    const extracted = compact(text(save(pdf)));
    expect(extracted).toContain('承诺人[U+20BB7]野家，证件所载姓名与本人一致。');
    expect(extracted).toContain('承诺人：[U+20BB7]野家');
  });

  it('drops invisible format characters and control characters without a warning', async () => {
    vi.stubEnv('CHENGNUO_PDF_FALLBACK_FONT', '');
    const model: DocumentModel = {
      title: '\ufeff承诺书',
      blocks: [{ kind: 'paragraph', text: '张\u200b三\u0007承诺' }],
    };
    const { pdf, warnings } = await renderPdf(model);
    expect(warnings).toEqual([]);
    expect(compact(text(save(pdf)))).toContain('张三承诺');
  });

  it('warns when the configured fallback font cannot be read', async () => {
    vi.stubEnv('CHENGNUO_PDF_FALLBACK_FONT', join(dir, 'missing-font.ttf'));
    const { warnings } = await renderPdf(rareModel());
    expect(warnings.some((w) => w.includes('missing-font.ttf'))).toBe(true);
    expect(warnings.some((w) => w.includes('U+20BB7'))).toBe(true);
  });

  it.skipIf(!existsSync(DEJAVU))('draws characters Noto Sans SC lacks from the fallback font', async () => {
    // DejaVu Sans stands in for a fuller CJK font: it has ♔ (U+2654), which Noto Sans SC lacks.
    const model: DocumentModel = { title: '测试', blocks: [{ kind: 'paragraph', text: '棋子♔与𠮷' }] };
    const without = await renderPdf(model);
    expect(without.warnings.map((w) => /U\+\w+/.exec(w)?.[0])).toEqual(['U+2654', 'U+20BB7']);

    vi.stubEnv('CHENGNUO_PDF_FALLBACK_FONT', DEJAVU);
    const { pdf, warnings } = await renderPdf(model);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('U+20BB7');
    const file = save(pdf);
    expect(compact(text(file))).toContain('棋子♔与[U+20BB7]');
    const listed = fonts(file);
    expect(listed.some((f) => f.name.includes('DejaVuSans'))).toBe(true);
    expect(listed.every((f) => f.embedded)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Block, type DocumentModel, PLACEHOLDER } from '../../common/document-model.ts';
import { type FontCoverage, readFontCoverage } from './font-coverage.ts';

/**
 * DOC-6: notices (告知书), commitments (承诺书), work rules and service guides as printable PDFs with the
 * Chinese text embedded (Noto Sans SC subsets), in the look of an official form: A4, 公文-like margins,
 * centred bold title, indented justified body, signature and date lines at the end, "第 N 页 共 M 页".
 *
 * SPEC §10 (rare characters): every character is checked against the font's cmap before layout. A
 * character Noto Sans SC lacks is drawn from the fuller font named by CHENGNUO_PDF_FALLBACK_FONT when it
 * has it, else as a visible placeholder "[U+XXXXX]" with a warning — never as an empty box.
 */

export interface RenderOptions {
  /** Fixes the PDF's CreationDate (and with it the file ID), so equal input gives equal bytes. */
  creationDate?: Date;
}

export {
  type Block,
  type DocumentModel,
  fillModelPlaceholders,
  fillPlaceholders,
  type PlaceholderValues,
} from '../../common/document-model.ts';

// ---------------------------------------------------------------------------------------------------
// Fonts: read and registered once per process (the TTFs are ~10 MB each), kept in pdfmake's virtual
// file system so no render touches the disk or the network.

const MAIN = 'ChengnuoNotoSansSC';
const FALLBACK = 'ChengnuoFallback';
const FALLBACK_ENV = 'CHENGNUO_PDF_FALLBACK_FONT';

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}
const pdf = pdfmake as typeof pdfmake & { virtualfs: VirtualFs };

interface MainFonts {
  regular: FontCoverage;
  bold: FontCoverage;
}
let mainFonts: MainFonts | null = null;

function loadMainFonts(): MainFonts {
  if (mainFonts) return mainFonts;
  const require = createRequire(import.meta.url);
  const file = (weight: string) =>
    readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
  const regular = file('400Regular');
  const bold = file('700Bold');
  pdf.virtualfs.writeFileSync(`${MAIN}-Regular.ttf`, regular);
  pdf.virtualfs.writeFileSync(`${MAIN}-Bold.ttf`, bold);
  // Nothing in these documents is fetched: no remote URLs, no local files beyond the fonts above.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  mainFonts = { regular: readFontCoverage(regular), bold: readFontCoverage(bold) };
  return mainFonts;
}

type FallbackFont = { ok: true; coverage: FontCoverage; vfsName: string } | { ok: false; problem: string };
const fallbackFonts = new Map<string, FallbackFont>();

function loadFallbackFont(path: string): FallbackFont {
  const cached = fallbackFonts.get(path);
  if (cached) return cached;
  let loaded: FallbackFont;
  try {
    const buffer = readFileSync(path);
    if (buffer.toString('latin1', 0, 4) === 'ttcf')
      throw new Error('font collections (.ttc) are not supported');
    const coverage = readFontCoverage(buffer);
    const vfsName = `${FALLBACK}-${fallbackFonts.size}.ttf`;
    pdf.virtualfs.writeFileSync(vfsName, buffer);
    loaded = { ok: true, coverage, vfsName };
  } catch (error) {
    loaded = { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  fallbackFonts.set(path, loaded);
  return loaded;
}

// ---------------------------------------------------------------------------------------------------
// Text runs: placeholders become blanks; each character goes to the main font, the fallback font or a
// visible placeholder.

type Inline = Exclude<Content, string> & { text: string };

interface TextContext {
  main: MainFonts;
  fallback: { coverage: FontCoverage } | null;
  warnings: string[];
  missing: Set<number>;
}

const BODY_SIZE = 13;
const NBSP = '\u00a0';
/** Widths of blanks, in NBSPs (Noto Sans SC's NBSP is 0.224 em). */
const BLANK_PLACEHOLDER = 30;
const BLANK_SIGNATURE = 40;

const blank = (nbsps: number): Inline => ({
  text: NBSP.repeat(nbsps),
  decoration: 'underline',
  noWrap: true,
  preserveLeadingSpaces: true,
  preserveTrailingSpaces: true,
});

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
/** Invisible format characters (zero-width space/joiners, direction marks, BOM): nothing to print. */
const isInvisible = (cp: number) =>
  (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff;
const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

function runsOf(text: string, bold: boolean, ctx: TextContext): Inline[] {
  const coverage = bold ? ctx.main.bold : ctx.main.regular;
  const runs: Inline[] = [];
  let current = '';
  let currentFont: 'main' | 'fallback' = 'main';
  const flush = () => {
    if (current) runs.push(currentFont === 'main' ? { text: current } : { text: current, font: FALLBACK });
    current = '';
  };
  const put = (chunk: string, font: 'main' | 'fallback') => {
    if (font !== currentFont) flush();
    currentFont = font;
    current += chunk;
  };
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const cp = char.codePointAt(0)!;
    if (char === '\n') put(char, currentFont);
    else if (char === '\t') put(' ', 'main');
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      // control characters carry no text
    } else if (coverage.has(cp)) put(char, 'main');
    else if (isInvisible(cp)) {
      // zero-width and direction marks the font lacks: nothing visible is lost
    } else if (ctx.fallback?.coverage.has(cp)) put(char, 'fallback');
    else if (isVariationSelector(cp)) {
      if (!ctx.missing.has(cp)) {
        ctx.missing.add(cp);
        ctx.warnings.push(
          `异体字选择符 U+${hex(cp)} 未能呈现，已按基本字形输出 / Variation selector U+${hex(cp)} is not in the PDF fonts; the base character is shown`,
        );
      }
    } else {
      const label = `[U+${hex(cp)}]`;
      put(label, 'main');
      if (!ctx.missing.has(cp)) {
        ctx.missing.add(cp);
        ctx.warnings.push(
          `字符“${char}”（U+${hex(cp)}）超出 PDF 字体范围，已以 ${label} 占位 / Character U+${hex(cp)} is not in the PDF fonts; printed as the placeholder ${label}`,
        );
      }
    }
  }
  flush();
  return runs;
}

/** Inlines of a text: `{{key}}` left unfilled becomes an underlined blank, the rest font runs. */
function inlines(text: string, ctx: TextContext, bold = false): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    out.push(...runsOf(text.slice(last, match.index), bold, ctx));
    out.push(blank(BLANK_PLACEHOLDER));
    last = match.index + match[0].length;
  }
  out.push(...runsOf(text.slice(last), bold, ctx));
  return out.length > 0 ? out : [{ text: '' }];
}

// ---------------------------------------------------------------------------------------------------
// Layout

const mm = (value: number) => (value * 72) / 25.4;
/** Noto Sans SC's natural line is 1.448 em; 1.1 of it gives about 1.6 em between baselines. */
const BODY_LINE_HEIGHT = 1.1;
const PAGE_FOOTER = 'pageFooter';

function blockContent(block: Block, ctx: TextContext): Content {
  switch (block.kind) {
    case 'heading':
      return { text: inlines(block.text, ctx, true), style: 'heading', headlineLevel: 1 };
    case 'paragraph':
      return { text: inlines(block.text, ctx), style: 'paragraph' };
    case 'list': {
      const items = block.items.map((item) => ({ text: inlines(item, ctx) }));
      return block.ordered ? { ol: items, style: 'list' } : { ul: items, style: 'list' };
    }
    case 'checkbox': {
      const text: Inline[] = [];
      block.items.forEach((item, i) => {
        if (i > 0) text.push({ text: '\u3000\u3000' });
        // ☑ is not in Noto Sans SC; a filled box is the usual mark on printed forms.
        text.push({ text: item.checked ? '■' : '□', noWrap: true, fontSize: BODY_SIZE * 1.2 });
        text.push({ text: ' ' }, ...inlines(item.label, ctx));
      });
      return { text, style: 'paragraph' };
    }
    case 'fields': {
      // the value cell's bottom border is the line to write on, so an unfilled value is just empty
      const isBlank = (value: string | undefined) =>
        value === undefined || value.replace(PLACEHOLDER, '').trim() === '';
      return {
        style: 'fields',
        table: {
          widths: ['auto', '*'],
          body: block.rows.map((row) => [
            { text: inlines(`${row.label}：`, ctx), border: [false, false, false, false] },
            {
              text: isBlank(row.value) ? '' : inlines(row.value!, ctx),
              border: [false, false, false, true],
            },
          ]),
        },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0,
          paddingLeft: (i) => (i === 0 ? 0 : 4),
          paddingRight: () => 0,
          paddingTop: () => 6,
          paddingBottom: () => 2,
        },
      };
    }
  }
}

function signatureContent(signature: NonNullable<DocumentModel['signature']>, ctx: TextContext): Content {
  const lines: Content[] = signature.lines.map((line) => ({
    text: [
      ...inlines(`${line.label}：`, ctx),
      ...(line.value ? inlines(line.value, ctx) : [blank(BLANK_SIGNATURE)]),
    ],
  }));
  const date: Inline[] = [{ text: '日期：' }];
  if (signature.date) date.push(...inlines(signature.date, ctx));
  else date.push(blank(20), { text: '年' }, blank(12), { text: '月' }, blank(12), { text: '日' });
  lines.push({ text: date });
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: lines, style: 'signature' },
    ],
    margin: [0, 36, 0, 0],
    unbreakable: true,
  };
}

function documentDefinition(
  model: DocumentModel,
  ctx: TextContext,
  options: RenderOptions,
): TDocumentDefinitions {
  const content: Content[] = [{ text: inlines(model.title, ctx, true), style: 'title' }];
  if (model.subtitle) content.push({ text: inlines(model.subtitle, ctx), style: 'subtitle' });
  if (model.documentNo) content.push({ text: inlines(model.documentNo, ctx), style: 'documentNo' });
  content.push({ text: '', margin: [0, 0, 0, 10] });
  for (const block of model.blocks) content.push(blockContent(block, ctx));
  if (model.signature) content.push(signatureContent(model.signature, ctx));

  const footerText = model.footer ? inlines(model.footer, ctx) : null;
  return {
    pageSize: 'A4',
    // left 28 mm, top 32 mm, right 26 mm, bottom 30 mm (GB/T 9704 puts left/right at 28/26 mm)
    pageMargins: [mm(28), mm(32), mm(26), mm(30)],
    info: {
      title: model.title,
      subject: model.subtitle ?? model.title,
      creator: 'Chengnuo 承诺',
      producer: 'Chengnuo 承诺 (pdfmake)',
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
    language: 'zh-CN',
    defaultStyle: { font: MAIN, fontSize: BODY_SIZE, lineHeight: BODY_LINE_HEIGHT },
    styles: {
      title: { fontSize: 22, bold: true, alignment: 'center', lineHeight: 1.2, margin: [0, 0, 0, 8] },
      subtitle: { fontSize: 15, alignment: 'center', margin: [0, 0, 0, 4] },
      documentNo: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 4] },
      heading: { bold: true, margin: [0, 6, 0, 2], leadingIndent: 2 * BODY_SIZE },
      paragraph: { alignment: 'justify', leadingIndent: 2 * BODY_SIZE, margin: [0, 0, 0, 2] },
      list: { margin: [2 * BODY_SIZE, 0, 0, 2] },
      fields: { margin: [2 * BODY_SIZE, 2, 0, 4] },
      signature: { lineHeight: 1.6 },
      [PAGE_FOOTER]: { alignment: 'center', lineHeight: 1 },
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [mm(28), mm(8), mm(26), 0],
      style: PAGE_FOOTER,
      stack: [
        ...(footerText ? [{ text: footerText, style: PAGE_FOOTER, fontSize: 8, color: '#555555' }] : []),
        {
          text: `第 ${currentPage} 页 共 ${pageCount} 页`,
          style: PAGE_FOOTER,
          fontSize: 10,
          margin: [0, 4, 0, 0],
        },
      ],
    }),
    // a heading never ends a page: it moves to the next page with the text it heads
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().every((n) => n.style === PAGE_FOOTER),
    content,
  };
}

/** Renders a document model to PDF; warnings name every character that could not be printed as is. */
export async function renderPdf(
  model: DocumentModel,
  options: RenderOptions = {},
): Promise<{ pdf: Buffer; warnings: string[] }> {
  const main = loadMainFonts();
  const warnings: string[] = [];
  const fallbackPath = process.env[FALLBACK_ENV];
  let fallback: Extract<FallbackFont, { ok: true }> | null = null;
  if (fallbackPath) {
    const loaded = loadFallbackFont(fallbackPath);
    if (loaded.ok) fallback = loaded;
    else
      warnings.push(
        `备用字体无法加载 / Fallback font ${fallbackPath} could not be loaded: ${loaded.problem}`,
      );
  }
  const ctx: TextContext = { main, fallback, warnings, missing: new Set() };
  const definition = documentDefinition(model, ctx, options);

  const fonts: Record<string, { normal: string; bold: string }> = {
    [MAIN]: { normal: `${MAIN}-Regular.ttf`, bold: `${MAIN}-Bold.ttf` },
  };
  if (fallback) fonts[FALLBACK] = { normal: fallback.vfsName, bold: fallback.vfsName };
  // pdfmake keeps fonts globally; createPdf takes them synchronously, so set them right before it.
  pdfmake.setFonts(fonts);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return { pdf: buffer, warnings };
}

import type { WorkRule } from '../../../../../src/documents/work-rule.ts';

export type TextKind = 'notice' | 'commitment';

/** GET /api/public/districts/{code}/texts: each published text at its latest version (DOC-3). */
export interface PublishedText {
  id: string;
  itemId: string;
  itemName: string;
  administrativeMatter: string;
  kind: TextKind;
  version: number;
  publishedAt: string;
  htmlUrl: string;
  pdfUrl: string;
}

/** GET /api/public/districts/{code}/guides (DOC-4). */
export interface PublishedGuide {
  id: string;
  administrativeMatterId: string;
  name: string;
  title: string;
  version: number;
  publishedAt: string;
  htmlUrl: string;
  pdfUrl: string;
}

/** GET /api/public/districts/{code}/work-rule (DOC-1). */
export interface PublishedWorkRule {
  id: string;
  version: number;
  publishedAt: string;
  rule: WorkRule;
  pdfUrl: string;
}

const base = (code: string) => `/api/public/districts/${encodeURIComponent(code)}`;

export const documentData = {
  texts: (code: string) => `${base(code)}/texts`,
  guides: (code: string) => `${base(code)}/guides`,
  workRule: (code: string) => `${base(code)}/work-rule`,
  text: (id: string) => `/api/public/texts/${encodeURIComponent(id)}`,
  guide: (id: string) => `/api/public/guides/${encodeURIComponent(id)}`,
};

/** The public pages' addresses; the district is a query parameter, as the home page links them. */
export const documentPages = {
  texts: (code?: string) => `/public/templates${code ? `?district=${code}` : ''}`,
  guides: (code?: string) => `/public/guides${code ? `?district=${code}` : ''}`,
  workRule: (code?: string) => `/public/work-rule${code ? `?district=${code}` : ''}`,
  text: (id: string, code?: string) => `/public/texts/${id}${code ? `?district=${code}` : ''}`,
  guide: (id: string, code?: string) => `/public/guides/${id}${code ? `?district=${code}` : ''}`,
};

/** An instant as the date people read (Asia/Shanghai). */
export function formatDay(iso: string, language: 'zh' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: language === 'zh' ? 'long' : 'short',
    day: 'numeric',
  });
}

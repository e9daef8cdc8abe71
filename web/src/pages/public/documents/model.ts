import type { Answer } from '../../../api/answers.ts';

/** Each published text at its latest version (DOC-3). */
export type PublishedText = Answer<'/api/public/districts/{code}/texts'>[number];
export type TextKind = PublishedText['kind'];

/** The public pages' addresses; the district is a query parameter, as the home page links them. */
export const documentPages = {
  texts: (code?: string) => `/public/templates${code ? `?district=${code}` : ''}`,
  guides: (code?: string) => `/public/guides${code ? `?district=${code}` : ''}`,
  workRule: (code?: string) => `/public/work-rule${code ? `?district=${code}` : ''}`,
  text: (id: string, code?: string) => `/public/texts/${id}${code ? `?district=${code}` : ''}`,
  guide: (id: string, code?: string) => `/public/guides/${id}${code ? `?district=${code}` : ''}`,
};

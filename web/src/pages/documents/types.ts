import type { ServiceGuide } from '@common/service-guide.ts';
import type { FormatText, MissingElement, TextKind } from '@common/text-elements.ts';
import type { WorkRule, WorkRuleSection } from '@common/work-rule.ts';
import type { Answer } from '../../api/answers.ts';

export type { FormatText, MissingElement, ServiceGuide, TextKind, WorkRule, WorkRuleSection };

/** DOC-3: each item's texts and how they stand. */
export type TextsDashboard = Answer<'/api/documents/texts'>;
export type DashboardItem = TextsDashboard['items'][number];
export type TextStatus = DashboardItem['status'];
/** DOC-2: an item's notice or commitment as drafted, with its published versions. */
export type TextDraft = Answer<'/api/documents/texts/{itemKey}/{kind}'>;
/** A published version of a text or guide (a guide's does not name who published it). */
export type PublishedVersion =
  | TextDraft['versions'][number]
  | (GuideDraft['versions'][number] & { publishedBy?: never });
export type GuideRow = Answer<'/api/documents/guides'>[number];
export type GuideDraft = Answer<'/api/documents/guides/{id}'>;
/** DOC-5. */
export type DocumentFiling = Answer<'/api/documents/filings'>[number];

import type { ServiceGuide } from '../../../../src/documents/service-guide.ts';
import type { FormatText, MissingElement, TextKind } from '../../../../src/documents/text-elements.ts';
import type { WorkRule, WorkRuleSection } from '../../../../src/documents/work-rule.ts';
import type { ListItem } from '../../../../src/lists/list-item.ts';

export type { FormatText, MissingElement, ServiceGuide, TextKind, WorkRule, WorkRuleSection };

export type TextStatus = 'published' | 'due' | 'overdue';

/** GET /api/documents/texts (DOC-3). */
export interface TextsDashboard {
  versionNo: number | null;
  items: {
    itemKey: string;
    name: string;
    administrativeMatter: string;
    agency: string;
    agencyId: string | null;
    notice: boolean;
    commitment: boolean;
    dueDate: string | null;
    status: TextStatus;
    mine: boolean;
  }[];
  agencies: { agency: string; published: number; due: number; overdue: number }[];
}
export type DashboardItem = TextsDashboard['items'][number];

/** A published version of a text or guide. */
export interface PublishedVersion {
  id: string;
  versionNo: number;
  publishedAt: string;
  publishedBy?: string;
}

/** GET /api/documents/texts/{itemKey}/{kind} (DOC-2). */
export interface TextDraft {
  item: ListItem;
  agencyId: string | null;
  kind: TextKind;
  text: FormatText;
  revision: number;
  isDefault: boolean;
  missing: MissingElement[];
  versions: PublishedVersion[];
}

/** GET /api/documents/work-rule (DOC-1). */
export interface WorkRuleDraft {
  rule: WorkRule;
  revision: number;
  published: { id: string; versionNo: number; publishedAt: string; publishedBy: string } | null;
  missing: WorkRuleSection[];
}

/** GET /api/documents/guides (DOC-4). */
export interface GuideRow {
  id: string;
  code: string;
  name: string;
  agencyId: string;
  agency: string;
  version: number | null;
  publishedAt: string | null;
  hasDraft: boolean;
  mine: boolean;
}

/** GET /api/documents/guides/{id}. */
export interface GuideDraft {
  matter: { id: string; code: string; name: string; kind: string; agencyId: string; proofs: string[] };
  agencyName: string;
  guide: ServiceGuide;
  revision: number;
  missing: string[];
  versions: PublishedVersion[];
}

/** GET /api/documents/filings (DOC-5). */
export interface DocumentFiling {
  id: string;
  districtCode: string;
  subjectType: 'work-rule' | 'format-text' | 'guide';
  subjectId: string;
  title: string;
  fromName: string;
  toJurisdictionCode: string;
  state: 'submitted' | 'received';
  submittedAt: string;
  receivedAt: string | null;
  receivedBy: string | null;
  revision: number;
  canReceive: boolean;
}

import { factDefinition, type RecordType, recordTypes } from '@common/shared-records.ts';
import type { Answer } from '../../api/answers.ts';
import type { Language } from '../../lib/preferences.tsx';

/** The workbench addresses of the verification pages (VER-1..8, SUP-3). */
export const verificationPages = {
  tasks: '/workbench/verification-tasks',
  task: (id: string) => `/workbench/verification/${id}`,
  assistance: '/workbench/assistance',
  visits: '/workbench/visits',
  /** The visits page with the schedule dialog open for one task. */
  visitFor: (taskId: string) => `/workbench/visits?task=${encodeURIComponent(taskId)}`,
  handlings: '/workbench/handling',
  handling: (id: string) => `/workbench/handling/${id}`,
  dataLog: '/workbench/data-log',
  dataAccess: '/workbench/data-access',
};

export type TaskRow = Answer<'/api/verification/tasks'>[number];
export type TaskDetail = Answer<'/api/verification/tasks/{id}'>;
export type Evidence = TaskDetail['evidence'][number];
export type AssistanceRequest = Answer<'/api/verification/assistance'>[number];
export type AssistingAgency = Answer<'/api/verification/assisting-agencies'>[number];
export type Visit = Answer<'/api/verification/visits'>[number];
export type VisitProposal = Answer<'/api/verification/visits/proposals'>[number];
export type Handling = Answer<'/api/verification/handling/{id}'>;
export type HandlingAction = Handling['actions'][number];
export type DataAccessEntry = Answer<'/api/verification/data-access-log'>[number];
export type Outcome = NonNullable<TaskRow['outcome']>;

/** A discrepancy the platform found between a commitment and the shared data (VER-2). */
export interface Discrepancy {
  fact: string;
  label: string;
  committed: string;
  recorded: string;
  minor: boolean;
}

/** The comparison stored with a shared-data answer, as far as the page needs it (VER-2, VER-7). */
export interface Comparison {
  outcome: Outcome;
  reason: string;
  reasonEn: string;
  discrepancies: Discrepancy[];
  goodFaithPossible: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The evidence's comparison when it has one of the expected shape (the contract types it loosely). */
export function comparisonOf(evidence: Pick<Evidence, 'comparison'>): Comparison | null {
  const c = evidence.comparison;
  if (!isRecord(c) || typeof c.reason !== 'string' || !Array.isArray(c.discrepancies)) return null;
  return {
    outcome: c.outcome as Outcome,
    reason: c.reason,
    reasonEn: typeof c.reasonEn === 'string' ? c.reasonEn : c.reason,
    discrepancies: c.discrepancies.filter(isRecord).map((d) => ({
      fact: String(d.fact ?? ''),
      label: String(d.label ?? d.fact ?? ''),
      committed: String(d.committed ?? ''),
      recorded: String(d.recorded ?? ''),
      minor: d.minor === true,
    })),
    goodFaithPossible: c.goodFaithPossible === true,
  };
}

/** A committed fact's name in the user's language (the server names it in Chinese). */
export function factLabel(
  recordType: string | null,
  fact: { key: string; label: string },
  language: Language,
): string {
  if (language === 'zh' || !recordType || !(recordType in recordTypes)) return fact.label;
  return factDefinition(recordType as RecordType, fact.key)?.labelEn ?? fact.label;
}

import type { VerificationClass } from '../../../../src/lists/list-item.ts';

export interface DraftItem {
  id: string;
  position: number;
  certificationMatterId: string | null;
  administrativeMatterId: string | null;
  agencyId: string | null;
  assistingAgencyId: string | null;
  name: string;
  field: string;
  administrativeMatter: string;
  handlingAgency: string;
  issuingBody: string;
  legalBasis: string;
  verification: VerificationClass;
  assistingAgency: string | null;
  timeLimitWorkingDays: number;
  standard: string;
  method: string;
  disclosure: boolean;
  remarks: string;
  sourceItemKey: string | null;
  claimedAt: string | null;
  revision: number;
}

export interface Workspace {
  code: string;
  name: string;
  level: 'city' | 'county' | 'town';
  title: string | null;
  draftRevision: number;
  keeps: boolean;
  draft: DraftItem[];
  unpublishedChanges: boolean;
  versions: {
    id: string;
    versionNo: number;
    publishedOn: string;
    publishedBy: string;
    note: string;
    itemCount: number;
  }[];
  pendingChangeRequests: number;
  upstream: {
    code: string;
    title: string;
    versionNo: number;
    publishedOn: string;
    items: {
      key: string;
      name: string;
      administrativeMatter: string;
      handlingAgency: string;
      verification: VerificationClass;
      status: 'claimed' | 'pending';
      claimedAt: string | null;
      claimedBy: string | null;
    }[];
  } | null;
}

export interface CertificationMatter {
  id: string;
  name: string;
  proves: string;
  legalBasis: string;
  issuingBody: string;
  field: string;
  frequency: 'high' | 'medium' | 'low';
  difficulty: 'high' | 'medium' | 'low';
  verifiability: 'easy' | 'medium' | 'hard';
  eLicense: boolean;
  exclusion: { category: string; reason: string } | null;
  retainedReason: string | null;
  version: number;
}

export interface AdministrativeMatter {
  id: string;
  code: string;
  name: string;
  kind: string;
  agencyId: string;
  agencyName: string;
  proofs: string[];
}

export interface Catalogue {
  certificationMatters: CertificationMatter[];
  administrativeMatters: AdministrativeMatter[];
}

import type { ListItem, VerificationClass } from '../../../../src/lists/list-item.ts';
import type { CertificationMatterInput } from '../../../../src/lists/save-certification-matter.ts';

/** A row of a draft: a list item (LIST-5) with the catalogue ids it was made from and its revision. */
export type DraftItem = Omit<ListItem, 'key' | 'proves' | 'administrativeMatterKind'> & {
  id: string;
  position: number;
  certificationMatterId: string | null;
  administrativeMatterId: string | null;
  agencyId: string | null;
  assistingAgencyId: string | null;
  sourceItemKey: string | null;
  claimedAt: string | null;
  revision: number;
};

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

export type CertificationMatter = CertificationMatterInput & { id: string; version: number };

export interface AdministrativeMatter {
  id: string;
  code: string;
  name: string;
  kind: string;
  agencyId: string;
  agencyName: string;
  proofs: string[];
  version: number;
}

export interface Catalogue {
  certificationMatters: CertificationMatter[];
  administrativeMatters: AdministrativeMatter[];
}

import type { Answer } from '../../api/answers.ts';

export type Workspace = Answer<'/api/lists/{code}'>;
/** A row of a draft: a list item (LIST-5) with the catalogue ids it was made from and its revision. */
export type DraftItem = Workspace['draft'][number];
export type Catalogue = Answer<'/api/catalogue'>;
export type CertificationMatter = Catalogue['certificationMatters'][number];
export type AdministrativeMatter = Catalogue['administrativeMatters'][number];
export type Agency = Answer<'/api/agencies'>[number];

import type { Answer } from '../../api/answers.ts';

/** CRED-1: a party's integrity file, one's own or looked up. */
export type IntegrityFile = Answer<'/api/credit/integrity-file'>;

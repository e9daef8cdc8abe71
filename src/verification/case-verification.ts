import type { VerificationPort } from '../cases/index.ts';
import { startVerification } from './start-verification.ts';
import { tasksOfCase } from './tasks-of-case.ts';

/** Verification as cases use it, plugged in by the composition root (server.ts, the demo loader). */
export const caseVerification: VerificationPort = { start: startVerification, tasksOf: tasksOfCase };

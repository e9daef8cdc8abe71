import { createHash, randomBytes } from 'node:crypto';

export const newToken = (random: (size: number) => Buffer = randomBytes) => random(32).toString('base64url');

/** Only the hash is stored, so a copy of the table cannot be replayed as cookies. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

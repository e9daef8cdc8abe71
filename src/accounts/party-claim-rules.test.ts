import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeAttemptWait,
  codeHash,
  newCounterCode,
  newSmsCode,
  normaliseCode,
  smsRecipient,
} from './party-claim-rules.ts';

describe('SPEC §10 who receives the SMS code of a claim', () => {
  const person = { kind: 'person' as const, name: '张立新', phone: '13800000000' };
  it('a known person: the phone on record, only for the name on record', () => {
    expect(smsRecipient(person, { name: '张立新', phone: '13905321234' })).toBe('13905321234');
    expect(smsRecipient(person, { name: '张 立新', phone: '13905321234' })).toBe('13905321234');
    expect(smsRecipient(person, { name: '李四', phone: '13905321234' })).toBeNull();
    expect(smsRecipient(person, { name: '张立新', phone: null })).toBeNull();
  });
  it('a person never met: the phone the account gave', () => {
    expect(smsRecipient(person, null)).toBe('13800000000');
    expect(smsRecipient({ ...person, phone: null }, null)).toBeNull();
  });
  it('an organisation: never by SMS', () => {
    expect(smsRecipient({ ...person, kind: 'organisation' }, null)).toBeNull();
    expect(
      smsRecipient({ ...person, kind: 'organisation' }, { name: '张立新', phone: '13905321234' }),
    ).toBeNull();
  });
});

describe('one-time codes', () => {
  it('SMS codes have six digits, counter codes eight unambiguous characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        let n = seed;
        const random = (max: number) => {
          n = (n * 1103515245 + 12345) % 2 ** 31;
          return n % max;
        };
        expect(newSmsCode(random)).toMatch(/^\d{6}$/);
        expect(newCounterCode(random)).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 2000 },
    );
  });
  it('compares what people type without spaces, dashes or case, and keeps only a salted hash', () => {
    expect(normaliseCode(' exzc-vf53 ')).toBe('EXZCVF53');
    expect(codeHash('claim-1', 'exzc vf53')).toBe(codeHash('claim-1', 'EXZCVF53'));
    expect(codeHash('claim-1', '123456')).not.toBe(codeHash('claim-2', '123456'));
    expect(codeHash('claim-1', '123456')).not.toContain('123456');
  });
  it('makes a claim wait an hour after five wrong codes', () => {
    const now = new Date('2026-12-06T08:00:00Z');
    const lastFailedAt = new Date(now.getTime() - 10 * 60_000);
    expect(codeAttemptWait({ failedAttempts: 4, lastFailedAt }, now)).toBe(0);
    expect(codeAttemptWait({ failedAttempts: 5, lastFailedAt }, now)).toBe(50 * 60);
  });
});

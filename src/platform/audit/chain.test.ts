import { describe, expect, it } from 'vitest';
import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';
import { type AuditContent, entryHash, findFirstBreak, GENESIS_HASH } from './chain.ts';

describe('GOV-5 SM3 hash chain', () => {
  it('uses SM3 (GB/T 32905 test vector "abc")', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('hashes equal values alike whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  const chain = (n: number) => {
    const entries: (AuditContent & { id: number; hash: string })[] = [];
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= n; seq++) {
      const content: AuditContent = {
        chain: '370212',
        seq,
        occurredAt: new Date(Date.UTC(2026, 8, 24, 2, seq)),
        actorId: null,
        actorName: 'ls-admin',
        actorRole: 'admin',
        ip: null,
        requestId: null,
        action: 'agency.updated',
        entityType: 'agency',
        entityId: `a${seq}`,
        before: { name: `旧${seq}` },
        after: { name: `新${seq}` },
        prevHash,
      };
      prevHash = entryHash(content);
      entries.push({ ...content, id: 100 + seq, hash: prevHash });
    }
    return entries;
  };

  it('accepts an intact chain and reports where it ends', () => {
    const entries = chain(5);
    expect(findFirstBreak(entries, { prevHash: GENESIS_HASH, seq: 0 })).toEqual({
      prevHash: entries[4]!.hash,
      seq: 5,
    });
  });

  it('names the first altered entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, after: { name: '篡改' } };
    expect(findFirstBreak(entries, { prevHash: GENESIS_HASH, seq: 0 })).toMatchObject({
      seq: 3,
      reason: 'hash-mismatch',
    });
  });

  it('notices a re-hashed entry through the next link, and a removed one through the gap', () => {
    const rehashed = chain(5);
    const forged = { ...rehashed[1]!, after: { name: '篡改' } };
    rehashed[1] = { ...forged, hash: entryHash(forged) };
    expect(findFirstBreak(rehashed, { prevHash: GENESIS_HASH, seq: 0 })).toMatchObject({
      seq: 3,
      reason: 'broken-link',
    });
    const removed = chain(5).filter((e) => e.seq !== 4);
    expect(findFirstBreak(removed, { prevHash: GENESIS_HASH, seq: 0 })).toMatchObject({
      seq: 5,
      reason: 'sequence-gap',
    });
  });
});

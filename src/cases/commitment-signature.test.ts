// CASE-3: a commitment's signature binds the committer's identity, the SM3 of the filled text and the
// time; with the applicant's SM2 key it is theirs, otherwise the platform countersigns.
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import { DomainError } from '../platform/errors.ts';
import {
  generateSigningKey,
  signCommitment,
  signingPayload,
  textHash,
  verifySignature,
} from './commitment-signature.ts';

const platformKey = generateSigningKey();
const applicantKey = sm2.generateKeyPairHex();
const signedAt = new Date('2026-09-24T02:00:00Z');
const text = { title: '证明事项告知承诺书', blocks: [{ kind: 'paragraph', text: '本人张立新承诺……' }] };
const payload = signingPayload({
  partyIdentifier: '370212197803122135',
  partyName: '张立新',
  itemKey: 'item-1',
  textSm3: textHash(text),
  signedAt,
});
const applicantSign = (message: string, key = applicantKey) =>
  sm2.doSignature(message, key.privateKey, { hash: true, publicKey: key.publicKey });

const refusal = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('CASE-3 what a commitment signature binds', () => {
  it('CASE-3: the payload names the committer, the SM3 of the filled text and the signing time', () => {
    expect(JSON.parse(payload)).toEqual({
      committer: { identifier: '370212197803122135', name: '张立新' },
      item: 'item-1',
      text: { sm3: sm3Hex(canonicalJson(text)) },
      signedAt: '2026-09-24T02:00:00.000Z',
    });
    expect(textHash(text)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CASE-3: the text hash is over canonical JSON: equal content hashes alike, any change differs', () => {
    const reordered = { blocks: text.blocks, title: text.title };
    expect(textHash(reordered)).toBe(textHash(text));
    expect(textHash({ ...text, title: '证明事项告知承诺书 ' })).not.toBe(textHash(text));
  });

  it('CASE-3: a different committer, text or time gives a different payload', () => {
    const base = {
      partyIdentifier: '370212197803122135',
      partyName: '张立新',
      itemKey: 'item-1',
      textSm3: textHash(text),
      signedAt,
    };
    for (const change of [
      { partyIdentifier: '370212198506174224' },
      { partyName: '张立' },
      { textSm3: textHash({ ...text, title: 'x' }) },
      { signedAt: new Date(signedAt.getTime() + 1000) },
    ])
      expect(signingPayload({ ...base, ...change })).not.toBe(payload);
  });
});

describe('CASE-3 platform countersignature', () => {
  it('CASE-3: without an applicant key the platform signs the payload; it verifies with the platform public key', () => {
    const signed = signCommitment({ payload, method: 'platform', platformKey });
    expect(signed).toMatchObject({
      signedPayload: payload,
      signatureMethod: 'platform',
      signerPublicKey: platformKey.publicKey,
    });
    expect(sm2.doVerifySignature(payload, signed.signature, platformKey.publicKey, { hash: true })).toBe(
      true,
    );
    expect(verifySignature(payload, signed.signature, platformKey.publicKey)).toBe(true);
  });

  it('CASE-3: a paper signature scanned at the window is countersigned by the platform too', () => {
    const signed = signCommitment({ payload, method: 'paper', platformKey });
    expect(signed.signatureMethod).toBe('paper');
    expect(verifySignature(payload, signed.signature, platformKey.publicKey)).toBe(true);
  });

  it('CASE-3: the countersignature does not verify for another payload or another key', () => {
    const signed = signCommitment({ payload, method: 'platform', platformKey });
    expect(
      verifySignature(payload.replace('张立新', '张立兴'), signed.signature, platformKey.publicKey),
    ).toBe(false);
    expect(verifySignature(payload, signed.signature, generateSigningKey().publicKey)).toBe(false);
  });
});

describe('CASE-3 applicant SM2 signature', () => {
  const field = 'signature.signatures[0].signature';

  it('CASE-3: an applicant SM2 signature made with sm-crypto-v2 over the payload is accepted and kept as theirs', () => {
    const signature = applicantSign(payload);
    const signed = signCommitment({
      payload,
      method: 'applicant-sm2',
      platformKey,
      applicant: { publicKey: applicantKey.publicKey, signature, field },
    });
    expect(signed).toEqual({
      signedPayload: payload,
      signatureMethod: 'applicant-sm2',
      signature,
      signerPublicKey: applicantKey.publicKey,
    });
    expect(sm2.doVerifySignature(payload, signed.signature, signed.signerPublicKey, { hash: true })).toBe(
      true,
    );
  });

  it('CASE-3: a signature over a tampered payload is refused, naming the field', () => {
    const tampered = payload.replace(textHash(text), textHash({ ...text, title: '改' }));
    expect(tampered).not.toBe(payload);
    const error = refusal(() =>
      signCommitment({
        payload,
        method: 'applicant-sm2',
        platformKey,
        applicant: { publicKey: applicantKey.publicKey, signature: applicantSign(tampered), field },
      }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field });
    expect(error.messageZh).toContain('SM2');
  });

  it('CASE-3: a signature by another key than the one presented is refused, naming the field', () => {
    const other = sm2.generateKeyPairHex();
    const error = refusal(() =>
      signCommitment({
        payload,
        method: 'applicant-sm2',
        platformKey,
        applicant: { publicKey: applicantKey.publicKey, signature: applicantSign(payload, other), field },
      }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', field });
  });

  it('CASE-3: an applicant-sm2 commitment without a signature, or with garbage, is refused (never countersigned)', () => {
    expect(refusal(() => signCommitment({ payload, method: 'applicant-sm2', platformKey }))).toMatchObject({
      code: 'VALIDATION',
      field: 'signature',
    });
    expect(
      refusal(() =>
        signCommitment({
          payload,
          method: 'applicant-sm2',
          platformKey,
          applicant: { publicKey: 'not-a-key', signature: 'abcd', field },
        }),
      ),
    ).toMatchObject({ code: 'VALIDATION', field });
    expect(verifySignature(payload, 'zz', applicantKey.publicKey)).toBe(false);
  });
});

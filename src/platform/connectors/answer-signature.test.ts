import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { ANSWER_HEADERS, signAnswer, verifyAnswer } from './answer-signature.ts';

const key = sm2.generateKeyPairHex();
const other = sm2.generateKeyPairHex();
const body = JSON.stringify({
  requestId: 'req-00000001',
  found: true,
  source: '山东省公安厅人口信息库（示例）',
});

describe('answer signature (VER-2)', () => {
  it('a signed answer verifies against the signer’s key, from a plain object or fetch Headers', () => {
    const headers = signAnswer(body, key);
    expect(Object.keys(headers).sort()).toEqual([ANSWER_HEADERS.key, ANSWER_HEADERS.signature].sort());
    expect(verifyAnswer(body, headers, key.publicKey)).toBe(true);
    expect(verifyAnswer(body, new Headers(headers), key.publicKey.toUpperCase())).toBe(true);
  });

  it('a changed byte of the body fails', () => {
    const headers = signAnswer(body, key);
    expect(verifyAnswer(body.replace('true', 'fals'), headers, key.publicKey)).toBe(false);
    expect(verifyAnswer(`${body} `, headers, key.publicKey)).toBe(false);
  });

  it('another key fails: signed by an untrusted key, or the trusted key named over another’s signature', () => {
    expect(verifyAnswer(body, signAnswer(body, other), key.publicKey)).toBe(false);
    const forged = { ...signAnswer(body, other), [ANSWER_HEADERS.key]: key.publicKey };
    expect(verifyAnswer(body, forged, key.publicKey)).toBe(false);
  });

  it('a missing or unreadable header fails without throwing', () => {
    const headers = signAnswer(body, key);
    expect(verifyAnswer(body, { [ANSWER_HEADERS.key]: key.publicKey }, key.publicKey)).toBe(false);
    expect(
      verifyAnswer(body, { [ANSWER_HEADERS.signature]: headers[ANSWER_HEADERS.signature] }, key.publicKey),
    ).toBe(false);
    expect(verifyAnswer(body, { ...headers, [ANSWER_HEADERS.signature]: 'zz-not-hex' }, key.publicKey)).toBe(
      false,
    );
    expect(verifyAnswer(body, headers, 'not a key')).toBe(false);
  });
});

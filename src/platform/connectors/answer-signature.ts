import { sm2 } from 'sm-crypto-v2';

/**
 * Headers of a signed answer from an outside system (the data-sharing exchange): the SM2 signature
 * over the exact body text, and the key it was made with. The body names the request it answers
 * (`requestId`), so a signed answer cannot be passed off as the answer to another request.
 */
export const ANSWER_HEADERS = {
  signature: 'x-cn-answer-signature',
  key: 'x-cn-answer-key',
} as const;

/** The headers that sign `bodyText` (SM2 with SM3 and the signer's Z value, as `signRequest`). */
export function signAnswer(
  bodyText: string,
  key: { privateKey: string; publicKey: string },
): Record<string, string> {
  return {
    [ANSWER_HEADERS.signature]: sm2.doSignature(bodyText, key.privateKey, {
      hash: true,
      publicKey: key.publicKey,
    }),
    [ANSWER_HEADERS.key]: key.publicKey,
  };
}

type HeaderSource = Headers | Record<string, unknown>;

const headerValue = (headers: HeaderSource, name: string): string => {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === 'string' ? value : '';
};

/**
 * Whether `bodyText` is signed, exactly, by the key the receiver trusts for that system. False when a
 * header is missing, when the answer names another key, or when anything cannot be read.
 */
export function verifyAnswer(bodyText: string, headers: HeaderSource, trustedPublicKey: string): boolean {
  try {
    const signature = headerValue(headers, ANSWER_HEADERS.signature);
    const key = headerValue(headers, ANSWER_HEADERS.key).toLowerCase();
    const trusted = trustedPublicKey.toLowerCase();
    if (!signature || !key || key !== trusted) return false;
    return sm2.doVerifySignature(bodyText, signature, trusted, { hash: true });
  } catch {
    return false;
  }
}

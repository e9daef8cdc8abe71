import { sm2 } from 'sm-crypto-v2';
import { sm3Hex } from '../crypto/sm3.ts';

/** Headers of a signed request between the platform and an outside system. */
export const SIGNATURE_HEADERS = {
  requestId: 'x-cn-request-id',
  timestamp: 'x-cn-timestamp',
  signature: 'x-cn-signature',
  publicKey: 'x-cn-public-key',
} as const;

/** A request older or newer than this is refused, so a captured one cannot be replayed later. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

export interface SignedParts {
  method: string;
  path: string;
  requestId: string;
  timestamp: string;
  body: string;
}

/** What is signed: method, path, request id, time and the SM3 of the body, one per line. */
export const signingString = (parts: SignedParts) =>
  [parts.method.toUpperCase(), parts.path, parts.requestId, parts.timestamp, sm3Hex(parts.body)].join('\n');

export function signRequest(
  parts: SignedParts,
  key: { privateKey: string; publicKey: string },
): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.requestId]: parts.requestId,
    [SIGNATURE_HEADERS.timestamp]: parts.timestamp,
    [SIGNATURE_HEADERS.publicKey]: key.publicKey,
    [SIGNATURE_HEADERS.signature]: sm2.doSignature(signingString(parts), key.privateKey, {
      hash: true,
      publicKey: key.publicKey,
    }),
  };
}

export type SignatureCheck = { ok: true; requestId: string } | { ok: false; reason: string };

/** Checks a request's SM2 signature against the keys the receiver trusts, and its time. */
export function verifyRequest(
  request: { method: string; path: string; body: string; headers: Record<string, unknown> },
  trustedKeys: readonly string[],
  now: number,
): SignatureCheck {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' ? value : '';
  };
  const requestId = header(SIGNATURE_HEADERS.requestId);
  const timestamp = header(SIGNATURE_HEADERS.timestamp);
  const publicKey = header(SIGNATURE_HEADERS.publicKey).toLowerCase();
  const signature = header(SIGNATURE_HEADERS.signature);
  if (!/^[\w-]{8,80}$/.test(requestId)) return { ok: false, reason: 'request id missing or malformed' };
  const at = Date.parse(timestamp);
  if (Number.isNaN(at) || Math.abs(now - at) > SIGNATURE_WINDOW_MS)
    return { ok: false, reason: 'timestamp missing or outside the allowed window' };
  if (!trustedKeys.map((k) => k.toLowerCase()).includes(publicKey))
    return { ok: false, reason: 'key not trusted' };
  const signed = signingString({ ...request, requestId, timestamp });
  let valid = false;
  try {
    valid = sm2.doVerifySignature(signed, signature, publicKey, { hash: true });
  } catch {
    valid = false;
  }
  return valid ? { ok: true, requestId } : { ok: false, reason: 'signature does not verify' };
}

import { sm2 } from 'sm-crypto-v2';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import { invalid } from '../platform/errors.ts';

/**
 * CASE-3: how a commitment was signed. `applicant-sm2`: the applicant's own SM2 key (the interface a
 * certificate authority will fill); `platform`: the platform countersigns after the signed-in
 * applicant confirms; `paper`: signed on paper at the window, scanned, and countersigned.
 */
export type SignatureMethod = 'applicant-sm2' | 'platform' | 'paper';

export interface SigningKey {
  privateKey: string;
  publicKey: string;
}

export interface SignedCommitment {
  signedPayload: string;
  signatureMethod: SignatureMethod;
  signature: string;
  signerPublicKey: string;
}

/** What a signature binds: the committer's identity, the SM3 of the filled commitment text, the time. */
export const signingPayload = (options: {
  partyIdentifier: string;
  partyName: string;
  itemKey: string;
  textSm3: string;
  signedAt: Date;
}) =>
  canonicalJson({
    committer: { identifier: options.partyIdentifier, name: options.partyName },
    item: options.itemKey,
    text: { sm3: options.textSm3 },
    signedAt: options.signedAt.toISOString(),
  });

/** SM3 of a filled text, over its canonical JSON so equal content hashes alike. */
export const textHash = (filled: unknown) => sm3Hex(canonicalJson(filled));

const sign = (payload: string, key: SigningKey) =>
  sm2.doSignature(payload, key.privateKey, { hash: true, publicKey: key.publicKey });

export const verifySignature = (payload: string, signature: string, publicKey: string) => {
  try {
    return sm2.doVerifySignature(payload, signature, publicKey, { hash: true });
  } catch {
    return false;
  }
};

/**
 * Signs one commitment: checks an applicant's SM2 signature when given, otherwise countersigns with
 * the platform key (for `platform` and `paper`).
 */
export function signCommitment(options: {
  payload: string;
  method: SignatureMethod;
  platformKey: SigningKey;
  applicant?: { publicKey: string; signature: string; field: string };
}): SignedCommitment {
  const { payload, method } = options;
  if (method === 'applicant-sm2') {
    const applicant = options.applicant;
    if (!applicant || !verifySignature(payload, applicant.signature, applicant.publicKey))
      throw invalid(
        applicant?.field ?? 'signature',
        '申请人SM2签名验证失败，请重新签署',
        "The applicant's SM2 signature does not verify; sign again",
      );
    return { signedPayload: payload, signatureMethod: method, ...applicantSignature(applicant) };
  }
  return {
    signedPayload: payload,
    signatureMethod: method,
    signature: sign(payload, options.platformKey),
    signerPublicKey: options.platformKey.publicKey,
  };
}

const applicantSignature = (a: { publicKey: string; signature: string }) => ({
  signature: a.signature,
  signerPublicKey: a.publicKey,
});

export const generateSigningKey = (): SigningKey => {
  const pair = sm2.generateKeyPairHex();
  return { privateKey: pair.privateKey, publicKey: pair.publicKey };
};

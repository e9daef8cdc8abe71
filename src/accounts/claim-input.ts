import { checkedPartyIdentifier } from '../common/identifiers/checked.ts';
import type { Tx } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { partyClaims } from './schema.ts';

/** Who an account says it is (or acts for), as registration and a new claim take it. */
export interface ClaimInput {
  kind: 'person' | 'organisation';
  name: string;
  identifier: string;
  phone?: string;
  agentName?: string;
  agentIdNumber?: string;
}

export interface CheckedClaim {
  kind: 'person' | 'organisation';
  name: string;
  identifier: string;
  phone: string | null;
  agentName: string | null;
  agentIdNumber: string | null;
}

/** identifiers by their check characters; an organisation names its agent (经办人). */
export function checkedClaim(input: ClaimInput): CheckedClaim {
  const identifier = checkedPartyIdentifier(input.kind, input.identifier, 'identifier');
  const name = input.name.trim();
  if (!name) throw invalid('name', '请填写名称', 'The name is required');
  let agentIdNumber: string | null = null;
  if (input.kind === 'organisation') {
    if (!input.agentName?.trim())
      throw invalid('agentName', '请填写经办人姓名', 'The agent (经办人) name is required');
    agentIdNumber = checkedPartyIdentifier('person', input.agentIdNumber ?? '', 'agentIdNumber');
  }
  return {
    kind: input.kind,
    name,
    identifier,
    phone: input.phone?.trim() || null,
    agentName: input.kind === 'organisation' ? input.agentName!.trim() : null,
    agentIdNumber,
  };
}

/** Files a pending claim for the account: to be the person, or to be an agent of the organisation. */
export async function insertClaim(
  tx: Tx,
  options: { userId: string; districtCode: string; claim: CheckedClaim; now: Date },
): Promise<void> {
  const { claim } = options;
  await tx.db.insert(partyClaims).values({
    userId: options.userId,
    kind: claim.kind,
    identifier: claim.identifier,
    name: claim.name,
    phone: claim.phone,
    districtCode: options.districtCode,
    capacity: claim.kind === 'person' ? 'self' : 'agent',
    createdAt: options.now,
  });
}

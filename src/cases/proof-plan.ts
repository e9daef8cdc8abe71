import { checkCommittedFacts } from '../common/committed-facts.ts';
import type { DisclosureChoice, ProofChoice } from '../common/proof-choices.ts';
import type { CommittedFacts, MatterFacts } from '../common/shared-records.ts';
import { barringRecords, barringRecordsEn, type Eligibility } from '../credit/index.ts';
import type { ListItem } from '../lists/index.ts';
import { DomainError, invalid } from '../platform/errors.ts';

/** A draft's facts as far as filled in (empty values dropped), checked like a submission's. */
const pickFilled = (facts: CommittedFacts | null | undefined) =>
  facts ? Object.fromEntries(Object.entries(facts).filter(([, v]) => String(v).trim() !== '')) : null;

export {
  type CommitmentState,
  commitmentStates,
  type DisclosureChoice,
  type ProofChoice,
} from '../common/proof-choices.ts';

export interface ProofRequest {
  proof: string;
  choice: ProofChoice;
  disclosure?: DisclosureChoice | null;
  fileId?: string | null;
  /** VER-2: the facts committed to, as the proof's certification matter declares them. */
  facts?: CommittedFacts | null;
}

export interface PlannedProof {
  position: number;
  proofName: string;
  item: ListItem | null;
  choice: ProofChoice;
  disclosure: DisclosureChoice | null;
  fileId: string | null;
  facts: CommittedFacts | null;
  matterFacts: MatterFacts | null;
}

/** The items of the list in force that put a proof of this matter under commitment, by proof name. */
export function listedProofs(items: readonly ListItem[], matterName: string): Map<string, ListItem> {
  return new Map(items.filter((i) => i.administrativeMatter === matterName).map((i) => [i.name, i]));
}

/**
 * CASE-1/2/4: checks the applicant's choices against the matter's proofs and the list in force on the
 * application date. The client's word about what is listed is never taken: only `listed` decides.
 * `complete` (submission) also requires a file for every proof submitted.
 */
export function planProofs(options: {
  required: readonly string[];
  listed: ReadonlyMap<string, ListItem>;
  /** VER-2: the facts each listed proof's commitment asserts, by proof name. */
  facts?: ReadonlyMap<string, MatterFacts>;
  requests: readonly ProofRequest[];
  eligibility: Eligibility;
  complete: boolean;
}): PlannedProof[] {
  const { required, listed, requests, eligibility } = options;
  const byName = new Map<string, { request: ProofRequest; index: number }>();
  requests.forEach((request, index) => {
    if (!required.includes(request.proof))
      throw invalid(
        `proofs[${index}].proof`,
        `「${request.proof}」不是本事项要求的证明材料`,
        `"${request.proof}" is not a proof this matter requires`,
      );
    if (byName.has(request.proof))
      throw invalid(
        `proofs[${index}].proof`,
        `「${request.proof}」重复填写`,
        `"${request.proof}" is given twice`,
      );
    byName.set(request.proof, { request, index });
  });
  return required.map((proofName, position) => {
    const entry = byName.get(proofName);
    if (!entry)
      throw invalid(
        'proofs',
        `请为证明材料「${proofName}」选择承诺或提交材料`,
        `Choose commitment or upload for the proof "${proofName}"`,
      );
    const { request, index } = entry;
    const item = listed.get(proofName) ?? null;
    const field = (name: string) => `proofs[${index}].${name}`;
    const disclosure = item?.disclosure ? (request.disclosure ?? null) : null;
    if (request.choice === 'commit') {
      if (!item)
        throw invalid(
          field('choice'),
          `「${proofName}」不在申请之日施行的告知承诺制清单中，不能以承诺方式办理，请提交证明材料`,
          `"${proofName}" is not on the list in force on the application date; it cannot be committed, submit the proof`,
        );
      if (!eligibility.eligible)
        throw new DomainError(
          'VALIDATION',
          `您当前不适用告知承诺制：${barringRecords(eligibility)}。${eligibility.repair}`,
          `You may not use commitment at present: ${barringRecordsEn(eligibility)}. ${eligibility.repairEn}`,
          field('choice'),
          { eligibility },
        );
      if (item.disclosure && !disclosure)
        throw invalid(
          field('disclosure'),
          `「${proofName}」属于承诺信息公开的事项，请选择同意或不同意公开`,
          `"${proofName}" is on the disclosure list: consent to or refuse public disclosure`,
        );
      if (disclosure === 'refuse')
        throw invalid(
          field('disclosure'),
          `不同意公开承诺信息的，「${proofName}」须提交证明材料`,
          `Refusing disclosure means submitting the proof "${proofName}" instead of committing`,
        );
    }
    const matterFacts = request.choice === 'commit' ? (options.facts?.get(proofName) ?? null) : null;
    // A draft keeps what is filled so far; a submission commits to all the matter asks, checked.
    const facts =
      request.choice !== 'commit'
        ? null
        : options.complete
          ? checkCommittedFacts(matterFacts, request.facts, field('facts'))
          : pickFilled(request.facts);
    if (request.choice === 'upload' && options.complete && !request.fileId)
      throw invalid(field('fileId'), `请上传证明材料「${proofName}」`, `Upload the proof "${proofName}"`);
    return {
      position,
      proofName,
      item,
      choice: request.choice,
      disclosure,
      fileId: request.choice === 'upload' ? (request.fileId ?? null) : null,
      facts,
      matterFacts,
    };
  });
}

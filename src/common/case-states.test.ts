// SPEC §10 Case states: the case workflow as a pure table: every allowed step, every refused one,
// and no way out of it over random operation sequences (CASE-1, CASE-5, CASE-6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../platform/errors.ts';
import {
  availableActions,
  type CaseAction,
  type CaseSide,
  type CaseState,
  caseActions,
  caseStateLabels,
  caseStates,
  decidedStates,
  isClosed,
  nextState,
  proofsOpen,
} from './case-states.ts';

const sides: CaseSide[] = ['applicant', 'officer'];

/** The workflow as SPEC §10 tells it, written out independently of the table under test. */
const allowed: Record<string, CaseState> = {
  'draft/submit/applicant': 'submitted',
  'draft/withdraw/applicant': 'withdrawn',
  'submitted/accept/officer': 'accepted',
  'submitted/request-correction/officer': 'needs-correction',
  'submitted/refuse/officer': 'refused',
  'submitted/terminate/officer': 'terminated',
  'submitted/withdraw/applicant': 'withdrawn',
  'needs-correction/resubmit/applicant': 'submitted',
  'needs-correction/terminate/officer': 'terminated',
  'needs-correction/withdraw/applicant': 'withdrawn',
  'accepted/approve/officer': 'approved',
  'accepted/refuse/officer': 'refused',
  'accepted/request-correction/officer': 'needs-correction',
  'accepted/terminate/officer': 'terminated',
  'accepted/withdraw/applicant': 'withdrawn',
};

const TERMINAL: CaseState[] = ['approved', 'refused', 'terminated', 'withdrawn'];

function refusal(state: CaseState, action: CaseAction, side: CaseSide): DomainError | undefined {
  try {
    nextState(state, action, side);
  } catch (error) {
    return error as DomainError;
  }
  return undefined;
}

describe('SPEC §10 case states: the transition table', () => {
  it('CASE-1/CASE-6: allows exactly the steps of the workflow, each by its own side', () => {
    for (const [step, to] of Object.entries(allowed)) {
      const [from, action, side] = step.split('/') as [CaseState, CaseAction, CaseSide];
      expect(nextState(from, action, side), step).toBe(to);
    }
  });

  it('CASE-6: refuses every other (state, action, side) with ILLEGAL_TRANSITION naming the state, in both languages', () => {
    let refused = 0;
    for (const state of caseStates)
      for (const action of caseActions)
        for (const side of sides) {
          if (`${state}/${action}/${side}` in allowed) continue;
          const error = refusal(state, action, side);
          const step = `${state}/${action}/${side}`;
          expect(error, step).toBeInstanceOf(DomainError);
          expect(error!.code, step).toBe('ILLEGAL_TRANSITION');
          expect(error!.field, step).toBe('state');
          expect(error!.messageZh, step).toContain(caseStateLabels[state].zh);
          expect(error!.messageEn, step).toContain(state);
          expect(error!.messageEn, step).toContain(action);
          refused++;
        }
    expect(refused).toBe(caseStates.length * caseActions.length * sides.length - Object.keys(allowed).length);
  });

  it('CASE-6: an officer cannot take the applicant’s steps, nor the applicant the officer’s', () => {
    expect(refusal('draft', 'submit', 'officer')?.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal('submitted', 'withdraw', 'officer')?.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal('needs-correction', 'resubmit', 'officer')?.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal('submitted', 'accept', 'applicant')?.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal('accepted', 'approve', 'applicant')?.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal('accepted', 'approve', 'applicant')?.messageEn).toContain('by the applicant');
  });

  it('CASE-6: a decision (approval) is only ever taken on an accepted case', () => {
    for (const state of caseStates)
      for (const side of sides) {
        if (state === 'accepted' && side === 'officer') continue;
        expect(refusal(state, 'approve', side)?.code, `${state}/${side}`).toBe('ILLEGAL_TRANSITION');
      }
  });

  it('CASE-6: ends in approved, refused, terminated and withdrawn: nothing moves a case out of them', () => {
    expect([...decidedStates].sort()).toEqual([...TERMINAL].sort());
    for (const state of TERMINAL) {
      expect(isClosed(state)).toBe(true);
      for (const side of sides) expect(availableActions(state, side), state).toEqual([]);
      for (const action of caseActions)
        for (const side of sides)
          expect(refusal(state, action, side)?.code, `${state}/${action}`).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('CASE-5: proofs and commitments stay open until the decision, and close with it', () => {
    for (const state of ['draft', 'submitted', 'needs-correction', 'accepted'] as const)
      expect(proofsOpen(state), state).toBe(true);
    for (const state of TERMINAL) expect(proofsOpen(state), state).toBe(false);
  });

  it('CASE-7: offers each side exactly the actions the table lets it take (screens enable buttons from it)', () => {
    for (const state of caseStates)
      for (const side of sides) {
        const expected = caseActions.filter((a) => `${state}/${a}/${side}` in allowed);
        expect([...availableActions(state, side)].sort(), `${state}/${side}`).toEqual([...expected].sort());
      }
    expect(availableActions('accepted', 'officer').sort()).toEqual(
      ['approve', 'refuse', 'request-correction', 'terminate'].sort(),
    );
  });

  it('CASE-7: has a Chinese and an English label for every state', () => {
    for (const state of caseStates) {
      expect(caseStateLabels[state].zh, state).toMatch(/\p{Script=Han}/u);
      expect(caseStateLabels[state].en, state).toBeTruthy();
    }
  });
});

const step = fc.record({
  action: fc.constantFrom(...caseActions),
  side: fc.constantFrom(...sides),
});

describe('SPEC §10 case states: random operation sequences (property)', () => {
  it('CASE-6: never reach an illegal state: every step taken is offered, every step refused is not', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (sequence) => {
        let state: CaseState = 'draft';
        for (const { action, side } of sequence) {
          const offered = availableActions(state, side).includes(action);
          let next: CaseState;
          try {
            next = nextState(state, action, side);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
            expect(offered).toBe(false);
            continue;
          }
          expect(offered).toBe(true);
          expect(caseStates).toContain(next);
          expect(allowed[`${state}/${action}/${side}`]).toBe(next);
          state = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('CASE-6: keep terminal states terminal, decide only from accepted, and never return to draft', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (sequence) => {
        let state: CaseState = 'draft';
        const visited: CaseState[] = [state];
        for (const { action, side } of sequence) {
          const before = state;
          try {
            state = nextState(state, action, side);
          } catch {
            continue;
          }
          expect(TERMINAL).not.toContain(before);
          if (state === 'approved') expect(before).toBe('accepted');
          if (state === 'accepted') expect(before).toBe('submitted');
          expect(state).not.toBe('draft');
          visited.push(state);
        }
        // Once a terminal state is reached it is the last one visited.
        const closedAt = visited.findIndex((s) => TERMINAL.includes(s));
        if (closedAt >= 0) expect(closedAt).toBe(visited.length - 1);
        // An approval was preceded by an acceptance, which was preceded by a submission.
        const approvedAt = visited.indexOf('approved');
        if (approvedAt >= 0) {
          expect(visited.slice(0, approvedAt)).toContain('accepted');
          expect(visited.indexOf('submitted')).toBeLessThan(visited.indexOf('accepted'));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('CASE-7: replaying the accepted actions of a history gives back the same state (the log is the record)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (sequence) => {
        let state: CaseState = 'draft';
        const log: { action: CaseAction; side: CaseSide }[] = [];
        for (const s of sequence) {
          try {
            state = nextState(state, s.action, s.side);
            log.push(s);
          } catch {
            // refused: not in the log
          }
        }
        const replayed = log.reduce<CaseState>((st, s) => nextState(st, s.action, s.side), 'draft');
        expect(replayed).toBe(state);
      }),
      { numRuns: 300 },
    );
  });
});

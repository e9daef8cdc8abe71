// LIST-6: the change-request workflow: every allowed step, every refused one, and no way out of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../platform/errors.ts';
import {
  type ChangeRequestAction,
  type ChangeRequestState,
  changeRequestActions,
  changeRequestStates,
  nextChangeRequestState,
  reviewActions,
} from './change-request-states.ts';

const states = Object.keys(changeRequestStates) as ChangeRequestState[];
const actions = Object.keys(changeRequestActions) as ChangeRequestAction[];

/** The workflow as the SPEC tells it (LIST-6): review, revision, withdrawal, publication. */
const allowed: Record<string, ChangeRequestState> = {
  'submitted/approve': 'approved',
  'submitted/reject': 'rejected',
  'submitted/return': 'returned',
  'returned/resubmit': 'submitted',
  'submitted/withdraw': 'withdrawn',
  'returned/withdraw': 'withdrawn',
  'approved/publish': 'published',
};

describe('LIST-6 change-request state table', () => {
  it('allows exactly the workflow steps', () => {
    for (const [step, to] of Object.entries(allowed)) {
      const [from, action] = step.split('/') as [ChangeRequestState, ChangeRequestAction];
      expect(nextChangeRequestState(from, action), step).toBe(to);
    }
  });

  it('refuses every other (state, action) pair with ILLEGAL_TRANSITION, in both languages', () => {
    let refused = 0;
    for (const state of states)
      for (const action of actions) {
        if (`${state}/${action}` in allowed) continue;
        let error: unknown;
        try {
          nextChangeRequestState(state, action);
        } catch (e) {
          error = e;
        }
        expect(error, `${state}/${action}`).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
        expect((error as DomainError).field).toBe('state');
        expect((error as DomainError).messageZh).toContain(changeRequestStates[state].zh);
        expect((error as DomainError).messageEn).toContain(changeRequestStates[state].en);
        refused++;
      }
    expect(refused).toBe(states.length * actions.length - Object.keys(allowed).length);
  });

  it('ends in rejected, withdrawn and published: nothing moves a request out of them', () => {
    for (const state of ['rejected', 'withdrawn', 'published'] as const)
      for (const action of actions) expect(() => nextChangeRequestState(state, action)).toThrow(DomainError);
  });

  it('approve, reject and return are the review actions (the reviewing level only)', () => {
    expect([...reviewActions].sort()).toEqual(['approve', 'reject', 'return']);
  });

  it('never reaches an undefined state over random action sequences (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...actions), { maxLength: 30 }), (sequence) => {
        let state: ChangeRequestState = 'submitted';
        const visited: ChangeRequestState[] = [state];
        for (const action of sequence) {
          try {
            state = nextChangeRequestState(state, action);
            visited.push(state);
          } catch (error) {
            if (!(error instanceof DomainError) || error.code !== 'ILLEGAL_TRANSITION') throw error;
          }
          if (!states.includes(state)) return false;
        }
        // published only after approval; nothing follows a final state
        const published = visited.indexOf('published');
        if (published >= 0 && visited[published - 1] !== 'approved') return false;
        const final = visited.findIndex((s) => ['rejected', 'withdrawn', 'published'].includes(s));
        return final < 0 || final === visited.length - 1;
      }),
      { numRuns: 500 },
    );
  });
});

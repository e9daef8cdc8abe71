// SUP-3: the stage rules of a false commitment as a state table: before the decision only 终止办理;
// after it never, and each action as often as the policy allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedHandlingActions,
  type HandlingActionKind,
  handlingActionKinds,
  stageOfCase,
  type TakenAction,
} from './false-commitment-rules.ts';

describe('SUP-3 what a handling record allows at each stage', () => {
  it('SUP-3: a falsity found before the decision can only terminate the case, once', () => {
    expect(allowedHandlingActions('before-decision', [])).toEqual(['terminate']);
    expect(allowedHandlingActions('before-decision', [{ kind: 'terminate', state: 'complied' }])).toEqual([]);
  });

  it('SUP-3: after the decision: rectify, revoke, penalise, transfer — never terminate', () => {
    expect(allowedHandlingActions('after-decision', [])).toEqual([
      'rectify',
      'revoke',
      'penalise',
      'transfer',
    ]);
  });

  it('SUP-3: a second rectification only after the first was not complied with; none once revoked', () => {
    const rectified: TakenAction = { kind: 'rectify', state: 'in-force' };
    expect(allowedHandlingActions('after-decision', [rectified])).toEqual(['revoke', 'penalise', 'transfer']);
    expect(allowedHandlingActions('after-decision', [{ ...rectified, state: 'not-complied' }])).toContain(
      'rectify',
    );
    expect(allowedHandlingActions('after-decision', [{ kind: 'revoke', state: 'complied' }])).toEqual([
      'penalise',
      'transfer',
    ]);
  });

  it('SUP-3 (property): whatever was taken, terminate is never open after the decision and nothing else before it', () => {
    const taken = fc.array(
      fc.record({
        kind: fc.constantFrom<HandlingActionKind>(...handlingActionKinds),
        state: fc.constantFrom<TakenAction['state']>('in-force', 'complied', 'not-complied'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(taken, (actions) => {
        expect(allowedHandlingActions('after-decision', actions)).not.toContain('terminate');
        for (const kind of allowedHandlingActions('before-decision', actions)) expect(kind).toBe('terminate');
        // An action taken (other than a failed rectification) is not offered again.
        for (const kind of allowedHandlingActions('after-decision', actions))
          if (kind !== 'rectify') expect(actions.some((a) => a.kind === kind)).toBe(false);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 2000 },
    );
  });

  it('SUP-3: the stage follows the case: undecided cases are before the decision; approved after; others none', () => {
    expect(['submitted', 'needs-correction', 'accepted'].map(stageOfCase)).toEqual([
      'before-decision',
      'before-decision',
      'before-decision',
    ]);
    expect(stageOfCase('approved')).toBe('after-decision');
    expect(['draft', 'refused', 'terminated', 'withdrawn'].map(stageOfCase)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

// VER-1/VER-6: a verification task's workflow: planned → in progress → done, or waiting on
// assistance or on a correction (VER-4, VER-7); a done task takes no further step.
import { describe, expect, it } from 'vitest';
import { taskStates, taskWorkflow } from './verification-task-states.ts';

describe('VER-6 the steps of a verification task', () => {
  it('VER-6: a result ends a planned, running or regularising task; never one waiting on another agency', () => {
    expect(taskWorkflow.next('planned', 'record-result')).toBe('done');
    expect(taskWorkflow.next('in-progress', 'record-result')).toBe('done');
    expect(taskWorkflow.next('regularising', 'record-result')).toBe('done');
    expect(() => taskWorkflow.next('awaiting-assistance', 'record-result')).toThrow(/awaiting assistance/);
  });

  it('VER-4/VER-7: assistance and regularisation come back to the verifier', () => {
    expect(taskWorkflow.next('in-progress', 'request-assistance')).toBe('awaiting-assistance');
    expect(taskWorkflow.next('awaiting-assistance', 'receive-assistance')).toBe('in-progress');
    expect(taskWorkflow.next('in-progress', 'regularise')).toBe('regularising');
    expect(taskWorkflow.next('regularising', 'receive-correction')).toBe('in-progress');
  });

  it('VER-6: a done task allows nothing; every state is named in both languages', () => {
    expect(taskWorkflow.allowedActions('done')).toEqual([]);
    for (const state of taskStates)
      expect(taskWorkflow.labels[state].zh && taskWorkflow.labels[state].en).toBeTruthy();
  });
});

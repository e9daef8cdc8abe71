import { defineWorkflow } from '../platform/workflow.ts';

/** VER-1/6: a verification task from its plan to its outcome. */
export const taskStates = ['planned', 'in-progress', 'awaiting-assistance', 'regularising', 'done'] as const;
export type TaskState = (typeof taskStates)[number];

/** VER-6: 属实 / 不实 / 无法核查. */
export const taskOutcomes = ['true', 'false', 'unverifiable'] as const;
export type TaskOutcome = (typeof taskOutcomes)[number];

export const taskOutcomeLabels: Record<TaskOutcome, { zh: string; en: string }> = {
  true: { zh: '属实', en: 'True' },
  false: { zh: '不实', en: 'False' },
  unverifiable: { zh: '无法核查', en: 'Cannot be verified' },
};

/** VER-6: what follows a 无法核查: another method, or nothing more (with the reason recorded). */
export const followUps = ['assistance', 'on-site', 'none'] as const;
export type FollowUp = (typeof followUps)[number];

export const taskActions = [
  'start',
  'request-assistance',
  'receive-assistance',
  'schedule-visit',
  'regularise',
  'receive-correction',
  'record-result',
] as const;
export type TaskAction = (typeof taskActions)[number];

export const taskStateLabels: Record<TaskState, { zh: string; en: string }> = {
  planned: { zh: '待核查', en: 'Planned' },
  'in-progress': { zh: '核查中', en: 'In progress' },
  'awaiting-assistance': { zh: '待协查回复', en: 'Awaiting assistance' },
  regularising: { zh: '补正中', en: 'Being regularised' },
  done: { zh: '已完成', en: 'Done' },
};

export const taskActionLabels: Record<TaskAction, { zh: string; en: string }> = {
  start: { zh: '开始核查', en: 'Start' },
  'request-assistance': { zh: '发起协查', en: 'Request assistance' },
  'receive-assistance': { zh: '收到协查回复', en: 'Assistance answered' },
  'schedule-visit': { zh: '安排现场核查', en: 'Schedule a visit' },
  regularise: { zh: '告知补正（非主观故意）', en: 'Ask for a correction (good-faith error)' },
  'receive-correction': { zh: '收到补正', en: 'Correction received' },
  'record-result': { zh: '记录核查结果', en: 'Record the result' },
};

const open = ['planned', 'in-progress'] as const;

/**
 * The legal steps of a task. A result can be recorded while a regularisation is open (the applicant
 * did not correct in time) but not while another agency is still asked (its answer comes first).
 */
export const taskWorkflow = defineWorkflow<TaskState, TaskAction, 'verifier'>({
  states: taskStateLabels,
  actions: taskActionLabels,
  transitions: [
    { from: ['planned'], action: 'start', to: 'in-progress', by: 'verifier' },
    { from: open, action: 'request-assistance', to: 'awaiting-assistance', by: 'verifier' },
    { from: ['awaiting-assistance'], action: 'receive-assistance', to: 'in-progress', by: 'verifier' },
    { from: open, action: 'schedule-visit', to: 'in-progress', by: 'verifier' },
    { from: open, action: 'regularise', to: 'regularising', by: 'verifier' },
    { from: ['regularising'], action: 'receive-correction', to: 'in-progress', by: 'verifier' },
    { from: [...open, 'regularising'], action: 'record-result', to: 'done', by: 'verifier' },
  ],
  refusal: (state, action) => ({
    zh: `核查任务当前为「${taskStateLabels[state].zh}」，不能「${taskActionLabels[action].zh}」`,
    en: `A task that is ${taskStateLabels[state].en.toLowerCase()} cannot take "${taskActionLabels[action].en}"`,
  }),
});

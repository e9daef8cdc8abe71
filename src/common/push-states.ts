import { defineWorkflow } from '../platform/workflow.ts';

/** CRED-6: a push's life in the outbox, from queued to the platform's receipt. */
export const pushStateLabels = {
  pending: { zh: '待推送', en: 'Pending' },
  delivered: { zh: '已送达', en: 'Delivered' },
  failed: { zh: '推送失败', en: 'Failed' },
} as const;
export type PushStateName = keyof typeof pushStateLabels;

export const pushActions = {
  deliver: { zh: '送达', en: 'be delivered' },
  fail: { zh: '标记失败', en: 'fail' },
  retry: { zh: '重新推送', en: 'be retried' },
} as const;
export type PushAction = keyof typeof pushActions;

/** The relay delivers or gives up; the credit officer retries a failed push. */
export type PushParty = 'relay' | 'officer';

export const pushWorkflow = defineWorkflow<PushStateName, PushAction, PushParty>({
  states: pushStateLabels,
  actions: pushActions,
  transitions: [
    { from: ['pending'], action: 'deliver', to: 'delivered', by: 'relay' },
    { from: ['pending'], action: 'fail', to: 'failed', by: 'relay' },
    { from: ['failed'], action: 'retry', to: 'pending', by: 'officer' },
  ],
  refusal: (state, action) => ({
    zh: `推送处于“${pushStateLabels[state].zh}”状态，不能${pushActions[action].zh}`,
    en: `A push that is "${pushStateLabels[state].en}" cannot ${pushActions[action].en}`,
  }),
});

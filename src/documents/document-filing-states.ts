import { defineWorkflow } from '../platform/workflow.ts';

/** DOC-5: a published document is filed (已报送) and the justice bureau records it (已备案). */
export const documentFilingWorkflow = defineWorkflow<'submitted' | 'received', 'receive', 'receiver'>({
  states: { submitted: { zh: '已报送', en: 'Filed' }, received: { zh: '已备案', en: 'Recorded' } },
  actions: { receive: { zh: '确认备案', en: 'Record' } },
  transitions: [{ from: ['submitted'], action: 'receive', to: 'received', by: 'receiver' }],
  refusal: () => ({ zh: '此备案已确认', en: 'This filing was recorded already' }),
});

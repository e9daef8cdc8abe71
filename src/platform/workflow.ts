import { DomainError } from './errors.ts';

export interface Label {
  zh: string;
  en: string;
}

export interface Transition<S extends string, A extends string, R extends string> {
  from: readonly S[];
  action: A;
  to: S;
  /** The party whose step this is (the applicant or the officer, the sending or receiving level …). */
  by: R;
}

export interface WorkflowSpec<S extends string, A extends string, R extends string> {
  states: Record<S, Label>;
  actions: Record<A, Label>;
  transitions: readonly Transition<S, A, R>[];
  /** How a refused step is told; `party` is given when the step exists but belongs to someone else. */
  refusal(state: S, action: A, party?: R): Label;
}

/**
 * A workflow as data: its states, actions and legal steps (who may take which action in which state).
 * Screens offer `allowedActions`; use cases move with `next`, which refuses anything else with a 409
 * whose `params` name the state, the action and what was allowed instead; the state column's CHECK
 * constraint is built from `states` (`stateCheck` in platform/db).
 */
export function defineWorkflow<S extends string, A extends string, R extends string>(
  spec: WorkflowSpec<S, A, R>,
) {
  const states = Object.keys(spec.states) as S[];
  const actions = Object.keys(spec.actions) as A[];
  const stepOf = (state: S, action: A) =>
    spec.transitions.find((t) => t.action === action && t.from.includes(state));
  const byParty = (party: R | undefined) => (t: Transition<S, A, R>) => party === undefined || t.by === party;

  /** The actions `party` (anyone, when not given) may take in `state`, in the order they were defined. */
  function allowedActions(state: S, party?: R): A[] {
    const legal = spec.transitions.filter((t) => t.from.includes(state)).filter(byParty(party));
    return actions.filter((action) => legal.some((t) => t.action === action));
  }

  /** The state after `action`; a step the workflow does not allow is refused. */
  function next(state: S, action: A, party?: R): S {
    const step = stepOf(state, action);
    if (step && byParty(party)(step)) return step.to;
    const { zh, en } = spec.refusal(state, action, step ? party : undefined);
    throw new DomainError('ILLEGAL_TRANSITION', zh, en, 'state', undefined, {
      state,
      action,
      allowedActions: allowedActions(state, party),
    });
  }

  const can = (state: S, action: A, party?: R) => allowedActions(state, party).includes(action);

  return {
    states,
    actions,
    labels: spec.states,
    actionLabels: spec.actions,
    allowedActions,
    next,
    can,
  };
}

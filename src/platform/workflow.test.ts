import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { defineWorkflow } from './workflow.ts';

const door = defineWorkflow<
  'shut' | 'open' | 'locked',
  'open' | 'close' | 'lock' | 'unlock',
  'guest' | 'keeper'
>({
  states: {
    shut: { zh: '关', en: 'shut' },
    open: { zh: '开', en: 'open' },
    locked: { zh: '锁', en: 'locked' },
  },
  actions: {
    open: { zh: '开门', en: 'open' },
    close: { zh: '关门', en: 'close' },
    lock: { zh: '上锁', en: 'lock' },
    unlock: { zh: '开锁', en: 'unlock' },
  },
  transitions: [
    { from: ['shut'], action: 'open', to: 'open', by: 'guest' },
    { from: ['open'], action: 'close', to: 'shut', by: 'guest' },
    { from: ['shut'], action: 'lock', to: 'locked', by: 'keeper' },
    { from: ['locked'], action: 'unlock', to: 'shut', by: 'keeper' },
  ],
  refusal: (state, action, party) => ({
    zh: `${state}:${action}`,
    en: `cannot ${action} when ${state}${party ? ` as ${party}` : ''}`,
  }),
});

const refusalOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('not refused');
};

describe('a workflow defined as data', () => {
  it('moves along its legal steps, for the party whose step it is', () => {
    expect(door.next('shut', 'open', 'guest')).toBe('open');
    expect(door.next('shut', 'lock', 'keeper')).toBe('locked');
    expect(door.next('locked', 'unlock')).toBe('shut');
  });

  it('offers each party exactly its steps from a state, in the order the actions were defined', () => {
    expect(door.allowedActions('shut')).toEqual(['open', 'lock']);
    expect(door.allowedActions('shut', 'guest')).toEqual(['open']);
    expect(door.allowedActions('shut', 'keeper')).toEqual(['lock']);
    expect(door.allowedActions('open', 'keeper')).toEqual([]);
    expect(door.can('locked', 'unlock', 'keeper')).toBe(true);
    expect(door.can('locked', 'open', 'guest')).toBe(false);
  });

  it('refuses any other step with a 409 naming the state, the action and what is allowed instead', () => {
    const wrongState = refusalOf(() => door.next('locked', 'open', 'guest'));
    expect(wrongState).toBeInstanceOf(DomainError);
    expect(wrongState.code).toBe('ILLEGAL_TRANSITION');
    expect(wrongState.field).toBe('state');
    expect(wrongState.messageEn).toBe('cannot open when locked');
    expect(wrongState.toBody().params).toEqual({ state: 'locked', action: 'open', allowedActions: [] });

    const wrongParty = refusalOf(() => door.next('shut', 'lock', 'guest'));
    expect(wrongParty.messageEn).toBe('cannot lock when shut as guest');
    expect(wrongParty.toBody().params).toEqual({ state: 'shut', action: 'lock', allowedActions: ['open'] });
  });

  it('lists its states, for the CHECK constraint of the state column', () => {
    expect(door.states).toEqual(['shut', 'open', 'locked']);
  });
});

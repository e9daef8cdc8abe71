import { sql } from 'drizzle-orm';
import { check } from 'drizzle-orm/pg-core';

/** A CHECK constraint keeping a state column inside its workflow's states, whatever writes to it. */
export const stateCheck = (table: string, column: string, states: readonly string[]) =>
  check(`${table}_${column}_valid`, sql.raw(`${column} IN (${states.map((s) => `'${s}'`).join(', ')})`));

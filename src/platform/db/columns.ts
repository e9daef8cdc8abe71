import { customType } from 'drizzle-orm/pg-core';

/** Binary content (PDFs, uploads) kept in the database, so app servers stay stateless (SPEC §10 Files). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

import { defineConfig } from 'drizzle-kit';

// Every table of the application: each capability's and the platform's schema files, listed here so
// that the platform itself imports no capability.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/*/schema.ts', './src/platform/*/schema.ts', './src/platform/db/meta-schema.ts'],
  out: './drizzle',
});

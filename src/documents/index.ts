// What other capabilities may use of documents; the rest of the folder is its own (npm run deps checks it).
export * from './case-texts.ts';
export * from './pdf/render-document.ts';
export { publishedGuides } from './published-documents.ts';
export * from './schema.ts';
export * from './stored-documents.ts';

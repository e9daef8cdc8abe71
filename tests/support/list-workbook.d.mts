// Types of list-workbook.mjs for the TypeScript tests.

export declare const layoutHeaders: readonly string[];
export declare const termHeaders: readonly string[];

export declare function listWorkbook(
  title: string,
  rows: readonly (readonly (string | number)[])[],
  options?: { headers?: readonly string[] },
): Promise<Buffer>;

/** Where a case is opened in the web app; inbox notices and deadlines link here. */
export const caseLink = (caseId: string) => `/workbench/cases/${caseId}`;

/** Tag colours of the grades, worst in red. */
export const gradeColors = { A: 'green', B: 'blue', C: 'orange', D: 'red' } as const;

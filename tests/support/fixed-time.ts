/** Tests run at a fixed instant: Thursday 2026-09-24, 10:00 in Shanghai, a week before National Day. */
export const TEST_NOW = new Date('2026-09-24T02:00:00.000Z');

export const DEMO_PASSWORD = 'Chengnuo@2026';

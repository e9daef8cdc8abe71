// Issue 17: WCAG 2.1 AA by a real checker and a 关怀模式 that holds, part one: the public pages and
// the applicants', case officers' and verifiers' workbenches (accessibility-staff.test.ts: the rest).

import { firstHalf } from './a11y.ts';
import { accessibilitySuite } from './a11y-suite.ts';

accessibilitySuite({ publicPages: true, users: firstHalf });

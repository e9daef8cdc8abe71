// Issue 17, part two: the workbenches of the other roles (accessibility.test.ts: public pages first).

import { firstHalf } from './a11y.ts';
import { accessibilitySuite } from './a11y-suite.ts';

accessibilitySuite({ publicPages: false, users: (user) => !firstHalf(user) });

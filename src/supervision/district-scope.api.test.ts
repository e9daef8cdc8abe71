// ORG-2, route by route, for the routes of supervision (SUP-1/2): staff of 崂山区 (LS) reach nothing of
// 山亭区 (ST) through them, and vice versa (the probes: district-scope.routes.ts).
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { routes } from './district-scope.routes.ts';

describeRoutes(routes, openWorld());

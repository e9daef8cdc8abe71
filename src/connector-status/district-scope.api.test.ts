// ORG-2, route by route, for the connector status: the big-data centre of 崂山区 (LS) reads nothing of
// 山亭区 (ST) through it, and vice versa (the probes: district-scope.routes.ts).
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { routes } from './district-scope.routes.ts';

describeRoutes(routes, openWorld());

// ORG-2, route by route, for the oversight: the justice bureaus and auditors of 崂山区 (LS) and 青岛市 read nothing of
// 山亭区 (ST) and 枣庄市 through it, and vice versa (the probes: district-scope.routes.ts).
import { describeRoutes, openWorld } from '../../tests/support/district-scope/probes.ts';
import { routes } from './district-scope.routes.ts';

describeRoutes(routes, openWorld());

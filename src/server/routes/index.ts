// Extra HTTP routes mounted beside /graphql by the server (exports, explorer, dashboard, metrics, health).
// Each entry is a function of the server's dependencies returning an express Router.

import type { Router } from 'express';
import { dashboardRoutes } from './dashboard.js';
import type { RouteDeps } from './deps.js';
import { exploreRoutes } from './explore.js';
import { exportRoutes } from './exports.js';
import { healthRoutes } from './health.js';

export type { RouteDeps };
export type RouteFactory = (deps: RouteDeps) => Router;

export const extraRoutes: RouteFactory[] = [healthRoutes, exportRoutes, exploreRoutes, dashboardRoutes];

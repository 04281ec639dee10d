// Extra HTTP routes mounted beside /graphql by the server (exports, explorer, metrics, health).
// Each entry is a function of the server's dependencies returning an express Router.

import type { Router } from 'express';

export type RouteFactory = (deps: unknown) => Router;

export const extraRoutes: RouteFactory[] = [];

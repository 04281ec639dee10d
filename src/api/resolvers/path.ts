// The shortest who-said-what path: actor names resolved, the store's node/relationship
// sequence folded into actor-to-actor steps (a statement between two actors is one step).

import { WhosaidError } from '../../errors.js';
import type { PathRecord } from '../../store/records.js';
import type { ApiContext } from '../context.js';
import { primeStatements } from '../loaders.js';
import type { PathResolvers, PathStepResolvers } from '../generated/resolvers-types.js';

export interface StepModel { fromId: string; toId: string; via: string; statementId: string | null }

/** Folds actor–statement–actor into one step; a direct relation is a step of its own. */
export function pathSteps(p: PathRecord): StepModel[] {
  const steps: StepModel[] = [];
  let i = 0;
  while (i < p.nodes.length - 1) {
    const next = p.nodes[i + 1];
    if (next.kind === 'Statement') {
      steps.push({ fromId: p.nodes[i].id, toId: p.nodes[i + 2].id, via: `${p.rels[i]}>${p.rels[i + 1]}`, statementId: next.id });
      i += 2;
    } else {
      steps.push({ fromId: p.nodes[i].id, toId: next.id, via: p.rels[i], statementId: null });
      i += 1;
    }
  }
  return steps;
}

/**
 * Resolves both names (NOT_FOUND naming the one nobody answers to) and finds the path in one
 * store query, whose actor and statement records prime the loaders the step fields use.
 */
export async function findPath(ctx: ApiContext, from: string, to: string, maxHops: number): Promise<PathRecord | null> {
  const r = await ctx.services.store.pathByNames(from, to, maxHops * 2);
  if (!r.from) throw new WhosaidError('NOT_FOUND', `from: no actor is named or aliased ${JSON.stringify(from)}`);
  if (!r.to) throw new WhosaidError('NOT_FOUND', `to: no actor is named or aliased ${JSON.stringify(to)}`);
  for (const a of r.actors) ctx.loaders.actor.prime(a.id, a);
  primeStatements(ctx.loaders, r.statements);
  for (const s of r.statements) ctx.loaders.statement.prime(s.id, s);
  return r.path;
}

export const Path: PathResolvers = {
  length: (p) => pathSteps(p).length,
  steps: (p) => pathSteps(p),
};

const actor = async (ctx: ApiContext, id: string) => {
  const a = await ctx.loaders.actor.load(id);
  if (!a) throw new Error(`path: actor ${id} vanished between queries`);
  return a;
};

export const PathStep: PathStepResolvers = {
  from: (s, _, ctx) => actor(ctx, s.fromId),
  to: (s, _, ctx) => actor(ctx, s.toId),
  via: (s) => s.via,
  statement: (s, _, ctx) => (s.statementId ? ctx.loaders.statement.load(s.statementId) : null),
};

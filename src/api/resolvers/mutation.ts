// Mutations: writes need the API token once one is configured; the pipeline does the work
// and reports each input as stored (ingested, replaced, unchanged) or rejected with a reason.

import { WhosaidError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import type { IngestStatus, MutationResolvers } from '../generated/resolvers-types.js';
import type { IngestOutcome } from '../../store/ingest.js';

const MAX_BATCH = 100;

const STATUS: Record<IngestOutcome['status'], IngestStatus> = { ingested: 'INGESTED', replaced: 'REPLACED', unchanged: 'UNCHANGED' };

function requireWriter(ctx: ApiContext): void {
  if (!ctx.canWrite) throw new WhosaidError('UNAUTHENTICATED', 'writes need the API token: send "Authorization: Bearer <WHOSAID_API_TOKEN>"');
}

export const Mutation: MutationResolvers = {
  ingestArticles: async (_, { articles }, ctx) => {
    requireWriter(ctx);
    if (articles.length > MAX_BATCH) throw new WhosaidError('BAD_INPUT', `articles: at most ${MAX_BATCH} per call, got ${articles.length}`);
    const result = await ctx.services.pipeline.ingestRecords(articles.map((a) => ({ ...a })));
    const stored = await ctx.loaders.article.loadMany(result.ingested.map((o) => o.articleId));
    return {
      ingested: stored.filter((a) => a !== null && !(a instanceof Error)) as never,
      unchanged: result.unchanged.length,
      rejected: result.rejected.map(({ input, reason }) => ({ input, reason })),
      stored: result.stored.map(({ input, outcome: o }) => ({
        input, id: o.articleId, status: STATUS[o.status], statements: o.statements, actors: o.actors,
      })),
    };
  },
  deleteArticle: async (_, { id }, ctx) => {
    requireWriter(ctx);
    return ctx.services.pipeline.deleteArticle(id);
  },
};

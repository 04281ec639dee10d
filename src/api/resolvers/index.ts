// All resolvers, one map keyed by GraphQL type.

import type { Resolvers } from '../generated/resolvers-types.js';
import { Actor, Role } from './actor.js';
import { Article } from './article.js';
import { MergeRecord, Relation, SearchHit } from './links.js';
import { Mutation } from './mutation.js';
import { Path, PathStep } from './path.js';
import { Query } from './query.js';
import { Statement } from './statement.js';
import { Analytics, analyticsQuery } from './analytics.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...analyticsQuery }, Mutation, Analytics, Actor, Role, Article, Statement, Relation, MergeRecord, SearchHit, Path, PathStep,
};

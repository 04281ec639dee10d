import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRecord, ArticleRecord, StatementRecord, RelationRecord, RoleRecord, MergeRecordRow, PathRecord } from '../../store/records.js';
import type { StepModel } from '../resolvers/path.js';
import type { AnalyticsRoot } from '../resolvers/analytics.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Actor = {
  __typename?: 'Actor';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  id: Scalars['ID']['output'];
  /** Statements about this actor. */
  mentionedIn: StatementConnection;
  /** Which names from which articles were merged into this actor. */
  merges: Array<MergeRecord>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
  /** Statements this outlet reported. */
  relayed: StatementConnection;
  roles: Array<Role>;
  /** Statements this actor made. */
  said: StatementConnection;
  /** Statements aimed at this actor (it is accused, warned, rejected...). */
  targetedBy: StatementConnection;
  type: ActorType;
};


export type ActorArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorRelationsArgs = {
  type?: InputMaybe<RelationType>;
};


export type ActorRelayedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};


export type ActorTargetedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorCount = {
  __typename?: 'ActorCount';
  actor: Actor;
  count: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

/** ACTIVITY_DESC (default): most statements first, then most articles mentioning, then name. */
export type ActorOrder =
  | 'ACTIVITY_DESC'
  | 'MENTIONS_DESC'
  | 'NAME_ASC'
  | 'STATEMENTS_DESC';

export type ActorScore = {
  __typename?: 'ActorScore';
  actor: Actor;
  score: Scalars['Float']['output'];
};

export type ActorType =
  | 'ANONYMOUS'
  | 'COUNTRY'
  | 'GROUP'
  | 'MEDIA'
  | 'ORGANIZATION'
  | 'OTHER'
  | 'PERSON'
  | 'PLACE';

export type ActorWhere = {
  /** Mentioned in this article. */
  article?: InputMaybe<Scalars['ID']['input']>;
  /** Name or alias contains this text (case-insensitive). */
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ActorType>;
  types?: InputMaybe<Array<ActorType>>;
};

export type Analytics = {
  __typename?: 'Analytics';
  /** When the store last confirmed that version current (ISO time); null before the first load. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Actors by centrality: DEGREE (distinct partners), PAGERANK (weighted, directed), BETWEENNESS (bridges; on graphs over 2000 actors, among the 2000 busiest). */
  centrality: Array<ActorScore>;
  /** Louvain communities over statements and relations, largest first; the split repeats for the same graph. */
  communities: Array<Community>;
  /** How many statements of each kind the graph holds. */
  kindBreakdown: Array<KindCount>;
  /** Actors most often the target of statements (of one kind when given), most first. */
  mostTargeted: Array<ActorCount>;
  /** Actors and weighted edges for drawing; kinds keeps only those statement kinds (relations are kept when kinds is omitted). */
  network: Network;
  /** True when the store did not answer the last check: answers come from the last good graph, as of asOf. */
  stale: Scalars['Boolean']['output'];
  /** The statements in scope behind an actor's number: those it made (SPEAKER) or that aimed at it (TARGET), newest first; first is capped at 100. */
  statementsOf: BehindStatements;
  /** Statements per DAY, WEEK (from Monday) or MONTH by article date, oldest first; actor (name or alias) limits to its statements; byKind splits each bucket per kind. */
  timeline: Array<TimeBucket>;
  /** Actors who made the most statements (of one kind when given), most first; first is capped at 100. */
  topSpeakers: Array<ActorCount>;
  /** The store's graph version these answers were computed from (bumped by every write, from any process). */
  version: Scalars['Int']['output'];
};


export type AnalyticsCentralityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric: CentralityMetric;
};


export type AnalyticsMostTargetedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};


export type AnalyticsNetworkArgs = {
  kinds?: InputMaybe<Array<StatementKind>>;
  minCount?: InputMaybe<Scalars['Int']['input']>;
};


export type AnalyticsStatementsOfArgs = {
  actor: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
  role: BehindRole;
};


export type AnalyticsTimelineArgs = {
  actor?: InputMaybe<Scalars['String']['input']>;
  byKind?: InputMaybe<Scalars['Boolean']['input']>;
  interval: Interval;
};


export type AnalyticsTopSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<StatementKind>;
};

/** Which statements analytics cover; every field optional. A scoped answer leaves relations out (they have no date, outlet or kind). */
export type AnalyticsWhere = {
  /** Statements whose speaker is of one of these types. */
  actorTypes?: InputMaybe<Array<ActorType>>;
  /** Article ids. */
  articles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Articles published on or after / on or before this ISO date (a bare date includes that day). */
  from?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<StatementKind>>;
  /** The article's source (outlet), case-insensitive. */
  source?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type Article = {
  __typename?: 'Article';
  actors: ActorConnection;
  id: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  statements: StatementConnection;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


export type ArticleActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleInput = {
  html?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain text; give text or html. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleWhere = {
  from?: InputMaybe<Scalars['String']['input']>;
  /** Mentions this actor (name or alias). */
  mentions?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Title or text contains this (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type BehindRole =
  | 'SPEAKER'
  | 'TARGET';

export type BehindStatements = {
  __typename?: 'BehindStatements';
  items: Array<Statement>;
  totalCount: Scalars['Int']['output'];
};

export type CentralityMetric =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

export type Community = {
  __typename?: 'Community';
  id: Scalars['Int']['output'];
  members: Array<Actor>;
  size: Scalars['Int']['output'];
};

export type Evidence = {
  __typename?: 'Evidence';
  content: Array<Span>;
  cue: Array<Span>;
  /** The sentence the statement was found in. */
  sentence: Span;
  speaker?: Maybe<Span>;
};

/**
 * What one ingestArticles call did, input by input: every input is either in stored (with its
 * status) or in rejected (with its reason); one bad input never stops the others.
 */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The articles written by this call (new or replaced), in input order. */
  ingested: Array<Article>;
  rejected: Array<Rejection>;
  /** Every input that is in the store after this call, in input order, with what happened to it. */
  stored: Array<StoredArticle>;
  unchanged: Scalars['Int']['output'];
};

export type IngestStatus =
  | 'INGESTED'
  | 'REPLACED'
  | 'UNCHANGED';

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: StatementKind;
};

export type MergeRecord = {
  __typename?: 'MergeRecord';
  actor: Actor;
  article: Article;
  /** How many stored actors qualified; more than one means the pick deserves a look. */
  candidates: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  localAliases: Array<Scalars['String']['output']>;
  /** The name the article used, and its aliases there. */
  localName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type MergeRecordConnection = {
  __typename?: 'MergeRecordConnection';
  edges: Array<MergeRecordEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MergeRecordEdge = {
  __typename?: 'MergeRecordEdge';
  cursor: Scalars['String']['output'];
  node: MergeRecord;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes an article, its statements and every actor nothing else refers to. False when no such article. */
  deleteArticle: Scalars['Boolean']['output'];
  /** Extracts and stores articles; the same article twice is counted as unchanged. Needs the API token when one is set. */
  ingestArticles: IngestResult;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticlesArgs = {
  articles: Array<ArticleInput>;
};

export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
};

/** Source and target are actor ids (see nodes); kind is a StatementKind or a RelationType; count is how often. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  count: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  relation: Scalars['Boolean']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
};

/** An actor in the network with its statement counts for the selected kinds. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  actor: Actor;
  statements: Scalars['Int']['output'];
  targeted: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  steps: Array<PathStep>;
};

export type PathStep = {
  __typename?: 'PathStep';
  from: Actor;
  statement?: Maybe<Statement>;
  to: Actor;
  /** How the two are linked: a relation type, or the two roles around a statement (SAID>TARGETS). */
  via: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An actor by canonical name or any alias, case-insensitive ("Moscow" finds Russia). */
  actor?: Maybe<Actor>;
  /** Actors, filtered and paged. */
  actors: ActorConnection;
  /** Analytics over the actor graph, or over the statements inside where: who speaks, who is targeted, who is central, which groups form. */
  analytics: Analytics;
  article?: Maybe<Article>;
  articles: ArticleConnection;
  /** Records of cross-article actor merges, newest first; filter by article to audit one ingest. */
  merges: MergeRecordConnection;
  /** The shortest who-said-what path between two actors (names or aliases); maxHops counts actor-to-actor steps. */
  path?: Maybe<Path>;
  /** Full-text search over statement content, actor names and aliases, article titles and text. */
  search: Array<SearchHit>;
  /** Statements, filtered and paged. */
  statements: StatementConnection;
};


export type QueryActorArgs = {
  name: Scalars['String']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryAnalyticsArgs = {
  where?: InputMaybe<AnalyticsWhere>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ArticleWhere>;
};


export type QueryMergesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathArgs = {
  from: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
  where?: InputMaybe<StatementWhere>;
};

/** Why one input was not stored; input is its index in the list. */
export type Rejection = {
  __typename?: 'Rejection';
  input: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type Relation = {
  __typename?: 'Relation';
  article: Article;
  evidence?: Maybe<Span>;
  from: Actor;
  role?: Maybe<Scalars['String']['output']>;
  to: Actor;
  type: RelationType;
};

export type RelationType =
  | 'AFFILIATED_WITH'
  | 'INTERACTS_WITH'
  | 'PART_OF';

/** One distinct (title, of) an actor holds; actor.roles lists the best supported first. */
export type Role = {
  __typename?: 'Role';
  /** The first supporting article. */
  article: Article;
  /** The articles that support it. */
  articles: Array<Article>;
  of?: Maybe<Actor>;
  /** How many articles support this role. */
  support: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type SearchHit = Actor | Article | Statement;

/** A stretch of the article text: offsets (JavaScript string indices, end exclusive) and the text. */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type Statement = {
  __typename?: 'Statement';
  about: Array<Actor>;
  article: Article;
  confidence: Scalars['Float']['output'];
  content: Scalars['String']['output'];
  cue: Scalars['String']['output'];
  /** True when the content is a verbatim quotation. */
  direct: Scalars['Boolean']['output'];
  evidence: Evidence;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  reportedBy?: Maybe<Actor>;
  speaker?: Maybe<Actor>;
  target?: Maybe<Actor>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementKind =
  | 'ACCUSATION'
  | 'BELIEF'
  | 'CLAIM'
  | 'CONFIRMATION'
  | 'CRITICISM'
  | 'DEMAND'
  | 'DENIAL'
  | 'PRAISE'
  | 'PROMISE'
  | 'REFUSAL'
  | 'REJECTION'
  | 'WARNING';

export type StatementOrder =
  | 'ARTICLE_ORDER'
  | 'CONFIDENCE_DESC'
  | 'DATE_ASC'
  | 'DATE_DESC';

export type StatementWhere = {
  about?: InputMaybe<Scalars['String']['input']>;
  /** Article id. */
  article?: InputMaybe<Scalars['ID']['input']>;
  direct?: InputMaybe<Scalars['Boolean']['input']>;
  /** Articles published on or after / before this ISO date. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  kinds?: InputMaybe<Array<StatementKind>>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  reportedBy?: InputMaybe<Scalars['String']['input']>;
  /** Actor names or aliases. */
  speaker?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  /** Content contains this text (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** One stored input: its index, the stored article's id (for UNCHANGED, the twin already stored), statements and actors written. */
export type StoredArticle = {
  __typename?: 'StoredArticle';
  actors: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  input: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  status: IngestStatus;
};

/** A time bucket: start is its first day (YYYY-MM-DD, UTC). */
export type TimeBucket = {
  __typename?: 'TimeBucket';
  count: Scalars['Int']['output'];
  /** Set when the timeline is split by kind. */
  kind?: Maybe<StatementKind>;
  start: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchHit:
    | ( ActorRecord )
    | ( ArticleRecord )
    | ( StatementRecord )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<ActorRecord>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorCount: ResolverTypeWrapper<Omit<ActorCount, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorOrder: ActorOrder;
  ActorScore: ResolverTypeWrapper<Omit<ActorScore, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  ActorType: ActorType;
  ActorWhere: ActorWhere;
  Analytics: ResolverTypeWrapper<AnalyticsRoot>;
  AnalyticsWhere: AnalyticsWhere;
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  ArticleWhere: ArticleWhere;
  BehindRole: BehindRole;
  BehindStatements: ResolverTypeWrapper<Omit<BehindStatements, 'items'> & { items: Array<ResolversTypes['Statement']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CentralityMetric: CentralityMetric;
  Community: ResolverTypeWrapper<Omit<Community, 'members'> & { members: Array<ResolversTypes['Actor']> }>;
  Evidence: ResolverTypeWrapper<Evidence>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'ingested'> & { ingested: Array<ResolversTypes['Article']> }>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interval: Interval;
  KindCount: ResolverTypeWrapper<KindCount>;
  MergeRecord: ResolverTypeWrapper<MergeRecordRow>;
  MergeRecordConnection: ResolverTypeWrapper<Omit<MergeRecordConnection, 'edges'> & { edges: Array<ResolversTypes['MergeRecordEdge']> }>;
  MergeRecordEdge: ResolverTypeWrapper<Omit<MergeRecordEdge, 'node'> & { node: ResolversTypes['MergeRecord'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<Omit<Network, 'nodes'> & { nodes: Array<ResolversTypes['NetworkNode']> }>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdge>;
  NetworkNode: ResolverTypeWrapper<Omit<NetworkNode, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  PathStep: ResolverTypeWrapper<StepModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rejection: ResolverTypeWrapper<Rejection>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationType: RelationType;
  Role: ResolverTypeWrapper<RoleRecord>;
  SearchHit: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchHit']>;
  Span: ResolverTypeWrapper<Span>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementWhere: StatementWhere;
  StoredArticle: ResolverTypeWrapper<StoredArticle>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimeBucket: ResolverTypeWrapper<TimeBucket>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorRecord;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorCount: Omit<ActorCount, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorScore: Omit<ActorScore, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  ActorWhere: ActorWhere;
  Analytics: AnalyticsRoot;
  AnalyticsWhere: AnalyticsWhere;
  Article: ArticleRecord;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  ArticleWhere: ArticleWhere;
  BehindStatements: Omit<BehindStatements, 'items'> & { items: Array<ResolversParentTypes['Statement']> };
  Boolean: Scalars['Boolean']['output'];
  Community: Omit<Community, 'members'> & { members: Array<ResolversParentTypes['Actor']> };
  Evidence: Evidence;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestResult: Omit<IngestResult, 'ingested'> & { ingested: Array<ResolversParentTypes['Article']> };
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  MergeRecord: MergeRecordRow;
  MergeRecordConnection: Omit<MergeRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['MergeRecordEdge']> };
  MergeRecordEdge: Omit<MergeRecordEdge, 'node'> & { node: ResolversParentTypes['MergeRecord'] };
  Mutation: Record<PropertyKey, never>;
  Network: Omit<Network, 'nodes'> & { nodes: Array<ResolversParentTypes['NetworkNode']> };
  NetworkEdge: NetworkEdge;
  NetworkNode: Omit<NetworkNode, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  PageInfo: PageInfo;
  Path: PathRecord;
  PathStep: StepModel;
  Query: Record<PropertyKey, never>;
  Rejection: Rejection;
  Relation: RelationRecord;
  Role: RoleRecord;
  SearchHit: ResolversUnionTypes<ResolversParentTypes>['SearchHit'];
  Span: Span;
  Statement: StatementRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementWhere: StatementWhere;
  StoredArticle: StoredArticle;
  String: Scalars['String']['output'];
  TimeBucket: TimeBucket;
}>;

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<ActorArticlesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorMentionedInArgs>>;
  merges?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<ActorRelationsArgs>>;
  relayed?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorRelayedArgs>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  said?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorSaidArgs>>;
  targetedBy?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ActorTargetedByArgs>>;
  type?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorCount'] = ResolversParentTypes['ActorCount']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type ActorScoreResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorScore'] = ResolversParentTypes['ActorScore']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AnalyticsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Analytics'] = ResolversParentTypes['Analytics']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  centrality?: Resolver<Array<ResolversTypes['ActorScore']>, ParentType, ContextType, RequireFields<AnalyticsCentralityArgs, 'first' | 'metric'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  kindBreakdown?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  mostTargeted?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<AnalyticsMostTargetedArgs, 'first'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<AnalyticsNetworkArgs, 'minCount'>>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statementsOf?: Resolver<ResolversTypes['BehindStatements'], ParentType, ContextType, RequireFields<AnalyticsStatementsOfArgs, 'actor' | 'first' | 'role'>>;
  timeline?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType, RequireFields<AnalyticsTimelineArgs, 'byKind' | 'interval'>>;
  topSpeakers?: Resolver<Array<ResolversTypes['ActorCount']>, ParentType, ContextType, RequireFields<AnalyticsTopSpeakersArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<ArticleActorsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ArticleStatementsArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type BehindStatementsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BehindStatements'] = ResolversParentTypes['BehindStatements']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  content?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  cue?: Resolver<Array<ResolversTypes['Span']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  ingested?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['Rejection']>, ParentType, ContextType>;
  stored?: Resolver<Array<ResolversTypes['StoredArticle']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
}>;

export type MergeRecordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeRecord'] = ResolversParentTypes['MergeRecord']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  localName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MergeRecordConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeRecordConnection'] = ResolversParentTypes['MergeRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MergeRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MergeRecordEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeRecordEdge'] = ResolversParentTypes['MergeRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MergeRecord'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticles?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'articles'>>;
}>;

export type NetworkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type NetworkNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'name'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'orderBy'>>;
  analytics?: Resolver<ResolversTypes['Analytics'], ParentType, ContextType, Partial<QueryAnalyticsArgs>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  merges?: Resolver<ResolversTypes['MergeRecordConnection'], ParentType, ContextType, Partial<QueryMergesArgs>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'orderBy'>>;
}>;

export type RejectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Rejection'] = ResolversParentTypes['Rejection']> = ResolversObject<{
  input?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Article' | 'Statement', ParentType, ContextType>;
}>;

export type SpanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type StoredArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StoredArticle'] = ResolversParentTypes['StoredArticle']> = ResolversObject<{
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
}>;

export type TimeBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimeBucket'] = ResolversParentTypes['TimeBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['StatementKind']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorCount?: ActorCountResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorScore?: ActorScoreResolvers<ContextType>;
  Analytics?: AnalyticsResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  BehindStatements?: BehindStatementsResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MergeRecord?: MergeRecordResolvers<ContextType>;
  MergeRecordConnection?: MergeRecordConnectionResolvers<ContextType>;
  MergeRecordEdge?: MergeRecordEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rejection?: RejectionResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StoredArticle?: StoredArticleResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers<ContextType>;
}>;


// A small pure reader of a resolver's selection set (graphql-js field nodes, fragments
// resolved): root resolvers look ahead to fold nested fields into their one Cypher query.

import { ACTOR_PROPS, ARTICLE_PROPS, type Part, type StatementFields } from '../store/statement-queries.js';
import { Kind, valueFromASTUntyped, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields named `name` directly under a selection set, through inline fragments and spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: Fragments): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return sel.name.value === name ? [sel] : [];
    if (sel.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(sel.selectionSet, name, fragments);
    return fieldsNamed(fragments[sel.name.value]?.selectionSet, name, fragments);
  });
}

/** The field nodes at `path` below the resolver's field (through fragments); empty when the path is not selected. */
function nodesAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] {
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    nodes = nodes.flatMap((n) => fieldsNamed(n.selectionSet, name, info.fragments));
    if (!nodes.length) return [];
  }
  return nodes;
}

/** True when the resolver's field selects the given path below it (e.g. ['edges', 'node', 'article']). */
export const selectsPath = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean =>
  nodesAt(info, path).length > 0;

/** True when a connection field's nodes select `field` (through edges.node). */
export const nodesSelect = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean =>
  selectsPath(info, ['edges', 'node', field]);

/** The names of the fields selected directly under `path` (through fragments); null when the path is not selected. */
export function namesUnder(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> | null {
  const nodes = nodesAt(info, path);
  if (!nodes.length) return null;
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet);
      else collect(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const n of nodes) collect(n.selectionSet);
  return names;
}

/** The record properties selected under a connection's `edges.node.<field>`: false when it is not selected. */
function partOf<P extends string>(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string, props: readonly P[]): Part<P> {
  const names = namesUnder(info, ['edges', 'node', field]);
  return names ? props.filter((p) => names.has(p)) : false;
}

/**
 * What a statement connection's nodes select beyond the statement itself: the article and each
 * actor role, with the record properties selected under them, and the evidence.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): StatementFields {
  const nodes = info.fieldNodes;
  const hit = selected.get(nodes[0]);
  if (hit && hit.nodes.length === nodes.length && hit.nodes.every((n, i) => n === nodes[i])) return hit.fields;
  const fields: StatementFields = Object.freeze({
    article: partOf(info, 'article', ARTICLE_PROPS), evidence: nodesSelect(info, 'evidence'),
    speaker: partOf(info, 'speaker', ACTOR_PROPS), target: partOf(info, 'target', ACTOR_PROPS),
    reportedBy: partOf(info, 'reportedBy', ACTOR_PROPS), about: partOf(info, 'about', ACTOR_PROPS),
  });
  selected.set(nodes[0], { nodes: [...nodes], fields });
  return fields;
}

// What a field selects depends only on its nodes in the parsed document, and Apollo reuses the
// parsed document of a query it has seen: answers are kept per field node (the same object on
// every request with that query text), so a repeated query walks its selection once. An answer
// is reused only for the very same list of nodes (a field merged from several).
const selected = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; fields: StatementFields }>();

/**
 * The one field named `name` directly under the resolver's field, as an info-shaped view for
 * nodesSelect, with its argument values; null when it is not selected or selected more than once
 * (aliases with other arguments), so look-ahead never guesses. Arguments are read as written
 * (literals and variables); validation has already checked their types.
 */
export function childField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>, name: string): { view: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>; args: Record<string, unknown> } | null {
  const nodes = info.fieldNodes.flatMap((n) => fieldsNamed(n.selectionSet, name, info.fragments));
  if (nodes.length !== 1) return null;
  const args = Object.fromEntries((nodes[0].arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]));
  return { view: { fieldNodes: nodes, fragments: info.fragments }, args };
}

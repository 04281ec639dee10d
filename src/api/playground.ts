// The offline playground: GraphiQL with every asset inlined (no CDN), served as Apollo's
// landing page at /graphql, opening on a tour of example queries.

import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The tour: run any operation by name from the play button's menu. */
export const TOUR = `# Welcome to whosaid. Pick an operation from the play button's menu.

# What did Joe Biden say?
query WhatBidenSaid {
  actor(name: "Biden") {
    name
    aliases
    said(first: 10) {
      totalCount
      edges { node { kind cue content direct target { name } evidence { sentence { text } } } }
    }
  }
}

# Who accused whom?
query WhoAccusedWhom {
  statements(where: { kind: ACCUSATION }, first: 20) {
    totalCount
    edges { node { speaker { name } target { name } content article { title } } }
  }
}

# What did AFP relay, and from whom?
query WhatAfpRelayed {
  actor(name: "AFP") {
    relayed { edges { node { speaker { name type } cue content } } }
  }
}

# How is Lavrov connected to Thomas-Greenfield?
query LavrovToThomasGreenfield {
  path(from: "Lavrov", to: "Thomas-Greenfield") {
    length
    steps { from { name } via to { name } statement { kind content } }
  }
}

# Full-text search over statements, actors and articles
query Search {
  search(text: "hysteria") {
    __typename
    ... on Statement { content speaker { name } }
    ... on Actor { name type }
    ... on Article { title }
  }
}

# Which names were merged into one actor across articles?
query Merges {
  merges(first: 20) { edges { node { localName reason candidates actor { name } article { id } } } }
}
`;

/** The playground page's HTML for the given GraphQL endpoint. */
export function playgroundHtml(endpoint: string): string {
  return renderGraphiQL({ endpoint, title: 'whosaid', defaultQuery: TOUR } as Parameters<typeof renderGraphiQL>[0]);
}

/** Apollo landing-page plugin serving the inlined GraphiQL. */
export function playgroundPlugin(endpoint: string): ApolloServerPlugin {
  const html = playgroundHtml(endpoint);
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}

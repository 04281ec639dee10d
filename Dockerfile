# whosaid's GraphQL server as a container. It talks to an external Neo4j (NEO4J_URI, e.g. the
# neo4j service of docker-compose.yml), so the image needs neither Java nor Maven.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .

USER node
EXPOSE 4000
CMD ["node", "bin/whosaid.mjs", "serve", "--ingest", "examples", "--host", "0.0.0.0", "--insecure"]

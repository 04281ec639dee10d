// GraphQL Code Generator: resolver types from schema.graphql, with parents mapped onto the
// store's records so resolvers are typed end to end. Run `npm run codegen` after editing the schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#ApiContext',
        mappers: {
          Actor: '../../store/records.js#ActorRecord',
          Article: '../../store/records.js#ArticleRecord',
          Statement: '../../store/records.js#StatementRecord',
          Relation: '../../store/records.js#RelationRecord',
          Role: '../../store/records.js#RoleRecord',
          MergeRecord: '../../store/records.js#MergeRecordRow',
          Path: '../../store/records.js#PathRecord',
          PathStep: '../resolvers/path.js#StepModel',
          Analytics: '../resolvers/analytics.js#AnalyticsRoot',
        },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;

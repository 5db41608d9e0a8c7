import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'auth',
  'registry',
  'users',
  'audit',
  'api-clients',
  'methodology',
  'campaigns',
  'evaluations',
  'bulletins',
];

/** No feature imports another feature; shared code never imports features or the app. */
const restrictedZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature must not import another feature; compose them in src/app.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import the app layer.',
  },
  {
    target: ['./src/components', './src/config', './src/hooks', './src/lib', './src/types'],
    from: ['./src/features', './src/app'],
    message: 'Shared code must not import features or the app layer.',
  },
];

/**
 * API shapes come from the generated contract (src/types/api.gen.ts, `npm run gen:api`), never by hand:
 * a feature's api folder may name them (`type Campaign = Complete<ApiResponse<'/api/v1/campaigns/{id}',
 * 'get'>>`, see src/lib/api-types.ts) but not declare them.
 */
const GENERATED =
  'API shapes come from the generated contract: alias them from src/types/api.gen.ts through ' +
  '@/lib/api-types (ApiResponse, ApiBody, ApiQuery) instead of writing them by hand.';
const handWrittenShapes = [
  {
    selector: 'TSInterfaceDeclaration',
    message: `No interface in a feature's api folder. ${GENERATED}`,
  },
  {
    selector: 'TSTypeAliasDeclaration TSTypeLiteral',
    message: `No object type in a feature's api folder. ${GENERATED}`,
  },
  {
    selector: 'TSTypeAliasDeclaration TSMappedType',
    message: `No mapped object type in a feature's api folder. ${GENERATED}`,
  },
];

/**
 * A hand-written type slips in where an API value is cast: `error.problem.existing as ExistingAccount`.
 * Problem members (and the problem itself) get their types from the contract: document the member there.
 */
const problemCasts = [
  {
    selector:
      "TSAsExpression[expression.object.property.name='problem'], TSAsExpression[expression.property.name='problem']",
    message:
      'No cast of a problem or its members: their types come from the contract (Problem in ' +
      'src/types/api.gen.ts); document the member in the contract instead of a hand-written type.',
  },
];

/** Features call the API only through the typed client (`api` + `unwrap` from @/lib/api-client). */
const TYPED_CLIENT =
  'Call the API through the typed client: api.GET/POST/PUT/DELETE with unwrap (or saveFile) from ' +
  '@/lib/api-client, so the path, parameters and bodies are checked against the generated contract.';
const untypedCalls = {
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: TYPED_CLIENT },
    { name: 'XMLHttpRequest', message: TYPED_CLIENT },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'window', property: 'fetch', message: TYPED_CLIENT },
    { object: 'globalThis', property: 'fetch', message: TYPED_CLIENT },
    { object: 'self', property: 'fetch', message: TYPED_CLIENT },
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: '@/lib/api-client', importNames: ['apiFetch'], message: TYPED_CLIENT },
        { name: 'openapi-fetch', message: `One client for the whole SPA. ${TYPED_CLIENT}` },
        { name: 'axios', message: TYPED_CLIENT },
      ],
      patterns: [{ group: ['**/api-request', '**/api-request.*'], message: TYPED_CLIENT }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'src/types/api.gen.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      'import-x': importX,
    },
    settings: {
      'import-x/resolver': { typescript: { project: './tsconfig.app.json' } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: restrictedZones }],
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { ...untypedCalls, 'no-restricted-syntax': ['error', ...problemCasts] },
  },
  {
    files: ['src/features/*/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...handWrittenShapes, ...problemCasts] },
  },
  {
    // a types.ts beside the calls is where hand-written copies of the contract used to live
    files: ['src/features/*/api/**/types.{ts,tsx}', 'src/features/*/api/**/*.d.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: `No types.ts in a feature's api folder. ${GENERATED}`,
        },
        ...handWrittenShapes,
        ...problemCasts,
      ],
    },
  },
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.js', '*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
  {
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

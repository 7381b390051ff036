// Lint for the whole repository: TypeScript (typescript-eslint), Lit
// templates (eslint-plugin-lit), custom elements (eslint-plugin-wc) and the
// accessibility of templates (eslint-plugin-lit-a11y). Formatting is
// Prettier's (.prettierrc.json); eslint-config-prettier turns off the rules
// it owns. `npm run lint` runs both.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'demo-dist/',
      'custom-elements.json',
      '.storybook/public/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, but `_` marks what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests and stories: chai's `expect(x).to.be.true` is an expression on purpose.
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

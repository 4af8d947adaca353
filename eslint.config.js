// Lint rules: the recommended sets for JavaScript, TypeScript and Svelte, with types from the
// project's tsconfig. Formatting is prettier's job, not eslint's.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-bench/', 'node_modules/', 'bench-results/', 'bench/node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built with the configured base path ($app/paths) where they are internal.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Tests feed deliberately malformed data through untyped values.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	}
);

// Plugins are resolved from here, so every package formats alike without its own copy.
const svelte = import.meta.resolve('prettier-plugin-svelte');

/** @type {import('prettier').Config} */
export default {
	useTabs: true,
	singleQuote: true,
	trailingComma: 'none',
	printWidth: 110,
	plugins: [svelte],
	overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }]
};

// One Vitest configuration for the workspace: unit tests in Node, component tests and Storybook
// stories in real Chromium (Debian's, launched by Playwright).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tooling/playwright/chromium.js';

// A fresh object per project: Vitest writes each project's name into its browser instances.
const browser = () => ({
	enabled: true,
	headless: true,
	provider: playwright({ launchOptions: chromiumLaunchOptions }),
	instances: [{ browser: 'chromium' as const }],
	// A desktop window by default; tests of small screens set their own viewport.
	viewport: { width: 1280, height: 800 }
});

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					environment: 'node',
					// The map picture bakes in colours read from tokens.css (`?raw`), which Vitest
					// would otherwise hand over empty.
					css: { include: [/tokens\.css/] },
					include: ['{apps,packages,tooling}/*/src/**/*.test.ts', 'tooling/**/*.test.ts'],
					exclude: ['**/*.svelte.test.ts', '**/*.db.test.ts', '**/node_modules/**']
				}
			},
			{
				test: {
					name: 'db',
					environment: 'node',
					include: ['packages/*/src/**/*.db.test.ts'],
					globalSetup: ['packages/db/test/global-setup.ts'],
					// One file at a time: each test file gets its own databases on the two servers.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				test: {
					// Whole-system tests on the built apps (run after `pnpm build`): the database going
					// away, SIGTERM in the middle of posts, two instances of every app behind nginx. One
					// file at a time; each starts its own stack.
					name: 'faults',
					environment: 'node',
					include: ['packages/server/{faults,cluster}/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			},
			{
				plugins: [svelte()],
				// Every component test's imports are bundled before the first runs: a dependency met only
				// later (markdown-it, valibot) would otherwise reload the browser and fail that file.
				optimizeDeps: { entries: ['{apps,packages}/*/src/**/*.svelte.test.ts'] },
				test: {
					name: 'components',
					// The formatting tests run here too: the browser must render the same text as the server.
					// An app's browser-only state (runes in `*.svelte.ts`) is tested here as well.
					include: ['{apps,packages}/*/src/**/*.svelte.test.ts', 'packages/i18n/src/format.test.ts'],
					browser: browser()
				}
			},
			{
				plugins: [svelte(), storybookTest({ configDir: 'packages/ui/.storybook' })],
				test: {
					name: 'storybook',
					browser: browser()
				}
			}
		]
	}
});

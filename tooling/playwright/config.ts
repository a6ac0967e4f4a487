import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

/** The preview links' secret in the end-to-end suite (tests sign and tamper with tokens too). */
export const e2ePreviewSecret = 'e2e-preview-secret-not-for-production-0123456789';

/** One built app server for the end-to-end suite. */
export interface AppServer {
	/** Workspace folder under apps/, also the Playwright project name. */
	name: string;
	port: number;
}

/**
 * The Playwright configuration every app's browser tests use: Debian's Chromium, the built
 * (production) servers on their fixed ports, one project per app with its tests in
 * `apps/<name>/e2e`.
 */
export function appsConfig(root: string, apps: AppServer[]): PlaywrightTestConfig {
	// Its own embedded database (port and folder apart from `npm start`'s), unless DATABASE_URL is given.
	const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54330/solidair';
	const databaseEnv: Record<string, string> = process.env.DATABASE_URL
		? { DATABASE_URL: databaseUrl }
		: { EMBEDDED_PG_PORT: '54330', SOLIDAIR_DATA_DIR: `${root}/.data/e2e-postgres` };
	// The intranet's preview links lead to the sites under test, signed with a secret all apps share.
	const origin = (name: string) => {
		const app = apps.find((candidate) => candidate.name === name);
		return app ? { [`${name.toUpperCase()}_ORIGIN`]: `http://127.0.0.1:${app.port}` } : {};
	};
	const previewEnv = { PREVIEW_SECRET: e2ePreviewSecret, ...origin('wsm'), ...origin('fos') };
	return defineConfig({
		testDir: root,
		testMatch: 'apps/*/e2e/**/*.test.ts',
		fullyParallel: false,
		workers: 1,
		forbidOnly: !!process.env.CI,
		retries: 0,
		timeout: 30_000,
		reporter: [['list']],
		use: {
			...devices['Desktop Chrome'],
			launchOptions: chromiumLaunchOptions,
			trace: 'off'
		},
		projects: apps.map((app) => ({
			name: app.name,
			testMatch: `apps/${app.name}/e2e/**/*.test.ts`,
			use: { baseURL: `http://127.0.0.1:${app.port}` }
		})),
		// Started in this order: the database (migrated and seeded) before the apps.
		webServer: [
			{
				command: 'node packages/db/src/cli.ts up --fresh',
				cwd: root,
				env: databaseEnv,
				wait: { stdout: /^ready /m },
				reuseExistingServer: false,
				timeout: 120_000,
				// Let PostgreSQL shut down cleanly rather than be killed.
				gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
				stdout: 'pipe' as const,
				stderr: 'pipe' as const
			},
			...apps.map((app) => ({
				command: `node apps/${app.name}/server.js`,
				url: `http://127.0.0.1:${app.port}/readyz`,
				cwd: root,
				env: {
					DATABASE_URL: databaseUrl,
					PORT: String(app.port),
					HOST: '127.0.0.1',
					// Every absolute URL (mails, feeds, sitemap, canonical links) is built on it: serve() requires it.
					ORIGIN: `http://127.0.0.1:${app.port}`,
					// The page cache stays on, as in production: a test that changes content sees it at
					// once because the change drops the pages showing it (LISTEN/NOTIFY), on every instance.
					// Tests read mails (and their links) from the outbox: a sender would take the links'
					// tokens out once it had sent them. The sender has its own database test.
					OUTBOX: 'off',
					...previewEnv
				},
				reuseExistingServer: false,
				timeout: 60_000,
				stdout: 'ignore' as const,
				stderr: 'pipe' as const
			}))
		]
	});
}

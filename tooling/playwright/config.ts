import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

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
export function appsConfig(
	root: string,
	apps: AppServer[],
	env: Record<string, string> = {}
): PlaywrightTestConfig {
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
		webServer: apps.map((app) => ({
			command: `node apps/${app.name}/build/index.js`,
			url: `http://127.0.0.1:${app.port}/favicon.ico`,
			cwd: root,
			env: { ...env, PORT: String(app.port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${app.port}` },
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}))
	});
}

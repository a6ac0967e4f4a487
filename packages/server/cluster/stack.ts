// Two instances (or more) of every built app on one embedded PostgreSQL with the seed, behind
// nginx as the load balancer, as production runs them on several machines: each instance is
// `node apps/<app>/server.js` with TRUST_PROXY=1 and the load balancer's address as ORIGIN. Used by
// the cluster test (cluster.test.ts) and by the publish-to-visible benchmark (bench/publish.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faultStack, root, type Child } from '../faults/stack.ts';
import { findNginx, startNginx } from './nginx.ts';

export const clusterApps = ['wsm', 'fos', 'platform', 'intranet'] as const;
export type ClusterApp = (typeof clusterApps)[number];

export interface Instance {
	app: ClusterApp;
	port: number;
	/** The instance itself, past the load balancer. */
	url: string;
	/** Everything it printed so far (its mails, when the outbox prints them). */
	output(): string;
}

export interface Cluster {
	databaseUrl: string;
	/** The load balancer's address of each app: its ORIGIN, what a visitor opens. */
	url: Record<ClusterApp, string>;
	instances: Record<ClusterApp, Instance[]>;
	/** Stops nginx, the apps and PostgreSQL, and removes their data. */
	stop(): Promise<void>;
}

export interface ClusterOptions {
	/** The embedded PostgreSQL's port. */
	dbPort: number;
	/**
	 * App number i (in `clusterApps` order) is reached through nginx on `basePort + 10 i`, its
	 * instances listen on the ports after it (`basePort + 10 i + 1`, `+ 2`, …).
	 */
	basePort: number;
	/** Instances per app (2 unless said). */
	instances?: number;
	/** Added to every instance's environment (after the cluster's own). */
	env?: NodeJS.ProcessEnv;
	/** Runs on the fresh, seeded database before any app starts (e.g. to make digests due). */
	prepare?: (databaseUrl: string) => Promise<void>;
}

/** Starts the whole cluster; on any failure, stops what had started and throws. */
export async function startCluster({
	dbPort,
	basePort,
	instances = 2,
	env = {},
	prepare
}: ClusterOptions): Promise<Cluster> {
	// Before anything starts: without nginx there is no cluster to test, and the error says why.
	const nginx = findNginx({ toolingDir: join(root, '.tooling') });
	const stack = faultStack(dbPort);
	const nginxDir = mkdtempSync(join(tmpdir(), 'solidair-nginx-'));
	let balancer: Awaited<ReturnType<typeof startNginx>> | undefined;
	const stop = async () => {
		await balancer?.stop();
		await stack.cleanUp();
		rmSync(nginxDir, { recursive: true, force: true });
	};
	try {
		await stack.startDatabase(true);
		await prepare?.(stack.databaseUrl);
		const url = Object.fromEntries(
			clusterApps.map((app, i) => [app, `http://127.0.0.1:${basePort + 10 * i}`])
		) as Record<ClusterApp, string>;
		const started = await Promise.all(
			clusterApps.flatMap((app, i) =>
				Array.from({ length: instances }, async (_, n) => {
					const port = basePort + 10 * i + n + 1;
					const child: Child = await stack.startApp(app, port, {
						ORIGIN: url[app],
						TRUST_PROXY: '1',
						// Every instance sends the outbox's mail and the portal's digests, as in production.
						OUTBOX: 'on',
						// The default page cache, as in production (the fault stack turns it off).
						PAGE_CACHE_MB: undefined,
						WSM_ORIGIN: url.wsm,
						FOS_ORIGIN: url.fos,
						PREVIEW_SECRET: 'cluster-preview-secret-of-at-least-32-characters',
						...env
					});
					return { app, port, url: `http://127.0.0.1:${port}`, output: child.output } satisfies Instance;
				})
			)
		);
		const byApp = Object.fromEntries(
			clusterApps.map((app) => [app, started.filter((instance) => instance.app === app)])
		) as Record<ClusterApp, Instance[]>;
		balancer = await startNginx(
			nginx,
			nginxDir,
			clusterApps.map((app, i) => ({
				port: basePort + 10 * i,
				servers: byApp[app].map((instance) => `127.0.0.1:${instance.port}`)
			}))
		);
		return { databaseUrl: stack.databaseUrl, url, instances: byApp, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

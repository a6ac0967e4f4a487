// Publish to visible on two instances: the delay from the intranet's answer to a publish (made
// through nginx with the editor's form) until both WSM instances, each asked directly, show it.
// `pnpm bench` calls `publishDelays()`; `node bench/publish.ts` prints one measurement on its own
// (after `pnpm build`; nginx from the system, or Debian's package unpacked into .tooling/).
import { editor, signIn, timedPublish, wsmNewsItem } from '@solidair/server/cluster';
import { startCluster } from '@solidair/server/cluster/stack';

export interface PublishOptions {
	/** Publishes to time (10 unless said). */
	count?: number;
	/** Where the cluster runs: its PostgreSQL, and nginx on basePort, 10, 20, 30 (instances after each). */
	dbPort?: number;
	basePort?: number;
}

/**
 * Starts two instances of every app behind nginx on a fresh seeded database, publishes a new
 * title of one WSM news item `count` times, one after the other, and returns each delay in
 * milliseconds (in order). Stops everything before it returns.
 */
export async function publishDelays({ count = 10, dbPort = 54394, basePort = 3700 }: PublishOptions = {}) {
	const cluster = await startCluster({ dbPort, basePort });
	try {
		const cookie = await signIn(cluster.url.intranet, editor.email, editor.password);
		const entry = await wsmNewsItem(cluster.databaseUrl);
		const delays: number[] = [];
		for (let i = 1; i <= count; i++) {
			delays.push(await timedPublish(cluster, cookie, entry, `${entry.title} (versie ${i})`));
		}
		return delays;
	} finally {
		await cluster.stop();
	}
}

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

if (import.meta.main) {
	const delays = await publishDelays();
	console.log(`publish to visible on 2 instances: median ${median(delays).toFixed(0)} ms`);
	console.log(`each: ${delays.map((delay) => delay.toFixed(0)).join(', ')} ms`);
}

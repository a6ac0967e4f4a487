// Each page beside nginx sending the same bytes: wrk runs interleaved (app, nginx, app, nginx…)
// so that both see the same moments of a noisy machine; medians of the rounds.
import { wrk, type WrkResult } from './wrk.ts';

export interface MeasuredPage {
	label: string;
	/** The app's URL of the page. */
	url: string;
	/** The request headers wrk sends (and the snapshot for nginx was fetched with). */
	headers: string[];
	connections: number[];
	/** nginx's copy of the page, when there is an nginx. */
	nginxUrl?: string;
}

export interface ThroughputRow {
	label: string;
	connections: number;
	app: WrkResult[];
	nginx: WrkResult[];
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function measureThroughput(
	pages: MeasuredPage[],
	options: { rounds: number; seconds: number; progress: (line: string) => void }
): ThroughputRow[] {
	const rows: ThroughputRow[] = [];
	for (const page of pages) {
		for (const connections of page.connections) {
			const row: ThroughputRow = { label: page.label, connections, app: [], nginx: [] };
			for (let round = 1; round <= options.rounds; round++) {
				options.progress(`wrk ${page.label}, ${connections} connections, round ${round}/${options.rounds}`);
				// The warm-up (2 s) only before the first round of each: afterwards both are warm.
				row.app.push(wrk(page.url, connections, options.seconds, page.headers, round === 1));
				if (page.nginxUrl)
					row.nginx.push(wrk(page.nginxUrl, connections, options.seconds, page.headers, round === 1));
			}
			rows.push(row);
		}
	}
	return rows;
}

/** Markdown: medians of req/s and p99, errors summed over the rounds, the ratio app / nginx. */
export function throughputTable(rows: ThroughputRow[]): string[] {
	const withNginx = rows.some((row) => row.nginx.length > 0);
	const lines = withNginx
		? [
				'| page | connections | app req/s | app p99 (ms) | app errors | nginx req/s | nginx p99 (ms) | nginx errors | app / nginx |',
				'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
			]
		: [
				'| page | connections | app req/s | app p99 (ms) | app errors |',
				'| --- | ---: | ---: | ---: | ---: |'
			];
	for (const row of rows) {
		const rps = (runs: WrkResult[]) => median(runs.map((run) => run.rps)).toFixed(0);
		const p99 = (runs: WrkResult[]) => median(runs.map((run) => run.p99)).toFixed(1);
		const errors = (runs: WrkResult[]) => {
			const total = runs.reduce((sum, run) => sum + run.errors, 0);
			const kinds = runs.map((run) => run.errorKinds).filter(Boolean);
			return `${total}${kinds.length ? kinds.join('') : ''}`;
		};
		const app = `| ${row.label} | ${row.connections} | ${rps(row.app)} | ${p99(row.app)} | ${errors(row.app)} |`;
		if (!withNginx) {
			lines.push(app);
			continue;
		}
		// Each app run against the nginx run right after it: the ratio of the same moment.
		const ratio = median(row.app.map((run, i) => run.rps / row.nginx[i]!.rps));
		lines.push(
			`${app} ${rps(row.nginx)} | ${p99(row.nginx)} | ${errors(row.nginx)} | **${(ratio * 100).toFixed(1)} %** |`
		);
	}
	return lines;
}

export function errorsIn(rows: ThroughputRow[]): number {
	return rows.flatMap((row) => [...row.app, ...row.nginx]).reduce((sum, run) => sum + run.errors, 0);
}

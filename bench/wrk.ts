// wrk, as the benchmarks run it: one thread, latency percentiles, errors counted by kind.
import { spawn, spawnSync } from 'node:child_process';

export type WrkResult = ReturnType<typeof parseWrk>;

function wrkArgs(url: string, connections: number, seconds: number, headers: string[] = []) {
	return ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...headers.flatMap((h) => ['-H', h]), url];
}

export function parseWrk(out: string) {
	const unit = (value: string, suffix: string) =>
		Number(value) * (suffix === 's' ? 1000 : suffix === 'us' ? 0.001 : 1);
	const p = (q: string) => {
		const match = new RegExp(`\\s${q}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
		return match ? unit(match[1]!, match[2]!) : NaN;
	};
	const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
	const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
	const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
	const kinds = [
		non2xx && `${non2xx} non-2xx`,
		...['connect', 'read', 'write', 'timeout'].map((kind, i) => {
			const n = Number(socket?.[i + 1] ?? 0);
			return n && `${n} ${kind}`;
		})
	].filter(Boolean);
	return {
		errorKinds: kinds.length ? ` (${kinds.join(', ')})` : '',
		rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
		requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
		p50: p('50'),
		p99: p('99'),
		errors: non2xx + socketErrors
	};
}

/** One wrk run (one thread), after a 2-second warm-up unless told otherwise. */
export function wrk(url: string, connections: number, seconds: number, headers?: string[], warmUp = true) {
	if (warmUp) spawnSync('wrk', wrkArgs(url, connections, 2, headers));
	return parseWrk(spawnSync('wrk', wrkArgs(url, connections, seconds, headers), { encoding: 'utf8' }).stdout);
}

/** The same without blocking, so several can run at once. */
export async function wrkAsync(url: string, connections: number, seconds: number, headers?: string[]) {
	return new Promise<WrkResult>((resolve) => {
		const child = spawn('wrk', wrkArgs(url, connections, seconds, headers));
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk));
		child.on('exit', () => resolve(parseWrk(out)));
	});
}

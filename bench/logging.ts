// Benchmark of the request log (not a test): `node bench/logging.ts`.
// One trivial route behind `createAppServer`, in a child process whose stdout is a pipe this
// process reads (as a process manager does), measured with wrk (one thread, 16 connections,
// 5 s, three runs each, medians) in three ways in the same run: no request log; the log written
// one line per request (the old way: a synchronous write per line); the buffered log
// (`bufferedLog`, what the servers use). The ratios matter, not the absolute figures.
import { spawn } from 'node:child_process';
import { createAppServer } from '@solidair/server';
import { bufferedLog, type LogWriter } from '@solidair/server/log';
import { wrkAsync } from './wrk.ts';

const mode = process.argv[2] === '--serve' ? process.argv[3] : undefined;

if (mode) {
	const direct: LogWriter = (line, level) =>
		(level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
	const buffered = bufferedLog(process.stdout, process.stderr);
	const server = createAppServer((_req, res) => res.end('hello'), {
		logRequests: mode !== 'off',
		log: mode === 'direct' ? direct : buffered.write
	});
	server.listen(0, '127.0.0.1', () => {
		const address = server.address();
		console.error(`port ${typeof address === 'object' && address ? address.port : 0}`);
	});
} else {
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	const rows = [
		'| request log | req/s (median of 3) | p99 (ms) | lines read |',
		'| --- | ---: | ---: | ---: |'
	];
	for (const kind of ['off', 'direct', 'buffered']) {
		const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--serve', kind], {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let lines = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			for (const byte of chunk) if (byte === 10) lines++;
		});
		const port = await new Promise<number>((resolve) =>
			child.stderr.on('data', (chunk: Buffer) => {
				const found = /port (\d+)/.exec(String(chunk));
				if (found) resolve(Number(found[1]));
			})
		);
		const url = `http://127.0.0.1:${port}/`;
		await wrkAsync(url, 16, 2);
		const runs = [];
		for (let i = 0; i < 3; i++) runs.push(await wrkAsync(url, 16, 5));
		child.kill('SIGTERM');
		rows.push(
			`| ${kind} | ${median(runs.map((r) => r.rps)).toFixed(0)} | ${median(runs.map((r) => r.p99)).toFixed(1)} | ${lines} |`
		);
		console.error(rows.at(-1));
	}
	console.log(rows.join('\n'));
}

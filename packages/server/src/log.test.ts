// The buffered process log: whole lines, in order, none lost to a burst, a slow sink or an exit.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bufferedLog, log } from './log.ts';

/** A sink that keeps what it is given; `full` makes it ask the writer to wait until `drain()`. */
class Sink extends EventEmitter {
	chunks: string[] = [];
	full = false;
	write(chunk: string): boolean {
		this.chunks.push(chunk);
		return !this.full;
	}
	drain() {
		this.full = false;
		this.emit('drain');
	}
	lines() {
		return this.chunks.join('').split('\n').slice(0, -1);
	}
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('bufferedLog', () => {
	test('gathers info lines and writes them together, whole and in order, shortly after', async () => {
		const out = new Sink();
		const err = new Sink();
		const buffered = bufferedLog(out, err, { delayMs: 20 });
		for (let i = 0; i < 5; i++) log('info', 'request', { i }, buffered.write);
		expect(out.chunks).toEqual([]);
		await tick(60);
		expect(out.chunks).toHaveLength(1);
		expect(out.chunks[0]!.endsWith('\n')).toBe(true);
		expect(out.lines().map((line) => JSON.parse(line).i)).toEqual([0, 1, 2, 3, 4]);
		expect(buffered.pending()).toBe(0);
	});

	test('writes at once when the batch reaches its size', () => {
		const out = new Sink();
		const buffered = bufferedLog(out, new Sink(), { maxBytes: 100, delayMs: 10_000 });
		buffered.write('a'.repeat(60), 'info');
		expect(out.chunks).toEqual([]);
		buffered.write('b'.repeat(60), 'info');
		expect(out.lines()).toEqual(['a'.repeat(60), 'b'.repeat(60)]);
		buffered.flush();
	});

	test('a warning or an error goes out at once, after the info lines before it', () => {
		const out = new Sink();
		const err = new Sink();
		const buffered = bufferedLog(out, err, { delayMs: 10_000 });
		buffered.write('{"n":1}', 'info');
		buffered.write('{"problem":true}', 'error');
		expect(out.lines()).toEqual(['{"n":1}']);
		expect(err.chunks).toEqual(['{"problem":true}\n']);
	});

	test('a burst loses nothing, also while the sink asks to wait', async () => {
		const out = new Sink();
		const buffered = bufferedLog(out, new Sink(), { maxBytes: 1024, delayMs: 5 });
		out.full = true;
		for (let i = 0; i < 10_000; i++) buffered.write(JSON.stringify({ i }), 'info');
		// The first batch was handed over and the sink asked to wait: the rest is held, not written.
		expect(out.chunks).toHaveLength(1);
		await tick(30);
		expect(out.chunks).toHaveLength(1);
		out.drain();
		await tick(30);
		for (let i = 10_000; i < 10_500; i++) buffered.write(JSON.stringify({ i }), 'info');
		await tick(30);
		const numbers = out.lines().map((line) => JSON.parse(line).i as number);
		expect(numbers).toEqual(Array.from({ length: 10_500 }, (_, i) => i));
	});

	test('flush hands over what has gathered, even to a sink that asked to wait', () => {
		const out = new Sink();
		const buffered = bufferedLog(out, new Sink(), { maxBytes: 10, delayMs: 10_000 });
		out.full = true;
		buffered.write('first line', 'info');
		buffered.write('second', 'info');
		expect(out.lines()).toEqual(['first line']);
		buffered.flush();
		expect(out.lines()).toEqual(['first line', 'second']);
	});
});

describe('the process log', () => {
	test('what is still gathered when the process exits is written out', () => {
		const logModule = fileURLToPath(new URL('./log.ts', import.meta.url));
		const script = `
			const { log } = await import(${JSON.stringify(logModule)});
			for (let i = 0; i < 1000; i++) log('info', 'request', { i });
			log('warn', 'last words');
			for (let i = 1000; i < 1003; i++) log('info', 'request', { i });
			process.exit(0);
		`;
		const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
		expect(child.status).toBe(0);
		const lines = child.stdout
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(lines.map((line) => line.i)).toEqual(Array.from({ length: 1003 }, (_, i) => i));
		expect(JSON.parse(child.stderr).msg).toBe('last words');
	});
});

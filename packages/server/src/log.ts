// Structured logs: one JSON object per line, so a log collector can parse every line the same
// way. `info` goes to stdout; `warn` and `error` to stderr, where a process manager or a test
// runner that ignores stdout (Playwright's web servers) still shows them.
//
// Why buffered: on Linux a write to stdout (file, pipe or terminal) is a synchronous system call,
// and one per request cost a busy server a measurable share of its throughput. Info lines are
// gathered and written together (when 64 KB have gathered, or 50 ms after the first); warnings and
// errors go out at once, after whatever info came before them. What is still gathered when the
// process exits is written synchronously on the way out, so no line is lost.

export type LogLevel = 'info' | 'warn' | 'error';

/** Receives one finished log line (JSON, without the newline). Tests pass their own. */
export type LogWriter = (line: string, level: LogLevel) => void;

/** Where lines go: a writable stream such as process.stdout (only what is used of one). */
export interface LogSink {
	write(chunk: string): boolean;
	once(event: 'drain', listener: () => void): unknown;
}

export interface BufferedLogOptions {
	/** Write when this many characters have gathered. */
	maxBytes?: number;
	/** …or this many milliseconds after the first line of a batch. */
	delayMs?: number;
}

export interface BufferedLog {
	write: LogWriter;
	/** Writes what has gathered now (a sink that pushes back still gets it: nothing is dropped). */
	flush(): void;
	/** Characters gathered and not yet handed to the sink. */
	pending(): number;
}

/**
 * A `LogWriter` that gathers info lines and hands them to `info` in batches, respecting its
 * backpressure (while it asks to wait, lines keep gathering until it drains); warn and error lines
 * go to `problems` at once, each after the info lines logged before it.
 */
export function bufferedLog(
	info: LogSink,
	problems: LogSink,
	{ maxBytes = 64 * 1024, delayMs = 50 }: BufferedLogOptions = {}
): BufferedLog {
	let lines: string[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let draining = false;

	const handOver = () => {
		if (timer) clearTimeout(timer);
		timer = undefined;
		if (lines.length === 0) return;
		const chunk = `${lines.join('\n')}\n`;
		lines = [];
		size = 0;
		if (!info.write(chunk) && !draining) {
			draining = true;
			info.once('drain', () => {
				draining = false;
				if (lines.length > 0) schedule();
			});
		}
	};
	const schedule = () => {
		if (draining) return;
		if (size >= maxBytes) return handOver();
		if (!timer) {
			timer = setTimeout(handOver, delayMs);
			// A gathered line never keeps the process alive: the exit handler writes it.
			timer.unref?.();
		}
	};
	return {
		write(line, level) {
			if (level === 'info') {
				lines.push(line);
				size += line.length + 1;
				schedule();
			} else {
				handOver();
				problems.write(`${line}\n`);
			}
		},
		flush: handOver,
		pending: () => size
	};
}

/** The process's log: stdout and stderr, written out whatever way the process ends. */
const consoleLog = bufferedLog(process.stdout, process.stderr);
// process.exit() and a natural end both pass here; stdout and stderr are synchronous on Linux, so
// what is written here is out before the process is.
process.on('exit', () => consoleLog.flush());

export const writeToConsole: LogWriter = consoleLog.write;

/** Writes out the process log's gathered lines now (serve() does before it stops). */
export function flushLogs(): void {
	consoleLog.flush();
}

/** Writes `{"time","level","msg",…fields}` as one line. */
export function log(
	level: LogLevel,
	msg: string,
	fields: Record<string, unknown> = {},
	write: LogWriter = writeToConsole
): void {
	write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }), level);
}

/** An error's stack (or text), with the chain of its causes. */
export function errorDetail(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
		parts.push(
			current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current)
		);
		current = current instanceof Error ? current.cause : undefined;
	}
	return parts.join('\nCaused by: ');
}

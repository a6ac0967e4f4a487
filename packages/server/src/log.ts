// Structured logs: one JSON object per line, so a log collector can parse every line the same
// way. `info` goes to stdout; `warn` and `error` to stderr, where a process manager or a test
// runner that ignores stdout (Playwright's web servers) still shows them.

export type LogLevel = 'info' | 'warn' | 'error';

/** Receives one finished log line (JSON, without the newline). Tests pass their own. */
export type LogWriter = (line: string, level: LogLevel) => void;

export const writeToConsole: LogWriter = (line, level) => {
	(level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

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

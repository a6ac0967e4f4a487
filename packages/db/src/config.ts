/** Where the embedded PostgreSQL listens unless EMBEDDED_PG_PORT says otherwise. */
export const defaultEmbeddedPort = 54320;

export interface DatabaseTarget {
	url: string;
	/** True when no DATABASE_URL was given and the embedded server is meant. */
	embedded: boolean;
}

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** The database to use: `DATABASE_URL` if set, else the embedded server on loopback. */
export function databaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
	if (env.DATABASE_URL) {
		let url: URL;
		try {
			url = new URL(env.DATABASE_URL);
		} catch {
			throw new ConfigError(
				'DATABASE_URL is not a URL; expected postgres://user:password@host:port/database'
			);
		}
		if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
			throw new ConfigError(`DATABASE_URL must start with postgres://, not ${url.protocol}//`);
		}
		return { url: env.DATABASE_URL, embedded: false };
	}
	const port = Number(env.EMBEDDED_PG_PORT ?? defaultEmbeddedPort);
	if (!Number.isInteger(port) || port < 1024 || port > 65535) {
		throw new ConfigError(
			`EMBEDDED_PG_PORT must be a port number between 1024 and 65535, not "${env.EMBEDDED_PG_PORT}"`
		);
	}
	return { url: `postgres://postgres:postgres@127.0.0.1:${port}/solidair`, embedded: true };
}

/** True when the URL points at this machine; destructive commands ask for --force otherwise. */
export function isLocalUrl(url: string): boolean {
	const host = new URL(url).hostname;
	return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}

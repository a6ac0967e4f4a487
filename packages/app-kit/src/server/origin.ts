// Where every absolute URL an app writes points: mails, feeds, calendars, the sitemap and
// robots.txt, canonical and alternate links, Open Graph and structured data. Never the request's
// Host header: anyone can send `Host: evil.example`, and a page or mail naming it (a newsletter
// confirmation link with its working token, a sitemap under `Cache-Control: public`) hands the
// attacker the token or poisons shared caches.

/**
 * The app's public origin: ORIGIN, which `serve()` requires, so every running server has it
 * (`https://wsm.be`, no path). Only in development (`vite dev`, where nothing checks the
 * environment) may it be missing: then this machine, on the port the request came to.
 */
export function publicOrigin(url: URL): string {
	const configured = process.env.ORIGIN;
	if (configured) return configured;
	// The port is digits once parsed: nothing of a forged host name gets through.
	return `http://localhost${url.port ? `:${url.port}` : ''}`;
}

/** The request's path and query on the public origin: what a feed or calendar calls itself. */
export function publicUrl(url: URL): URL {
	return new URL(`${url.pathname}${url.search}`, publicOrigin(url));
}

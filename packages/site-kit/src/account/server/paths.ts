// Where the account pages send people back to, and the absolute links they mail.

/** Where to go after logging in: `?next=`, a path of this site only (no open redirect), else `fallback`. */
export function nextPath(url: URL, fallback: string): string {
	const next = url.searchParams.get('next') ?? '';
	return /^\/(nl|fr|en)(\/[A-Za-z0-9\-._~/]*)?$/.test(next) && !next.includes('//') ? next : fallback;
}

/** `?next=…` for a path of this site, or nothing. */
export function nextQuery(url: URL): string {
	const next = nextPath(url, '');
	return next ? `?next=${encodeURIComponent(next)}` : '';
}

/**
 * An absolute link for an e-mail, on the configured ORIGIN. Without it the request's own origin
 * would come from its Host header, which anyone can forge: a reset requested with
 * `Host: evil.example` would mail the victim a working token on the attacker's site. So without
 * ORIGIN only this machine's loopback addresses (development, tests) are trusted.
 */
export function mailLink(url: URL, path: string): string {
	const origin = process.env.ORIGIN;
	if (!origin && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
		throw new Error('ORIGIN must be set (e.g. https://waardigwerk.be) before this site can mail links');
	}
	return new URL(path, origin || url.origin).href;
}

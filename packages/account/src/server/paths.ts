// Where the account pages send people back to, and the absolute links they mail.
import { publicOrigin } from '@solidair/app-kit/server';

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

/** An absolute link for an e-mail, on the app's configured ORIGIN, never on the request's Host. */
export function mailLink(url: URL, path: string): string {
	return new URL(path, publicOrigin(url)).href;
}

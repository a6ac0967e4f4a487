import type { Cookies } from '@sveltejs/kit';

export const sessionCookieName = 'session';

/** Secure everywhere except plain HTTP on this machine (development without TLS). */
function secureFor(url: URL): boolean {
	const localHost = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
	return !(url.protocol === 'http:' && localHost);
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, {
		httpOnly: true,
		secure: secureFor(url),
		sameSite: 'lax',
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName, { httpOnly: true, secure: secureFor(url), sameSite: 'lax', path: '/' });
}

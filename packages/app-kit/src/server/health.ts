import type { Handle } from '@sveltejs/kit/hooks';
import { sql } from 'kysely';
import { database } from './database.ts';

const noStore = { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' };

/**
 * `/healthz`: the process answers (liveness). `/readyz`: it can reach its database (readiness),
 * 503 otherwise, so a load balancer stops sending visitors to an instance that cannot serve them.
 */
export const healthHandle: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (path === '/healthz') return new Response('ok', { headers: noStore });
	if (path === '/readyz') {
		try {
			await sql`select 1`.execute(database());
			return new Response('ready', { headers: noStore });
		} catch {
			return new Response('database unavailable', { status: 503, headers: noStore });
		}
	}
	return resolve(event);
};

/** Paths every app serves without a locale prefix. */
export function isOperationalPath(pathname: string): boolean {
	return pathname === '/healthz' || pathname === '/readyz';
}

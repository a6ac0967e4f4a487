// Logging out ends the session on the server, not only the cookie: a copied token stops working.
import { audit, deleteSessionCookie, invalidateSession } from '@solidair/auth';
import { redirect } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';
import type { AccountEvent, AccountOptions } from './options.ts';

export function logoutPage(options: AccountOptions) {
	return {
		// Only a post logs out (a link or a prefetch must not): a GET shows the button, to whoever
		// is signed in; anyone else has nothing to log out of.
		load: ({ locals, params }: AccountEvent) => {
			if (!locals.session) redirect(303, options.home(params.lang));
			return {};
		},

		actions: {
			default: async ({ locals, cookies, url, params, getClientAddress }: AccountEvent) => {
				if (locals.session) {
					const db = database();
					await invalidateSession(db, locals.session.id);
					await audit(db, { actorId: locals.session.userId, action: 'logout', ip: getClientAddress() });
				}
				deleteSessionCookie(cookies, url);
				redirect(303, `/${params.lang}`);
			}
		}
	};
}

import { audit, deleteSessionCookie, invalidateSession } from '@solidair/auth';
import { database } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';

// Logging out ends the session on the server, not only the cookie: a copied token stops working.
export const load = ({ params }) => redirect(303, `/${params.lang}/members`);

export const actions = {
	default: async ({ locals, cookies, url, params, getClientAddress }) => {
		if (locals.session) {
			const db = database();
			await invalidateSession(db, locals.session.id);
			await audit(db, { actorId: locals.session.userId, action: 'logout', ip: getClientAddress() });
		}
		deleteSessionCookie(cookies, url);
		redirect(303, `/${params.lang}`);
	}
};

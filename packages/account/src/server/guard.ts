// The door of every signed-in area (the portal's members' area, the intranet): who is signed in,
// with the second factor their roles require. Each app builds its own door on this one.
import {
	loadActorAndTotp,
	twoFactorRequired,
	type LoadedActor,
	type SessionUser,
	type SignedInActor
} from '@solidair/auth';
import { error, redirect } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';
import { memo } from '@solidair/db/memo';

/** What the guard reads of SvelteKit's request event. */
export interface GuardEvent {
	locals: App.Locals;
	params: { lang?: string };
	url: URL;
	/** Its method: the roles read for a GET are shared by its loads (`actorOf`). */
	request?: Pick<Request, 'method'>;
}

export interface GuardOptions {
	/**
	 * For the 2FA enrolment page only: let in a user whose roles require 2FA and who has none yet
	 * (the page where they set it up must stay reachable). A session that still owes its second
	 * factor is never let in.
	 */
	enrolling?: boolean;
	/**
	 * Who may come in among the signed-in (the intranet: staff only); anyone else gets a 404, as
	 * for a page that does not exist, and is not asked to set up 2FA for a place they cannot enter.
	 */
	admit?: (actor: SignedInActor) => boolean | Promise<boolean>;
}

export interface SignedIn {
	user: SessionUser;
	actor: SignedInActor;
	/** Whether the user has 2FA switched on. */
	totp: boolean;
	/** When they were last seen, read with their roles (the portal's dashboard asks). */
	seen: LoadedActor['seen'];
}

type Loaded = Promise<LoadedActor | null>;
const loaded = new WeakMap<App.Locals, Loaded>();

/**
 * The signed-in user's roles and 2FA. A GET's layout and page loads run side by side and share
 * one read, kept on the request's `locals`; that read may come from the memo, where the app
 * listens for changes (a changed role, 2FA or membership names the user, and every instance
 * forgets it). A form action, which may have changed roles, and the loads after it read afresh.
 */
export function actorOf(event: Pick<GuardEvent, 'locals' | 'request'>): Loaded {
	const user = event.locals.user;
	if (!user) return Promise.resolve(null);
	const method = event.request?.method;
	if (method !== 'GET' && method !== 'HEAD') return loadActorAndTotp(database(), user.id);
	let actor = loaded.get(event.locals);
	if (!actor) {
		actor = memo.get(
			`actor:${user.id}`,
			() => loadActorAndTotp(database(), user.id),
			(found) => (found ? [`user:${user.id}`] : undefined)
		);
		loaded.set(event.locals, actor);
	}
	return actor;
}

/** An app's door: `requireSignedIn` with the app's own rule of who may come in. */
export type Guard = (event: GuardEvent, options?: Pick<GuardOptions, 'enrolling'>) => Promise<SignedIn>;

/**
 * The signed-in user and their roles; anyone else goes to the login page, and comes back after.
 * A user with 2FA whose session has not passed it goes to the code page; a user whose roles
 * require 2FA and who has none goes to set it up.
 */
export async function requireSignedIn(event: GuardEvent, options: GuardOptions = {}): Promise<SignedIn> {
	const lang = event.params.lang ?? 'nl';
	const user = event.locals.user;
	const session = event.locals.session;
	const next = `?next=${encodeURIComponent(event.url.pathname)}`;
	const loaded = await actorOf(event);
	if (!user || !session || !loaded || loaded.actor.disabled) redirect(303, `/${lang}/login${next}`);
	const { actor, totp, seen } = loaded;
	if (totp && !session.twoFactorVerified) redirect(303, `/${lang}/login/two-factor${next}`);
	if (options.admit && !(await options.admit(actor))) error(404, 'Not found');
	if (!totp && !options.enrolling) {
		const roles = actor.memberships.map((membership) => membership.role);
		const required = twoFactorRequired(
			{ isPlatformAdmin: actor.platformAdmin, isIntranetAdmin: actor.intranetAdmin },
			roles
		);
		if (required) redirect(303, `/${lang}/account/two-factor${next}`);
	}
	return { user, actor, totp, seen };
}

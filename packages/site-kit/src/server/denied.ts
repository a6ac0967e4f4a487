// One answer for "not there" and "not yours" behind a login (the portal's members' area, the
// intranet): a 404, with the refused attempt in the audit log.
import { audit } from '@solidair/auth';
import { error } from '@sveltejs/kit';
import { database } from '@solidair/app-kit/server';

interface DeniedEvent {
	getClientAddress(): string;
}

/**
 * Records a refused attempt and answers 404, exactly as for something that does not exist: a
 * user outside an organisation, group or audience learns nothing from guessing ids.
 */
export async function denied(
	event: DeniedEvent,
	userId: string,
	target: { type: string; id: string },
	action: 'resource.access_denied' | 'file.access_denied' = 'resource.access_denied'
): Promise<never> {
	let ip: string | undefined;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = undefined;
	}
	await audit(database(), {
		actorId: userId,
		action,
		targetType: target.type,
		// What was asked for, cut short: it may be anything an attacker typed.
		targetId: target.id.slice(0, 200),
		ip
	});
	error(404, 'Not Found');
}

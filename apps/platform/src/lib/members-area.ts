// What the members' area routes share: one answer for "not there" and "not yours" (a 404, with the
// refused attempt in the audit log) and the `can` resource of a file.
import { audit, type Resource } from '@solidair/auth';
import { database } from '@solidair/site-kit/server';
import { error } from '@sveltejs/kit';

interface DeniedEvent {
	getClientAddress(): string;
}

/**
 * Records a refused attempt and answers 404, exactly as for something that does not exist: a
 * member of another organisation or group learns nothing from guessing ids.
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

/** The `can` resource of a file row. */
export function fileResource(file: {
	scope: string;
	organisationId: string | null;
	groupId: string | null;
	createdBy: string | null;
}): Extract<Resource, { type: 'file' }> {
	const scope =
		file.scope === 'organisation' && file.organisationId
			? { kind: 'organisation' as const, organisationId: file.organisationId }
			: file.scope === 'group' && file.groupId
				? { kind: 'working-group' as const, workingGroupId: file.groupId }
				: { kind: 'all-members' as const };
	return { type: 'file', scope, uploadedBy: file.createdBy };
}

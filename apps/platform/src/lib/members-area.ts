// What the members' area routes share: one answer for "not there" and "not yours" (a 404, with the
// refused attempt in the audit log; shared with the intranet) and the `can` resource of a file.
import type { Resource } from '@solidair/auth';

export { denied } from '@solidair/site-kit/server';

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

// What the members' area routes share: the `can` resource of a file. (Their one answer for "not
// there" and "not yours" is `authorize`/`refuse` of @solidair/auth.)
import type { Resource } from '@solidair/auth';

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

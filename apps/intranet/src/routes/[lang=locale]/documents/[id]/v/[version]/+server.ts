// A version of a staff document, as an attachment (see fileDownload), for the staff it is for.
import { authorize, refuse } from '@solidair/auth';
import { fileVersionForUser } from '@solidair/db/files';
import { fileDownload, versionNumber } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { documentResource, loadStaffOrganisations } from '#lib/server/staff.ts';

export const GET = async (event) => {
	const { user, actor } = await requireStaff(event);
	const { id, version } = event.params;
	const [row, { ids }] = await Promise.all([
		fileVersionForUser(database(), user.id, id, versionNumber(version), 'staff'),
		loadStaffOrganisations()
	]);
	const target = { type: 'file', id: `${id}/v/${version}` };
	if (!row) return refuse(event, actor, 'view', target);
	await authorize(event, actor, 'view', documentResource(row, ids), target);
	return fileDownload(row, event.request);
};

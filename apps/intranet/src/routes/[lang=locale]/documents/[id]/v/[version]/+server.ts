// A version of a staff document, as an attachment (see fileDownload), for the staff it is for.
import { can } from '@solidair/auth';
import { fileVersionForUser } from '@solidair/db/files';
import { fileDownload, versionNumber } from '@solidair/site-kit/files/server';
import { database, denied } from '@solidair/site-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { documentResource, loadStaffOrganisations } from '#lib/server/staff.ts';

export const GET = async (event) => {
	const { user, actor } = await requireStaff(event);
	const { id, version } = event.params;
	const [row, { ids }] = await Promise.all([
		fileVersionForUser(database(), user.id, id, versionNumber(version), 'staff'),
		loadStaffOrganisations()
	]);
	if (!row || !can(actor, 'view', documentResource(row, ids))) {
		return denied(event, user.id, { type: 'file', id: `${id}/v/${version}` }, 'file.access_denied');
	}
	return fileDownload(row);
};

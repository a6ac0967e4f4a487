// A version of a file, as an attachment (see fileDownload), for members who may see the file.
import { can } from '@solidair/auth';
import { fileVersionForUser } from '@solidair/db/files';
import { fileDownload, versionNumber } from '@solidair/site-kit/files/server';
import { database } from '@solidair/site-kit/server';
import { requireMember } from '#lib/guard.ts';
import { denied, fileResource } from '#lib/members-area.ts';

export const GET = async (event) => {
	const { user, actor } = await requireMember(event);
	const { id, version } = event.params;
	const row = await fileVersionForUser(database(), user.id, id, versionNumber(version));
	if (!row || !can(actor, 'view', fileResource(row))) {
		return denied(event, user.id, { type: 'file', id: `${id}/v/${version}` }, 'file.access_denied');
	}
	return fileDownload(row);
};

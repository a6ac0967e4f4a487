// A version of a file, as an attachment (see fileDownload), for members who may see the file.
import { authorize, refuse } from '@solidair/auth';
import { fileVersionForUser } from '@solidair/db/files';
import { fileDownload, versionNumber } from '@solidair/files/server';
import { database } from '@solidair/app-kit/server';
import { requireMember } from '#lib/guard.ts';
import { fileResource } from '#lib/members-area.ts';

export const GET = async (event) => {
	const { user, actor } = await requireMember(event);
	const { id, version } = event.params;
	const row = await fileVersionForUser(database(), user.id, id, versionNumber(version));
	const target = { type: 'file', id: `${id}/v/${version}` };
	if (!row) return refuse(event, actor, 'view', target);
	await authorize(event, actor, 'view', fileResource(row), target);
	return fileDownload(row, event.request);
};

// A version of a file, as an attachment: the stored (checked) type, never sniffed, never shown inline.
import { can } from '@solidair/auth';
import { fileVersionForUser } from '@solidair/db';
import { storedFilePath } from '@solidair/db/storage';
import { database } from '@solidair/site-kit/server';
import { readFile } from 'node:fs/promises';
import { requireMember } from '#lib/guard.ts';
import { denied, fileResource } from '#lib/members-area.ts';

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
function contentDisposition(filename: string): string {
	const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export const GET = async (event) => {
	const { user, actor } = await requireMember(event);
	const { id, version } = event.params;
	const number = /^[1-9][0-9]{0,8}$/.test(version) ? Number(version) : NaN;
	const row = await fileVersionForUser(database(), user.id, id, number);
	if (!row || !can(actor, 'view', fileResource(row))) {
		return denied(event, user.id, { type: 'file', id: `${id}/v/${version}` }, 'file.access_denied');
	}
	const bytes = await readFile(storedFilePath(row.storageKey));
	return new Response(bytes, {
		headers: {
			'content-type': row.mimeType,
			'content-length': String(bytes.byteLength),
			'content-disposition': contentDisposition(row.filename),
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
};

// A version of a file, as an attachment: the stored (checked) type, never sniffed, never shown
// inline, never cached by anyone but the browser that asked.
import { storedFilePath } from '@solidair/db/storage';
import { readFile } from 'node:fs/promises';

/** A version number from a URL (`1`, `12`…), or NaN for anything else (`0`, `1e3`, `../x`). */
export function versionNumber(param: string): number {
	return /^[1-9][0-9]{0,8}$/.test(param) ? Number(param) : NaN;
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
export function contentDisposition(filename: string): string {
	const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	const encoded = encodeURIComponent(filename).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The response that downloads a stored version (the caller has checked that the user may). */
export async function fileDownload(version: {
	storageKey: string;
	mimeType: string;
	filename: string;
}): Promise<Response> {
	const bytes = await readFile(storedFilePath(version.storageKey));
	return new Response(bytes, {
		headers: {
			'content-type': version.mimeType,
			'content-length': String(bytes.byteLength),
			'content-disposition': contentDisposition(version.filename),
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
}

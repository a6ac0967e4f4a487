// A version of a file, as an attachment: the stored (checked) type, never sniffed, never shown
// inline, never cached by anyone but the browser that asked. Streamed from the media store, with
// a byte range for a resumed download of a large file.
import { storedFileResponse } from '@solidair/app-kit/server';

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

/**
 * The response that downloads a stored version (the caller has checked that the user may); with
 * the `request`, a range or a 304 as the browser asks.
 */
export function fileDownload(
	version: { storageKey: string; mimeType: string; filename: string },
	request?: Request
): Promise<Response> {
	return storedFileResponse(
		version.storageKey,
		{
			'content-type': version.mimeType,
			'content-disposition': contentDisposition(version.filename),
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		},
		request
	);
}

// A stored object as an HTTP response, the same from disk or S3: streamed (a large file in the
// portal's library never sits whole in memory), with an ETag made of its key (content-addressed,
// so the key names these bytes for ever), a 304 for a browser that has them, and one byte range
// for a player or a resumed download.
import { mediaStore, type ByteRange, type MediaStore } from '@solidair/db/storage';
import { error } from '@sveltejs/kit';

const etagOf = (key: string) => `"${key}"`;

function matches(header: string | null, etag: string): boolean {
	if (!header) return false;
	return header.split(',').some((tag) => {
		const value = tag.trim();
		return value === '*' || value === etag || value === `W/${etag}`;
	});
}

/** One range of a `Range: bytes=…` header against a size: the range, 'unsatisfiable', or null to send it all. */
export function byteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
	const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
	// None, several ranges or a form we do not know: the whole file, as RFC 9110 allows.
	if (!match || (match[1] === '' && match[2] === '')) return null;
	if (match[1] === '') {
		const suffix = Number(match[2]);
		if (suffix === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(match[1]);
	const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}

/**
 * The response for a stored object with `headers` (type, disposition, caching…); 404 when the
 * store has no such object. Without `request`, the whole object with a 200.
 */
export async function storedFileResponse(
	key: string,
	headers: Record<string, string>,
	request?: Request,
	store: MediaStore = mediaStore()
): Promise<Response> {
	const etag = etagOf(key);
	const common = { ...headers, etag, 'accept-ranges': 'bytes', 'x-content-type-options': 'nosniff' };
	// The caller found the key in a row, so the bytes are there: no round trip to the store.
	if (request && matches(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers: common });
	}
	const rangeHeader = request?.headers.get('range') ?? null;
	const ifRange = request?.headers.get('if-range');
	if (rangeHeader && (!ifRange || ifRange === etag)) {
		const info = await store.stat(key);
		if (!info) error(404);
		const range = byteRange(rangeHeader, info.size);
		if (range === 'unsatisfiable') {
			return new Response(null, {
				status: 416,
				headers: { ...common, 'content-range': `bytes */${info.size}` }
			});
		}
		if (range) {
			const part = await store.get(key, range);
			if (!part) error(404);
			return new Response(part.body, {
				status: 206,
				headers: {
					...common,
					'content-range': `bytes ${range.start}-${range.end}/${part.size}`,
					'content-length': String(range.end - range.start + 1)
				}
			});
		}
	}
	const object = await store.get(key);
	if (!object) error(404);
	return new Response(object.body, { headers: { ...common, 'content-length': String(object.size) } });
}

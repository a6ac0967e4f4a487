// The S3-compatible store: one object per key at `<bucket>/<prefix>/<first two hex digits>/<key>`
// (the disk store's layout, so a folder copied with any S3 tool is a valid store), addressed by
// path as self-hosted services expect. Requests are signed (SigV4) by aws4fetch over fetch: a few
// kilobytes without dependencies, where the AWS SDK's S3 client brings dozens of packages for the
// four calls used here (PUT, GET with Range, HEAD, DELETE, and a listing for the copy command).
import { AwsClient } from 'aws4fetch';
import { checkedKey, MediaStoreError, type ByteRange, type MediaStore, type StoredBytes } from './store.ts';

export interface S3StoreOptions {
	/** Scheme, host and port of the service, such as `http://127.0.0.1:9000`. */
	endpoint: string;
	region: string;
	bucket: string;
	/** Folder inside the bucket, without slashes at either end; empty for the bucket's root. */
	prefix: string;
	accessKeyId: string;
	secretAccessKey: string;
}

/** The error code in an S3 error document (`<Code>NoSuchBucket</Code>`), if any. */
function errorCode(body: string): string | undefined {
	return /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
}

export function s3Store(options: S3StoreOptions): MediaStore {
	const client = new AwsClient({
		accessKeyId: options.accessKeyId,
		secretAccessKey: options.secretAccessKey,
		service: 's3',
		region: options.region,
		// A failing service (5xx) is asked again a few times, not for half a minute.
		retries: 3
	});
	const bucketUrl = `${options.endpoint.replace(/\/+$/, '')}/${options.bucket}`;
	const folder = options.prefix ? `${options.prefix}/` : '';
	const location = `s3://${options.bucket}${options.prefix ? `/${options.prefix}` : ''}`;
	const objectUrl = (key: string) => `${bucketUrl}/${folder}${checkedKey(key).slice(0, 2)}/${key}`;

	async function send(url: string, init: RequestInit, what: string): Promise<Response> {
		try {
			return await client.fetch(url, init);
		} catch (error) {
			const cause = (error as { cause?: { code?: string; message?: string } }).cause;
			throw new MediaStoreError(
				`the S3 store at S3_ENDPOINT could not be reached to ${what} (${cause?.code ?? cause?.message ?? (error as Error).message})`
			);
		}
	}

	/** A refusal or failure as an error that says what to check; never the credentials themselves. */
	async function failure(response: Response, what: string): Promise<MediaStoreError> {
		const code = errorCode(await response.text().catch(() => ''));
		const reason = code ?? `HTTP ${response.status}`;
		const hint =
			code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch' || response.status === 403
				? ': check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and that they may use the bucket'
				: code === 'NoSuchBucket'
					? `: the bucket ${options.bucket} does not exist at S3_ENDPOINT`
					: '';
		return new MediaStoreError(
			`the S3 store ${location} refused to ${what} (${reason})${hint}`,
			response.status
		);
	}

	return {
		location,
		async put(key, bytes, contentType) {
			const response = await send(
				objectUrl(key),
				{
					method: 'PUT',
					// Our bytes are never in shared memory, which is all the type leaves open.
					body: bytes as Uint8Array<ArrayBuffer>,
					headers: { 'content-type': contentType ?? 'application/octet-stream' }
				},
				'store a file'
			);
			if (!response.ok) throw await failure(response, 'store a file');
			await response.body?.cancel();
		},
		async get(key, range?: ByteRange): Promise<StoredBytes | null> {
			const response = await send(
				objectUrl(key),
				range ? { headers: { range: `bytes=${range.start}-${range.end}` } } : {},
				'read a file'
			);
			if (response.status === 404 && errorCode(await response.clone().text()) !== 'NoSuchBucket') {
				await response.body?.cancel();
				return null;
			}
			if (!response.ok || !response.body) throw await failure(response, 'read a file');
			const total = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1];
			const size = Number(total ?? response.headers.get('content-length'));
			return { body: response.body, size };
		},
		async stat(key) {
			const response = await send(objectUrl(key), { method: 'HEAD' }, 'look up a file');
			if (response.status === 404) return null;
			if (!response.ok) throw await failure(response, 'look up a file');
			return { size: Number(response.headers.get('content-length')) };
		},
		async remove(key) {
			const response = await send(objectUrl(key), { method: 'DELETE' }, 'remove a file');
			if (!response.ok && response.status !== 404) throw await failure(response, 'remove a file');
			await response.body?.cancel();
		},
		async *keys() {
			let token: string | undefined;
			do {
				const query = new URLSearchParams({ 'list-type': '2', prefix: folder });
				if (token) query.set('continuation-token', token);
				const response = await send(`${bucketUrl}?${query}`, {}, 'list the files');
				if (!response.ok) throw await failure(response, 'list the files');
				const listing = await response.text();
				for (const [, name] of listing.matchAll(/<Key>([^<]+)<\/Key>/g)) {
					const key = name!.slice(folder.length).split('/')[1];
					if (key && name === `${folder}${key.slice(0, 2)}/${key}` && /^[0-9a-f]{64}$/.test(key)) yield key;
				}
				token = /<IsTruncated>true<\/IsTruncated>/.test(listing)
					? /<NextContinuationToken>([^<]+)<\/NextContinuationToken>/.exec(listing)?.[1]
					: undefined;
			} while (token);
		}
	};
}

// A local S3-compatible service for tests (s3rver, in this process: no Docker, no Java), on a free
// port of 127.0.0.1, with one bucket; its objects live in a temporary folder removed on stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface S3rverServer {
	run(): Promise<{ port: number }>;
	close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;

export interface LocalS3 {
	endpoint: string;
	bucket: string;
	/** The variables that point an app (or the seed) at this service's bucket, under `prefix`. */
	env(prefix?: string): Record<string, string>;
	stop(): Promise<void>;
}

/** s3rver's one account. */
export const localS3Credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export async function startLocalS3(bucket = 'solidair-media'): Promise<LocalS3> {
	const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as S3rverClass;
	const directory = mkdtempSync(join(tmpdir(), 'solidair-s3-'));
	const server = new S3rver({
		address: '127.0.0.1',
		port: 0,
		silent: true,
		directory,
		vhostBuckets: false,
		configureBuckets: [{ name: bucket }]
	});
	const { port } = await server.run();
	const endpoint = `http://127.0.0.1:${port}`;
	return {
		endpoint,
		bucket,
		env: (prefix = '') => ({
			MEDIA_STORE: `s3://${bucket}${prefix ? `/${prefix}` : ''}`,
			S3_ENDPOINT: endpoint,
			S3_REGION: 'us-east-1',
			AWS_ACCESS_KEY_ID: localS3Credentials.accessKeyId,
			AWS_SECRET_ACCESS_KEY: localS3Credentials.secretAccessKey
		}),
		stop: async () => {
			await server.close();
			rmSync(directory, { recursive: true, force: true });
		}
	};
}

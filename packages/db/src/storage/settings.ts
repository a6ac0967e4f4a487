// Which store the environment asks for, checked in one place: the app servers' start-up check
// (`@solidair/server`'s config) reports these problems beside the other variables', and the
// database commands refuse to seed with an incomplete S3 setting.
import { join, resolve } from 'node:path';
import type { S3StoreOptions } from './s3-store.ts';

export function mediaDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.MEDIA_DIR ?? join(process.cwd(), '.data', 'media'));
}

export type MediaStoreSettings =
	| { ok: true; kind: 'file'; dir: string }
	| { ok: true; kind: 's3'; s3: S3StoreOptions }
	| { ok: false; problems: string[] };

/** The variables read here; an empty value counts as unset. */
export const mediaStoreVariables = [
	'MEDIA_STORE',
	'S3_ENDPOINT',
	'S3_REGION',
	'AWS_ACCESS_KEY_ID',
	'AWS_SECRET_ACCESS_KEY'
] as const;

// S3's rules for a bucket name (three to 63 lower-case letters, digits, dots and hyphens).
const bucketName = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const prefixSegment = /^[A-Za-z0-9._-]+$/;
const regionName = /^[a-z0-9-]{1,40}$/;

function shown(value: string): string {
	return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** Reads MEDIA_STORE and, for `s3://`, the S3 variables; lists every problem at once. */
export function mediaStoreSettings(env: NodeJS.ProcessEnv = process.env): MediaStoreSettings {
	const value = (name: (typeof mediaStoreVariables)[number]) => (env[name] === '' ? undefined : env[name]);
	const store = value('MEDIA_STORE');
	if (store === undefined || store === 'file:') return { ok: true, kind: 'file', dir: mediaDir(env) };
	const problems: string[] = [];
	const match = /^s3:\/\/([^/]+)((?:\/[^/]+)*)\/?$/.exec(store);
	const bucket = match?.[1] ?? '';
	const prefix = match?.[2]?.slice(1) ?? '';
	if (
		!match ||
		!bucketName.test(bucket) ||
		(prefix && !prefix.split('/').every((s) => prefixSegment.test(s)))
	) {
		problems.push(
			`MEDIA_STORE must be file: (files under MEDIA_DIR) or s3://bucket or s3://bucket/prefix (a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens; a prefix of letters, digits, dots, hyphens and underscores), got ${shown(store)}`
		);
	}
	const endpoint = value('S3_ENDPOINT');
	if (endpoint === undefined) {
		problems.push(
			'S3_ENDPOINT must be set when MEDIA_STORE is s3://…: the address of the S3-compatible service, such as http://127.0.0.1:9000 (buckets are addressed by path)'
		);
	} else if (
		!URL.canParse(endpoint) ||
		!['http:', 'https:'].includes(new URL(endpoint).protocol) ||
		new URL(endpoint).username !== '' ||
		new URL(endpoint).search !== '' ||
		new URL(endpoint).hash !== ''
	) {
		problems.push(
			`S3_ENDPOINT must be an http:// or https:// address without credentials or query, such as http://127.0.0.1:9000, got ${endpoint.includes('@') ? 'something with credentials (not shown)' : shown(endpoint)}`
		);
	}
	const region = value('S3_REGION') ?? 'us-east-1';
	if (!regionName.test(region)) {
		problems.push(`S3_REGION must be a region name such as us-east-1 or eu-west-1, got ${shown(region)}`);
	}
	const accessKeyId = value('AWS_ACCESS_KEY_ID');
	const secretAccessKey = value('AWS_SECRET_ACCESS_KEY');
	if (accessKeyId === undefined || secretAccessKey === undefined) {
		problems.push(
			`${[accessKeyId === undefined && 'AWS_ACCESS_KEY_ID', secretAccessKey === undefined && 'AWS_SECRET_ACCESS_KEY'].filter(Boolean).join(' and ')} must be set when MEDIA_STORE is s3://…: the key pair of an account that may read, write, list and delete in the bucket`
		);
	}
	if (problems.length > 0 || !endpoint || !accessKeyId || !secretAccessKey) return { ok: false, problems };
	return {
		ok: true,
		kind: 's3',
		s3: { endpoint, region, bucket, prefix, accessKeyId, secretAccessKey }
	};
}

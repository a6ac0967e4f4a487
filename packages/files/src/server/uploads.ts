// Reading an upload from a form post: the body may be refused as too large before the action sees
// it (413), the file may be missing, empty, too big or not what its name says. Each case gets a
// message in the member's language; nothing is stored unless every check passed. The portal's
// library and the intranet's documents both go through here.
import { AlreadyExists } from '@solidair/db';
import { addFileVersion, contentInLibrary, type NewFileVersion, type UploadTarget } from '@solidair/db/files';
import { storeFile } from '@solidair/db/storage';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { bodyTooLargeHeader } from '@solidair/server/limits';
import { createHash } from 'node:crypto';
import { checkFile, maxFileBytes, type FileKind } from '../check.ts';
import { database } from '@solidair/app-kit/server';

export type Upload =
	| {
			ok: true;
			bytes: Uint8Array;
			filename: string;
			kind: FileKind;
			mimeType: string;
			sha256: Buffer;
			key: string;
	  }
	| { ok: false; message: string };

/** The form's fields, or the status and message when the body could not be read (too large). */
export async function readForm(
	request: Request,
	locale: Locale
): Promise<{ ok: true; data: FormData } | { ok: false; status: number; message: string }> {
	// Over the server's limit: it passed the request on without its body (see @solidair/server).
	if (request.headers.get(bodyTooLargeHeader))
		return { ok: false, status: 413, message: m.files_error_too_large({}, { locale }) };
	try {
		return { ok: true, data: await request.formData() };
	} catch (error) {
		const status = (error as { status?: number }).status;
		return status === 413
			? { ok: false, status: 413, message: m.files_error_too_large({}, { locale }) }
			: { ok: false, status: 400, message: m.files_error_empty({}, { locale }) };
	}
}

/** Checks the posted file; its bytes are only read when the size is right. */
export async function readUpload(value: FormDataEntryValue | null, locale: Locale): Promise<Upload> {
	if (!(value instanceof File) || value.size === 0) {
		return { ok: false, message: m.files_error_empty({}, { locale }) };
	}
	if (value.size > maxFileBytes) return { ok: false, message: m.files_error_too_large({}, { locale }) };
	const bytes = new Uint8Array(await value.arrayBuffer());
	const checked = checkFile(value.name, bytes);
	if (!checked.ok) {
		const extension = checked.filename.includes('.') ? checked.filename.split('.').at(-1)!.toLowerCase() : '';
		const message = {
			empty: () => m.files_error_empty({}, { locale }),
			too_large: () => m.files_error_too_large({}, { locale }),
			type: () => m.files_error_type({}, { locale }),
			mismatch: () => m.files_error_mismatch({ extension }, { locale })
		}[checked.reason]();
		return { ok: false, message };
	}
	const sha256 = createHash('sha256').update(bytes).digest();
	return {
		ok: true,
		bytes,
		filename: checked.filename,
		kind: checked.kind,
		mimeType: checked.mimeType,
		sha256,
		key: sha256.toString('hex')
	};
}

// What a full, read-only or missing storage folder looks like to Node, and an S3 store refusing
// or out of reach (MediaStoreError).
const storageProblems = new Set([
	'EMEDIASTORE',
	'ENOSPC',
	'EDQUOT',
	'EROFS',
	'EACCES',
	'EPERM',
	'ENOTDIR',
	'ENOENT',
	'EEXIST',
	'EIO'
]);

/**
 * A full, read-only or missing media folder (or an S3 store refusing) as the answer to the form: the server's problem, not
 * the user's — a 507 (full) or 503 with a message in their language. Undefined for any other
 * error (the caller rethrows it).
 */
export function storageFailure(
	error: unknown,
	locale: Locale
): { ok: false; status: 503 | 507; message: string } | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code !== 'string' || !storageProblems.has(code)) return undefined;
	console.error(JSON.stringify({ level: 'error', msg: 'media storage failed', code }));
	return {
		ok: false,
		status: code === 'ENOSPC' || code === 'EDQUOT' ? 507 : 503,
		message: m.files_error_storage({}, { locale })
	};
}

/**
 * Writes the checked bytes to the media store; a storage problem is answered as `storageFailure`
 * says, with nothing half-stored (the disk store writes a temporary file and renames it, an S3
 * store's object appears whole or not at all; the database row comes only after).
 */
export async function storeUpload(
	bytes: Uint8Array,
	locale: Locale
): Promise<{ ok: true } | { ok: false; status: 503 | 507; message: string }> {
	try {
		await storeFile(bytes);
		return { ok: true };
	} catch (error) {
		const failure = storageFailure(error, locale);
		if (!failure) throw error;
		return failure;
	}
}

/**
 * Stores a checked upload as a new version by `uploadedBy`: what `createFile`/`addFileVersion`
 * record, or the status and message for the form. The same bytes already in the library it goes
 * `into` (same scope and owner) are a duplicate (400); in another library they are no concern of
 * the uploader's, and stored again (the bytes on disk are shared). Call it only once the uploader
 * may add to `into`. The storage failing is a 503/507 (see `storeUpload`).
 */
export async function storeVersion(
	upload: Extract<Upload, { ok: true }>,
	into: UploadTarget,
	uploadedBy: string,
	locale: Locale
): Promise<{ ok: true; version: NewFileVersion } | { ok: false; status: 400 | 503 | 507; message: string }> {
	if (await contentInLibrary(database(), upload.key, into)) {
		return { ok: false, status: 400, message: m.files_error_duplicate({}, { locale }) };
	}
	const stored = await storeUpload(upload.bytes, locale);
	if (!stored.ok) return stored;
	return {
		ok: true,
		version: {
			storageKey: upload.key,
			filename: upload.filename,
			mimeType: upload.mimeType,
			byteSize: upload.bytes.byteLength,
			sha256: upload.sha256,
			uploadedBy
		}
	};
}

/** Whether recording a version failed because the same bytes were recorded meanwhile (a race). */
export const isDuplicateVersion = (error: unknown): boolean =>
	error instanceof AlreadyExists || (error as { code?: string } | null)?.code === '23505';

/**
 * Reads the posted file and records it as the next version of `fileId` (the file pages' `?/version`
 * action); the status and message for the form field `file` when it is refused.
 */
export async function addPostedVersion(
	request: Request,
	fileId: string,
	uploadedBy: string,
	locale: Locale
): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
	const form = await readForm(request, locale);
	if (!form.ok) return form;
	const upload = await readUpload(form.data.get('file'), locale);
	if (!upload.ok) return { ok: false, status: 400, message: upload.message };
	const stored = await storeVersion(upload, { fileId }, uploadedBy, locale);
	if (!stored.ok) return stored;
	try {
		await addFileVersion(database(), fileId, stored.version);
	} catch (error) {
		if (!isDuplicateVersion(error)) throw error;
		return { ok: false, status: 400, message: m.files_error_duplicate({}, { locale }) };
	}
	return { ok: true };
}

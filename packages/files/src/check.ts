// What the file library accepts: the content is checked, not the name or the browser's type.
// A file is accepted only when its bytes are one of the kinds below AND its extension names that
// same kind; an .exe renamed .pdf, a PNG named .pdf or an HTML page named .txt is refused. What
// is accepted is later served as an attachment with its detected type and `nosniff`.

/** The most a single upload may weigh (the server's body limit is a little above, for the form). */
export const maxFileBytes = 25 * 1024 * 1024;

/** The longest file name kept, in characters. */
export const maxFilenameLength = 200;

export type FileKind =
	'pdf' | 'png' | 'jpeg' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'txt' | 'csv';

/** The type each kind is stored and served with. */
export const mimeTypes: Record<FileKind, string> = {
	pdf: 'application/pdf',
	png: 'image/png',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	odt: 'application/vnd.oasis.opendocument.text',
	ods: 'application/vnd.oasis.opendocument.spreadsheet',
	txt: 'text/plain; charset=utf-8',
	csv: 'text/csv; charset=utf-8'
};

/** The extensions each kind may have. */
const extensions: Record<string, FileKind> = {
	pdf: 'pdf',
	png: 'png',
	jpg: 'jpeg',
	jpeg: 'jpeg',
	webp: 'webp',
	docx: 'docx',
	xlsx: 'xlsx',
	pptx: 'pptx',
	odt: 'odt',
	ods: 'ods',
	txt: 'txt',
	csv: 'csv'
};

/** For the file input's `accept`. */
export const acceptedExtensions = Object.keys(extensions)
	.map((extension) => `.${extension}`)
	.join(',');

export type FileRefusal = 'empty' | 'too_large' | 'type' | 'mismatch';

export type FileCheck =
	| { ok: true; kind: FileKind; mimeType: string; filename: string }
	| { ok: false; reason: FileRefusal; filename: string };

/**
 * A file name safe to store and to show: no folders (only what follows the last / or \), no
 * control or invisible formatting characters (such as the right-to-left override that makes
 * `exe.pdf` look like `fdp.exe`), none of `<>:"/\|?*`, no leading dots, at most 200 characters
 * with the extension kept.
 */
export function safeFilename(name: string): string {
	const base = name.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
	let clean = base
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
		.replace(/[<>:"|?*]/g, '_')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+|[\s.]+$/g, '');
	if ([...clean].length > maxFilenameLength) {
		const dot = clean.lastIndexOf('.');
		const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
		const stem = [...clean.slice(0, clean.length - extension.length)]
			.slice(0, maxFilenameLength - extension.length)
			.join('')
			.trimEnd();
		clean = stem + extension;
	}
	return clean || 'file';
}

/** The lower-case extension of a (safe) file name, or ''. */
function extensionOf(filename: string): string {
	const dot = filename.lastIndexOf('.');
	return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
	bytes.length >= offset + signature.length &&
	signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** What the bytes are, whatever the name says; undefined for anything not accepted. */
export function detectKind(bytes: Uint8Array): FileKind | undefined {
	if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
	return textKind(bytes);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** An OpenDocument file (first entry `mimetype`, stored) or an Office Open XML one; undefined otherwise. */
function zipKind(bytes: Uint8Array): FileKind | undefined {
	const data = view(bytes);
	// OpenDocument: the first local entry is `mimetype`, uncompressed, holding the document's type.
	if (bytes.length >= 30) {
		const method = data.getUint16(8, true);
		const size = data.getUint32(18, true);
		const nameLength = data.getUint16(26, true);
		const extraLength = data.getUint16(28, true);
		const name = latin1(bytes.subarray(30, 30 + nameLength));
		if (name === 'mimetype') {
			const start = 30 + nameLength + extraLength;
			const type = method === 0 ? latin1(bytes.subarray(start, start + size)) : '';
			if (type === mimeTypes.odt) return 'odt';
			if (type === mimeTypes.ods) return 'ods';
			return undefined;
		}
	}
	// Office Open XML: `[Content_Types].xml` in the central directory, and the main part of one kind.
	const names = zipEntryNames(bytes);
	if (!names?.has('[Content_Types].xml')) return undefined;
	if (names.has('word/document.xml')) return 'docx';
	if (names.has('xl/workbook.xml')) return 'xlsx';
	if (names.has('ppt/presentation.xml')) return 'pptx';
	return undefined;
}

/** The names in a ZIP's central directory, or undefined when there is none that holds together. */
function zipEntryNames(bytes: Uint8Array): Set<string> | undefined {
	const data = view(bytes);
	const lowest = Math.max(0, bytes.length - 22 - 0xffff);
	for (let end = bytes.length - 22; end >= lowest; end--) {
		if (data.getUint32(end, true) !== 0x06054b50) continue;
		const count = data.getUint16(end + 10, true);
		let offset = data.getUint32(end + 16, true);
		const names = new Set<string>();
		for (let index = 0; index < count; index++) {
			if (offset + 46 > bytes.length || data.getUint32(offset, true) !== 0x02014b50) return undefined;
			const nameLength = data.getUint16(offset + 28, true);
			const extraLength = data.getUint16(offset + 30, true);
			const commentLength = data.getUint16(offset + 32, true);
			if (offset + 46 + nameLength > bytes.length) return undefined;
			names.add(new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
			offset += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}
	return undefined;
}

// Markup that a browser would run if it were ever shown inline: refused even named .txt.
const markupStart = /^<(?:!doctype|html|head|body|svg|\?xml|script|iframe|object|embed|meta)\b/i;

/** Plain text: valid UTF-8 without NUL bytes, and not an HTML or SVG document. */
function textKind(bytes: Uint8Array): FileKind | undefined {
	if (bytes.includes(0)) return undefined;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	if (
		markupStart.test(
			text
				.slice(0, 2048)
				.replace(/^\uFEFF/, '')
				.trimStart()
		)
	)
		return undefined;
	return 'txt';
}

/** Checks an upload: size, content, and that the extension names what the content is. */
export function checkFile(name: string, bytes: Uint8Array): FileCheck {
	const filename = safeFilename(name);
	if (bytes.byteLength === 0) return { ok: false, reason: 'empty', filename };
	if (bytes.byteLength > maxFileBytes) return { ok: false, reason: 'too_large', filename };
	const claimed = extensions[extensionOf(filename)];
	const detected = detectKind(bytes);
	if (!claimed) return { ok: false, reason: 'type', filename };
	if (!detected) return { ok: false, reason: 'mismatch', filename };
	// Text is text: whether it is CSV is the name's to say.
	const kind = detected === 'txt' && claimed === 'csv' ? 'csv' : detected;
	if (kind !== claimed) return { ok: false, reason: 'mismatch', filename };
	return { ok: true, kind, mimeType: mimeTypes[kind], filename };
}

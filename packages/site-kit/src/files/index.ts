// The file libraries of the portal and the intranet: what their pages need in the browser as on
// the server. Reading, checking, storing and serving uploads is in `./server`.
export {
	acceptedExtensions,
	checkFile,
	detectKind,
	maxFileBytes,
	maxFilenameLength,
	mimeTypes,
	safeFilename,
	type FileCheck,
	type FileKind,
	type FileRefusal
} from './check.ts';
export { formatSize } from './size.ts';

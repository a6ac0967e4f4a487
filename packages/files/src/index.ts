// The file libraries of the portal and the intranet: what their pages need in the browser as on
// the server, and the pages' shared parts. Reading, checking, storing and serving uploads is in
// `./server`.
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
export { default as FilePage, type FilePageProps, type FilePageVersion } from './FilePage.svelte';
export { default as FileTable, type FileTableFile, type FileTableProps } from './FileTable.svelte';
export { default as FileUploadForm, type FileUploadFormProps } from './FileUploadForm.svelte';

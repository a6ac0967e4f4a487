// The server side of the file libraries (the portal's and the intranet's): reading a posted file,
// storing it as a version, serving a version as a download.
export {
	addPostedVersion,
	readForm,
	readUpload,
	storageFailure,
	storeUpload,
	storeVersion,
	isDuplicateVersion,
	type Upload
} from './uploads.ts';
export { contentDisposition, fileDownload, versionNumber } from './download.ts';

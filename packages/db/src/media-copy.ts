// `pnpm media:copy`: copies the files under MEDIA_DIR (the disk store) into the store MEDIA_STORE
// names (an S3 bucket), skipping what is already there; run it again after an interruption. See
// docs/operations.md, "Moving the files to S3".
import { copyMediaStore } from './storage/copy.ts';
import { fileStore, mediaDir, mediaStoreFromEnv } from './storage.ts';

let target;
try {
	target = mediaStoreFromEnv();
} catch (error) {
	console.error(`media:copy: ${(error as Error).message}`);
	process.exit(2);
}
const source = fileStore(mediaDir());
if (target.location === source.location) {
	console.error(
		'media:copy: MEDIA_STORE is MEDIA_DIR itself; set MEDIA_STORE=s3://bucket[/prefix] and the S3 variables'
	);
	process.exit(2);
}
console.log(`Copying ${source.location} to ${target.location}…`);
try {
	const summary = await copyMediaStore(source, target);
	console.log(
		`media:copy: ${summary.copied} copied (${(summary.bytes / 1024 / 1024).toFixed(1)} MB), ${summary.skipped} already there`
	);
} catch (error) {
	console.error(`media:copy: ${(error as Error).message}`);
	process.exit(1);
}

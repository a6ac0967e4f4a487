// One entry, all its languages: a tab per language with its form and publish buttons, the text as
// the site will show it, its revisions with a diff between any two, restore, and a signed preview
// link; beside them, the details every language shares (the main picture, the film, an event's or
// vacancy's facts). Each action refuses in one shape (`EditorFailure`, failure.ts); the autosave
// has its own endpoint (autosave/+server.ts).
import { saveDetails } from './details.server.ts';
import { removeFile, uploadFile } from './files.server.ts';
import { loadEditor } from './load.server.ts';
import { submitReview, withdrawReview } from './review.server.ts';
import { discardAutosaved, restore, saveText } from './translation.server.ts';

export const load = loadEditor;

export const actions = {
	details: saveDetails,
	file: uploadFile,
	removeFile,
	save: saveText,
	restore,
	discardAutosaved,
	submitReview,
	withdrawReview
};

// One entry with its translations side by side: a form per language, the text as the site will
// show it, its revisions with a diff between any two, restore, and a signed preview link. Above
// them, the details every language shares: the main picture, the film, and an event's or
// vacancy's facts. Each action refuses in one shape (`EditorFailure`, failure.ts).
import { saveDetails } from './details.server.ts';
import { removeFile, uploadFile } from './files.server.ts';
import { loadEditor } from './load.server.ts';
import { restore, saveText } from './translation.server.ts';

export const load = loadEditor;

export const actions = {
	details: saveDetails,
	file: uploadFile,
	removeFile,
	save: saveText,
	restore
};

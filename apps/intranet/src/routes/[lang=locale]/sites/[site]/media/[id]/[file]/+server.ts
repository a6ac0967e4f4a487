// The library's image copies, for the intranet's own pages (the sites serve the same copies to
// everyone under /media/…; here they are behind the staff door like the rest of the library).
import { mediaFile } from '@solidair/app-kit/server';
import { editableSite } from '#lib/server/sites.ts';

export const GET = async (event) => {
	const { site } = await editableSite(event, 'view');
	return mediaFile(site, event.params.id, event.params.file, event.request);
};

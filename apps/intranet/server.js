// Production entry: `node server.js` after `vite build` (see @solidair/server for why not build/index.js).
import { serve } from '@solidair/server';

// Uploads to the staff documents and to publications' files (25 MB per file) and to the sites'
// media libraries (20 MB per image), all checked in code, with a little more for the form around
// them; only those paths take that much, every other form stays at the 1M default.
await serve({
	handler: new URL('./build/handler.js', import.meta.url),
	bodySizeLimit: '30M',
	requestTimeout: 300_000,
	uploadPaths: /^\/(nl|fr|en)\/(documents|sites\/(wsm|fos)\/(media|entries))(\/|$)/
});

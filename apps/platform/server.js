// Production entry: `node server.js` after `vite build` (see @solidair/server for why not build/index.js).
import { serve } from '@solidair/server';

// Uploads to the file library: 25 MB per file (checked in code), a little more for the form around
// it; only the library's paths take that much, every other form stays at the 1M default.
await serve({
	handler: new URL('./build/handler.js', import.meta.url),
	bodySizeLimit: '30M',
	requestTimeout: 300_000,
	uploadPaths: /^\/(nl|fr|en)\/files(\/|$)/
});

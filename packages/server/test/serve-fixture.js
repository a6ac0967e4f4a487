// `node serve-fixture.js`: serve() around the fixture handler, configured by the environment,
// as an app's server.js does (the server's tests spawn it).
import { serve } from '../src/serve.ts';

await serve({ handler: new URL('./fixture-handler.js', import.meta.url) });

import type { TestProject } from 'vitest/node';
import { renderSeedPictures } from '../src/seed/pictures/render.ts';
import { startEmbeddedForTests, startPostgres15, type TestServer } from '../src/testing.ts';

// Both servers the project promises to run on: every database test runs against each.
export default async function setup(project: TestProject) {
	// The seed's pictures painted into their cache before any test's clock starts: on a fresh
	// machine that takes about a minute, which no seeding test should have to fit in.
	await renderSeedPictures();
	const servers: TestServer[] = [await startEmbeddedForTests(54391)];
	try {
		servers.push(await startPostgres15(54392));
	} catch (error) {
		// Leave nothing running behind a failed start.
		for (const server of servers) await server.stop();
		throw error;
	}
	project.provide(
		'databases',
		servers.map(({ name, adminUrl }) => ({ name, adminUrl }))
	);
	return async () => {
		for (const server of servers) await server.stop();
	};
}

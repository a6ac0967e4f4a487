import { memberOrganisations } from '@solidair/db/people';
import { database } from '@solidair/site-kit/server';

export const load = async () => ({ members: await memberOrganisations(database()) });

import { memberOrganisations } from '@solidair/db';
import { database } from '@solidair/site-kit/server';

export const load = async () => ({ members: await memberOrganisations(database()) });

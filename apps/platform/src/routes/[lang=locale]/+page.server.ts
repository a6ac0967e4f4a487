import { memberOrganisations } from '@solidair/db/people';
import { database } from '@solidair/app-kit/server';

export const load = async () => ({ members: await memberOrganisations(database()) });

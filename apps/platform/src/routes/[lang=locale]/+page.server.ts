import { memberOrganisations } from '@solidair/db';
import { database } from '@solidair/app-kit/server';

export const load = async () => ({ members: await memberOrganisations(database()) });

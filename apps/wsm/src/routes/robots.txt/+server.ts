import { robots } from '@solidair/site-kit/server';
import { publicOrigin } from '@solidair/app-kit/server';

export const GET = ({ url }) => robots(publicOrigin(url));

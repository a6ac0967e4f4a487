import { publicOrigin, robots } from '@solidair/site-kit/server';

export const GET = ({ url }) => robots(publicOrigin(url));

import { GET_MESSAGE } from '../../../shared/messages/routes';
import type { Route } from '../../../shared/transport';

/**
 * Every endpoint the File resource calls: the message, whose files carry signed links to the file
 * storage (fetched without the token, outside the API).
 */
export const FILE_ROUTES = {
	message: GET_MESSAGE,
} satisfies Record<string, Route>;

import { personOperations } from '../../../shared/people';
import { userLocator } from '../common.descriptions';
import { USER_ROUTES } from './routes';

/** A user's status and avatar (Get / Update / Delete Status, Update / Delete Avatar), picked by the user locator. */
export const userPeopleOperations = personOperations({
	resource: 'user',
	picker: [{ ...userLocator, description: 'The user whose status or avatar to read or change' }],
	params: (read) => ({ user_id: read.locatorId('userId') }),
	routes: USER_ROUTES,
	whose: "the user's",
});

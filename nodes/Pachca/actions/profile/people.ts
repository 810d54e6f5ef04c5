import { personOperations } from '../../../shared/people';
import { PROFILE_ROUTES } from './routes';

/** The token owner's own status and avatar: nobody to pick, no path values. */
export const profilePeopleOperations = personOperations({
	resource: 'profile',
	picker: [],
	params: () => ({}),
	routes: PROFILE_ROUTES,
	whose: 'your own',
});

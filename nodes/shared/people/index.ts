// A person's status and avatar: the same operations for a user (by ID) and for the token's own profile.
export { personOperations } from './operations';
export type { Person, PersonOperation, PersonOperationName, PersonRoutes } from './operations';
export { peopleRequest } from './request';
export { readStatus, statusOutput, statusProperties } from './status';

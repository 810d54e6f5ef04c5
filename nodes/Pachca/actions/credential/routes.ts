import { TOKEN_INFO } from '../../../shared/bots';
import type { Route } from '../../../shared/transport';

/** The Credential resource reads the token's own info (the route the refusal hints read too; no scope). */
export const CREDENTIAL_ROUTES = {
	tokenInfo: TOKEN_INFO,
} satisfies Record<string, Route>;

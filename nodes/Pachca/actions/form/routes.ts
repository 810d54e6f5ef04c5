import type { Route } from '../../../shared/transport';

/** Every endpoint the Form resource calls (Respond answers n8n's webhook request and calls none). */
export const FORM_ROUTES = {
	open: { method: 'POST', path: '/views/open', limitClass: 'default', scope: 'views:write' },
} satisfies Record<string, Route>;

/** What the endpoint declares about itself (its route) and what Pachca's error body said. */
export interface StatusContext {
	scope?: string;
	plan?: string;
	oauthCode?: string;
}

/** Pachca's plan names as its price page shows them (the spec writes them in lower case). */
const planName = (plan: string): string => plan.charAt(0).toUpperCase() + plan.slice(1);

/** What a Pachca error status usually means, said the way a user can act on it. */
export function statusHint(statusCode: number, { scope, plan, oauthCode }: StatusContext = {}): string {
	switch (statusCode) {
		case 402:
			// Pachca answers 402 for a plan-only method on a lower plan, and for a workspace suspended for non-payment.
			return plan
				? `This method needs Pachca's ${planName(plan)} plan: check the workspace's plan in Pachca (and that it is paid).`
				: "Pachca suspended the workspace's access for non-payment: check its billing in Pachca.";
		case 401:
			return 'Check the access token in the Pachca credential: it is wrong, revoked or expired.';
		case 403:
			if (oauthCode === 'insufficient_scope' && scope) {
				return `The token lacks the scope "${scope}". Grant it in the bot's or token's API settings in Pachca, then retry.`;
			}
			return 'Pachca refused the action for this token: check that the bot or user may do this (chat membership, admin rights).';
		case 404:
			return 'Pachca found nothing at this ID: check the ID, and that the bot is a member of the chat.';
		case 422:
		case 400:
			return 'Pachca rejected the request data: see the field named in the message.';
		case 429:
			return 'Pachca rate limit: the node waited and retried, but the limit was still in force. Slow the workflow down or retry later.';
		default:
			return statusCode >= 500 ? 'Pachca had a server error. It is usually temporary: retry later.' : '';
	}
}


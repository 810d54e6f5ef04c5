import type { IPollFunctions } from 'n8n-workflow';

/**
 * The time a poll may take when n8n does not say (n8n before `getPollBudgetMs`; our peer range is `*`).
 * Such an n8n starts the next poll on schedule whether this one ended or not, and its shortest interval
 * is a minute: staying under that keeps two polls from reading the same state at once.
 */
export const FALLBACK_POLL_BUDGET_MS = 45_000;

/**
 * Fetch Full Message may run until this share of the poll's budget is spent (counted from the poll's
 * start, like the read's share); the rest is for n8n to save the state and start the execution.
 */
export const FETCH_BUDGET_SHARE = 0.9;

/** The poll's time budget from n8n, or the fallback. */
export function pollBudgetMs(ctx: IPollFunctions): number {
	const ask = (ctx as Partial<IPollFunctions>).getPollBudgetMs;
	const budget = typeof ask === 'function' ? ask.call(ctx) : undefined;
	return typeof budget === 'number' && Number.isFinite(budget) && budget > 0 ? budget : FALLBACK_POLL_BUDGET_MS;
}

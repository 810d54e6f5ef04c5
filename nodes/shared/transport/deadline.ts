/**
 * A time budget for one request, its waits and retries included: for work inside a webhook request
 * that Pachca stops waiting for. Without a budget everything is allowed.
 */
export class Deadline {
	private readonly at?: number;

	constructor(
		readonly budgetMs: number | undefined,
		private readonly now: () => number,
	) {
		if (budgetMs !== undefined) this.at = now() + budgetMs;
	}

	/** Whether waiting `ms` more still ends inside the budget. */
	allows(ms: number): boolean {
		return this.at === undefined || this.now() + ms < this.at;
	}

	get passed(): boolean {
		return this.at !== undefined && this.now() >= this.at;
	}

	/** An attempt's timeout, cut to what is left of the budget. */
	cap(timeoutMs: number): number {
		return this.at === undefined ? timeoutMs : Math.max(1, Math.min(timeoutMs, this.at - this.now()));
	}
}

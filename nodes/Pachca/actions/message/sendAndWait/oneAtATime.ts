/**
 * Runs tasks with the same key one after another in this n8n process: two approvals of one message
 * arriving together must not both read the count before either has written it. (Across n8n processes
 * in queue mode nothing can serialise them: see docs/approvals.md.)
 */
const tails = new Map<string, Promise<unknown>>();

export async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
	const previous = tails.get(key) ?? Promise.resolve();
	const run = previous.then(task, task);
	const tail = run.catch(() => undefined);
	tails.set(key, tail);
	try {
		return await run;
	} finally {
		// The last task of a key forgets it, so the map holds only keys being worked on.
		if (tails.get(key) === tail) tails.delete(key);
	}
}

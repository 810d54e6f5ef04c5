// Queue mode: N processes send with one token, and Pachca's limits are per token. Each process starts at
// its share (1/N of a limit: N processes together cannot overrun it) and borrows what the others leave
// unused, learning from 429s how much that is: one count of shares per token and limit class, from 1
// (the share) to N (the whole limit), climbing with time and back to 1 once per congestion event.

/**
 * The shares climb by one every CLIMB_MS without a 429 (from 1 to 3 in 16 s). Faster finds
 * unused capacity sooner but, when every process is busy, they overshoot together and every chat's
 * bucket at Pachca runs dry at once: one 429 per chat. Simulated for 3 processes × 20 chats: 4 s gave
 * 7.4 % 429s with the work dealt evenly, 8 s 3.8 %, with 81-98 % of the limit for uneven deals.
 */
const CLIMB_MS = 8000;
/** Each congestion event while busy doubles the climb's time, up to 2^4: where the others keep sending, probing less often. */
const MAX_SLOWDOWNS = 4;
/** Unused this long, a process forgets what it borrowed: the others may be busy again by then. */
const IDLE_RESET_MS = 10_000;

export class ProcessShare {
	/** when the climb from the bare share began: at the start, after a 429, or after an idle spell */
	private since: number;
	private lastCut = -Infinity;
	private lastUsed: number;
	/** congestion events since this process was last idle */
	private cuts = 0;

	constructor(private readonly processes: number, now: number) {
		this.since = now;
		this.lastUsed = now;
	}

	/** How many shares this process may use at `now`: 1 to `processes`. */
	at(now: number): number {
		if (now - this.lastUsed > IDLE_RESET_MS) {
			this.since = now;
			this.cuts = 0;
		}
		this.lastUsed = Math.max(this.lastUsed, now);
		const climbMs = CLIMB_MS * 2 ** Math.min(this.cuts, MAX_SLOWDOWNS);
		return Math.min(this.processes, 1 + Math.max(0, now - this.since) / climbMs);
	}

	/**
	 * A 429 for a request sent at `sentAt`. True when it is answered here: this process was borrowing,
	 * so it gives back all it borrowed and climbs again from its share (once per congestion event:
	 * answers to requests sent before the cut do not cut again). False when it used only its share: then
	 * the server itself is stricter, the bucket's business.
	 *
	 * All, not half (the first design): a 429 means another process is sending now, and keeping half kept
	 * overrunning the chat they shared. Simulated (test/bench/shareSimulation.ts), 2 processes × 200
	 * messages to one chat: 15 429s in 215 requests with half kept, 9 in 209 with all given back; 3
	 * processes dealt 12/9/9 over 20 chats: 84 % → 93 % of the limit; all busy (10/10/10): 98 % → 96 %.
	 */
	refused(now: number, sentAt: number): boolean {
		if (sentAt < this.lastCut) return true;
		const current = this.at(now);
		if (current <= 1) return false;
		this.since = now;
		this.lastCut = now;
		this.cuts++;
		return true;
	}
}

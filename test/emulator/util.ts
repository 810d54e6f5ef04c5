/* eslint-disable @n8n/community-nodes/no-restricted-globals */
import { randomBytes } from 'node:crypto';

export const iso = (ms: number = Date.now()): string => new Date(ms).toISOString();

export const randomToken = (bytes = 24): string => randomBytes(bytes).toString('base64url');

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Monotonic ULIDs: 48-bit ms time + 80 random bits, strictly increasing within a generator. */
export class UlidGenerator {
	private lastTime = -1;
	private lastRandom: number[] = [];
	private last: string | null = null;

	next(now: number = Date.now()): string {
		let rand: number[];
		if (now <= this.lastTime) {
			rand = this.increment(this.lastRandom);
			now = this.lastTime;
		} else {
			rand = Array.from(randomBytes(16)).map((b) => b % 32);
		}
		this.lastTime = now;
		this.lastRandom = rand;
		this.last = encodeTime(now) + rand.map((d) => CROCKFORD[d]).join('');
		return this.last;
	}

	/**
	 * A ULID of a chosen time, outside the monotonic sequence: an event Pachca stores late, with an older
	 * creation time than events it stored before.
	 */
	at(ms: number): string {
		return encodeTime(ms) + Array.from(randomBytes(16)).map((b) => CROCKFORD[b % 32]).join('');
	}

	/** A value that sorts after every ULID generated so far and before every later one. */
	boundary(now: number = Date.now()): string {
		return this.last ?? encodeTime(now) + '0'.repeat(16);
	}

	private increment(digits: number[]): number[] {
		const out = digits.slice();
		for (let i = out.length - 1; i >= 0; i--) {
			if (out[i] < 31) {
				out[i]++;
				return out;
			}
			out[i] = 0;
		}
		throw new Error('ULID random part overflow');
	}
}

function encodeTime(ms: number): string {
	let out = '';
	let t = ms;
	for (let i = 0; i < 10; i++) {
		out = CROCKFORD[t % 32] + out;
		t = Math.floor(t / 32);
	}
	return out;
}

export const ULID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const sleep = (ms: number): Promise<void> =>
	new Promise((resolve) => {
		const t = setTimeout(resolve, ms);
		t.unref();
	});

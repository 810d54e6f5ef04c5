// The emulator's time for what expires (a click's trigger_id): tests move it forward instead of sleeping.
export class EmulatorClock {
	private offsetMs = 0;

	now(): number {
		return Date.now() + this.offsetMs;
	}

	/** Moves the emulator's time forward: whatever was issued `ms` earlier is that much older. */
	advance(ms: number): void {
		this.offsetMs += ms;
	}
}

import type { EmulatorOptions } from '../emulator';
import { PachcaEmulator } from '../emulator';

/**
 * One emulator for the whole test file: started before the first test (then `onStart` seeds it),
 * stopped after the last; before each test its request log, injected faults and pagination quirk
 * are reset.
 */
export function emulatorPerFile(
	onStart: (emulator: PachcaEmulator) => void,
	options: EmulatorOptions = { rateLimits: false },
): void {
	let emulator: PachcaEmulator | undefined;
	beforeAll(async () => {
		emulator = await PachcaEmulator.start(options);
		onStart(emulator);
	});
	afterAll(async () => {
		await emulator?.stop();
	});
	beforeEach(() => {
		emulator?.clearRequests();
		emulator?.clearFaults();
		if (emulator) emulator.state.paginationQuirk = null;
	});
}

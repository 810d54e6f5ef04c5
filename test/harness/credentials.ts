import type { PachcaEmulator } from '../emulator';
import type { PachcaCredentialData } from './workflow';

/** Pachca API credential data pointing at an emulator: its bot token and signing secret by default. */
export function credentialsFor(
	emulator: PachcaEmulator,
	overrides: Partial<PachcaCredentialData> = {},
): PachcaCredentialData {
	return {
		baseUrl: emulator.baseUrl,
		accessToken: emulator.botToken,
		signingSecret: emulator.signingSecret,
		webhookAllowedIps: '',
		...overrides,
	};
}

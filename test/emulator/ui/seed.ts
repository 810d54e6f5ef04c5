// The demo world shared by `npm run emulator`, `npm start` and the e2e suite: the examples/ workflows
// refer to these chat IDs and bots, so the order of creation is part of the contract.
import type { PachcaEmulator } from '../emulator';
import { BOT_SCOPES, USER_SCOPES } from '../scopes';

export const DEMO_CHATS = { general: 1000, team: 1001, alerts: 1002, reports: 1003 } as const;
/** A second bot: the alerts workflows (examples 6 and 7) need their own webhook URL, a bot has one. */
export const ALERTS_BOT_ID = 9002;

export interface DemoPerson {
	id: number;
	name: string;
	token: string;
}

export interface Demo {
	people: DemoPerson[];
	alertsBot: { id: number; token: string; signingSecret: string };
}

export function seedDemo(emu: PachcaEmulator): Demo {
	const [olga, pavel] = [13, 14];
	const general = emu.addChat({ name: 'General', channel: true, public: true, memberIds: [olga, pavel] });
	const team = emu.addChat({ name: 'Team', memberIds: [olga] });
	const alertsToken = emu.createToken({ bot: true, userId: ALERTS_BOT_ID, scopes: BOT_SCOPES });
	const alerts = emu.addChat({ name: 'Alerts', memberIds: [olga, pavel, ALERTS_BOT_ID] });
	const reports = emu.addChat({ name: 'Reports', memberIds: [olga] });
	const ids = [general.id, team.id, alerts.id, reports.id];
	if (ids.join() !== Object.values(DEMO_CHATS).join()) throw new Error(`Demo chats got IDs ${ids.join()}: seed a fresh emulator`);
	const bot = emu.state.bots.get(ALERTS_BOT_ID)!;
	bot.webhook.name = 'Alerts bot';
	emu.state.users.get(ALERTS_BOT_ID)!.first_name = 'Alerts bot';
	emu.addMessages(general.id, 3, { content: 'Welcome to the emulator' });
	emu.addMessages(team.id, 2);
	const person = (id: number): DemoPerson => {
		const u = emu.state.users.get(id)!;
		const token = id === emu.userId ? emu.userToken : emu.createToken({ userId: id, scopes: USER_SCOPES });
		return { id, name: [u.first_name, u.last_name].filter(Boolean).join(' ') || u.nickname, token };
	};
	return {
		people: [person(emu.userId), person(olga), person(pavel)],
		alertsBot: { id: ALERTS_BOT_ID, token: alertsToken, signingSecret: bot.signingSecret },
	};
}

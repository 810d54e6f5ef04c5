// The one table between the trigger's event names and the bot settings' BotEventName.
import { BOT_EVENT_NAMES, BOT_EVENT_OPTIONS, botEventOf, triggerEventOf } from '../../nodes/shared/bots';
import { PACHCA_EVENTS } from '../../nodes/shared/events';
import { ALL_BOT_EVENTS } from '../emulator/state';

it('covers exactly the spec BotEventName enum, and every trigger event but forms', () => {
	expect([...BOT_EVENT_NAMES].sort()).toEqual([...ALL_BOT_EVENTS].sort());
	const unmapped = PACHCA_EVENTS.map((e) => String(e.value)).filter((name) => botEventOf(name) === undefined);
	expect(unmapped).toEqual(['view.submit']);
});

it('maps both ways', () => {
	expect(botEventOf('message.new')).toBe('message_new');
	expect(botEventOf('message.link_shared')).toBe('message_link_shared');
	expect(triggerEventOf('video_call_recording_ready')).toBe('video_call.recording_ready');
	for (const bot of BOT_EVENT_NAMES) expect(botEventOf(triggerEventOf(bot)!)).toBe(bot);
});

it("the Bot resource's event options carry the trigger's names and the bot's values", () => {
	expect(BOT_EVENT_OPTIONS.find((o) => o.value === 'button_click')?.name).toBe('Button Click');
	expect(BOT_EVENT_OPTIONS).toHaveLength(18);
});

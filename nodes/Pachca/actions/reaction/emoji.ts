import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../../shared/parameters';

const CUSTOM = 'custom';

/** The emoji people react with most; anything else through Custom (or an expression giving an emoji). */
export const emojiProperties: INodeProperties[] = [
	{
		displayName: 'Emoji',
		name: 'emoji',
		type: 'options',
		options: [
			{ name: '✅ Check Mark', value: '✅' },
			{ name: '❌ Cross Mark', value: '❌' },
			{ name: '❤️ Heart', value: '❤️' },
			{ name: '👀 Eyes', value: '👀' },
			{ name: '👍 Thumbs Up', value: '👍' },
			{ name: '👎 Thumbs Down', value: '👎' },
			{ name: '👏 Clapping', value: '👏' },
			{ name: '💯 Hundred', value: '💯' },
			{ name: '🎉 Party Popper', value: '🎉' },
			{ name: '🔥 Fire', value: '🔥' },
			{ name: '😂 Tears of Joy', value: '😂' },
			{ name: '😢 Crying', value: '😢' },
			{ name: '🙏 Folded Hands', value: '🙏' },
			{ name: '🚀 Rocket', value: '🚀' },
			{ name: '🤔 Thinking', value: '🤔' },
			{ name: 'Custom', value: CUSTOM, description: 'Any other emoji, or a custom emoji of your company' },
		],
		default: '👍',
		description: 'The reaction. An expression may also give any emoji character.',
	},
	{
		displayName: 'Custom Emoji',
		name: 'customEmoji',
		type: 'string',
		default: '',
		// Not `required`: n8n would then demand it whenever Emoji is an expression. The node checks it.
		placeholder: 'e.g. 🦄',
		description: 'The emoji character (its code). Required when Emoji is Custom.',
		displayOptions: { show: { emoji: [CUSTOM] } },
	},
	{
		displayName: 'Emoji Name',
		name: 'emojiName',
		type: 'string',
		default: '',
		placeholder: 'e.g. :party_parrot:',
		description: "The emoji's text name, for custom emoji of your company; empty = not sent",
		displayOptions: { show: { emoji: [CUSTOM] } },
	},
];

const MAX_EMOJI = 64;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** The spec's `code` (and `name` for custom emoji): a listed emoji, a custom one, or an emoji from an expression. */
export function readEmoji(read: ParameterReader): IDataObject {
	const value = read.raw('emoji', '👍');
	if (value === CUSTOM) {
		const code = read.text('customEmoji', { required: true, max: MAX_EMOJI }).trim();
		if (/\s/.test(code)) throw read.fail('customEmoji', `must be one emoji without spaces, got "${code}"`);
		const name = read.optionalText('emojiName', { max: MAX_EMOJI });
		return name === undefined ? { code } : { code, name: name.trim() };
	}
	if (typeof value === 'string' && value.trim() !== '' && !/\s/.test(value.trim()) && PICTOGRAPH.test(value)) {
		return { code: value.trim() };
	}
	throw read.expected('emoji', 'one of the listed emoji, Custom, or an emoji character', value);
}

import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../parameters';
import { multipartFrame } from '../transport';

/** Which binary property of the input item holds the image. */
export const avatarProperties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field holding the image',
		description: 'The binary field of the input item with the new avatar (an image: JPEG, PNG, GIF, WebP…)',
	},
];

/** The spec's multipart field for the image (PUT /profile/avatar, PUT /users/{user_id}/avatar). */
const IMAGE_FIELD = 'image';

/**
 * The avatar as the multipart/form-data body Pachca takes: the item's binary field as `image`. The field
 * must exist and hold an image; checked before anything is sent. An avatar is small: read whole.
 */
export async function readAvatar(
	ctx: IExecuteFunctions,
	index: number,
	read: ParameterReader,
): Promise<{ contentType: string; body: Buffer }> {
	const property = read.text('binaryPropertyName', { required: true }).trim();
	const present = Object.keys(ctx.getInputData()[index]?.binary ?? {});
	if (!present.includes(property)) {
		const has = present.length > 0 ? `it has ${present.map((p) => JSON.stringify(p)).join(', ')}` : 'it has no binary data';
		throw read.fail('binaryPropertyName', `the input item has no binary field "${property}" (${has})`);
	}
	const binary = ctx.helpers.assertBinaryData(index, property);
	if (!binary.mimeType.startsWith('image/')) {
		throw read.fail('binaryPropertyName', `"${property}" is ${binary.mimeType}, not an image`);
	}
	const extension = binary.fileExtension ? `.${binary.fileExtension}` : '';
	const frame = multipartFrame([], { field: IMAGE_FIELD, fileName: binary.fileName ?? `avatar${extension}`, contentType: binary.mimeType });
	const bytes = await ctx.helpers.getBinaryDataBuffer(index, property);
	return { contentType: frame.contentType, body: Buffer.concat([frame.head, bytes, frame.tail]) };
}

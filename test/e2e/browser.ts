// placeholder, replaced below
import type { Stack } from './lib/stack';
export async function checkEditor(_stack: Stack, _out: string): Promise<void> {}
export async function checkChatPage(_stack: Stack, _out: string): Promise<void> {}

// In-chat answers of Send and Wait: the button data, the key both nodes derive, the forwarded click.
export { decodeButtonData, encodeButtonData, DATA_LIMIT, looksLikeAnswerData } from './buttonData';
export type { ButtonData, Decision, Vote } from './buttonData';
export { answerClick } from './forward';
export type { ClickAnswer } from './forward';
export { FORWARD_MAX_AGE_MS, signClick, verifyClick } from './forwardedClick';
export type { ForwardedClick } from './forwardedClick';
export { approvalKey } from './key';

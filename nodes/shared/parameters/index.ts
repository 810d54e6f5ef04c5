// The typed parameter reader: every parameter of every node is read and checked through it.
export { choicesOf, findProperty, labelOf } from './describe';
export { describeValue, parameterError } from './errors';
export { parsePositiveId, parseUlid } from './ids';
export { LINK_REGEX, linkHostAllowed, parseLink } from './links';
export type { LinkKind } from './links';
export { characterCount, ParameterReader } from './reader';
export type { ReaderContext, TextRules } from './reader';
export { readTimeRange } from './timeRange';
export type { TimeRange, TimeRangeParameters } from './timeRange';

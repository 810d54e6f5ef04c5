export { pachcaApiRequest, normaliseBaseUrl } from './request';
export type { PachcaContext, RequestOptions } from './request';
export { pachcaApiRequestAllItems, MAX_PAGE_SIZE, nextPageCursor } from './pagination';
export type { Paginate } from './pagination';
export { multipartFrame, postToStorage, type MultipartFrame, type StorageBody } from './storage';
export { ExecutionGate } from './order';
export { pathOf } from './routes';
export type { LimitClass, PathParams, Route } from './routes';
export { openStoredFile, type DownloadedFile, type FileStream } from './download';

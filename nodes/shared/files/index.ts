// A message's files into n8n's binary store (the File resource, Message → Get's Download Files).
export { downloadFile, downloadMessageFiles, filesOf } from './download';
export type { BinaryContext, MessageFile } from './download';

// A message's files into n8n's binary store (the File resource, Message → Get's and both triggers' Download Files).
export { downloadFile, downloadMessageFiles, filesOf } from './download';
export type { BinaryContext, MessageFile } from './download';
export { downloadsFilesFor, EVENT_FILE_PREFIX, withEventFiles } from './eventFiles';

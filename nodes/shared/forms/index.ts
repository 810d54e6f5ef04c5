// What Form → Open / Respond and the Pachca Trigger share about Pachca's forms (views).
export { decodePrivateMetadata, encodePrivateMetadata } from './metadata';
export { FORM_ERRORS_STATUS, formErrorsBody } from './errors';
export type { FormErrors } from './errors';
export { formDataOf, formFieldsOf, isFormSubmission } from './submission';

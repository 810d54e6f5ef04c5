/**
 * The answer to a view.submit webhook (guides-forms-handling.mdx): 200 closes the form, 400 with
 * `{"errors": {name: text}}` shows each text under its field and keeps the form open.
 */
export type FormErrors = Record<string, string>;

export const FORM_ERRORS_STATUS = 400;

export const formErrorsBody = (errors: FormErrors): { errors: FormErrors } => ({ errors });

// A refusal from the server shown where the person can act on it: on the field it names, or above
// the form when it names none.
import type { FormInstance } from "antd";
import { ApiError } from "../api/http-client.js";
import { userMessageOf } from "../components/states.js";

/** Puts the error on its field when the form has that field; returns the message left for the form. */
export function showServerError(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): string | null {
  const message = userMessageOf(error);
  const field = error instanceof ApiError ? error.details.field : undefined;
  if (field && fields.includes(field)) {
    form.setFields([{ name: field, errors: [message] }]);
    return null;
  }
  return message;
}

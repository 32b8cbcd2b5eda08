// The one error type the core and the features throw. The HTTP layer maps `code` to a status
// in a single place (platform/http/error-handler.ts); nothing below it knows about HTTP.
export type AppErrorCode =
  | 'not-found'
  | 'forbidden'
  | 'unauthenticated'
  | 'invalid-input'
  | 'conflict'
  | 'rate-limited'
  | 'too-large'
  | 'unsupported-file'
  | 'expired'
  | 'internal';

export interface FieldProblem {
  /** Where the problem is: a form field name, or e.g. "line 4". */
  field: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what = 'That page') => new AppError('not-found', `${what} could not be found.`);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new AppError('forbidden', message);
export const invalid = (message: string, problems: FieldProblem[] = []) =>
  new AppError('invalid-input', message, problems);

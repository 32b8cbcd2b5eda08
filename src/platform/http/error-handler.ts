import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../../core/errors.ts';

const STATUS: Record<AppErrorCode, number> = {
  'not-found': 404,
  forbidden: 403,
  unauthenticated: 401,
  'invalid-input': 400,
  conflict: 409,
  'rate-limited': 429,
  'too-large': 413,
  'unsupported-file': 415,
  expired: 410,
  internal: 500,
};

const TITLES: Record<number, string> = {
  400: 'There is a problem with what was sent',
  401: 'You need to sign in',
  403: 'You cannot do that',
  404: 'Page not found',
  409: 'That has already changed',
  410: 'This link has expired',
  413: 'The file is too large',
  415: 'That kind of file cannot be used',
  429: 'Too many attempts',
  500: 'Sorry, something went wrong',
};

const wantsJson = (req: FastifyRequest) =>
  req.url.startsWith('/api/') || (req.headers.accept ?? '').startsWith('application/json');

/** Turns any error into an AppError a person can read; unknown errors become `internal`. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(e)) {
    return new AppError(
      'invalid-input',
      'Some of what was sent is not valid.',
      e.validation.map((v) => ({ field: v.instancePath.replace(/^\//, '') || 'body', message: v.message ?? 'is not valid' })),
    );
  }
  switch (e.code) {
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return new AppError(
        'forbidden',
        'This form could not be accepted because it had expired or did not come from Parapet. Go back, reload the page and try again. Nothing was changed.',
      );
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('too-large', 'The file is too large. Nothing was saved. Choose a smaller file and try again.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('invalid-input', 'The form was not sent as a file upload. Choose a file and try again.');
  }
  if (e.statusCode === 429) return new AppError('rate-limited', 'Too many requests. Wait a minute and try again.');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('invalid-input', 'The request could not be understood. Nothing was changed.');
  }
  return new AppError('internal', 'Sorry, something went wrong on our side. Nothing you had already saved was lost. Try again in a few minutes.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (err, req, reply) => {
    const appError = toAppError(err);
    const status = STATUS[appError.code];
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: appError.code, msg: appError.message }, 'request refused');
    return sendError(req, reply, status, appError);
  });
  app.setNotFoundHandler(async (req, reply) =>
    sendError(req, reply, 404, new AppError('not-found', 'If you typed the web address, check it is correct. If you followed a link, the page may have moved or you may not have access to it.')),
  );
}

async function sendError(req: FastifyRequest, reply: FastifyReply, status: number, error: AppError) {
  reply.code(status);
  if (wantsJson(req) || typeof reply.page !== 'function') {
    return reply.send({ error: { code: error.code, message: error.message, problems: error.problems } });
  }
  return reply.page('errors/error.njk', {
    title: TITLES[status] ?? 'There is a problem',
    message: error.message,
    problems: error.problems,
  });
}

import { AppError } from '../../src/core/errors.ts';

/** Awaits something that should be refused, and returns the AppError it was refused with. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal (an AppError), but it succeeded');
}

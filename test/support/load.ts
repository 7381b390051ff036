// For the loader's tests: short waits, and the error a load ends with.
import type { LoadPolicy } from '../../src/catalog/load.js';
import { CatalogError } from '../../src/catalog/errors.js';

/** Short waits so that retries do not slow the suite; the logic is the same. */
export const fast: Partial<LoadPolicy> = {
  backoffMs: 10,
  maxBackoffMs: 40,
  attemptTimeoutMs: 2_000,
  deadlineMs: 5_000,
};

/** The `CatalogError` a load fails with; anything else (or success) fails the test. */
export async function failure(promise: Promise<unknown>): Promise<CatalogError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

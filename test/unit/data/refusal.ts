import { expect } from 'vitest';
import { DataError } from '../../../src/data/errors.js';

/** Runs fn and returns the DataError it throws (fails the test if it throws nothing, or something else). */
export function refusal(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError, nothing was thrown');
}

import { expect } from '@open-wc/testing';
import { ApiError } from '@soc-kit/components/api';
import { BASE_URL } from './test-backend.js';

/** The `ApiError` a client call rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with an ApiError').to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The validation `ApiError` a client call rejects with (its `field` names what was wrong); fails the test otherwise. */
export async function validationFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failure(promise);
  expect(ApiError.is(error, 'validation'), String(error)).to.be.true;
  return error;
}

/** A raw request to the test backend's REST API, with a JSON body when given; the answer's status and parsed body. */
export async function send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A response as a page without the worker records it, for its test to check (`checkRecorded` in openapi-contract.ts). */
export interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  headers: [string, string][];
  body: string;
}

/** Records `response` to `request` without consuming it. */
export async function recordResponse(request: Request, response: Response): Promise<RecordedResponse> {
  return {
    method: request.method,
    url: request.url,
    status: response.status,
    headers: [...response.headers],
    body: await response.clone().text(),
  };
}

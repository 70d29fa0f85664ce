import type { UnhandledRequestStrategy } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { MockBackend, type MockBackendOptions } from './backend.js';

export interface NodeMockBackendOptions extends MockBackendOptions {
  /** Node has no page to resolve paths against: an absolute URL such as `http://localhost/api`. */
  baseUrl: string;
  /** What to do with requests no handler answers. Default `bypass`. */
  onUnhandledRequest?: UnhandledRequestStrategy;
}

/** A mock backend answering `fetch` in Node through MSW's request interception. */
export class NodeMockBackend extends MockBackend {
  readonly server: SetupServer;

  constructor(options: NodeMockBackendOptions) {
    if (!/^https?:\/\//.test(options.baseUrl)) {
      throw new TypeError(
        `In Node the base URL must be absolute, such as http://localhost/api (got "${options.baseUrl}").`,
      );
    }
    super(options);
    this.server = setupServer(...this.handlers);
  }

  stop(): void {
    this.server.close();
  }
}

/** Starts the mock backend in Node; `fetch` to its base URL is answered from then on. */
export function startMockBackend(options: NodeMockBackendOptions): NodeMockBackend {
  const { onUnhandledRequest = 'bypass', ...backendOptions } = options;
  const backend = new NodeMockBackend(backendOptions);
  backend.server.listen({ onUnhandledRequest });
  return backend;
}

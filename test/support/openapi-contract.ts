import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { RecordedResponse } from './recorded-response.js';

/** Where the dev server serves the REST API's OpenAPI document. */
export const OPENAPI_URL = '/packages/mock-api/openapi.yaml';

/** The OpenAPI document, loosely typed: the parts the contract reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers: { url: string }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, ResponseObject>;
    headers: Record<string, HeaderObject>;
    parameters: Record<string, ParameterObject>;
  };
}
export type Reference = { $ref: string };
export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: unknown;
}
export interface HeaderObject {
  required?: boolean;
  schema: unknown;
}
export interface MediaType {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { value?: unknown } | Reference>;
}
export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | Reference>;
  content?: Record<string, MediaType>;
}
export interface Operation {
  operationId: string;
  parameters?: (ParameterObject | Reference)[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject | Reference>;
}
export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type PathItem = Partial<Record<HttpMethod, Operation>> & { parameters?: (ParameterObject | Reference)[] };

/** A documented operation a request reached, and the pointer to it in the document. */
export interface MatchedOperation {
  path: string;
  method: HttpMethod;
  operation: Operation;
  pointer: string;
  params: Record<string, string>;
}

/** The request as far as the contract needs it. */
export interface RequestLine {
  method: string;
  url: string;
}

const DOCUMENT_ID = 'openapi.json';
/** A request body that does not parse as JSON. */
export const NOT_JSON: unique symbol = Symbol('not JSON');
/**
 * A copy of the document in which every place that uses a schema (a response's body, a property,
 * an array's items) refuses properties the schema does not declare, so that a response carrying
 * anything undocumented fails. Definitions and the parts of an `allOf`/`oneOf`/`anyOf` stay open,
 * for only the place that uses them sees all the properties its parts declare (JSON Schema's
 * `unevaluatedProperties`); a schema that says what else it allows (`additionalProperties`)
 * keeps its word.
 */
function closedObjects(document: OpenApiDocument): object {
  const copy = structuredClone(document) as unknown as { paths: unknown; components: { schemas: Record<string, unknown> } };
  const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
  const PARTS = new Set(['allOf', 'oneOf', 'anyOf']);
  /** `node` is a schema; `used` when it is where a value is described, not a definition or a part. */
  const schema = (node: unknown, used: boolean): void => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    const describesObject = '$ref' in record || 'properties' in record || Object.keys(record).some((key) => PARTS.has(key));
    if (used && describesObject && !('additionalProperties' in record) && !('unevaluatedProperties' in record)) {
      record.unevaluatedProperties = false;
    }
    for (const [key, child] of Object.entries(record)) {
      if (SUBSCHEMA_MAPS.has(key)) Object.values(child as Record<string, unknown>).forEach((value) => schema(value, true));
      else if (PARTS.has(key)) (child as unknown[]).forEach((part) => schema(part, false));
      else if (key === 'items' || key === 'additionalProperties' || key === 'not') schema(child, true);
      else if (key === 'prefixItems') (child as unknown[]).forEach((item) => schema(item, true));
    }
  };
  /** Anything else in the document: a schema under a `schema` key is used there. */
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'schema') schema(child, true);
      else if (key !== 'example' && key !== 'examples') walk(child);
    }
  };
  walk(copy.paths);
  const { schemas, ...others } = copy.components;
  walk(others);
  for (const definition of Object.values(schemas)) schema(definition, false);
  return copy;
}

/** The responses any path can give for a method it does not answer, or a path that is not documented. */
const UNDOCUMENTED_METHOD_RESPONSES = { '405': 'MethodNotAllowed', '429': 'Throttled', '500': 'ServerError' };
const UNDOCUMENTED_PATH_RESPONSES = { '404': 'NotFound', '429': 'Throttled', '500': 'ServerError' };

const escapePointer = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
const pointerOf = (...segments: string[]) => `#/${segments.map(escapePointer).join('/')}`;

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const described = (errors ?? []).map((error) => {
    const where = error.instancePath || '(root)';
    const undeclared = (error.params as { unevaluatedProperty?: string }).unevaluatedProperty;
    if (error.keyword === 'unevaluatedProperties' && undeclared) return `${where} has ${undeclared}, which the document does not declare`;
    return `${where} ${error.message ?? ''}`.trim();
  });
  return [...new Set(described)].join('; ');
}

function newAjv(options: { coerceTypes?: 'array' } = {}): Ajv2020 {
  // OpenAPI's own keywords are annotations for validation: `discriminator` only names the
  // property that already tells the `oneOf` branches apart.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, ...options });
  addFormats(ajv);
  ajv.addVocabulary(['example', 'discriminator']);
  // The document itself is added as one schema, so that `$ref`s and pointers resolve in it.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
  return ajv;
}

/**
 * The REST API's OpenAPI document as a checkable contract: the schemas compiled by a JSON Schema
 * 2020-12 validator, and the operations matched by method and path template.
 */
export class OpenApiContract {
  private readonly ajv = newAjv();
  /** For parameters, which arrive as strings: `top=5` is the integer 5, a lone `status=x` an array. */
  private readonly parameterAjv = newAjv({ coerceTypes: 'array' });
  /** For response bodies: a property the document does not declare is refused (see `closedObjects`). */
  private readonly responseAjv = newAjv();
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly basePath: string;

  constructor(readonly document: OpenApiDocument) {
    this.ajv.addSchema(document as object, DOCUMENT_ID);
    this.parameterAjv.addSchema(document as object, DOCUMENT_ID);
    this.responseAjv.addSchema(closedObjects(document), DOCUMENT_ID);
    this.basePath = document.servers[0]!.url.replace(/\/+$/, '');
  }

  static async load(url = OPENAPI_URL): Promise<OpenApiContract> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return new OpenApiContract(parse(await response.text()) as OpenApiDocument);
  }

  /** The object a `$ref` into this document points at (or the object itself). */
  resolve<T>(value: T | Reference): T {
    let current: unknown = value;
    for (let hops = 0; isReference(current); hops++) {
      if (hops > 10 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve ${current.$ref}`);
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.document);
      if (current === undefined) throw new Error(`Nothing at ${(value as Reference).$ref}`);
    }
    return current as T;
  }

  /**
   * Validates `value` against the schema at `pointer` (`#/components/schemas/Incident`);
   * returns what is wrong, or an empty string.
   */
  check(pointer: string, value: unknown, { as = 'body' }: { as?: 'body' | 'parameter' | 'response' } = {}): string {
    const key = `${as} ${pointer}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const ajv = { body: this.ajv, parameter: this.parameterAjv, response: this.responseAjv }[as];
      validate = ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
      if (!validate) throw new Error(`No schema at ${pointer}`);
      this.compiled.set(key, validate);
    }
    return validate(value) ? '' : describeErrors(validate.errors);
  }

  /** The pointer to a named schema under `components.schemas`. */
  schema(name: string): string {
    if (!(name in this.document.components.schemas)) throw new Error(`No schema ${name}`);
    return pointerOf('components', 'schemas', name);
  }

  /** The documented paths, each with the methods it lists. */
  paths(): { path: string; methods: HttpMethod[] }[] {
    return Object.entries(this.document.paths).map(([path, item]) => ({
      path,
      methods: HTTP_METHODS.filter((method) => item[method] !== undefined),
    }));
  }

  /**
   * The documented path a request path (under the server URL) falls on; a fixed segment wins
   * over a template (`/incidents/bulk-update` over `/incidents/{id}`), as OpenAPI says.
   */
  matchPath(pathname: string): { path: string; params: Record<string, string> } | undefined {
    const segments = pathname.replace(/\/$/, '').split('/').slice(1);
    let best: { path: string; params: Record<string, string>; fixed: string } | undefined;
    for (const path of Object.keys(this.document.paths)) {
      const template = path.split('/').slice(1);
      if (template.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let fixed = '';
      const matches = template.every((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name) {
          params[name] = decodeURIComponent(segments[i]!);
          fixed += '0';
          return segments[i] !== '';
        }
        fixed += '1';
        return part === segments[i];
      });
      if (matches && (!best || fixed > best.fixed)) best = { path, params, fixed };
    }
    return best && { path: best.path, params: best.params };
  }

  /** The operation a request reaches, if the document lists its path and method. */
  operation(request: RequestLine): MatchedOperation | undefined {
    const pathname = this.pathUnderServer(request.url);
    const found = pathname === undefined ? undefined : this.matchPath(pathname);
    const method = request.method.toLowerCase() as HttpMethod;
    const operation = found && this.document.paths[found.path]![method];
    if (!found || !operation) return undefined;
    return { ...found, method, operation, pointer: pointerOf('paths', found.path, method) };
  }

  /** Every parameter of an operation, the path item's included (the operation's win). */
  parameters(matched: MatchedOperation): { parameter: ParameterObject; pointer: string }[] {
    const item = this.document.paths[matched.path]!;
    const listed = [
      ...(item.parameters ?? []).map((parameter, i) => ({ parameter, pointer: pointerOf('paths', matched.path, 'parameters', String(i)) })),
      ...(matched.operation.parameters ?? []).map((parameter, i) => ({ parameter, pointer: `${matched.pointer}/parameters/${i}` })),
    ];
    const byKey = new Map<string, { parameter: ParameterObject; pointer: string }>();
    for (const { parameter, pointer } of listed) {
      const resolved = this.resolve(parameter);
      const schemaPointer = isReference(parameter) ? `${parameter.$ref}/schema` : `${pointer}/schema`;
      byKey.set(`${resolved.in} ${resolved.name}`, { parameter: resolved, pointer: schemaPointer });
    }
    return [...byKey.values()];
  }

  /**
   * Everything in a request that the document's parameters and request body schema refuse;
   * empty when they accept it. `body` is the parsed JSON body, or `NOT_JSON`.
   */
  checkRequest(request: RequestLine & { headers?: Record<string, string>; body?: unknown }): string[] {
    const matched = this.operation(request);
    if (!matched) return [`${request.method} ${request.url} is not documented`];
    const problems: string[] = [];
    const query = new URL(request.url, location.href).searchParams;
    const headers = new Headers(request.headers);
    const parameters = this.parameters(matched);
    for (const name of new Set(query.keys())) {
      if (!parameters.some(({ parameter }) => parameter.in === 'query' && parameter.name === name)) {
        problems.push(`query parameter ${name} is not documented`);
      }
    }
    for (const { parameter, pointer } of parameters) {
      let value: unknown;
      if (parameter.in === 'query') {
        const values = query.getAll(parameter.name);
        value = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
      } else if (parameter.in === 'path') value = matched.params[parameter.name];
      else if (parameter.in === 'header') value = headers.get(parameter.name) ?? undefined;
      if (value === undefined) {
        if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name} is missing`);
        continue;
      }
      const problem = this.check(pointer, value, { as: 'parameter' });
      if (problem) problems.push(`${parameter.in} parameter ${parameter.name}: ${problem}`);
    }
    const body = matched.operation.requestBody;
    if (body) {
      if (request.body === undefined) {
        if (body.required) problems.push('the body is missing');
      } else if (request.body === NOT_JSON) {
        problems.push('the body is not JSON');
      } else {
        const problem = this.check(`${matched.pointer}/requestBody/content/application~1json/schema`, request.body);
        if (problem) problems.push(`body: ${problem}`);
      }
    }
    return problems;
  }

  /** Everything in `response` that the document does not allow for `request`; empty when it conforms. */
  async checkResponse(request: RequestLine, response: Response): Promise<string[]> {
    const pathname = this.pathUnderServer(request.url);
    if (pathname === undefined) return [];
    const found = this.matchPath(pathname);
    const status = String(response.status);
    let documented: ResponseObject | undefined;
    let pointer: string;
    const matched = this.operation(request);
    if (matched) {
      const listed = matched.operation.responses[status] ?? matched.operation.responses.default;
      if (!listed) return [`status ${status} is not documented for ${request.method} ${matched.path}`];
      documented = this.resolve(listed);
      const key = status in matched.operation.responses ? status : 'default';
      pointer = isReference(listed) ? listed.$ref : `${matched.pointer}/responses/${key}`;
    } else {
      const generic: Record<string, string> = found ? UNDOCUMENTED_METHOD_RESPONSES : UNDOCUMENTED_PATH_RESPONSES;
      const name = generic[status];
      const where = found ? `${request.method} on ${found.path}, which does not list it,` : `the undocumented path ${pathname}`;
      if (!name) return [`${where} answered ${status}; expected one of ${Object.keys(generic).join(', ')}`];
      documented = this.document.components.responses[name]!;
      pointer = pointerOf('components', 'responses', name);
    }
    return [...this.checkHeaders(documented, pointer, response), ...(await this.checkBody(documented, pointer, response))];
  }

  private checkHeaders(documented: ResponseObject, pointer: string, response: Response): string[] {
    const problems: string[] = [];
    for (const [name, listed] of Object.entries(documented.headers ?? {})) {
      const header = this.resolve(listed);
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`header ${name} is missing`);
        continue;
      }
      const schemaPointer = isReference(listed) ? `${listed.$ref}/schema` : `${pointer}/headers/${escapePointer(name)}/schema`;
      const problem = this.check(schemaPointer, value, { as: 'parameter' });
      if (problem) problems.push(`header ${name}: ${JSON.stringify(value)} ${problem}`);
    }
    return problems;
  }

  private async checkBody(documented: ResponseObject, pointer: string, response: Response): Promise<string[]> {
    const text = await response.text();
    const media = documented.content?.['application/json'];
    if (!media) return text === '' ? [] : [`a body where none is documented: ${text.slice(0, 200)}`];
    const type = response.headers.get('Content-Type') ?? '';
    if (!/^application\/json\b/.test(type)) return [`Content-Type ${JSON.stringify(type)}, not application/json`];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`a body that is not JSON: ${text.slice(0, 200)}`];
    }
    const problem = this.check(`${pointer}/content/application~1json/schema`, body, { as: 'response' });
    if (problem) return [`body: ${problem}`];
    // The document's conventions: the ETag header is the incident's `etag`, quoted.
    const etag = response.headers.get('ETag');
    const incident = (body as { error?: { current?: unknown } }).error?.current ?? body;
    const bodyEtag = (incident as { etag?: unknown }).etag;
    if (etag !== null && typeof bodyEtag === 'string' && etag !== bodyEtag && etag.replace(/^(W\/)?"(.*)"$/, '$2') !== bodyEtag) {
      return [`header ETag ${etag} is not the body's etag "${bodyEtag}"`];
    }
    return [];
  }

  private pathUnderServer(url: string): string | undefined {
    const { pathname } = new URL(url, location.href);
    return pathname.startsWith(`${this.basePath}/`) ? pathname.slice(this.basePath.length) : undefined;
  }
}

let loaded: Promise<OpenApiContract> | undefined;

/** The contract, parsed and compiled once per page. */
export function loadOpenApiContract(): Promise<OpenApiContract> {
  loaded ??= OpenApiContract.load();
  return loaded;
}

/** Everything in recorded responses that the document does not allow; empty when all conform. */
export async function checkRecorded(contract: OpenApiContract, recorded: readonly RecordedResponse[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { method, url, status, headers, body } of recorded) {
    const response = new Response(status === 204 || status === 304 ? null : body, { status, headers });
    for (const problem of await contract.checkResponse({ method, url }, response)) problems.push(`${method} ${url} → ${status}: ${problem}`);
  }
  return problems;
}

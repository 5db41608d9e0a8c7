import type { components } from '@/types/api.gen';

/** RFC 9457 problem details plus any extension members (for example `existing` on a duplicate). */
export type Problem = components['schemas']['Problem'] & { [extension: string]: unknown };

/** A failed API call: the HTTP status and the problem the server sent (or one made up from the status). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The stable last segment of the problem type, e.g. `account-url-taken`. */
  get kind(): string | undefined {
    return problemKind(this.problem);
  }
}

export function problemKind(problem: Problem): string | undefined {
  if (!problem.type) return undefined;
  const segments = problem.type.split('/').filter(Boolean);
  return segments[segments.length - 1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRetryAfter(response: Response, problem: Problem): number | undefined {
  const header = response.headers.get('Retry-After');
  const fromHeader = header !== null ? Number.parseInt(header, 10) : Number.NaN;
  if (Number.isFinite(fromHeader)) return fromHeader;
  const fromBody = problem.retryAfterSeconds;
  return typeof fromBody === 'number' ? fromBody : undefined;
}

/** Turns the body of a failed response (already parsed or raw text) into an ApiError. */
export function toApiError(body: unknown, response: Response): ApiError {
  const problem: Problem = isObject(body)
    ? { ...(body as Problem), status: (body.status as number | undefined) ?? response.status }
    : {
        status: response.status,
        title: response.statusText || `HTTP ${response.status}`,
        detail: typeof body === 'string' && body.length > 0 && body.length < 300 ? body : undefined,
      };
  return new ApiError(response.status, problem, parseRetryAfter(response, problem));
}

/** The first message per field, keyed by the field path the server named (`url`, `rows[3].inn`). */
export function fieldErrors(problem: Problem): Record<string, string> {
  const result: Record<string, string> = {};
  for (const violation of problem.violations ?? []) {
    const field = violation.field ?? '';
    if (field && violation.message && !(field in result)) result[field] = violation.message;
  }
  return result;
}

/**
 * Matches server violations to form fields: an exact name, or the last segment of a dotted path
 * (`create.request.url` → `url`). Returns the matched errors and the messages no field could show.
 */
export function matchFieldErrors(
  problem: Problem,
  fields: readonly string[],
): { matched: Record<string, string>; unmatched: string[] } {
  const matched: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors(problem))) {
    const name = fields.includes(path) ? path : path.split('.').pop();
    if (name && fields.includes(name)) {
      matched[name] = message;
    } else {
      unmatched.push(path ? `${path}: ${message}` : message);
    }
  }
  return { matched, unmatched };
}

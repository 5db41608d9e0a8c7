import { apiFetch, apiUrl } from '@/lib/api-client';
import { toApiError } from '@/lib/problem';

type Query = Record<string, string | number | boolean | undefined | null>;

/**
 * One JSON call to the methodology API. The typed client (src/types/api.gen.ts) learns these paths
 * once the backend that serves them is on main; until then the shapes are those of ./types.ts.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  { body, query }: { body?: unknown; query?: Query } = {},
): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const url = apiUrl(path) + (search.size > 0 ? `?${search.toString()}` : '');
  const response = await apiFetch(
    new Request(url, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text for the error
  }
  if (!response.ok) throw toApiError(parsed, response);
  return parsed as T;
}

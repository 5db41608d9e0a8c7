import { apiFetch, apiUrl } from '@/lib/api-client';
import { toApiError } from '@/lib/problem';

type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * One JSON call to the API with the session's token, for calls whose shapes a feature declares itself;
 * throws an ApiError built from the problem on failure. Empty query values are not sent.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  { query, body }: { query?: Query; body?: unknown } = {},
): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== '' && value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  const response = await apiFetch(
    new Request(`${apiUrl(path)}${search ? `?${search}` : ''}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    }),
  );
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw toApiError(parsed, response);
  return parsed as T;
}

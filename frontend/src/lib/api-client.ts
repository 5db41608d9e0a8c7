import createClient from 'openapi-fetch';

import { env } from '@/config/env';
import { currentLanguage } from '@/lib/i18n';
import { toApiError } from '@/lib/problem';
import { getSession, hasSessionHint, setSession } from '@/lib/session';
import type { paths } from '@/types/api.gen';

import type { ApiResponse, Complete } from './api-types';

type TokenResponse = Complete<ApiResponse<'/api/v1/auth/refresh', 'post'>>;

const REFRESH_PATH = '/api/v1/auth/refresh';
/** Calls whose 401 means "wrong credentials" or "no session", never "token expired". */
const NO_RETRY_PATHS = ['/api/v1/auth/login', REFRESH_PATH, '/api/v1/auth/logout'];

export function apiUrl(path: string): string {
  return `${window.location.origin}${env.apiBaseUrl}${path}`;
}

function send(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  const session = getSession();
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  headers.set('Accept-Language', currentLanguage());
  return globalThis.fetch(new Request(request, { headers, credentials: 'same-origin' }));
}

let refreshing: Promise<boolean> | null = null;

/** The Web Lock every tab of this origin takes around its refresh (see refreshSession). */
export const REFRESH_LOCK = 'digital-bridge-session-refresh';

/**
 * Runs the task while holding the origin-wide refresh lock, where the browser offers Web Locks (secure
 * contexts); elsewhere at once.
 */
async function acrossTabs(task: () => Promise<boolean>): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task();
  return await navigator.locks.request(REFRESH_LOCK, task);
}

async function doRefresh(): Promise<boolean> {
  try {
    const response = await send(new Request(apiUrl(REFRESH_PATH), { method: 'POST' }));
    if (!response.ok) {
      setSession(null);
      return false;
    }
    const token = (await response.json()) as TokenResponse;
    setSession({ accessToken: token.accessToken, user: token.user });
    return true;
  } catch {
    setSession(null);
    return false;
  }
}

/**
 * Exchanges the HttpOnly refresh cookie for a new access token. Concurrent callers share one request.
 * Resolves to whether a session exists afterwards. Without a session hint (nobody signed in in this
 * browser) there is no cookie to exchange: no request, no 401 in the console.
 *
 * Tabs of one browser share the refresh cookie, and the server treats a rotated token presented again
 * as a stolen one (the whole sign-in is revoked), also when two requests present it at the same moment.
 * So the tabs refresh one after the other under a Web Lock: a tab that waited sends the cookie the
 * previous tab's refresh has just set, instead of both sending the same one and signing the user out.
 */
export function refreshSession(): Promise<boolean> {
  if (!hasSessionHint()) return Promise.resolve(false);
  refreshing ??= acrossTabs(doRefresh).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * fetch with the bearer token and the UI language; on a 401 it refreshes the session once and
 * retries the request once.
 */
export async function apiFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await send(request);
  if (response.status !== 401 || NO_RETRY_PATHS.includes(new URL(request.url).pathname)) {
    return response;
  }
  const refreshed = await refreshSession();
  return refreshed ? send(retry) : response;
}

export const api = createClient<paths>({
  baseUrl: `${window.location.origin}${env.apiBaseUrl}`,
  fetch: apiFetch,
});

type ApiResult<D> = { data?: D; error?: unknown; response: Response };

/** Resolves to the body of a successful call; throws an ApiError built from the problem otherwise. */
export async function unwrap<D>(call: Promise<ApiResult<D>>): Promise<Complete<D>> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return data as Complete<D>;
}

function fileName(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Hands a file that a typed call downloaded (`parseAs: 'blob'`) to the browser, under the name the
 * server gave it; throws an ApiError built from the problem when the call failed.
 */
export async function saveFile(call: Promise<ApiResult<Blob>>, fallbackName: string) {
  const { data, error, response } = await call;
  if (!response.ok || !data) throw toApiError(error, response);
  const href = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

import { useSyncExternalStore } from 'react';

import type { ApiResponse, Complete } from '@/lib/api-types';

export type Me = Complete<ApiResponse<'/api/v1/me', 'get'>>;
export type Role = Me['roles'][number];

export type Session = { accessToken: string; user: Me };

/** The signed-in session lives in memory only; the refresh cookie (HttpOnly) restores it after a reload. */
let current: Session | null = null;
const listeners = new Set<() => void>();

/**
 * A hint (no secret: just "a session may exist") kept while someone is signed in in this browser, so
 * that an anonymous visitor's page load does not ask the server to refresh a session it cannot have
 * (a 401 in the console on every public page). Set at sign-in and at every successful refresh;
 * cleared at sign-out and when a refresh fails (the refresh cookie expired or was revoked).
 */
const HINT_KEY = 'bridge.session';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true; // storage unavailable (private mode): ask the server, as before
  }
}

function rememberHint(present: boolean): void {
  try {
    if (present) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // storage unavailable: nothing to remember
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  rememberHint(session !== null);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

export function hasAnyRole(session: Session | null, ...roles: Role[]): boolean {
  return !!session && session.user.roles.some((role) => roles.includes(role));
}

export const EDITOR_ROLES: Role[] = ['ADMIN', 'COORDINATOR'];

/** Roles of people who speak for an organization (their account carries its organizationId). */
export const ORGANIZATION_ROLES: Role[] = ['LEARNER', 'REPRESENTATIVE'];

import { useSyncExternalStore } from 'react';

import type { ApiResponse, Complete } from '@/lib/api-types';

export type Me = Complete<ApiResponse<'/api/v1/me', 'get'>>;
export type Role = Me['roles'][number];

export type Session = { accessToken: string; user: Me };

/** The signed-in session lives in memory only; the refresh cookie (HttpOnly) restores it after a reload. */
let current: Session | null = null;
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
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

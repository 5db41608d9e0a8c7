import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, mockApi } from '@/testing/test-utils';

import { api, REFRESH_LOCK, refreshSession, unwrap } from './api-client';
import { ApiError } from './problem';
import { getSession, setSession } from './session';

const user = {
  kind: 'user' as const,
  id: 'u1',
  email: 'coordinator@demo.bridge',
  fullName: 'Координатор',
  organizationId: 'o1',
  roles: ['COORDINATOR'] as const,
};
const token = (accessToken: string) => ({ accessToken, tokenType: 'Bearer', expiresIn: 300, user });
const page = { items: [], total: 0, page: 0, size: 50 };

afterEach(() => setSession(null));

describe('api client', () => {
  it('sends the bearer token and the UI language', async () => {
    setSession({ accessToken: 'old', user: { ...user, roles: ['COORDINATOR'] } });
    const requests = mockApi({ 'GET /api/v1/users': () => json(page) });
    await unwrap(api.GET('/api/v1/users'));
    expect(requests[0].headers.get('Authorization')).toBe('Bearer old');
    expect(requests[0].headers.get('Accept-Language')).toBe('ru');
  });

  it('refreshes the token once on 401 and retries the request with the new token', async () => {
    setSession({ accessToken: 'expired', user: { ...user, roles: ['COORDINATOR'] } });
    const requests = mockApi({
      'GET /api/v1/users': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? json(page)
          : json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': () => json(token('fresh')),
    });
    const result = await unwrap(api.GET('/api/v1/users'));
    expect(result).toEqual(page);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /api/v1/users',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/users',
    ]);
    expect(getSession()?.accessToken).toBe('fresh');
  });

  it('shares one refresh between concurrent 401s', async () => {
    setSession({ accessToken: 'expired', user: { ...user, roles: ['COORDINATOR'] } });
    const requests = mockApi({
      'GET /api/v1/users': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? json(page)
          : json({ status: 401 }, 401),
      'GET /api/v1/audit': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? json(page)
          : json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(token('fresh'));
      },
    });
    await Promise.all([unwrap(api.GET('/api/v1/users')), unwrap(api.GET('/api/v1/audit'))]);
    expect(requests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('gives up after a failed refresh: the session ends and the 401 surfaces', async () => {
    setSession({ accessToken: 'expired', user: { ...user, roles: ['COORDINATOR'] } });
    const requests = mockApi({
      'GET /api/v1/users': () => json({ status: 401, title: 'Unauthorized' }, 401),
      'POST /api/v1/auth/refresh': () => json({ status: 401 }, 401),
    });
    await expect(unwrap(api.GET('/api/v1/users'))).rejects.toMatchObject({ status: 401 });
    expect(requests).toHaveLength(2);
    expect(getSession()).toBeNull();
  });

  it('never refreshes for a failed sign-in', async () => {
    const requests = mockApi({
      'POST /api/v1/auth/login': () => json({ status: 401, title: 'Неверные данные' }, 401),
    });
    const error = await unwrap(
      api.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
  });

  it('restores a session from the refresh cookie when someone signed in in this browser', async () => {
    window.localStorage.setItem('bridge.session', '1');
    mockApi({ 'POST /api/v1/auth/refresh': () => json(token('restored')) });
    await expect(refreshSession()).resolves.toBe(true);
    expect(getSession()?.user.email).toBe('coordinator@demo.bridge');
    expect(window.localStorage.getItem('bridge.session')).toBe('1');
  });

  it('does not call refresh for an anonymous visitor (no session hint)', async () => {
    window.localStorage.removeItem('bridge.session');
    const requests = mockApi({ 'POST /api/v1/auth/refresh': () => json({ status: 401 }, 401) });
    await expect(refreshSession()).resolves.toBe(false);
    expect(requests).toHaveLength(0);
  });

  it('drops the hint when the refresh cookie no longer works, and at sign-out', async () => {
    window.localStorage.setItem('bridge.session', '1');
    mockApi({ 'POST /api/v1/auth/refresh': () => json({ status: 401 }, 401) });
    await expect(refreshSession()).resolves.toBe(false);
    expect(window.localStorage.getItem('bridge.session')).toBeNull();
    setSession({ accessToken: 'a', user: { ...user, roles: ['COORDINATOR'] } });
    expect(window.localStorage.getItem('bridge.session')).toBe('1');
    setSession(null);
    expect(window.localStorage.getItem('bridge.session')).toBeNull();
  });

  it('refreshes under a lock shared by the tabs: while another tab refreshes, this one waits', async () => {
    // A minimal Web Locks manager: one holder per name, the others queue (what a browser does across tabs).
    const queues = new Map<string, Promise<unknown>>();
    const names: string[] = [];
    const locks = {
      request<T>(name: string, task: () => Promise<T>): Promise<T> {
        names.push(name);
        const previous = queues.get(name) ?? Promise.resolve();
        const run = previous.then(task, task);
        queues.set(
          name,
          run.catch(() => undefined),
        );
        return run;
      },
    };
    vi.stubGlobal('navigator', { ...window.navigator, locks });
    try {
      let releaseOtherTab = () => {};
      // another tab holds the lock: its refresh is in flight
      void locks.request(
        REFRESH_LOCK,
        () =>
          new Promise<void>((resolve) => {
            releaseOtherTab = resolve;
          }),
      );
      window.localStorage.setItem('bridge.session', '1');
      const requests = mockApi({
        'POST /api/v1/auth/refresh': () => json(token('after-the-other-tab')),
      });
      const refreshed = refreshSession();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(requests).toHaveLength(0);
      releaseOtherTab();
      await expect(refreshed).resolves.toBe(true);
      expect(requests).toHaveLength(1);
      expect(names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
      expect(getSession()?.accessToken).toBe('after-the-other-tab');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

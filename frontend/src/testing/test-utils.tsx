import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}

/**
 * Replaces fetch with handlers keyed by "METHOD /path" (query string ignored). Unknown calls answer 404.
 * Returns the list of requests made, for assertions.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const { pathname } = new URL(request.url);
    const handler = handlers[`${request.method} ${pathname}`];
    return handler ? handler(request) : json({ status: 404, title: 'Not Found' }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

export function renderWithProviders(ui: ReactElement, { route = '/', path = '*' } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/**
 * A list endpoint of `total` items as the server pages them (page and size from the query, size 20 when
 * absent); `make` builds the n-th item, from 1.
 */
export function paged(total: number, make: (n: number) => unknown): Handler {
  return (request) => {
    const query = new URL(request.url).searchParams;
    const page = Number(query.get('page') ?? 0);
    const size = Number(query.get('size') ?? 20);
    const first = page * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - first)) }, (_, i) =>
      make(first + i + 1),
    );
    return json({ items, total, page, size, totalIsLowerBound: false, next: null });
  };
}

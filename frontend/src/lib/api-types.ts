import type { paths } from '@/types/api.gen';

/**
 * Types picked from the generated contract by path, so they do not depend on the backend's schema
 * class names. Nothing here is hand-written: every shape comes from src/types/api.gen.ts.
 */
type Method = 'get' | 'post' | 'put' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never;

export type ApiResponse<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer OK }
      ? JsonContent<OK>
      : R extends { 201: infer Created }
        ? JsonContent<Created>
        : never
    : never;

export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

export type ApiQuery<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * The backend's response records always carry every property (null when empty), but the generated
 * schema marks none as required; this view drops the optional markers. Nullable values are still
 * checked where they are shown.
 */
export type Complete<T> = T extends readonly (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<Exclude<T[K], undefined>> }
    : T;

/**
 * The values of an enum of the contract, for pickers and schemas. The object lists each value once as a
 * key, so the compiler refuses a value the contract lacks and one it has that is missing here; the
 * order of the keys is the order shown.
 */
export function enumValues<T extends string>(values: { readonly [K in T]: true }): [T, ...T[]] {
  return Object.keys(values) as [T, ...T[]];
}

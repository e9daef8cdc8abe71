import type { paths } from './schema.d.ts';

export type Method = 'get' | 'post' | 'put' | 'delete';

/** The paths that answer a method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

/** Distributes over a union of paths, so `Answer<A | B>` is the union of their answers. */
type Operation<P extends keyof paths, M extends Method> = P extends unknown
  ? paths[P] extends Record<M, infer O>
    ? O
    : never
  : never;

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;

type Success<O> = O extends { responses: infer R } ? Json<R[keyof R & (200 | 201 | 202 | 204)]> : never;

type RequestBody<O> = O extends { requestBody?: infer B } ? NonNullable<B> : never;

/** A path's parameters (path, query, header) for a method. */
export type Params<P extends PathsWith<M>, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: infer T } ? T : never;

/** A path's query parameters for a method. */
export type Query<P extends PathsWith<M>, M extends Method = 'get'> =
  Params<P, M> extends { query?: infer Q } ? NonNullable<Q> : never;

/** What a path answers to a method when it succeeds. */
export type Answer<P extends PathsWith<M>, M extends Method = 'get'> = Success<Operation<P, M>>;

/** The JSON body a path takes for a method (`undefined` when it takes none). */
export type Body<P extends PathsWith<M>, M extends Method = 'post'> = [RequestBody<Operation<P, M>>] extends [
  never,
]
  ? undefined
  : Json<RequestBody<Operation<P, M>>>;

/** A read on screen: its answer (null until one came), its error, whether it loads, and a reload. */
export interface Read<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

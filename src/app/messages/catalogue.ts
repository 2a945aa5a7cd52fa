import type { ConsolidateError } from "../consolidate";

/** A message per variant of a union of errors, typed so that none is missing. */
export type ErrorMessages<E extends { readonly kind: string }> = {
  readonly [K in E["kind"]]: (error: Extract<E, { readonly kind: K }>) => string;
};

/** The use cases' texts in one language; adding a language is adding a file like zh-CN.ts. */
export interface AppMessages {
  readonly consolidateError: ErrorMessages<ConsolidateError>;
}

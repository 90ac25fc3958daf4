// The shape every translation must have: the same keys as English, every leaf a string. tsc fails
// on a missing or an extra key; test/unit/renderer/i18n-keys.test.ts also checks placeholders.
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

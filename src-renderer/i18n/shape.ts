// The shape every translation must have: the same keys as en (strings become any string, nested
// objects recurse, lists of strings stay lists of strings), so tsc fails on a missing or extra key.
// Plural keys (_one/_other) are kept in every language, even where i18next only uses _other (zh).
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A catalog's shape with every text widened to string, so translations type-check against English. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The same nested shape with every text widened to `string`: what a translation of a bundle must provide. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** Dotted paths of every text in a nested bundle, e.g. `org.kind.CELL`. */
export type LeafKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

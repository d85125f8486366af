/** One line of `npm run bench`: `name: value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** A group of figures, measured together (each group is one module of tests/bench/). */
export type FigureGroup = () => Promise<Figure[]>;

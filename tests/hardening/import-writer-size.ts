/** How many new people each bundle of the import crash test carries (the writer and the test share it). */
export const PEOPLE_PER_BUNDLE = 30;

/** The indicator the overview opens on: the one series every partner publishes. */
export const DEFAULT_INDICATOR = 'population';

/** The second indicator of the compare scatter, before the reader picks one. */
export const COMPARE_DEFAULT_Y = 'cars_per_1000';

/** "Latest available" looks back this many years by default. */
export const DEFAULT_WINDOW = 5;

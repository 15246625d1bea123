/** The indicator the overview opens on: the one series every partner publishes. */
export const DEFAULT_INDICATOR = 'population';

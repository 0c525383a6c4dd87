// Its own module so that showing a stored report (render.ts, credit.ts) does
// not load the number reader, which loads the unit parser and mathjs.

/** Within this factor either way a number counts as right for a back-of-the-envelope estimate. */
export const NUMBER_TOLERANCE = 3;

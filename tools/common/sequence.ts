/**
 * One counter for the whole process, so the request logs of emulators running
 * in the same process (and anything else that stamps events with it, like the
 * sign-in prober) can be merged into one order. Times alone cannot do that:
 * two calls in the same millisecond would tie.
 */
let last = 0;

export const nextGlobalSeq = (): number => ++last;

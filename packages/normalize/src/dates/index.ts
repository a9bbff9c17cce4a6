// Date normalization: TIMEX3 values resolved against an anchor date with date-fns in UTC.
export {};

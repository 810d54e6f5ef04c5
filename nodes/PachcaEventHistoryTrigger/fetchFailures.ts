export const MAX_FETCH_ATTEMPTS = 3;

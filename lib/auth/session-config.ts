/** How long a sign-in lasts (cookie, JWT and the server-side session row alike). */
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

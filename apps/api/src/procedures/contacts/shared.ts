/** What every contacts procedure shares: the OpenAPI tag. */
export const tags = ['Contacts'];

// Template name and description bounds, shared by the schemas and the forms (no zod here, so client
// components can import it without the schemas' dependencies).
export const TEMPLATE_NAME_MAX = 80;
export const TEMPLATE_DESCRIPTION_MAX = 500;

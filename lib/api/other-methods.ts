// Next.js answers unexported methods with an empty 405; ours answer in the one error envelope and
// say which methods the route has. Usage in a route file:
//   export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
import { ApiError } from "./errors";
import { apiRoute } from "./handler";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const ALL: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

export function otherMethods(allowed: Method[]) {
  const handler = apiRoute(async () => {
    throw new ApiError(405, "method_not_allowed", `This route accepts ${allowed.join(", ")} only`);
  });
  const withAllowHeader = async (...args: Parameters<typeof handler>) => {
    const response = await handler(...args);
    response.headers.set("allow", allowed.join(", "));
    return response;
  };
  const entries = ALL.filter((method) => !allowed.includes(method)).map((method) => [method, withAllowHeader]);
  return Object.fromEntries(entries) as Record<Method, typeof withAllowHeader>;
}

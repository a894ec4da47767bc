// /api/* that matches no route — the JSON error envelope instead of Next's HTML 404 page
import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";

const noSuchRoute = apiRoute(async () => {
  throw notFound("No such API route");
});

export { noSuchRoute as GET, noSuchRoute as POST, noSuchRoute as PUT, noSuchRoute as PATCH, noSuchRoute as DELETE };

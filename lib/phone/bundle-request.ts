// Reading a "create regulatory bundle" request, as JSON (no documents) or multipart/form-data
// (documents). Limits, stated on the form and enforced here on the bytes received:
//   - proofOfIdentity / proofOfAddress: PDF, PNG or JPEG only — recognised by their first bytes,
//     not by the name or the declared type — non-empty, at most 4 MB each;
//   - the whole multipart request at most 9 MB (two full documents plus the fields), so what we
//     forward stays inside OnCallClerk's own 10 MB body limit;
//   - a JSON request at most 32 kB.
// Multipart fields: isoCountryCode, complianceType, and either complianceData (one JSON string,
// the upstream's own convention) or each compliance field as its own form field.
import { parseWith, readJson } from "@/lib/api/body";
import { ApiError, validationError, type FieldErrors } from "@/lib/api/errors";
import { mediaTypeOf } from "@/lib/api/body";
import { readMultipart } from "@/lib/api/multipart";
import type { BundleFiles } from "@/lib/oncallclerk";
import { createBundleBodySchema, type CreateBundleBody } from "./bundle-schemas";

const MB = 1024 * 1024;
export const BUNDLE_LIMITS = { fileBytes: 4 * MB, requestBytes: 9 * MB, jsonBytes: 32 * 1024 } as const;
export const BUNDLE_FILE_FIELDS = ["proofOfIdentity", "proofOfAddress"] as const;
type FileField = (typeof BUNDLE_FILE_FIELDS)[number];

const SIGNATURES: { type: string; extension: string; bytes: number[] }[] = [
  { type: "application/pdf", extension: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", extension: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", extension: "jpg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(head: Uint8Array): (typeof SIGNATURES)[number] | undefined {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => head[index] === byte));
}

async function checkedFile(field: FileField, value: FormDataEntryValue, problems: FieldErrors): Promise<File | undefined> {
  if (typeof value === "string") {
    problems[field] = ["Attach the document as a file"];
    return undefined;
  }
  if (value.size === 0) problems[field] = ["The file is empty"];
  else if (value.size > BUNDLE_LIMITS.fileBytes) problems[field] = [`The file is larger than ${BUNDLE_LIMITS.fileBytes / MB} MB`];
  if (problems[field]) return undefined;
  const bytes = new Uint8Array(await value.arrayBuffer());
  const kind = sniffDocumentType(bytes);
  if (!kind) {
    problems[field] = ["Upload a PDF, PNG or JPEG document"];
    return undefined;
  }
  // A plain name of our own: the person's file name may carry paths or odd characters.
  return new File([bytes], `${field}.${kind.extension}`, { type: kind.type });
}

async function fromForm(form: FormData, country: string): Promise<{ body: CreateBundleBody; files: BundleFiles }> {
  const problems: FieldErrors = Object.create(null) as FieldErrors;
  const fields: Record<string, string> = {};
  const flat: Record<string, string> = {};
  const files: BundleFiles = {};
  const seen = new Set<string>();
  for (const [name, value] of form.entries()) {
    if (seen.has(name)) {
      problems[name] = ["Give this field once"];
      continue;
    }
    seen.add(name);
    if ((BUNDLE_FILE_FIELDS as readonly string[]).includes(name)) {
      const file = await checkedFile(name as FileField, value, problems);
      if (file) files[name as FileField] = file;
    } else if (typeof value !== "string") {
      problems[name] = ["This field is text, not a file"];
    } else if (name === "isoCountryCode" || name === "complianceType" || name === "complianceData") {
      fields[name] = value;
    } else if (value.trim() !== "") {
      flat[name] = value; // an empty optional input of an HTML form is simply not given
    }
  }
  let complianceData: unknown;
  if (fields.complianceData !== undefined) {
    if (Object.keys(flat).length > 0) problems.complianceData = ["Give complianceData as one JSON field or as separate fields, not both"];
    try {
      complianceData = JSON.parse(fields.complianceData);
    } catch {
      problems.complianceData = ["complianceData must be a JSON object"];
    }
  } else if (Object.keys(flat).length > 0) complianceData = flat;
  if (Object.keys(problems).length > 0) throw validationError(problems);
  const raw = {
    ...(fields.isoCountryCode !== undefined ? { isoCountryCode: fields.isoCountryCode } : {}),
    ...(fields.complianceType !== undefined ? { complianceType: fields.complianceType } : {}),
    ...(complianceData !== undefined ? { complianceData } : {}),
  };
  return { body: parseWith(createBundleBodySchema(country), raw), files };
}

/** The validated bundle and its documents; 413/415/400 before anything reaches OnCallClerk. */
export async function readBundleRequest(request: Request, country: string): Promise<{ body: CreateBundleBody; files: BundleFiles }> {
  const mediaType = mediaTypeOf(request);
  if (mediaType === "application/json") {
    const body = await readJson(request, createBundleBodySchema(country), BUNDLE_LIMITS.jsonBytes);
    return { body, files: {} };
  }
  if (mediaType === "multipart/form-data") return fromForm(await readMultipart(request, BUNDLE_LIMITS.requestBytes), country);
  throw new ApiError(415, "unsupported_media_type", "Send the bundle as JSON, or as multipart/form-data with the documents");
}

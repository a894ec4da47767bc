"use client";
// Submitting a regulatory bundle: business or individual details plus the two documents, sent as
// multipart/form-data with fetch (apiFetch only speaks JSON). Documents are checked here before
// anything is uploaded; the server checks the same limits again on the bytes it receives.
import { useState, type FormEvent } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { ApiRequestError } from "@/lib/swr/fetcher";
import { revalidateBundles } from "@/lib/swr/use-bundles";
import type { RegulatoryBundle } from "@/lib/oncallclerk";
import { BusinessFields, IndividualFields } from "./bundle-fields";
import { bundleStatusLabel } from "./bundle-status";
import { DocumentInput, formatBytes } from "./document-input";

type ComplianceType = "business" | "individual";
type DocumentName = "proofOfIdentity" | "proofOfAddress";
type Chosen = Record<DocumentName, { file: File | null; problem: string | null }>;

const NO_DOCUMENTS: Chosen = { proofOfIdentity: { file: null, problem: null }, proofOfAddress: { file: null, problem: null } };

/** POST multipart to our API; the same envelope handling as apiFetch. */
async function postBundle(url: string, body: FormData): Promise<{ bundleSid: string }> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body, headers: { accept: "application/json" } });
  } catch {
    throw new ApiRequestError(0, "network_error", "Could not reach the portal. Check your connection and try again.");
  }
  const json = (await response.json().catch(() => null)) as
    | { success: true; data: { bundleSid: string } }
    | { success: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }
    | null;
  if (response.ok && json?.success) return json.data;
  if (json && !json.success) throw new ApiRequestError(response.status, json.error.code, json.error.message, json.error.fieldErrors);
  throw new ApiRequestError(response.status, "unexpected_response", `The portal answered with an unexpected response (${response.status}).`);
}

/** "complianceData.businessName" → "businessName": the inputs carry the reference's own names. */
function byInput(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) out[key.replace(/^complianceData\./, "")] = messages;
  return out;
}

export function BundleForm(props: {
  clientId: string;
  country: string;
  countryName: string;
  clientCountry: string;
  limits: { fileBytes: number; requestBytes: number };
}) {
  const { clientId, country, limits } = props;
  const toast = useToast();
  const [type, setType] = useState<ComplianceType>("business");
  const [documents, setDocuments] = useState<Chosen>(NO_DOCUMENTS);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [generation, setGeneration] = useState(0); // remounts the fields after a successful submit

  const chosen = [documents.proofOfIdentity.file, documents.proofOfAddress.file].filter((file): file is File => file !== null);
  const totalBytes = chosen.reduce((sum, file) => sum + file.size, 0);
  const documentProblem = documents.proofOfIdentity.problem ?? documents.proofOfAddress.problem;
  const tooLarge = totalBytes > limits.requestBytes;

  function choose(name: DocumentName) {
    return (file: File | null, problem: string | null) => setDocuments((current) => ({ ...current, [name]: { file, problem } }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (documentProblem || tooLarge) {
      setMessage(documentProblem ? "Fix the document above before submitting." : `The documents together are larger than ${formatBytes(limits.requestBytes)}.`);
      return;
    }
    const form = new FormData(event.currentTarget);
    // File inputs left empty would arrive as empty files; send only the documents chosen.
    for (const name of ["proofOfIdentity", "proofOfAddress"] as const) {
      form.delete(name);
      const file = documents[name].file;
      if (file) form.set(name, file, file.name);
    }
    form.set("isoCountryCode", country);
    form.set("complianceType", type);
    setPending(true);
    setMessage(null);
    setErrors({});
    try {
      const { bundleSid } = await postBundle(`/api/clients/${clientId}/phone-numbers/regulatory-bundle`, form);
      const list = (await revalidateBundles(clientId, country)) as RegulatoryBundle[] | undefined;
      const status = list?.find((bundle) => bundle.sid === bundleSid)?.status;
      toast.show(`${props.countryName} bundle submitted${status ? ` — ${bundleStatusLabel(status).toLowerCase()}` : ""}.`);
      setDocuments(NO_DOCUMENTS);
      setGeneration((value) => value + 1);
    } catch (error) {
      const apiError = error instanceof ApiRequestError ? error : null;
      const fields = byInput(apiError?.fieldErrors ?? {});
      setErrors(fields);
      setMessage(Object.keys(fields).length > 0 ? "Some fields need attention; see the messages below." : (apiError?.message ?? "Something went wrong. Try again."));
      toast.show("The bundle was not submitted.", "error");
    } finally {
      setPending(false);
    }
  }

  const phoneHint = `Any format; without +, read as a ${props.clientCountry} number`;
  const otherErrors = Object.entries(errors).filter(([key]) => key === "isoCountryCode" || key === "complianceType" || key === "complianceData" || key === "_");
  return (
    <section className="card" aria-labelledby="bundle-form-heading">
      <form key={generation} className="card-body stack bundle-form" method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate aria-busy={pending}>
        <div>
          <h2 id="bundle-form-heading">Submit a {props.countryName} bundle</h2>
          <p className="muted small" style={{ margin: "4px 0 0" }}>
            Sent to OnCallClerk for review. Fields left empty are not sent; regulators usually need all of them.
          </p>
        </div>
        {message ? <div className="alert danger" role="alert"><div>{message}{otherErrors.map(([key, list]) => <div key={key}>{list[0]}</div>)}</div></div> : null}
        <fieldset className="segmented" disabled={pending}>
          <legend>The bundle is for</legend>
          <div className="segmented-options">
            {(["business", "individual"] as const).map((value) => (
              <label key={value} className={type === value ? "checked" : undefined}>
                <input type="radio" name="complianceType" value={value} checked={type === value} onChange={() => setType(value)} />
                {value === "business" ? "A business" : "An individual"}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="bundle-fields" disabled={pending}>
          {type === "business" ? <BusinessFields errors={errors} country={country} phoneHint={phoneHint} /> : <IndividualFields errors={errors} country={country} phoneHint={phoneHint} />}
        </fieldset>
        <fieldset className="form-group">
          <legend>Documents</legend>
          <p className="muted small" style={{ margin: "0 0 12px" }}>
            PDF, PNG or JPEG; at most {formatBytes(limits.fileBytes)} each and {formatBytes(limits.requestBytes)} together. Uploaded through the portal, never stored here.
          </p>
          <div className="form-grid documents-grid">
            <DocumentInput name="proofOfIdentity" label="Proof of identity" hint={type === "business" ? "e.g. certificate of incorporation" : "e.g. passport or driving licence"} maxBytes={limits.fileBytes} serverError={errors.proofOfIdentity?.[0]} disabled={pending} onChange={choose("proofOfIdentity")} />
            <DocumentInput name="proofOfAddress" label="Proof of address" hint="e.g. a utility bill from the last 3 months" maxBytes={limits.fileBytes} serverError={errors.proofOfAddress?.[0]} disabled={pending} onChange={choose("proofOfAddress")} />
          </div>
        </fieldset>
        {pending ? (
          <div className="upload-progress" role="status">
            <div className="upload-track" role="progressbar" aria-label="Uploading the bundle"><div className="upload-bar" /></div>
            <span className="small muted">
              {chosen.length > 0 ? `Uploading ${chosen.length} document${chosen.length === 1 ? "" : "s"} (${formatBytes(totalBytes)}) and sending the bundle to OnCallClerk…` : "Sending the bundle to OnCallClerk…"}
            </span>
          </div>
        ) : null}
        <div className="row">
          <SubmitButton pending={pending} disabled={documentProblem !== null || tooLarge}>{pending ? "Submitting…" : "Submit bundle"}</SubmitButton>
          {chosen.length > 0 && !pending ? <span className="small muted">{chosen.length} document{chosen.length === 1 ? "" : "s"} · {formatBytes(totalBytes)}</span> : null}
        </div>
      </form>
    </section>
  );
}

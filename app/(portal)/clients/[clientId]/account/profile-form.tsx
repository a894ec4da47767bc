"use client";
// Editing the client's OnCallClerk profile. Only the fields that differ from what OnCallClerk said
// are sent (the reference's PUT /user is a partial update); the answer becomes the new baseline,
// so a personal number typed nationally comes back in E.164.
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import { useToast } from "@/app/_components/toaster";
import { useApiForm } from "@/app/_components/use-api-form";
import type { UserProfile } from "@/lib/oncallclerk";
import { apiFetch } from "@/lib/swr/fetcher";

const TEXT_FIELDS = ["firstName", "lastName", "company", "timezone", "personalPhoneNumber"] as const;
const SWITCHES = [
  { name: "emailNotifications", label: "Email notifications", hint: "Account and billing emails from OnCallClerk." },
  { name: "callNotifications", label: "Call notifications", hint: "A message after each call the agents take." },
  { name: "weeklyReports", label: "Weekly reports", hint: "A performance summary by email every week." },
] as const;

type TextName = (typeof TEXT_FIELDS)[number];
type SwitchName = (typeof SWITCHES)[number]["name"];
type Values = Record<TextName, string> & Record<SwitchName, boolean>;

function valuesOf(profile: UserProfile): Values {
  return {
    firstName: profile.firstName ?? "",
    lastName: profile.lastName ?? "",
    company: profile.company ?? "",
    timezone: profile.timezone ?? "",
    personalPhoneNumber: profile.personalPhoneNumber ?? "",
    emailNotifications: profile.emailNotifications ?? false,
    callNotifications: profile.callNotifications ?? false,
    weeklyReports: profile.weeklyReports ?? false,
  };
}

/** The fields whose value differs from the baseline, as PUT /user wants them. */
function changes(values: Values, baseline: Values): Partial<Values> {
  const out: Partial<Values> = {};
  for (const name of TEXT_FIELDS) if (values[name].trim() !== baseline[name].trim()) out[name] = values[name].trim();
  for (const { name } of SWITCHES) if (values[name] !== baseline[name]) out[name] = values[name];
  return out;
}

export function ProfileForm({
  clientId,
  profile,
  timeZones,
  clientCountry,
}: {
  clientId: string;
  profile: UserProfile;
  timeZones: { id: string; label: string }[];
  clientCountry: string;
}) {
  const toast = useToast();
  const { pending, message, fieldErrors, submit } = useApiForm();
  const [baseline, setBaseline] = useState(() => valuesOf(profile));
  const [values, setValues] = useState(baseline);
  const diff = changes(values, baseline);
  const changed = Object.keys(diff).length;

  const zones = baseline.timezone && !timeZones.some((zone) => zone.id === baseline.timezone) ? [{ id: baseline.timezone, label: baseline.timezone }, ...timeZones] : timeZones;
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((current) => ({ ...current, [name]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changed === 0) return;
    const saved = await submit(() => apiFetch<UserProfile>(`/api/clients/${clientId}/user`, { method: "PUT", json: diff }));
    if (!saved) return;
    const next = valuesOf(saved);
    setBaseline(next);
    setValues(next);
    toast.show(`Profile saved (${changed} ${changed === 1 ? "change" : "changes"}).`);
  }

  const text = (name: TextName) => ({ name, value: values[name], onChange: (event: { target: { value: string } }) => set(name, event.target.value), errors: fieldErrors[name] });
  return (
    <form className="stack profile-form" method="post" onSubmit={onSubmit} noValidate>
      {message ? <div className="alert danger" role="alert">{message}</div> : null}
      <div className="form-grid profile-grid">
        <Field label="First name" autoComplete="off" {...text("firstName")} />
        <Field label="Last name" autoComplete="off" {...text("lastName")} />
        <Field label="Company" autoComplete="off" {...text("company")} />
        <div className="span-2">
          <SelectField
            label="Time zone"
            {...text("timezone")}
            options={[...(baseline.timezone ? [] : [{ value: "", label: "Not set" }]), ...zones.map((zone) => ({ value: zone.id, label: zone.label }))]}
          />
        </div>
        <Field
          label="Personal number"
          type="tel"
          autoComplete="off"
          hint={`Any format; without +, read as a ${clientCountry} number`}
          {...text("personalPhoneNumber")}
        />
        <div className="field">
          <span className="field-label">Email</span>
          <span className="readonly-value">{profile.email ?? "—"}</span>
          <span className="hint">Changed in OnCallClerk only.</span>
        </div>
      </div>
      <fieldset className="form-group">
        <legend>Notifications</legend>
        <div className="switches">
          {SWITCHES.map((item) => (
            <label key={item.name} className="switch">
              <input type="checkbox" role="switch" name={item.name} checked={values[item.name]} onChange={(event) => set(item.name, event.target.checked)} />
              <span className="switch-track" aria-hidden />
              <span>
                <span className="switch-label">{item.label}</span>
                <span className="hint">{item.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <SubmitButton pending={pending} disabled={changed === 0}>{pending ? "Saving…" : "Save profile"}</SubmitButton>
        <span className="small muted" aria-live="polite">{changed === 0 ? "No unsaved changes" : `${changed} unsaved ${changed === 1 ? "change" : "changes"}`}</span>
        {changed > 0 && !pending ? <button type="button" className="btn" onClick={() => setValues(baseline)}>Discard</button> : null}
      </div>
    </form>
  );
}

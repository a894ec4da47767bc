"use client";
// "Start from a template" on New agent: a GET form (?template=<id>), so it works before hydration
// too; the page reads the template on the server and the editor opens prefilled from it.
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { SelectField } from "@/app/_components/select-field";

/** `current`: the ?template= the page was opened with (maybe one that no longer exists); `selected`: the template in use. */
export function TemplateChoice({ templates, current, selected }: { templates: { id: string; name: string }[]; current: string | null; selected: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(selected ?? "");
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(() => router.replace(value ? `${pathname}?template=${encodeURIComponent(value)}` : pathname, { scroll: false }));
  }

  const options = [{ value: "", label: "No template (blank form)" }, ...templates.map((template) => ({ value: template.id, label: template.name }))];
  return (
    <form className="card template-start-card" method="get" onSubmit={onSubmit} aria-label="Choose a template">
      <div className="card-body template-start">
        <SelectField name="template" label="Start from a template" options={options} value={value} onChange={(event) => setValue(event.target.value)} hint="Fills the form below with the template's settings; anything typed so far is replaced." />
        <button type="submit" className="btn" disabled={pending || value === (current ?? "")} aria-busy={pending}>
          {pending ? <span className="spinner" aria-hidden /> : null}
          {value ? "Use template" : "Clear"}
        </button>
      </div>
    </form>
  );
}

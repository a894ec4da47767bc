"use client";
// The search: country (the client's own by default), area code the way people dial it locally
// ("020" in GB, "415" in the US; the server drops the trunk prefix), digits the number contains,
// and how many per page (OnCallClerk's maximum is 50).
import type { FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { SearchIcon } from "@/app/_components/icons";
import { SelectField } from "@/app/_components/select-field";
import { SubmitButton } from "@/app/_components/submit-button";
import type { NumberSearch } from "@/lib/swr/use-numbers";

export interface SearchCountry {
  code: string;
  name: string;
  bundleRequired: boolean;
}

export const PAGE_SIZES = [10, 20, 50] as const;

export function NumberSearchForm({
  countries,
  search,
  pending,
  fieldErrors,
  onSearch,
}: {
  countries: SearchCountry[];
  search: NumberSearch;
  pending: boolean;
  fieldErrors: Record<string, string[]>;
  onSearch: (search: NumberSearch) => void;
}) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pageSize = Number(form.get("pageSize"));
    onSearch({
      country: String(form.get("country") ?? search.country),
      areaCode: String(form.get("areaCode") ?? ""),
      contains: String(form.get("contains") ?? ""),
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : 10,
      page: 0,
    });
  }

  return (
    <form className="number-search" role="search" aria-label="Available numbers" method="get" onSubmit={onSubmit} noValidate>
      <SelectField
        name="country"
        label="Country"
        defaultValue={search.country}
        options={countries.map((country) => ({
          value: country.code,
          label: `${country.name}${country.bundleRequired ? " · bundle required" : ""}`,
        }))}
        errors={fieldErrors.country}
      />
      <Field name="areaCode" label="Area code" defaultValue={search.areaCode} inputMode="numeric" autoComplete="off" placeholder="e.g. 415 or 020" hint="As dialled locally" errors={fieldErrors.areaCode} />
      <Field name="contains" label="Contains" defaultValue={search.contains} inputMode="numeric" autoComplete="off" placeholder="e.g. 555" hint="Digits in the number" errors={fieldErrors.contains} />
      <SelectField
        name="pageSize"
        label="Per page"
        defaultValue={String(search.pageSize)}
        options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        errors={fieldErrors.pageSize}
      />
      <div className="number-search-actions">
        <SubmitButton pending={pending}>
          {pending ? null : <span className="btn-icon"><SearchIcon /></span>}
          Search
        </SubmitButton>
      </div>
    </form>
  );
}

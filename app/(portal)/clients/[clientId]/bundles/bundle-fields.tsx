// The compliance fields of the reference, grouped the way the paperwork is: who, where, and (for
// a business) the person who represents it. Names are the reference's field names, sent as-is.
import type { ReactNode } from "react";
import { Field } from "@/app/_components/field";

type Errors = Record<string, string[]>;

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

export function BusinessFields({ errors, country, phoneHint }: { errors: Errors; country: string; phoneHint: string }) {
  return (
    <>
      <Group legend="Business">
        <Field name="businessName" label="Legal business name" autoComplete="organization" errors={errors.businessName} />
        <Field name="website" label="Website" inputMode="url" placeholder="example.com" errors={errors.website} />
        <Field name="registrationAuthority" label="Registration authority" placeholder="e.g. Companies House" errors={errors.registrationAuthority} />
        <Field name="registrationNumber" label="Registration number" errors={errors.registrationNumber} />
      </Group>
      <Group legend="Business address">
        <Field name="businessStreet" label="Street" autoComplete="street-address" errors={errors.businessStreet} />
        <Field name="businessCity" label="City" autoComplete="address-level2" errors={errors.businessCity} />
        <Field name="businessRegion" label="Region" autoComplete="address-level1" errors={errors.businessRegion} />
        <Field name="businessPostalCode" label="Postal code" autoComplete="postal-code" errors={errors.businessPostalCode} />
        <Field name="businessCountry" label="Country" defaultValue={country} hint="Two-letter code, e.g. GB" errors={errors.businessCountry} />
      </Group>
      <Group legend="Authorised representative">
        <Field name="repFirstName" label="First name" errors={errors.repFirstName} />
        <Field name="repLastName" label="Last name" errors={errors.repLastName} />
        <Field name="repPhoneNumber" label="Phone number" type="tel" autoComplete="off" hint={phoneHint} errors={errors.repPhoneNumber} />
        <Field name="repEmail" label="Email" type="email" autoComplete="off" errors={errors.repEmail} />
      </Group>
    </>
  );
}

export function IndividualFields({ errors, country, phoneHint }: { errors: Errors; country: string; phoneHint: string }) {
  return (
    <>
      <Group legend="Person">
        <Field name="firstName" label="First name" errors={errors.firstName} />
        <Field name="lastName" label="Last name" errors={errors.lastName} />
        <Field name="email" label="Email" type="email" autoComplete="off" errors={errors.email} />
        <Field name="phoneNumber" label="Phone number" type="tel" autoComplete="off" hint={phoneHint} errors={errors.phoneNumber} />
        <Field name="birthDate" label="Date of birth" type="date" errors={errors.birthDate} />
      </Group>
      <Group legend="Home address">
        <Field name="individualStreet" label="Street" errors={errors.individualStreet} />
        <Field name="individualCity" label="City" errors={errors.individualCity} />
        <Field name="individualRegion" label="Region" errors={errors.individualRegion} />
        <Field name="individualPostalCode" label="Postal code" errors={errors.individualPostalCode} />
        <Field name="individualCountry" label="Country" defaultValue={country} hint="Two-letter code, e.g. GB" errors={errors.individualCountry} />
      </Group>
    </>
  );
}

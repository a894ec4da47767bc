// Which country's bundles to show. A GET form (next/form navigates client-side), so the country is
// in the URL: links from the numbers page land on the right one, and it works before hydration.
import Form from "next/form";

interface PickerCountry {
  code: string;
  name: string;
  bundleRequired: boolean;
}

export function BundleCountryPicker({ clientId, country, countries }: { clientId: string; country: string; countries: PickerCountry[] }) {
  const regulated = countries.filter((option) => option.bundleRequired);
  return (
    <Form action={`/clients/${clientId}/bundles`} className="card bundle-country" aria-label="Country">
      <div className="field">
        <label htmlFor="bundle-country">Country</label>
        <select id="bundle-country" name="country" className="input" defaultValue={country} key={country}>
          <optgroup label="Numbers need a bundle">
            {regulated.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
          </optgroup>
          <optgroup label="All countries">
            {countries.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
          </optgroup>
        </select>
      </div>
      <button type="submit" className="btn">Show bundles</button>
    </Form>
  );
}

/** A select's options, one a value, reading as the value itself unless `label` words it. */
export function SelectOptions({ values, label = String }: { values: readonly string[]; label?: (value: string) => string }) {
  return (
    <>
      {values.map((v) => (
        <option value={v} key={v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}

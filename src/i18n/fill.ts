/**
 * `fill('{n} accounts', { n: 3 })` → "3 accounts". Values become text, never markup; a placeholder
 * without a value is left as it is (a missing value shows up in review instead of vanishing).
 * One module for every widget, so a widget never imports another widget's dictionary module just
 * for this function (that pulled the other widget's words into the page).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A new id for a row the user adds (a criterion, a segment): unique in this tab, readable in a backup. */
let counter = 0;

export const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

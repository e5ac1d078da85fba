// English texts of rowStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  fieldLabel: '{segment}: {field}',
  nameField: 'name',
  removeSegment: 'Remove “{segment}”',
  colRemove: 'Remove',
  summary:
    '{n} {n:segment|segments}: {now} in revenue now, {future} expected in three years. {improving} improving, {stable} stable, {declining} declining.',
  summaryLargest: 'The largest now is {name} ({quadrant}).',
  pointDesc:
    '{segment}: now attractiveness {aNow}, strength {sNow}, {rNow} ({qNow}); in three years {a3} and {s3}, {r3} ({q3}). {direction}{growth}.',
  growthPart: ', revenue {growth} a year',
} as const;

export default en;

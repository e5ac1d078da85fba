// English texts of markStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  markHeading: 'Key-account candidates',
  markButton: 'Mark class A as candidates…',
  markPreviewNone: 'Every class A client is already a key account or a candidate.',
  markPreview: '{n:This|These} {n} {n:class A client|class A clients} will be marked as {n:a candidate|candidates}:',
  markAlready: '{n} {n:class A client is already a key account or candidate|class A clients are already key accounts or candidates}.',
  markOutside: '{n} {n:key account or candidate|key accounts or candidates} outside class A {n:stays|stay} marked.',
  markConfirm: 'Mark them',
  marked:
    '{n} {n:client|clients} marked as {n:a candidate|candidates} — size alone does not make a key account: check fit and cost, then choose your key accounts in the portfolio and diagnose each relationship.',
  nextFitCost: 'Check fit and cost',
  nextDiagnosis: 'Diagnose the relationship stage',
  nextDashboard: 'See my portfolio dashboard',
  undone: 'Undone: the marks were removed.',
} as const;

export default en;

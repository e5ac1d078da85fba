// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  // export
  resultsIntro:
    'At the end of the workshop, export what you did today as one file and hand it to your facilitator. The file holds your quiz scores, your stage diagnoses, your uncoupling checklists and your matrix placements of the sample company’s accounts. Nothing is sent anywhere: the file is saved on this computer.',
  nameLabel: 'Your name',
  nameHint: 'As the facilitator should see it in the class results.',
  groupLabel: 'Your group (optional)',
  groupHint: 'For example “Table 2”. Use the same spelling as the rest of your group.',
  contents: 'What your file will contain',
  quizCount: 'Quiz results: {n}',
  diagnosisCount: 'Stage diagnoses: {n}',
  uncouplingCount: 'Uncoupling checklists: {n}',
  matrixCount: 'Matrix placements: {n}',
  accountsList: 'Accounts: {names}',
  lessonsList: 'Lessons: {names}',
  nothingYet:
    'Nothing to export yet: take a quiz or work on the sample company’s accounts in the tools first. You can still export an empty file.',
  matrixInvalid:
    'Your classification-matrix weights do not add up to 100 on each axis, so no matrix placement can be included. Fix the weights in the classification matrix tool.',
  matrixIncomplete:
    '{n} {n:account has|accounts have} matrix scores for only some criteria and are left out. Score every criterion to include them.',
  exportButton: 'Export my workshop results',
  nameRequired: 'Type your name first, so the facilitator knows whose results these are.',
  exported: 'Saved “{file}”. Hand this file to your facilitator (USB stick, shared folder…).',
  exportFailed: 'The file could not be saved by this browser. Try again, or use another browser.',
  // load sample
  loadButton: 'Load the sample company into this browser',
  loadIntro:
    'One click puts Distribuidora Horizonte’s clients and sales into this browser, so everybody in the room works on the same data. They go into a separate sample workspace: your own data is set aside, untouched.',
  confirmTitle: 'You have already worked on the sample company',
  confirmHas: 'Loading it again replaces, in the sample workspace:',
  confirmClients: '{n} {n:client|clients}, {k} of them marked as key accounts',
  confirmSales: '{n} monthly sales {n:line|lines}',
  confirmAssessments: 'Diagnoses, checklists, matrix scores or plans are recorded for {n} {n:account|accounts}.',
  clearAssessments: 'Also clear those diagnoses, checklists, matrix scores and plans, to start the exercises fresh',
  keptAlways: 'Your quiz scores are kept, and your own data is not touched.',
  confirmReplace: 'Replace with the sample company',
  loaded: 'Distribuidora Horizonte is loaded: {n} {n:client|clients}. Open the Pareto calculator to find the key accounts.',
  undone: 'Your previous work on the sample is back.',
  undoFailed: 'Your previous work on the sample could not be put back.',
  loadFailed: 'The sample company could not be loaded ({reason}).',
  reasonNetwork: 'the sample file could not be read; open this page once while online',
  reasonStorage: 'this browser refused to save it',
  reasonOther: 'error “{code}”',
  notSavedWarning: 'Loaded for this page only: this browser’s storage is full or blocked, so it will be gone after a reload.',
  paretoLink: 'Open the Pareto calculator',
} as const;

export default en;

// English texts of conflictStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  conflictTitle: 'Also changed in another tab',
  conflictText:
    'This plan was changed in another tab or window while you were editing it. Their changes to other parts were added here. You both changed: {fields}. Your version is kept here and saved; the other version is below to copy or restore.',
  conflictTheirs: 'The other tab’s version of “{field}”',
  conflictUseTheirs: 'Use the other tab’s version of these parts',
  conflictKeepMine: 'Keep my version',
  conflictRestored: 'The other tab’s version of {fields} is back in the plan.',
} as const;

export default en;

// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  questionOf: 'Question {n} of {total}',
  scenario: 'Scenario',
  check: 'Check answer',
  next: 'Next question',
  seeScore: 'See your score',
  chooseFirst: 'Choose an answer first.',
  progress: '{answered} of {total} {total:question|questions} answered',
  markRead: 'Mark this lesson as read',
  markedRead: 'Lesson read',
  readOn: 'You marked this lesson as read on {date}.',
  marksFailed: 'The feedback could not be loaded: reload the page to see it.',
  noQuiz: 'This lesson has no quiz.',
} as const;

export default en;

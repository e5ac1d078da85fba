// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'Choose an answer for each question and check it: you will see the reasoning behind the right answer and why the others fall short. Your answers and score are kept in this browser only, so you can stop and come back later.',
  questionOf: 'Question {n} of {total}',
  scenario: 'Scenario',
  check: 'Check answer',
  next: 'Next question',
  seeScore: 'See your score',
  chooseFirst: 'Choose an answer first.',
  correct: 'Correct.',
  wrong: 'Not quite.',
  rightAnswerIs: 'The right answer is: {answer}',
  yourAnswer: 'your answer',
  rightAnswer: 'right answer',
  progress: '{answered} of {total} {total:question|questions} answered',
  scoreTitle: 'Your score',
  score: 'You answered {score} of {total} {total:question|questions} correctly ({percent}).',
  passed: 'Well done: you passed this quiz (70% or more).',
  failed: 'You need 70% to pass. Read the lesson again where the feedback points, then retry.',
  answersNotSaved:
    'Your answers could not be kept in this browser (storage is full or blocked): they will be lost if you leave the page before the end of the quiz.',
  olderAttempt:
    'You scored {score} of {total} on an earlier version of this quiz ({date}); that score still counts. The questions have changed since: answer them to replace it.',
  savedOn: 'Saved on {date}.',
  notSaved: 'Your score could not be saved in this browser (storage is full or blocked). It is shown here until you leave the page.',
  retry: 'Retry the quiz',
  progressLink: 'See your course progress',
  markRead: 'Mark this lesson as read',
  markedRead: 'Lesson read',
  readOn: 'You marked this lesson as read on {date}.',
  markUnread: 'Mark as not read',
  noQuiz: 'This lesson has no quiz.',
} as const;

export default en;

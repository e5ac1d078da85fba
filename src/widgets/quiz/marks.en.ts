// English words of the quiz's feedback and score (marksStrings.ts), fetched with QuizMarks.tsx when a
// question is answered or a saved attempt is shown. The reference: the Portuguese file is typed by it.
const en = {
  correct: 'Correct.',
  wrong: 'Not quite.',
  rightAnswerIs: 'The right answer is: {answer}',
  yourAnswer: 'your answer',
  rightAnswer: 'right answer',
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
} as const;

export default en;

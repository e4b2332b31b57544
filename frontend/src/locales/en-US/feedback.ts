export default {
  intro:
    "Members' questions and opinions sent from the handbook to the committee of their cell. The answer reaches the member as a handbook notification.",
  column: {
    createdAt: 'Sent',
    subject: 'Subject, sender',
    kind: 'Kind',
    state: 'State',
  },
  kind: {
    QUESTION: 'Question',
    OPINION: 'Opinion',
  },
  state: {
    OPEN: 'Awaiting answer',
    ANSWERED: 'Answered',
  },
  filter: {
    state: 'State',
    all: 'All',
  },
  empty: 'No feedback.',
  answer: 'Answer',
  send: 'Send answer',
  answeredBy: 'Answered by {by} at {time}',
};
